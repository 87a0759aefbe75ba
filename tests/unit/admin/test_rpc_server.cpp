// The admin protocol against an in-process storlabd (shared/PROTOCOL.md):
// framing and JSON-RPC errors, live target/LUN changes, persistence with
// generations, TLS refusing unauthenticated clients.
#include "admin/password_hash.h"
#include "admin_test_daemon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace storlab;

class TestRpcServer : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    test::AdminTestDaemon daemon_{dir_.path()};

    QString socketPath() const { return daemon_.socketPath(); }
    QString start(const QString& config = {}) { return daemon_.start(config); }
    rpc::RpcReply call(const QString& method, const QJsonObject& params = {}) { return daemon_.call(method, params); }
    static rpc::ConnectOptions tls(const QString& url, const QString& user, const QString& password, const QString& ca)
    {
        rpc::ConnectOptions o;
        o.url = url;
        o.user = user;
        o.password = password;
        o.caFile = ca;
        o.insecure = true;
        return o;
    }
private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        const QString err = start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.stop(); }

    void socketIsGroupReadWriteOnly()
    {
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(socketPath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0660);
    }

    void malformedJsonKeepsTheConnection()
    {
        QLocalSocket s;
        s.connectToServer(socketPath());
        QVERIFY(s.waitForConnected(2000));
        // The server runs on this thread: pump events while waiting.
        auto ask = [&](const QByteArray& line) -> QJsonObject {
            s.write(line + '\n');
            for (int i = 0; i < 500 && !s.canReadLine(); ++i)
                QTest::qWait(10);
            return QJsonDocument::fromJson(s.readLine()).object();
        };
        QCOMPARE(ask("{oops").value("error").toObject().value("code").toInt(), -32700);
        QCOMPARE(ask("[1,2]").value("error").toObject().value("code").toInt(), -32600);
        QCOMPARE(ask(R"({"jsonrpc":"2.0","id":1,"method":"no.such"})").value("error").toObject().value("code").toInt(), -32601);
        const QJsonObject bad = ask(R"({"jsonrpc":"2.0","id":2,"method":"lun.add","params":{"target":"iqn.2026-11.lab.storlab:disk1","lun":"one"}})");
        QCOMPARE(bad.value("error").toObject().value("code").toInt(), -32602);
        QVERIFY(bad.value("error").toObject().value("message").toString().startsWith("params.lun:"));
        const QJsonObject info = ask(R"({"jsonrpc":"2.0","id":3,"method":"server.info"})");
        QCOMPARE(info.value("id").toInt(), 3);
        QCOMPARE(info.value("result").toObject().value("protocolVersion").toInt(), 1);
    }

    void createTargetAndLunLive()
    {
        const QString iqn = QStringLiteral("iqn.2026-11.lab.test:live");
        QVERIFY(call("target.create", {{"iqn", iqn}}).ok());
        QCOMPARE(call("target.create", {{"iqn", iqn}}).code, int(rpc::AlreadyExists));
        QCOMPARE(call("target.create", {{"iqn", "not-an-iqn"}}).code, int(rpc::InvalidArgument));
        const auto lun = call("lun.add", {{"target", iqn}, {"lun", 3}, {"store", "null"}, {"size", "32M"}});
        QVERIFY2(lun.ok(), qPrintable(lun.message));
        QCOMPARE(lun.result.toObject().value("size").toDouble(), 32.0 * 1024 * 1024);
        QCOMPARE(call("lun.add", {{"target", iqn}, {"lun", 4}, {"store", "rdwr"}}).code, int(rpc::InvalidArgument));
        QCOMPARE(call("lun.remove", {{"target", iqn}, {"lun", 9}}).code, int(rpc::NotFound));
        const auto list = call("lun.list", {{"target", iqn}});
        QCOMPARE(list.result.toArray().size(), 1);
    }

    void persistsAcrossRestartWithGenerations()
    {
        const QString iqn = QStringLiteral("iqn.2026-11.lab.test:keep");
        QVERIFY(call("target.create", {{"iqn", iqn}, {"alias", "kept"}}).ok());
        QVERIFY(call("account.create", {{"user", "alice"}, {"password", "secret-123456"}}).ok());
        QVERIFY(call("acl.add", {{"target", iqn}, {"address", "10.0.0.0/8"}}).ok());
        for (int i = 0; i < 7; ++i)
            QVERIFY(call("target.update", {{"target", iqn}, {"alias", QStringLiteral("v%1").arg(i)}}).ok());
        const QString state = dir_.path() + QStringLiteral("/state/config.json");
        QVERIFY(QFile::exists(state + ".5"));
        QVERIFY(!QFile::exists(state + ".6"));
        daemon_.stop();
        // A corrupt newest file falls back to the last good generation.
        QFile f(state);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ truncated");
        f.close();
        const QString err = start(state);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto show = call("target.show", {{"target", iqn}});
        QVERIFY2(show.ok(), qPrintable(show.message));
        QCOMPARE(show.result.toObject().value("alias").toString(), QStringLiteral("v5"));
        QCOMPARE(show.result.toObject().value("initiatorAddresses").toArray().first().toString(), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(call("account.list").result.toArray().size(), 1);
    }

    void busyUnlessForced()
    {
        QCOMPARE(call("account.create", {{"user", "bob"}, {"password", "pw-123456789"}}).code, 0);
        QVERIFY(call("target.bindAccount", {{"tid", 1}, {"user", "bob"}}).ok());
        QCOMPARE(call("account.delete", {{"user", "bob"}}).code, int(rpc::Busy));
        QVERIFY(call("account.delete", {{"user", "bob"}, {"force", true}}).ok());
    }

    void passwordHashesVerify()
    {
        const QString h = admin::hashPassword(QStringLiteral("correct horse"), 1000);
        QVERIFY(h.startsWith("pbkdf2-sha256$1000$"));
        QVERIFY(admin::verifyPassword(QStringLiteral("correct horse"), h));
        QVERIFY(!admin::verifyPassword(QStringLiteral("wrong"), h));
        // RFC 7914 §11 PBKDF2-HMAC-SHA256 test vector (P="passwd", S="salt", c=1).
        QCOMPARE(admin::pbkdf2Sha256("passwd", "salt", 1, 16).toHex(), QByteArray("55ac046e56e3089fec1691c22544b605"));
    }

    void tlsRequiresLogin()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("openssl or TLS support missing");
        const QString cert = dir_.path() + "/c.pem", key = dir_.path() + "/k.pem";
        QCOMPARE(QProcess::execute(openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                                             "-keyout", key, "-out", cert}), 0);
        QVERIFY(call("adminUser.set", {{"name", "admin"}, {"password", "s3cret-pass"}}).ok());
        auto exported = call("config.export").result.toObject().value("config").toObject();
        QJsonObject admin = exported.value("admin").toObject();
        admin["tls"] = QJsonObject{{"listen", "127.0.0.1:0"}, {"cert", cert}, {"key", key}};
        exported["admin"] = admin;
        const QString path = dir_.path() + "/state/config.json";
        daemon_.stop();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(exported).toJson());
        f.close();
        // Port 0 cannot be written as a config portal for TLS; pick one.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        admin["tls"] = QJsonObject{{"listen", QStringLiteral("127.0.0.1:%1").arg(port)}, {"cert", cert}, {"key", key}};
        exported["admin"] = admin;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(exported).toJson());
        f.close();
        const QString err = start(path);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString url = QStringLiteral("tls://127.0.0.1:%1").arg(port);
        {
            rpc::BlockingClient c;
            QString e;
            QVERIFY2(c.connectTo(tls(url, {}, {}, {}), &e, 5000), qPrintable(e));
            QCOMPARE(c.call("target.list").code, int(rpc::Unauthenticated));
        }
        {
            rpc::BlockingClient c;
            QString e;
            QVERIFY(!c.connectTo(tls(url, "admin", "wrong", {}), &e, 60000));
        }
        {
            rpc::BlockingClient c;
            QString e;
            // PBKDF2 with 200000 iterations takes seconds under ASan: be patient.
            QVERIFY2(c.connectTo(tls(url, "admin", "s3cret-pass", cert), &e, 60000), qPrintable(e));
            QVERIFY(c.call("target.list").ok());
        }
    }
};

QTEST_MAIN(TestRpcServer)
#include "test_rpc_server.moc"
