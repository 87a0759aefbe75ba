#include "cli/drive_media_commands.h"

#include "cli/connect.h"
#include "cli/output.h"
#include "shared/rpc_blocking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace storlab::cli {

namespace {

constexpr qint64 kUploadChunk = 4 << 20;   // PROTOCOL "media.upload": at most 4 MiB per chunk

const char* const kUsage =
    "usage: storlabctl [connection options] [--json] COMMAND\n\n"
    "  drive show  TARGET LUN               a standalone tape or DVD drive (TARGET: IQN or tid)\n"
    "  drive load  TARGET LUN PATH          put a cartridge or disc image (on the daemon's host) into it\n"
    "  drive eject TARGET LUN [--force]     take it out (--force: even while an initiator prevents removal)\n"
    "  media import SOURCE [--library L [--barcode B] [--to slot:N] [--drive drive:N]]\n"
    "                      [--target T --lun N] [--name NAME] [--max-size 16G]\n"
    "                                       an ISO, .iso.gz/.xz/.zst/.bz2, zip/tar/7z or a folder -> a disc\n"
    "  job list                             running jobs\n"
    "  job cancel JOB\n";

std::atomic<bool> interrupted{false};

// --key value / --key=value / --flag into `options`; the rest into `positional`.
bool splitArgs(const QStringList& args, const QStringList& known, const QStringList& flags, QJsonObject& options,
               QStringList& positional, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            positional << a;
            continue;
        }
        const QString key = a.mid(2).section(QLatin1Char('='), 0, 0);
        if (!known.contains(key) && !flags.contains(key)) {
            *error = QStringLiteral("unknown option --%1").arg(key);
            return false;
        }
        if (flags.contains(key)) {
            options[key] = true;
        } else if (a.contains(QLatin1Char('='))) {
            options[key] = a.section(QLatin1Char('='), 1);
        } else if (i + 1 < args.size()) {
            options[key] = args[++i];
        } else {
            *error = QStringLiteral("--%1 needs a value").arg(key);
            return false;
        }
    }
    return true;
}

// TARGET as given: a number is a tid, anything else an IQN.
void putTarget(QJsonObject& params, const QString& target)
{
    bool isTid = false;
    const int tid = target.toInt(&isTid);
    if (isTid)
        params[QStringLiteral("tid")] = tid;
    else
        params[QStringLiteral("target")] = target;
}

QString bytes(double n)
{
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (n >= 1024 && u < 4) {
        n /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(n, 0, 'f', u ? 1 : 0).arg(QLatin1String(units[u]));
}

void printProgress(const QJsonObject& p)
{
    const double done = p.value(QLatin1String("done")).toDouble();
    const QJsonValue total = p.value(QLatin1String("total"));
    QString line = p.value(QLatin1String("phase")).toString() + QLatin1Char(' ') + bytes(done);
    if (total.isDouble() && total.toDouble() > 0)
        line += QStringLiteral(" / %1 (%2%)").arg(bytes(total.toDouble())).arg(int(100 * done / total.toDouble()));
    std::fprintf(stderr, "\r%-70s", qPrintable(line));
    std::fflush(stderr);
}

int finishWith(const QJsonObject& finished, bool json, const QElapsedTimer& clock)
{
    std::fprintf(stderr, "\r%-70s\r", "");
    if (!finished.value(QLatin1String("ok")).toBool()) {
        const QJsonObject e = finished.value(QLatin1String("error")).toObject();
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(e.value(QLatin1String("message")).toString()),
                     e.value(QLatin1String("code")).toInt());
        return 1;
    }
    const QJsonValue result = finished.value(QLatin1String("result"));
    std::fputs((json ? renderJson(result) : renderHuman(result)).toUtf8().constData(), stdout);
    if (!json)
        std::fprintf(stderr, "imported in %.1f s\n", double(clock.elapsed()) / 1000.0);
    return 0;
}

int runMediaImport(rpc::BlockingClient& client, const rpc::ConnectOptions& conn, const QStringList& positional,
              const QJsonObject& options, bool json)
{
    if (positional.size() != 1) {
        std::fprintf(stderr, "storlabctl: media import SOURCE: one source file or folder\n%s", kUsage);
        return 2;
    }
    const QFileInfo source(positional[0]);
    if (!source.exists()) {
        std::fprintf(stderr, "storlabctl: %s does not exist\n", qPrintable(positional[0]));
        return 2;
    }
    const bool remote = conn.url.startsWith(QLatin1String("tls://"));
    QJsonObject params;
    if (!remote) {
        params[QStringLiteral("source")] = QJsonObject{{QStringLiteral("path"), source.absoluteFilePath()}};
    } else if (source.isDir()) {
        std::fprintf(stderr, "storlabctl: a folder can only be imported over the local socket; over TLS send an archive of it (tar, zip)\n");
        return 2;
    } else {
        params[QStringLiteral("source")] = QJsonObject{
            {QStringLiteral("upload"), QJsonObject{{QStringLiteral("name"), source.fileName()}, {QStringLiteral("size"), double(source.size())}}}};
    }
    for (const char* key : {"library", "barcode", "to", "drive", "name"})
        if (options.contains(QLatin1String(key)))
            params[QLatin1String(key)] = options.value(QLatin1String(key));
    if (options.contains(QLatin1String("target")))
        putTarget(params, options.value(QLatin1String("target")).toString());
    if (options.contains(QLatin1String("lun")))
        params[QStringLiteral("lun")] = options.value(QLatin1String("lun")).toString().toInt();
    if (options.contains(QLatin1String("max-size")))
        params[QStringLiteral("maxExpandedBytes")] = options.value(QLatin1String("max-size"));

    // Collect job events from the start: a quick job may finish before media.import's reply is read.
    QList<QJsonObject> finishedEvents;
    qint64 job = 0;
    QJsonObject lastProgress;
    QObject::connect(&client.client(), &rpc::RpcClient::eventReceived, [&](const QString& m, const QJsonObject& p) {
        if (m == QLatin1String("event.job.finished"))
            finishedEvents << p;
        else if (m == QLatin1String("event.job.progress") && (!job || p.value(QLatin1String("job")).toInteger() == job)) {
            lastProgress = p;
            if (!json)
                printProgress(p);
        }
    });
    rpc::RpcReply r = client.call(QStringLiteral("events.subscribe"), {{QStringLiteral("events"), QJsonArray{QStringLiteral("event.job.*")}}});
    if (r.ok())
        r = client.call(QStringLiteral("media.import"), params);
    if (!r.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(r.message), r.code);
        return 1;
    }
    job = r.result.toObject().value(QLatin1String("job")).toInteger();
    QElapsedTimer clock;
    clock.start();
    std::signal(SIGINT, [](int) { interrupted = true; });
    bool cancelSent = false;
    auto cancelIfInterrupted = [&] {
        if (interrupted && !cancelSent) {
            cancelSent = true;
            std::fprintf(stderr, "\ncancelling job %lld ...\n", job);
            client.client().call(QStringLiteral("job.cancel"), {{QStringLiteral("job"), job}});
        }
    };
    if (remote) {
        QFile f(source.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "storlabctl: cannot read %s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
            client.call(QStringLiteral("job.cancel"), {{QStringLiteral("job"), job}});
            return 1;
        }
        for (qint64 offset = 0; offset < source.size() && !interrupted;) {
            const QByteArray chunk = f.read(kUploadChunk);
            if (chunk.isEmpty())
                break;
            const rpc::RpcReply up = client.call(QStringLiteral("media.upload"),
                                                 {{QStringLiteral("job"), job}, {QStringLiteral("offset"), double(offset)},
                                                  {QStringLiteral("data"), QString::fromLatin1(chunk.toBase64())}});
            if (!up.ok()) {
                std::fprintf(stderr, "\nstorlabctl: upload: %s (error %d)\n", qPrintable(up.message), up.code);
                client.call(QStringLiteral("job.cancel"), {{QStringLiteral("job"), job}});
                return 1;
            }
            offset += chunk.size();
        }
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        cancelIfInterrupted();
        for (const QJsonObject& f : finishedEvents)
            if (f.value(QLatin1String("job")).toInteger() == job)
                loop.exit(0);
    });
    QObject::connect(&client.client(), &rpc::RpcClient::disconnected, [&] { loop.exit(1); });
    poll.start(50);
    if (loop.exec() != 0) {
        std::fprintf(stderr, "\nstorlabctl: the connection to the daemon was lost (the job may still run: storlabctl job list)\n");
        return 1;
    }
    for (const QJsonObject& f : finishedEvents)
        if (f.value(QLatin1String("job")).toInteger() == job)
            return finishWith(f, json, clock);
    return 1;
}

} // namespace

bool isDriveMediaCommand(const QStringList& argv)
{
    const QStringList args = argsAfterConnectOptions(argv);
    const QString noun = args.value(0);
    return noun == QLatin1String("drive") || noun == QLatin1String("job") ||
           (noun == QLatin1String("media") && args.value(1) == QLatin1String("import"));
}

int runDriveMediaCommand(const QStringList& argv)
{
    QStringList args = argv.mid(1);
    rpc::ConnectOptions conn = connectFromEnvironment();
    QString error;
    if (!takeConnectOptions(args, conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 2;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    const QString noun = args.value(0), verb = args.value(1);
    if (verb.isEmpty() || verb == QLatin1String("help") || args.contains(QStringLiteral("--help"))) {
        std::fputs(kUsage, verb.isEmpty() ? stderr : stdout);
        return verb.isEmpty() ? 2 : 0;
    }
    QJsonObject options;
    QStringList positional;
    const QStringList known{"library", "barcode", "to", "drive", "target", "lun", "name", "max-size"};
    if (!splitArgs(args.mid(2), known, {QStringLiteral("force")}, options, positional, &error)) {
        std::fprintf(stderr, "storlabctl: %s %s: %s\n%s", qPrintable(noun), qPrintable(verb), qPrintable(error), kUsage);
        return 2;
    }
    QString method;
    QJsonObject params;
    if (noun == QLatin1String("drive")) {
        const int want = verb == QLatin1String("load") ? 3 : 2;
        if ((verb != QLatin1String("load") && verb != QLatin1String("eject") && verb != QLatin1String("show")) || positional.size() != want) {
            std::fprintf(stderr, "storlabctl: drive %s: wrong arguments\n%s", qPrintable(verb), kUsage);
            return 2;
        }
        method = QStringLiteral("drive.") + verb;
        putTarget(params, positional[0]);
        params[QStringLiteral("lun")] = positional[1].toInt();
        if (verb == QLatin1String("load"))
            params[QStringLiteral("path")] = QFileInfo(positional[2]).absoluteFilePath();
        if (options.contains(QLatin1String("force")))
            params[QStringLiteral("force")] = true;
    } else if (noun == QLatin1String("job")) {
        if (verb == QLatin1String("list") && positional.isEmpty()) {
            method = QStringLiteral("job.list");
        } else if (verb == QLatin1String("cancel") && positional.size() == 1) {
            method = QStringLiteral("job.cancel");
            params[QStringLiteral("job")] = positional[0].toLongLong();
        } else {
            std::fprintf(stderr, "storlabctl: job %s: wrong arguments\n%s", qPrintable(verb), kUsage);
            return 2;
        }
    }
    rpc::BlockingClient client;
    if (!client.connectTo(conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 1;
    }
    if (noun == QLatin1String("media"))
        return runMediaImport(client, conn, positional, options, json);
    const rpc::RpcReply reply = client.call(method, params);
    if (!reply.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(reply.message), reply.code);
        return 1;
    }
    const QStringList columns = method == QLatin1String("job.list")
                                    ? QStringList{"job", "kind", "title", "phase", "done", "total"}
                                    : QStringList{};
    std::fputs((json ? renderJson(reply.result) : renderHuman(reply.result, columns)).toUtf8().constData(), stdout);
    return 0;
}

} // namespace storlab::cli
