#pragma once
// A storlabd child process for the GUI tests: the binary from the build tree,
// its own temporary state directory, admin socket and a free 127.0.0.1 port
// (never the default socket of a lab running beside it).
#include "shared/rpc_blocking.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestDaemon {
public:
    QString socketPath() const { return dir_.path() + QStringLiteral("/admin.sock"); }
    QString stateDir() const { return dir_.path() + QStringLiteral("/state"); }
    QString tempPath(const QString& name) const { return dir_.path() + QLatin1Char('/') + name; }
    quint16 port() const { return port_; }   // the iSCSI portal on 127.0.0.1

    storlab::rpc::ConnectOptions options() const
    {
        storlab::rpc::ConnectOptions o;
        o.url = socketPath();
        return o;
    }

    // Starts (or restarts on the same state dir and socket); "" or what went wrong.
    QString start()
    {
        if (port_ == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            port_ = probe.serverPort();
        }
        proc_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc_.start(QStringLiteral(STORLABD_PATH),
                    {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), stateDir(), QStringLiteral("--socket"),
                     socketPath(), QStringLiteral("--portal"), QStringLiteral("127.0.0.1:%1").arg(port_),
                     QStringLiteral("--reactors"), QStringLiteral("1"), QStringLiteral("--log-level"), QStringLiteral("warning")});
        if (!proc_.waitForStarted(10000))
            return proc_.errorString();
        for (int i = 0; i < 600; ++i) {
            if (proc_.state() != QProcess::Running)
                return QStringLiteral("storlabd exited with %1").arg(proc_.exitCode());
            storlab::rpc::BlockingClient c;
            QString err;
            if (QFile::exists(socketPath()) && c.connectTo(options(), &err, 1000) && c.call(QStringLiteral("server.info"), {}, 5000).ok())
                return {};
            QTest::qWait(100);
        }
        return QStringLiteral("storlabd did not answer on %1").arg(socketPath());
    }

    void stop()
    {
        if (proc_.state() == QProcess::NotRunning)
            return;
        proc_.terminate();
        if (!proc_.waitForFinished(20000)) {
            proc_.kill();
            proc_.waitForFinished(5000);
        }
    }

    // A blocking admin call for the checks (the daemon is another process).
    storlab::rpc::RpcReply call(const QString& method, const QJsonObject& params = {})
    {
        storlab::rpc::BlockingClient c;
        QString err;
        if (!c.connectTo(options(), &err, 5000))
            return storlab::rpc::RpcReply{{}, storlab::rpc::TransportError, err, {}};
        return c.call(method, params, 60000);
    }

    ~TestDaemon() { stop(); }

private:
    QTemporaryDir dir_;
    QProcess proc_;
    quint16 port_ = 0;
};
