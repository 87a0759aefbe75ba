#include "cli/import_command.h"

#include "cli/connect.h"
#include "shared/lab_config.h"
#include "shared/rpc_blocking.h"
#include "shared/targets_conf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace storlab::cli {

namespace {

// Imported targets and accounts replace running ones of the same IQN/user;
// everything else running stays. Returns notes about reassigned tids.
QStringList merge(config::LabConfig& running, const config::LabConfig& imported)
{
    QStringList notes;
    for (config::TargetConfig t : imported.targets) {
        running.targets.removeIf([&](const config::TargetConfig& x) { return x.iqn == t.iqn; });
        for (const config::TargetConfig& other : std::as_const(running.targets))
            if (t.tid != 0 && other.tid == t.tid) {
                notes << QStringLiteral("target %1: tid %2 is used by %3; another tid is assigned").arg(t.iqn).arg(t.tid).arg(other.iqn);
                t.tid = 0;
            }
        running.targets << t;
    }
    for (const config::ChapAccount& a : imported.accounts) {
        running.accounts.removeIf([&](const config::ChapAccount& x) { return x.user == a.user; });
        running.accounts << a;
    }
    for (const QString& u : imported.discovery.incomingUsers)
        if (!running.discovery.incomingUsers.contains(u))
            running.discovery.incomingUsers << u;
    if (!imported.discovery.outgoingUser.isEmpty())
        running.discovery.outgoingUser = imported.discovery.outgoingUser;
    running.assignTids();
    return notes;
}

} // namespace

bool isImportCommand(const QStringList& argv)
{
    return argsAfterConnectOptions(argv).value(0) == QLatin1String("import");
}

int runImport(const QStringList& argv)
{
    QStringList args = argv.mid(1);
    rpc::ConnectOptions conn;
    QString error;
    if (!takeConnectOptions(args, conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 2;
    }
    args.removeFirst();   // "import"
    const bool dryRun = args.removeAll(QStringLiteral("--dry-run")) > 0;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("storlabctl import TARGETS_CONF [--dry-run]: apply a tgt-admin targets.conf to the running daemon\n"
                    "(targets and accounts of the same name are replaced) and list the directives not honoured.\n");
        return 0;
    }
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: storlabctl import TARGETS_CONF [--dry-run]\n");
        return 2;
    }
    const config::TargetsConfImport imported = config::importTargetsConf(args.first());
    if (imported.fatal) {
        for (const config::ImportIssue& i : imported.issues)
            std::fprintf(stderr, "storlabctl: %s\n", qPrintable(i.toString()));
        return 2;
    }
    rpc::BlockingClient client;
    if (!client.connectTo(conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 1;
    }
    const rpc::RpcReply exported = client.call(QStringLiteral("config.export"));
    if (!exported.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(exported.message), exported.code);
        return 1;
    }
    const QByteArray runningJson = QJsonDocument(exported.result.toObject().value(QLatin1String("config")).toObject()).toJson();
    std::optional<config::LabConfig> running = config::LabConfig::fromJson(runningJson, &error);
    if (!running) {
        std::fprintf(stderr, "storlabctl: the running configuration does not parse: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList notes = merge(*running, imported.config);
    const QJsonObject params{{QStringLiteral("config"), QJsonDocument::fromJson(running->toJson()).object()},
                             {QStringLiteral("dryRun"), dryRun}};
    const rpc::RpcReply reply = client.call(QStringLiteral("config.import"), params);
    if (!reply.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(reply.message), reply.code);
        return 1;
    }
    const QJsonArray changes = reply.result.toObject().value(QLatin1String("changes")).toArray();
    std::printf("%s (%d):\n", dryRun ? "changes that would be made" : "changes", int(changes.size()));
    for (const QJsonValue& c : changes)
        std::printf("  %s\n", qPrintable(c.toString()));
    for (const QString& n : notes)
        std::printf("note: %s\n", qPrintable(n));
    std::printf("not honoured (%d):\n", int(imported.issues.size()));
    for (const config::ImportIssue& i : imported.issues)
        std::printf("  %s\n", qPrintable(i.toString()));
    return 0;
}

} // namespace storlab::cli
