#pragma once
// An in-process storlabd for the admin unit tests: started in a temp dir with
// its own admin socket and a free 127.0.0.1 iSCSI port, reached through the
// blocking client; event subscribers and external initiator tools run on the
// test's thread, so every wait spins the event loop (the servers live here).
#include "app/daemon_app.h"
#include "shared/rpc_blocking.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace storlab::test {

inline rpc::ConnectOptions localSocket(const QString& path)
{
    rpc::ConnectOptions o;
    o.url = path;
    return o;
}

class AdminTestDaemon {
public:
    explicit AdminTestDaemon(QString dir) : dir_(std::move(dir)) {}
    QString socketPath() const { return dir_ + QStringLiteral("/admin.sock"); }
    QString stateDir() const { return dir_ + QStringLiteral("/state"); }
    // Starts from `config` (a file; empty = the saved state or the default lab). "" when it runs.
    QString start(const QString& config = {})
    {
        app::DaemonOptions o;
        o.stateDir = stateDir();
        o.socketPath = socketPath();
        o.portals << QStringLiteral("127.0.0.1:0");
        o.reactors = 1;
        o.configPath = config;
        daemon_ = std::make_unique<app::Daemon>(o);
        return daemon_->start();
    }
    // Starts from a fresh <dir>/lab.json holding one target `iqn` with `lunsJson`
    // (a JSON array; "%DIR%" is replaced by the test directory), no saved state.
    QString startWithTarget(const QString& iqn, QString lunsJson)
    {
        const QString cfg = dir_ + QStringLiteral("/lab.json");
        QFile f(cfg);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return f.errorString();
        lunsJson.replace(QStringLiteral("%DIR%"), dir_);
        f.write(QStringLiteral(R"({"schema":2,"targets":[{"iqn":"%1","luns":%2}]})").arg(iqn, lunsJson).toUtf8());
        f.close();
        QFile::remove(stateDir() + QStringLiteral("/config.json"));
        return start(cfg);
    }
    // startWithTarget with one 4 MiB rdwr disk, <dir>/disk1.img, as LUN 1.
    QString startWithDisk(const QString& iqn)
    {
        return startWithTarget(iqn, QStringLiteral(R"([{"lun":1,"type":"disk","store":"rdwr","path":"%DIR%/disk1.img","size":"4M","blockSize":512}])"));
    }
    void stop() { daemon_.reset(); }
    rpc::RpcReply call(const QString& method, const QJsonObject& params = {}) const
    {
        rpc::BlockingClient c;
        QString err;
        if (!c.connectTo(localSocket(socketPath()), &err, 5000))
            return rpc::RpcReply{{}, rpc::TransportError, err, {}};
        return c.call(method, params, 60000);
    }
    // The iSCSI port the daemon chose.
    int iscsiPort() const
    {
        return call(QStringLiteral("portal.list")).result.toArray().first().toObject().value(QLatin1String("port")).toInt();
    }

private:
    QString dir_;
    std::unique_ptr<app::Daemon> daemon_;
};

// A 127.0.0.1 port nobody listens on right now.
inline quint16 freeLocalPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A connection subscribed to `patterns` (empty = the default subscription),
// collecting what it is pushed.
struct EventWatcher {
    rpc::RpcClient client;
    QList<QPair<QString, QJsonObject>> events;
    bool subscribed = false;

    int count(const QString& method) const
    {
        int n = 0;
        for (const auto& e : events)
            n += e.first == method;
        return n;
    }
    // The first event `method` whose params satisfy `match`, waiting up to timeoutMs.
    QJsonObject waitFor(const QString& method, const std::function<bool(const QJsonObject&)>& match = {}, int timeoutMs = 10000)
    {
        for (int waited = 0; waited <= timeoutMs; waited += 10) {
            for (const auto& [m, p] : events)
                if (m == method && (!match || match(p)))
                    return p;
            QTest::qWait(10);
        }
        return {};
    }
};

inline std::unique_ptr<EventWatcher> watchEvents(const QString& socketPath, const QStringList& patterns = {})
{
    auto w = std::make_unique<EventWatcher>();
    EventWatcher* raw = w.get();
    QObject::connect(&w->client, &rpc::RpcClient::eventReceived,
                     [raw](const QString& m, const QJsonObject& p) { raw->events << qMakePair(m, p); });
    QObject::connect(&w->client, &rpc::RpcClient::ready, [raw, patterns] {
        QJsonObject params;
        if (!patterns.isEmpty())
            params[QStringLiteral("events")] = QJsonArray::fromStringList(patterns);
        raw->client.call(QStringLiteral("events.subscribe"), params, [raw](const rpc::RpcReply&) { raw->subscribed = true; });
    });
    w->client.connectTo(localSocket(socketPath));
    for (int i = 0; i < 500 && !w->subscribed; ++i)
        QTest::qWait(10);
    return w;
}

// Runs an initiator tool to its end while spinning the event loop (the
// daemon's listener accepts on this thread). Returns its exit code (-1: did
// not finish) and puts stdout+stderr in `output`.
inline int runTool(const QString& program, const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, args);
    for (int waited = 0; waited < timeoutMs && p.state() != QProcess::NotRunning; waited += 10)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.state() == QProcess::NotRunning ? p.exitCode() : -1;
}

} // namespace storlab::test
