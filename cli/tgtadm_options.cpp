#include "cli/tgtadm_options.h"

#include "cli/tgtadm_errors.h"
#include "cli/tgtadm_getopt.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace storlab::cli::tgtadm {

namespace {

const char* const kShortOptions = "dhVL:o:m:t:s:c:l:n:v:b:E:f:y:T:I:Q:u:p:H:F:P:B:Y:O:C:S:";

QList<LongOption> longOptions()
{
    return {{"debug", false, 'd'},         {"help", false, 'h'},           {"version", false, 'V'},
            {"lld", true, 'L'},            {"op", true, 'o'},              {"mode", true, 'm'},
            {"tid", true, 't'},            {"sid", true, 's'},             {"cid", true, 'c'},
            {"lun", true, 'l'},            {"name", true, 'n'},            {"value", true, 'v'},
            {"backing-store", true, 'b'},  {"bstype", true, 'E'},          {"bsopts", true, 'S'},
            {"bsoflags", true, 'f'},       {"blocksize", true, 'y'},       {"targetname", true, 'T'},
            {"initiator-address", true, 'I'}, {"initiator-name", true, 'Q'}, {"user", true, 'u'},
            {"password", true, 'p'},       {"host", true, 'H'},            {"force", false, 'F'},
            {"params", true, 'P'},         {"bus", true, 'B'},             {"device-type", true, 'Y'},
            {"outgoing", false, 'O'},      {"control-port", true, 'C'}};
}

void say(const QString& text)   // tgtadm's eprintf: "tgtadm: " + text
{
    std::fprintf(stderr, "tgtadm: %s", text.toLocal8Bit().constData());
}

[[nodiscard]] int usageError()
{
    std::fputs("Try `tgtadm --help' for more information.\n", stderr);
    return kExitInvalid;
}

// tgtadm's str_to_int: strtoull with base 0; 0, EINVAL or ERANGE.
template <typename T>
int toInt(const QString& text, T& out, std::optional<T> atLeast = std::nullopt)
{
    const QByteArray bytes = text.toLocal8Bit();
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(bytes.constData(), &end, 0);
    out = static_cast<T>(v);
    if (v == ULLONG_MAX || end == bytes.constData())
        return EINVAL;
    if (static_cast<unsigned long long>(out) != v)
        return ERANGE;
    if (atLeast && out < *atLeast)
        return ERANGE;
    return 0;
}

[[nodiscard]] int badArgument(int rc, char ch, const QString& arg)
{
    std::fprintf(stderr, rc == ERANGE ? "-%c argument value '%s' out of range\n" : "-%c argument value '%s' invalid\n", ch,
                 arg.toLocal8Bit().constData());
    return usageError();
}

std::optional<Mode> modeFromWord(const QString& w)
{
    if (w == QLatin1String("system") || w == QLatin1String("sys")) return Mode::System;
    if (w == QLatin1String("target") || w == QLatin1String("tgt")) return Mode::Target;
    if (w == QLatin1String("logicalunit") || w == QLatin1String("lu")) return Mode::Device;
    if (w == QLatin1String("portal") || w == QLatin1String("pt")) return Mode::Portal;
    if (w == QLatin1String("session") || w == QLatin1String("sess")) return Mode::Session;
    if (w == QLatin1String("connection") || w == QLatin1String("conn")) return Mode::Connection;
    if (w == QLatin1String("account")) return Mode::Account;
    if (w == QLatin1String("lld")) return Mode::Lld;
    return std::nullopt;
}

std::optional<Op> opFromWord(const QString& w)
{
    static const QList<QPair<const char*, Op>> words{{"new", Op::New},     {"delete", Op::Delete}, {"bind", Op::Bind},
                                                    {"unbind", Op::Unbind}, {"show", Op::Show},   {"update", Op::Update},
                                                    {"stat", Op::Stats},   {"start", Op::Start},  {"stop", Op::Stop}};
    for (const auto& [word, op] : words)
        if (w == QLatin1String(word))
            return op;
    return std::nullopt;
}

bool knownDeviceType(const QString& t)
{
    static const QStringList types{QStringLiteral("disk"), QStringLiteral("tape"), QStringLiteral("cd"), QStringLiteral("changer"),
                                   QStringLiteral("osd"), QStringLiteral("ssc"), QStringLiteral("pt")};
    return types.contains(t);
}

// The per-mode checks of tgtadm; 0 = go on, else the exit code (message printed).
int checkMode(const Request& r, const QString& seen)
{
    auto offending = [&](const char* allowed) -> QChar {
        for (QChar c : seen)
            if (!QByteArray(allowed).contains(c.toLatin1()) && c != QLatin1Char('d'))
                return c;
        return {};
    };
    auto allow = [&](const char* allowed, const char* format) {
        const QChar c = offending(allowed);
        if (c.isNull())
            return 0;
        say(QString::asprintf(format, c.toLatin1()));
        return kExitInvalid;
    };
    auto unsupported = [&](const char* modeName) {
        say(QStringLiteral("operation %1 not supported in %2 mode\n").arg(r.opName, QLatin1String(modeName)));
        return kExitInvalid;
    };
    switch (r.mode) {
    case Mode::System:
        if (r.op == Op::Update) {
            if (int rc = allow("LmonvC", "system mode: option '-%c' is not allowed/supported\n"))
                return rc;
            if (!r.name || !r.value) {
                say(QStringLiteral("update operation requires 'name' and 'value' options\n"));
                return kExitInvalid;
            }
        } else if (r.op != Op::Show && r.op != Op::Delete && r.op != Op::Stats) {
            return unsupported("system");
        }
        return 0;
    case Mode::Target: {
        if (r.tid <= 0 && r.op != Op::Show) {
            say(r.tid == 0 ? QStringLiteral("'tid' cannot be 0\n") : QStringLiteral("'tid' option is necessary\n"));
            return kExitInvalid;
        }
        const char* msg = "target mode: option '-%c' is not allowed/supported\n";
        switch (r.op) {
        case Op::New:
            if (int rc = allow("LmotTC", msg))
                return rc;
            if (!r.targetname) {
                say(QStringLiteral("creating new target requires a name, use --targetname\n"));
                return kExitInvalid;
            }
            return 0;
        case Op::Delete: return allow("LmotCF", msg);
        case Op::Show:
        case Op::Stats: return allow("LmotC", msg);
        case Op::Bind:
        case Op::Unbind:
            if (int rc = allow("LmotIQBHC", msg))
                return rc;
            if (!r.address && !r.iqnname && !r.hostGiven) {
                say(QStringLiteral("%1 operation requires initiator-address, initiator-nameor bus\n").arg(r.opName));
                return kExitInvalid;
            }
            return 0;
        case Op::Update:
            if (int rc = allow("LmotnvC", msg))
                return rc;
            if (!r.name || !r.value) {
                say(QStringLiteral("update operation requires 'name' and 'value' options\n"));
                return kExitInvalid;
            }
            return 0;
        default: return unsupported("target");
        }
    }
    case Mode::Account: {
        const char* msg = "account mode: option '-%c' is not allowed/supported\n";
        switch (r.op) {
        case Op::New:
            if (int rc = allow("LmoupfC", msg))
                return rc;
            if (!r.user || !r.password) {
                say(QStringLiteral("'user' and 'password' options are required\n"));
                return kExitInvalid;
            }
            return 0;
        case Op::Show: return allow("LmoC", msg);
        case Op::Delete: return allow("LmouC", msg);
        case Op::Bind:
        case Op::Unbind:
            if (int rc = allow("LmotuOC", msg))
                return rc;
            if (!r.user) {
                say(QStringLiteral("'user' option is necessary\n"));
                return kExitInvalid;
            }
            return 0;
        default: return unsupported("account");
        }
    }
    case Mode::Device: {
        if (r.tid <= 0) {
            say(r.tid == 0 ? QStringLiteral("'tid' must not be 0\n") : QStringLiteral("'tid' option is necessary\n"));
            return kExitInvalid;
        }
        if (!r.lun) {
            say(QStringLiteral("'lun' option is necessary\n"));
            return kExitInvalid;
        }
        const char* msg = "logicalunit mode: option '-%c' is not allowed/supported\n";
        switch (r.op) {
        case Op::New:
            if (int rc = allow("LmofytlbEYCS", msg))
                return rc;
            if (!r.path && r.deviceType != QLatin1String("cd") && r.deviceType != QLatin1String("tape")
                && r.deviceType != QLatin1String("ssc") && r.deviceType != QLatin1String("disk")) {
                say(QStringLiteral("'backing-store' option is necessary\n"));
                return kExitInvalid;
            }
            return 0;
        case Op::Delete:
        case Op::Stats: return allow("LmotlC", msg);
        case Op::Update: return allow("LmofytlPC", "option '-%c' not supported in logicalunit mode\n");
        default: return unsupported("logicalunit");
        }
    }
    case Mode::Portal:
        switch (r.op) {
        case Op::New:
        case Op::Delete:
            if (int rc = allow("LmoCP", "portal mode: option '-%c' is not allowed/supported\n"))
                return rc;
            if (!r.portalOps) {
                say(QStringLiteral("you must specify --param portal=<portal>\n"));
                return kExitInvalid;
            }
            return 0;
        case Op::Show: return allow("LmoC", "option '-%c' not supported in portal mode\n");
        default: return unsupported("portal");
        }
    case Mode::Lld:
        if (r.op == Op::Start || r.op == Op::Stop || r.op == Op::Show)
            return allow("LmoC", "lld mode: option '-%c' is not allowed/supported\n");
        say(QStringLiteral("option %1 not supported in lld mode\n").arg(int(r.op)));
        return kExitInvalid;
    case Mode::Session:
    case Mode::Connection:
        return 0;   // tgtadm leaves these to the daemon
    }
    return 0;
}

} // namespace

std::optional<Request> parseRequest(QStringList argv, int* exitCode)
{
    Request r;
    for (int i = 1; i < argv.size();) {   // storlab extension, not a tgtadm option
        if (argv[i] == QLatin1String("--socket") && i + 1 < argv.size()) {
            r.socket = argv[i + 1];
            argv.remove(i, 2);
        } else if (argv[i].startsWith(QLatin1String("--socket="))) {
            r.socket = argv[i].mid(9);
            argv.removeAt(i);
        } else {
            ++i;
        }
    }
    std::optional<Op> op;
    std::optional<Mode> mode;
    QString seen;
    Getopt g(argv, kShortOptions, longOptions());
    auto stop = [&](int code) {
        *exitCode = code;
        return std::nullopt;
    };
    for (int ch; (ch = g.next()) >= 0;) {
        const QString arg = g.optarg();
        int rc = 0;
        seen += QLatin1Char(char(ch));
        switch (ch) {
        case 'L': r.lld = arg; break;
        case 'o':
            op = opFromWord(arg);
            if (!op) {
                say(QStringLiteral("unknown operation: %1\n").arg(arg));
                return stop(kExitBadWord);
            }
            r.op = *op;
            r.opName = arg;
            break;
        case 'm':
            mode = modeFromWord(arg);
            if (!mode) {
                say(QStringLiteral("unknown mode: %1\n").arg(arg));
                return stop(kExitBadWord);
            }
            r.mode = *mode;
            break;
        case 't': {
            int tid = 0;
            rc = toInt<int>(arg, tid, 0);
            r.tid = tid;
            break;
        }
        case 's': rc = toInt<quint64>(arg, r.sid); break;
        case 'c': rc = toInt<quint32>(arg, r.cid); break;
        case 'l': {
            quint64 lun = 0;
            rc = toInt<quint64>(arg, lun);
            if (!rc && lun != std::numeric_limits<quint64>::max())
                r.lun = lun;
            break;
        }
        case 'P':
            (mode == Mode::Portal ? r.portalOps : r.targetOps) = arg;
            break;
        case 'n': r.name = arg; break;
        case 'v': r.value = arg; break;
        case 'b': r.path = arg; break;
        case 'T': r.targetname = arg; break;
        case 'I': r.address = arg; break;
        case 'Q': r.iqnname = arg; break;
        case 'u': r.user = arg; break;
        case 'p': r.password = arg; break;
        case 'B': r.hostGiven = true; break;
        case 'H': {
            int host = 0;
            rc = toInt<int>(arg, host, 0);
            r.hostGiven = host != 0;
            break;
        }
        case 'F': r.force = true; break;
        case 'f': r.bsoflags = arg; break;
        case 'y': r.blocksize = arg; break;
        case 'E': r.bstype = arg; break;
        case 'S': r.bsopts = arg; break;
        case 'Y':
            if (!knownDeviceType(arg)) {
                say(QStringLiteral("unknown target type: %1\n").arg(arg));
                return stop(kExitInvalid);
            }
            r.deviceType = arg;
            break;
        case 'O': r.outgoing = true; break;
        case 'C': {
            short port = 0;
            rc = toInt<short>(arg, port, short(0));
            r.controlPort = port;
            break;
        }
        case 'V':
            std::printf("%s\n", STORLAB_VERSION);
            return stop(kExitOk);
        case 'd': r.debug = true; break;
        case 'h':
            printUsage();
            return stop(kExitOk);
        default:
            return stop(usageError());
        }
        if (rc)
            return stop(badArgument(rc, char(ch), arg));
    }
    if (!g.firstNonOption().isNull()) {
        say(QStringLiteral("unrecognized option '%1'\n").arg(g.firstNonOption()));
        return stop(usageError());
    }
    if (!op) {
        say(QStringLiteral("specify the operation type\n"));
        return stop(kExitInvalid);
    }
    if (!mode) {
        say(QStringLiteral("specify the mode\n"));
        return stop(kExitInvalid);
    }
    if (int rc = checkMode(r, seen))
        return stop(rc);
    return r;
}

} // namespace storlab::cli::tgtadm
