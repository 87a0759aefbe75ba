// Server-wide settings changed by config.import while storlabd runs
// (shared/PROTOCOL.md "config"), judged by real clients: qemu-io sessions keep
// doing I/O while the reactor count grows and shrinks, and retired reactors
// stop once empty; a new NOP/login timeout reaches connections accepted after
// the change only (as tgt); the busy poll budget reaches an established
// session, and a bad one changes nothing; the TLS admin listener moves,
// changes certificate and stops without harming local clients, and a bad pair
// changes nothing.
#include "admin_test_daemon.h"
#include "net/busy_poll.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:live");

// A qemu-io session kept open: commands written to its stdin run on one iSCSI session.
class QemuIo {
public:
    explicit QemuIo(const QString& url)
    {
        p_.setProcessChannelMode(QProcess::MergedChannels);
        p_.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("raw"), url});
    }
    ~QemuIo()
    {
        if (p_.state() != QProcess::NotRunning) {
            p_.kill();
            p_.waitForFinished(5000);
        }
    }
    // Runs `command`; true when its output contains `expect` (waiting up to 30 s, spinning the loop).
    bool run(const QString& command, const QByteArray& expect)
    {
        out_.clear();
        p_.write(command.toUtf8() + '\n');
        for (int waited = 0; waited < 30000; waited += 10) {
            out_ += p_.readAll();
            if (out_.contains(expect))
                return true;
            if (p_.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(10);
        }
        return false;
    }
    void quit()
    {
        p_.write("quit\n");
        p_.closeWriteChannel();
        for (int waited = 0; waited < 10000 && p_.state() != QProcess::NotRunning; waited += 10)
            QTest::qWait(10);
    }
    QByteArray output() const { return out_; }

private:
    QProcess p_;
    QByteArray out_;
};

} // namespace

class TestLiveSettings : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<test::AdminTestDaemon> daemon_;

    rpc::RpcReply call(const QString& method, const QJsonObject& params = {}) { return daemon_->call(method, params); }
    // config.import of the running configuration with `edit` applied.
    rpc::RpcReply importEdited(const std::function<void(QJsonObject&)>& edit, bool dryRun = false)
    {
        QJsonObject config = call("config.export").result.toObject().value("config").toObject();
        edit(config);
        return call("config.import", {{"config", config}, {"dryRun", dryRun}});
    }
    QJsonObject reactors() { return call("server.info").result.toObject().value("reactors").toObject(); }
    QJsonObject busyPoll() { return call("server.info").result.toObject().value("busyPoll").toObject(); }
    // Spins tried so far on the daemon's reactors, whatever their outcome.
    qint64 busyPollTries()
    {
        const QJsonObject b = busyPoll();
        return b.value("hits").toInteger() + b.value("misses").toInteger() + b.value("preempted").toInteger();
    }
    QString savedBusyPollUs() const
    {
        QFile f(daemon_->stateDir() + "/config.json");
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("<no saved config>");
        const QJsonValue v = QJsonDocument::fromJson(f.readAll()).object().value("busyPollUs");
        return v.isUndefined() ? QStringLiteral("<absent>") : QString::number(v.toInt());
    }
    // 65 commands, one after another, leave the busy poll tries at `tries`.
    // Had spinning stayed on, the backoff (at most 63 skips in a row) would let one through.
    bool readsWithoutSpinning(QemuIo& io, qint64 tries)
    {
        for (int i = 0; i < 65; ++i)
            if (!io.run("read -P 0x11 0 4k", "read 4096/4096") || busyPollTries() != tries)
                return false;
        return true;
    }
    QString url() const { return QStringLiteral("iscsi://127.0.0.1:%1/%2/1").arg(daemon_->iscsiPort()).arg(kIqn); }
    QList<int> tsihs()
    {
        QList<int> out;
        for (const QJsonValue& s : call("session.list").result.toArray())
            out << s.toObject().value("tsih").toInt();
        std::sort(out.begin(), out.end());
        return out;
    }
    bool makePair(const QString& name)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        return !openssl.isEmpty() && QProcess::execute(openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                                                                 "/CN=" + name, "-keyout", dir_.path() + "/" + name + ".key", "-out",
                                                                 dir_.path() + "/" + name + ".crt"}) == 0;
    }
    QJsonObject tlsConfig(quint16 port, const QString& pair)
    {
        return QJsonObject{{"listen", QStringLiteral("127.0.0.1:%1").arg(port)}, {"cert", dir_.path() + "/" + pair + ".crt"},
                           {"key", dir_.path() + "/" + pair + ".key"}};
    }
    rpc::RpcReply setTls(const QJsonObject& tls)
    {
        return importEdited([&](QJsonObject& c) {
            QJsonObject admin = c.value("admin").toObject();
            if (tls.isEmpty())
                admin.remove("tls");
            else
                admin["tls"] = tls;
            c["admin"] = admin;
        });
    }
    // The certificate a TLS handshake on `port` presents (empty: no handshake).
    static QByteArray presentedCertificate(quint16 port)
    {
        QSslSocket s;
        s.setPeerVerifyMode(QSslSocket::VerifyNone);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        for (int waited = 0; waited < 20000 && !s.isEncrypted() && s.state() != QAbstractSocket::UnconnectedState; waited += 10)
            QTest::qWait(10);   // the daemon's TLS server runs on this thread
        return s.isEncrypted() ? s.peerCertificate().toPem() : QByteArray();
    }
    QByteArray pem(const QString& pair) const
    {
        return QSslCertificate::fromPath(dir_.path() + "/" + pair + ".crt").value(0).toPem();
    }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        daemon_ = std::make_unique<test::AdminTestDaemon>(dir_.path());
        const QString err = daemon_->startWithDisk(kIqn);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.reset(); }

    void reactorsGrowAndShrinkUnderLiveSessions()
    {
        if (QStandardPaths::findExecutable("qemu-io").isEmpty() || QStandardPaths::findExecutable("iscsi-inq").isEmpty())
            QSKIP("qemu-io or iscsi-inq missing");
        QCOMPARE(reactors().value("active").toInt(), 1);
        QemuIo a(url());
        QVERIFY2(a.run("write -P 0x5a 0 4k", "wrote 4096/4096"), a.output().constData());

        const rpc::RpcReply grow = importEdited([](QJsonObject& c) { c["reactors"] = 2; });
        QVERIFY2(grow.ok(), qPrintable(grow.message));
        QVERIFY(grow.result.toObject().value("changes").toVariant().toStringList().join('\n').contains("reactors: 2"));
        QCOMPARE(reactors().value("active").toInt(), 2);
        QemuIo b(url());   // lands on the new, empty reactor
        QVERIFY2(b.run("write -P 0xa5 4096 4k", "wrote 4096/4096"), b.output().constData());
        const QList<int> before = tsihs();
        QCOMPARE(before.size(), 2);

        // Shrink: one reactor holding a live session retires; nobody is dropped.
        const rpc::RpcReply shrink = importEdited([](QJsonObject& c) { c["reactors"] = 1; });
        QVERIFY2(shrink.ok(), qPrintable(shrink.message));
        QCOMPARE(reactors().value("active").toInt(), 1);
        QCOMPARE(reactors().value("retiring").toInt(), 1);
        QVERIFY2(a.run("read -P 0x5a 0 4k", "read 4096/4096"), a.output().constData());
        QVERIFY(!a.output().contains("Pattern verification failed"));
        QVERIFY2(b.run("read -P 0xa5 4096 4k", "read 4096/4096"), b.output().constData());
        QVERIFY(!b.output().contains("Pattern verification failed"));
        QByteArray inq;
        QCOMPARE(test::runTool("iscsi-inq", {url()}, &inq), 0);   // new connections go to the active reactor
        QCOMPARE(tsihs(), before);
        QCOMPARE(call("config.export").result.toObject().value("config").toObject().value("reactors").toInt(), 1);

        // Once its sessions are gone the retiring reactor stops.
        a.quit();
        b.quit();
        int retiring = -1;
        for (int waited = 0; waited < 20000 && retiring != 0; waited += 100) {
            QTest::qWait(100);
            retiring = reactors().value("retiring").toInt();
        }
        QCOMPARE(retiring, 0);
        QCOMPARE(test::runTool("iscsi-inq", {url()}, &inq), 0);
    }

    void nopTimingReachesConnectionsAcceptedAfterTheChange()
    {
        const int port = daemon_->iscsiPort();
        QTcpSocket before;   // accepted with the 30 s login timeout
        before.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(before.waitForConnected(5000));
        QTest::qWait(500);   // the reactor makes its connection

        const rpc::RpcReply dry = importEdited([](QJsonObject& c) { c["nopTimeout"] = 1; }, true);
        QVERIFY(dry.ok());
        QVERIFY(dry.result.toObject().value("changes").toVariant().toStringList().join('\n').contains("nopTimeout 1 s"));
        const rpc::RpcReply set = importEdited([](QJsonObject& c) { c["nopTimeout"] = 1; });
        QVERIFY2(set.ok(), qPrintable(set.message));

        QTcpSocket after;    // sends nothing: a stalled login, dropped after the new 1 s
        after.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(after.waitForConnected(5000));
        for (int waited = 0; waited < 15000 && after.state() == QAbstractSocket::ConnectedState; waited += 10)
            QTest::qWait(10);
        QCOMPARE(after.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(before.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(call("config.export").result.toObject().value("config").toObject().value("nopTimeout").toInt(), 1);
    }

    void busyPollBudgetIsValidatedAppliedAndSaved()
    {
        const qint64 startBudget = net::BusyPoll::defaultBudget().count();
        QCOMPARE(busyPoll().value("budgetUs").toInteger(), startBudget);
        QCOMPARE(busyPoll().value("source").toString(), net::BusyPoll::budgetFromEnvironment() ? "environment" : "default");
        QVERIFY(call("server.info").result.toObject().value("capabilities").toArray().contains("busyPoll"));

        // Out of range or not an integer: the code of every bad config value, nothing changed.
        for (const QJsonValue& bad : {QJsonValue(10001), QJsonValue(-5), QJsonValue("fast")}) {
            const rpc::RpcReply r = importEdited([&](QJsonObject& c) { c["busyPollUs"] = bad; });
            QCOMPARE(r.code, int(rpc::InvalidArgument));
            QVERIFY2(r.message.contains("config.busyPollUs: must be"), qPrintable(r.message));
        }
        QCOMPARE(busyPoll().value("budgetUs").toInteger(), startBudget);
        QVERIFY(!call("config.export").result.toObject().value("config").toObject().contains("busyPollUs"));

        const rpc::RpcReply dry = importEdited([](QJsonObject& c) { c["busyPollUs"] = 0; }, true);
        QVERIFY(dry.ok());
        QVERIFY(dry.result.toObject().value("changes").toVariant().toStringList().join('\n').contains("busyPollUs: off"));
        QCOMPARE(busyPoll().value("budgetUs").toInteger(), startBudget);

        const rpc::RpcReply off = importEdited([](QJsonObject& c) { c["busyPollUs"] = 0; });
        QVERIFY2(off.ok(), qPrintable(off.message));
        QCOMPARE(busyPoll().value("budgetUs").toInteger(), 0);
        QCOMPARE(busyPoll().value("source").toString(), "config");
        QCOMPARE(call("config.export").result.toObject().value("config").toObject().value("busyPollUs").toInt(-1), 0);
        QCOMPARE(savedBusyPollUs(), "0");

        // Without the key again: back to the environment's or the built-in budget, and not saved.
        const rpc::RpcReply back = importEdited([](QJsonObject& c) { c.remove("busyPollUs"); });
        QVERIFY2(back.ok(), qPrintable(back.message));
        QVERIFY(back.result.toObject().value("changes").toVariant().toStringList().join('\n').contains("busyPollUs: "));
        QCOMPARE(busyPoll().value("budgetUs").toInteger(), startBudget);
        QCOMPARE(savedBusyPollUs(), "<absent>");
    }

    // A session logged in while busy polling was off starts spinning once it is
    // turned on, and stops when it is turned off again (no reconnect).
    void busyPollBudgetReachesAnEstablishedSession()
    {
        if (QStandardPaths::findExecutable("qemu-io").isEmpty())
            QSKIP("qemu-io missing");
        QVERIFY(importEdited([](QJsonObject& c) { c["busyPollUs"] = 0; }).ok());
        QemuIo a(url());   // alone on the daemon's one reactor: it would be busy-polled
        QVERIFY2(a.run("write -P 0x11 0 4k", "wrote 4096/4096"), a.output().constData());
        const qint64 whileOff = busyPollTries();
        QVERIFY(readsWithoutSpinning(a, whileOff));

        // On: each answer is followed by a spin (qemu-io waits for its next
        // command on stdin, so it ends as a miss, or preempted on a busy machine).
        QVERIFY(importEdited([](QJsonObject& c) { c["busyPollUs"] = 10000; }).ok());
        QVERIFY2(a.run("read -P 0x11 0 4k", "read 4096/4096"), a.output().constData());
        qint64 whileOn = busyPollTries();
        for (int waited = 0; waited < 10000 && whileOn == whileOff; waited += 10) {
            QTest::qWait(10);   // the spin outlasts the answer qemu-io printed
            whileOn = busyPollTries();
        }
        QVERIFY2(whileOn > whileOff, qPrintable(QString::number(whileOn)));
        QTest::qWait(100);   // over 10 ms: that spin has ended, and no other runs while qemu-io waits
        whileOn = busyPollTries();

        QVERIFY(importEdited([](QJsonObject& c) { c["busyPollUs"] = 0; }).ok());
        QVERIFY(readsWithoutSpinning(a, whileOn));
        a.quit();
    }

    void tlsListenerChangesLive()
    {
        if (!QSslSocket::supportsSsl() || !makePair("one") || !makePair("two"))
            QSKIP("openssl or TLS support missing");
        const rpc::RpcReply token = call("token.create", {{"name", "ci"}});
        QVERIFY(token.ok());
        rpc::BlockingClient local;   // stays connected through every change
        QString err;
        QVERIFY(local.connectTo(test::localSocket(daemon_->socketPath()), &err, 5000));

        const quint16 port = test::freeLocalPort();
        rpc::RpcReply r = setTls(tlsConfig(port, "one"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(presentedCertificate(port), pem("one"));
        rpc::ConnectOptions o;
        o.url = QStringLiteral("tls://127.0.0.1:%1").arg(port);
        o.token = token.result.toObject().value("token").toString();
        o.insecure = true;
        rpc::BlockingClient remote;
        QVERIFY2(remote.connectTo(o, &err, 30000), qPrintable(err));
        QVERIFY(remote.call("target.list").ok());

        // A key that is no key: refused, the listener and its certificate stay.
        QJsonObject bad = tlsConfig(port, "two");
        bad["key"] = dir_.path() + "/lab.json";
        r = setTls(bad);
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QVERIFY2(r.message.contains("lab.json"), qPrintable(r.message));
        QCOMPARE(presentedCertificate(port), pem("one"));
        QVERIFY(call("config.export").result.toObject().value("config").toObject().value("admin").toObject().value("tls").toObject()
                    .value("cert").toString().endsWith("one.crt"));

        // New pair, same address: new handshakes present it; the logged-in client carries on.
        QVERIFY(setTls(tlsConfig(port, "two")).ok());
        QCOMPARE(presentedCertificate(port), pem("two"));
        QVERIFY(remote.call("target.list").ok());

        // New address: the old port closes, the new one serves, clients stay.
        const quint16 moved = test::freeLocalPort();
        QVERIFY(setTls(tlsConfig(moved, "two")).ok());
        QCOMPARE(presentedCertificate(moved), pem("two"));
        QVERIFY(presentedCertificate(port).isEmpty());
        QVERIFY(remote.call("target.list").ok());

        // Off: no TLS any more, connected TLS clients are closed; local clients unharmed.
        QVERIFY(setTls({}).ok());
        QVERIFY(presentedCertificate(moved).isEmpty());
        for (int i = 0; i < 100; ++i)
            QTest::qWait(10);
        QVERIFY(!remote.call("target.list", {}, 2000).ok());
        QVERIFY(local.call("server.info").ok());
    }
};

QTEST_MAIN(TestLiveSettings)
#include "test_live_settings.moc"
