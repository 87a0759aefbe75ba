#include "cli/commands.h"

#include "cli/connect.h"
#include "cli/output.h"
#include "cli/stats_table.h"
#include "shared/rpc_blocking.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace storlab::cli {

namespace {

// One subcommand: NOUN VERB -> method; positional arguments fill `positional` keys in order.
struct Command {
    const char* noun;
    const char* verb;
    const char* method;
    QStringList positional;     // "target" accepts an IQN or a tid number
    QStringList columns;        // table columns
    const char* help;
};

const QList<Command>& commands()
{
    static const QList<Command> list{
        {"server", "info", "server.info", {}, {}, "daemon version, protocol version, capabilities"},
        {"server", "shutdown", "server.shutdown", {}, {}, "stop the daemon"},
        {"server", "log-level", "server.setLogLevel", {"level"}, {}, "LEVEL: error, warning, info or debug"},
        {"portal", "list", "portal.list", {}, {"address"}, "iSCSI listen addresses"},
        {"portal", "add", "portal.add", {"address"}, {}, "ADDR:PORT: listen there too"},
        {"portal", "remove", "portal.remove", {"address"}, {}, "ADDR:PORT: stop listening (connections stay)"},
        {"target", "list", "target.list", {}, {"tid", "iqn", "alias", "luns", "sessions"}, "targets"},
        {"target", "show", "target.show", {"target"}, {}, "TARGET (IQN or tid): details"},
        {"target", "create", "target.create", {"iqn"}, {}, "IQN [--tid N] [--alias A] [--tpgt N]"},
        {"target", "delete", "target.delete", {"target"}, {}, "TARGET [--force]: --force drops its sessions"},
        {"target", "update", "target.update", {"target"}, {}, "TARGET --alias A"},
        {"target", "set-param", "target.update", {"target", "name", "value"}, {}, "TARGET NAME VALUE: iSCSI login parameter (RFC 7143 §13) for new logins, e.g. HeaderDigest CRC32C; VALUE default = the daemon-wide one"},
        {"target", "bind", "target.bindAccount", {"target", "user"}, {}, "TARGET USER [--direction incoming|outgoing]"},
        {"target", "unbind", "target.unbindAccount", {"target", "user"}, {}, "TARGET USER [--direction incoming|outgoing]"},
        {"lun", "list", "lun.list", {"target"}, {"lun", "type", "store", "path", "size", "blockSize", "readOnly", "health"}, "TARGET: its LUNs"},
        {"lun", "show", "lun.show", {"target"}, {}, "TARGET --lun N: one LUN's settings and its store's health"},
        {"lun", "add", "lun.add", {}, {}, "--target T --lun N [--type disk] [--store rdwr|aio|uring|null|sheepdog|sg|bsg|rbd|glfs] [--path P] [--bsopts \"conf=...;id=...\"] [--size 1G] [--block-size 512] [--read-only] ..."},
        {"lun", "update", "lun.update", {}, {}, "--target T --lun N [--size ...] [--read-only false] ... [--force]"},
        {"lun", "remove", "lun.remove", {}, {}, "--target T --lun N [--force]"},
        {"account", "list", "account.list", {}, {"user", "targets"}, "CHAP accounts"},
        {"account", "create", "account.create", {"user"}, {}, "USER --password SECRET (or --password-file F)"},
        {"account", "delete", "account.delete", {"user"}, {}, "USER [--force]"},
        {"acl", "list", "acl.list", {"target"}, {}, "TARGET: allowed initiator addresses and names"},
        {"acl", "add", "acl.add", {"target"}, {}, "TARGET (--address ALL|IP|CIDR | --initiator IQN)"},
        {"acl", "remove", "acl.remove", {"target"}, {}, "TARGET (--address A | --initiator IQN)"},
        {"session", "list", "session.list", {"target"}, {"tsih", "initiator", "target", "type", "connections"}, "[TARGET]: sessions"},
        {"session", "logout", "session.logout", {"tsih"}, {}, "TSIH [--seconds N]: ask the initiator to log out (N s, default 5; 0 drops at once)"},
        {"stats", "get", "stats.get", {"target"}, {}, "[TARGET]: I/O counters per LU (also: storlabctl stats [TARGET])"},
        {"metrics", "show", "metrics.get", {}, {}, "the Prometheus endpoint (GET /metrics): address and port, 0 = off"},
        {"metrics", "set", "metrics.set", {"listen"}, {}, "ADDR:PORT | off: serve Prometheus metrics there (live, saved), e.g. 127.0.0.1:9470"},
        {"isns", "show", "isns.get", {}, {}, "the iSNS server this daemon registers with (RFC 4171) and the registration's state"},
        {"isns", "set", "isns.set", {"server"}, {}, "SERVER [--port 3205] [--access-control true|false]: register there (live, saved)"},
        {"isns", "off", "isns.set", {}, {}, "stop registering (deregisters; the server stays configured)"},
        {"config", "export", "config.export", {}, {}, "print the running configuration (JSON)"},
        {"config", "import", "config.import", {"file"}, {}, "FILE [--dry-run] [--force]: apply the difference live"},
        {"admin-user", "list", "adminUser.list", {}, {"name"}, "TLS admin users"},
        {"admin-user", "set", "adminUser.set", {"name"}, {}, "NAME --password-file F (or --password P)"},
        {"admin-user", "delete", "adminUser.delete", {"name"}, {}, "NAME"},
        {"token", "list", "token.list", {}, {"name"}, "TLS admin tokens"},
        {"token", "create", "token.create", {"name"}, {}, "NAME: prints the token once"},
        {"token", "revoke", "token.revoke", {"name"}, {}, "NAME"},
        {"events", "watch", "events.subscribe", {}, {}, "[--events event.session.*,...]: print events until interrupted"},
    };
    return list;
}

void usage(FILE* out, const QString& noun = {})
{
    std::fprintf(out, "usage: storlabctl [--socket PATH | --connect tls://HOST:3262 (--user U --password-file F | --token T) [--ca CERT]]\n"
                      "                  [--json] NOUN VERB [ARGS] [--option value ...]\n\n");
    for (const Command& c : commands())
        if (noun.isEmpty() || noun == QLatin1String(c.noun))
            std::fprintf(out, "  %-10s %-10s %s\n", c.noun, c.verb, c.help);
    std::fprintf(out, "\nTARGET is an IQN or a tid. Exit status: 0 ok, 1 error from the daemon, 2 usage.\n"
                      "tgtadm syntax (--mode/--op) is accepted too. See storlabctl(1) and shared/PROTOCOL.md.\n");
}

QJsonValue typed(const QString& key, const QString& text)
{
    static const QStringList strings{QStringLiteral("path"), QStringLiteral("alias"), QStringLiteral("password"), QStringLiteral("size"),
                                     QStringLiteral("iqn"), QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("serial"),
                                     QStringLiteral("naa"), QStringLiteral("vendor"), QStringLiteral("product"), QStringLiteral("revision"),
                                     QStringLiteral("address"), QStringLiteral("initiator"), QStringLiteral("bsopts"),
                                     QStringLiteral("server")};
    if (strings.contains(key))
        return text;
    if (text == QLatin1String("true") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no"))
        return false;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        return double(n);
    if (text.startsWith(QLatin1Char('{'))) {
        const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
        if (d.isObject())
            return d.object();
    }
    return text;
}

} // namespace

QString camel(const QString& option)
{
    QString out;
    bool up = false;
    for (QChar ch : option) {
        if (ch == QLatin1Char('-')) {
            up = true;
            continue;
        }
        out += up ? ch.toUpper() : ch;
        up = false;
    }
    return out;
}

int runCommands(const QStringList& argsIn)
{
    QStringList args = argsIn.mid(1);
    rpc::ConnectOptions conn;
    QString error;
    if (!takeConnectOptions(args, conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 2;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        usage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("storlabctl %s\n", STORLAB_VERSION);
        return 0;
    }
    // `stats [TARGET]` is short for `stats get [TARGET]`.
    if (args.first() == QLatin1String("stats") && args.value(1) != QLatin1String("get") && args.value(1) != QLatin1String("--help"))
        args.insert(1, QStringLiteral("get"));
    const QString noun = args.value(0);
    const QString verb = args.value(1);
    const Command* cmd = nullptr;
    for (const Command& c : commands())
        if (noun == QLatin1String(c.noun) && verb == QLatin1String(c.verb))
            cmd = &c;
    if (!cmd) {
        bool knownNoun = false;
        for (const Command& c : commands())
            knownNoun = knownNoun || noun == QLatin1String(c.noun);
        if (knownNoun && (verb.isEmpty() || verb == QLatin1String("--help"))) {
            usage(verb.isEmpty() ? stderr : stdout, noun);
            return verb.isEmpty() ? 2 : 0;
        }
        std::fprintf(stderr, "storlabctl: unknown command '%s %s'\n", qPrintable(noun), qPrintable(verb));
        usage(stderr, knownNoun ? noun : QString());
        return 2;
    }
    QJsonObject params;
    QStringList positional;
    for (int i = 2; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("storlabctl %s %s %s\n", cmd->noun, cmd->verb, cmd->help);
            return 0;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            positional << a;
            continue;
        }
        QString key = a.mid(2);
        QString value;
        const bool hasEq = key.contains(QLatin1Char('='));
        if (hasEq) {
            value = key.section(QLatin1Char('='), 1);
            key = key.section(QLatin1Char('='), 0, 0);
        }
        key = camel(key);
        static const QStringList booleans{QStringLiteral("force"), QStringLiteral("dryRun"), QStringLiteral("readOnly"),
                                          QStringLiteral("writeCache"), QStringLiteral("direct"), QStringLiteral("sync"),
                                          QStringLiteral("thinProvisioning")};
        static const QStringList boolWords{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no")};
        const bool flag = !hasEq && (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))
                                     || (booleans.contains(key) && !boolWords.contains(args[i + 1])));
        if (flag) {
            params[key] = true;
            continue;
        }
        if (!hasEq)
            value = args[++i];
        if (key == QLatin1String("passwordFile")) {
            QFile f(value);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "storlabctl: --password-file %s: %s\n", qPrintable(value), qPrintable(f.errorString()));
                return 2;
            }
            params[QStringLiteral("password")] = QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0);
            continue;
        }
        if (key == QLatin1String("events")) {
            params[key] = QJsonArray::fromStringList(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
            continue;
        }
        bool numeric = false;
        const qint64 tid = value.toLongLong(&numeric);
        if (key == QLatin1String("target") && numeric)
            params[QStringLiteral("tid")] = double(tid);
        else
            params[key] = typed(key, value);
    }
    if (positional.size() > cmd->positional.size()) {
        std::fprintf(stderr, "storlabctl: %s %s: too many arguments (%s)\n", cmd->noun, cmd->verb, cmd->help);
        return 2;
    }
    for (int i = 0; i < positional.size(); ++i) {
        const QString key = cmd->positional[i];
        bool isNumber = false;
        const qint64 n = positional[i].toLongLong(&isNumber);
        if (key == QLatin1String("target") && isNumber)
            params[QStringLiteral("tid")] = double(n);
        else if (key == QLatin1String("tsih"))
            params[key] = isNumber ? QJsonValue(double(n)) : QJsonValue(positional[i]);
        else if (key == QLatin1String("file")) {
            QFile f(positional[i]);
            if (positional[i] != QLatin1String("-") && !f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "storlabctl: %s: %s\n", qPrintable(positional[i]), qPrintable(f.errorString()));
                return 2;
            }
            if (positional[i] == QLatin1String("-"))
                f.open(stdin, QIODevice::ReadOnly);
            QJsonParseError perr;
            const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &perr);
            if (!d.isObject()) {
                std::fprintf(stderr, "storlabctl: %s: not a JSON object (%s at offset %d)\n", qPrintable(positional[i]),
                             qPrintable(perr.errorString()), int(perr.offset));
                return 2;
            }
            // Accept both the bare document and config.export's {"config": {...}}.
            const QJsonObject o = d.object();
            params[QStringLiteral("config")] = o.contains(QLatin1String("config")) && o.value(QLatin1String("config")).isObject()
                                                   ? o.value(QLatin1String("config")).toObject() : o;
        } else
            params[key] = positional[i];
    }
    if (QLatin1String(cmd->verb) == QLatin1String("set-param")) {
        // target set-param TARGET NAME VALUE -> target.update {iscsiParams: {NAME: VALUE}} (null: default).
        const QString name = params.take(QStringLiteral("name")).toString();
        const QJsonValue value = params.take(QStringLiteral("value"));
        if (name.isEmpty() || value.isUndefined()) {
            std::fprintf(stderr, "storlabctl: target set-param: %s\n", cmd->help);
            return 2;
        }
        params[QStringLiteral("iscsiParams")] =
            QJsonObject{{name, value.toString() == QLatin1String("default") ? QJsonValue(QJsonValue::Null) : value}};
    }
    if (QLatin1String(cmd->noun) == QLatin1String("isns") && QLatin1String(cmd->verb) != QLatin1String("show"))
        params[QStringLiteral("enabled")] = QLatin1String(cmd->verb) == QLatin1String("set");
    rpc::BlockingClient client;
    if (!client.connectTo(conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 1;
    }
    const QString method = QLatin1String(cmd->method);
    const rpc::RpcReply reply = client.call(method, params);
    if (!reply.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(reply.message), reply.code);
        return 1;
    }
    if (method == QLatin1String("events.subscribe")) {
        QObject::connect(&client.client(), &rpc::RpcClient::eventReceived, [json](const QString& m, const QJsonObject& p) {
            const QJsonObject line{{QStringLiteral("method"), m}, {QStringLiteral("params"), p}};
            std::printf("%s\n", json ? QJsonDocument(line).toJson(QJsonDocument::Compact).constData()
                                     : qPrintable(m + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))));
            std::fflush(stdout);
        });
        QObject::connect(&client.client(), &rpc::RpcClient::disconnected, qApp, &QCoreApplication::quit);
        return QCoreApplication::exec();
    }
    QJsonValue result = reply.result;
    if (method == QLatin1String("config.export"))
        result = result.toObject().value(QLatin1String("config"));
    const QString text = json || method == QLatin1String("config.export") ? renderJson(result)
                         : method == QLatin1String("stats.get")                ? renderStatsTable(result.toArray())
                                                                               : renderHuman(result, cmd->columns);
    std::fputs(text.toUtf8().constData(), stdout);
    return 0;
}

} // namespace storlab::cli
