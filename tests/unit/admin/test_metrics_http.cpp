// The Prometheus endpoint (shared/PROTOCOL.md "metrics", design.md §6)
// against an in-process storlabd: off by default, turned on and off live by
// metrics.set, the exposition text parsed strictly here (and by promtool when
// installed) and equal to stats.get after qemu-io's I/O, curl as the HTTP
// client, malformed or foreign requests answered 400/404/405/431.
#include "admin/metrics_text.h"
#include "admin_test_daemon.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:metrics");


// The samples of an exposition text, checked line by line against format
// 0.0.4: HELP/TYPE before a family's samples, names and labels well formed,
// values numbers, no family twice. Returns "" or the first problem.
QString parseExposition(const QByteArray& text, QMap<QString, double>* samples)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \\S.*$"));
    static const QRegularExpression type(QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge)$"));
    static const QRegularExpression sample(QStringLiteral(
        "^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)\\} (-?[0-9]+(?:\\.[0-9]+)?)$"));
    if (!text.endsWith('\n'))
        return QStringLiteral("does not end with a line feed");
    QSet<QString> typed, seen;
    QString current;
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (auto m = type.match(line); m.hasMatch()) {
            if (typed.contains(m.captured(1)))
                return QStringLiteral("family declared twice: ") + line;
            typed.insert(m.captured(1));
            current = m.captured(1);
        } else if (help.match(line).hasMatch()) {
            continue;
        } else if (auto s = sample.match(line); s.hasMatch()) {
            if (s.captured(1) != current)
                return QStringLiteral("sample outside its family: ") + line;
            const QString key = s.captured(1) + '{' + s.captured(2) + '}';
            if (seen.contains(key))
                return QStringLiteral("sample twice: ") + line;
            seen.insert(key);
            samples->insert(key, s.captured(3).toDouble());
        } else {
            return QStringLiteral("malformed line: ") + line;
        }
    }
    return {};
}

// Sends `request` as is and returns the status line of the answer.
QByteArray rawStatus(quint16 port, const QByteArray& request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    for (int waited = 0; waited < 5000 && s.state() != QAbstractSocket::ConnectedState; waited += 10)
        QTest::qWait(10);
    s.write(request);
    QByteArray got;
    for (int waited = 0; waited < 15000 && !got.contains("\r\n") && s.state() == QAbstractSocket::ConnectedState; waited += 10) {
        QTest::qWait(10);
        got += s.readAll();
    }
    got += s.readAll();
    return got.left(got.indexOf("\r\n"));
}
} // namespace

class TestMetricsHttp : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<test::AdminTestDaemon> daemon_;

    rpc::RpcReply call(const QString& method, const QJsonObject& params = {}) { return daemon_->call(method, params); }
    // curl -f: the body, or the exit code in `code`.
    QByteArray curl(quint16 port, int* code, const QString& path = QStringLiteral("/metrics"))
    {
        QByteArray out;
        *code = test::runTool("curl", {"-sS", "-f", "--max-time", "20", "-D", dir_.path() + "/headers",
                                       QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)}, &out);
        return out;
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

    void offUntilSetThenCountersMatchStats()
    {
        if (QStandardPaths::findExecutable("curl").isEmpty() || QStandardPaths::findExecutable("qemu-io").isEmpty())
            QSKIP("curl or qemu-io missing");
        QCOMPARE(call("metrics.get").result.toObject().value("port").toInt(), 0);
        const quint16 port = test::freeLocalPort();
        int code = 0;
        curl(port, &code);
        QVERIFY(code != 0);   // nothing listens by default

        const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
        const rpc::RpcReply set = call("metrics.set", {{"listen", listen}});
        QVERIFY2(set.ok(), qPrintable(set.message));
        QCOMPARE(set.result.toObject().value("port").toInt(), int(port));
        QCOMPARE(call("config.export").result.toObject().value("config").toObject().value("metrics").toObject().value("listen").toString(),
                 listen);

        const QString url = QStringLiteral("iscsi://127.0.0.1:%1/%2/1").arg(daemon_->iscsiPort()).arg(kIqn);
        QByteArray io;
        QCOMPARE(test::runTool("qemu-io", {"-f", "raw", "-c", "write -P 0x11 0 8k", "-c", "read 0 4k", url}, &io), 0);

        const QByteArray text = curl(port, &code);
        QCOMPARE(code, 0);
        QFile headers(dir_.path() + "/headers");
        QVERIFY(headers.open(QIODevice::ReadOnly));
        const QByteArray h = headers.readAll();
        QVERIFY2(h.startsWith("HTTP/1.1 200 OK\r\n"), h.constData());
        QVERIFY(h.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
        QMap<QString, double> samples;
        const QString problem = parseExposition(text, &samples);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject target = call("stats.get", {{"target", kIqn}}).result.toArray().first().toObject();
        QJsonObject lun1;
        for (const QJsonValue& l : target.value("luns").toArray())
            if (l.toObject().value("lun").toInt() == 1)
                lun1 = l.toObject();
        const QString labels = QStringLiteral("{target=\"%1\",tid=\"%2\",lun=\"1\",type=\"disk\"}").arg(kIqn).arg(target.value("tid").toInt());
        QCOMPARE(samples.value("storlab_lu_written_bytes_total" + labels, -1), 8192.0);
        QCOMPARE(samples.value("storlab_lu_read_bytes_total" + labels, -1), lun1.value("bytesRead").toDouble());
        QVERIFY(samples.value("storlab_lu_read_bytes_total" + labels) >= 4096);
        QCOMPARE(samples.value("storlab_lu_commands_total" + labels, -1), lun1.value("commands").toDouble());
        QCOMPARE(samples.value("storlab_lu_errors_total" + labels, -1), lun1.value("errors").toDouble());
        QVERIFY(samples.contains(QStringLiteral("storlab_target_sessions{target=\"%1\",tid=\"%2\"}").arg(kIqn).arg(target.value("tid").toInt())));

        const QString promtool = QStandardPaths::findExecutable("promtool");
        if (!promtool.isEmpty()) {
            QProcess p;
            p.start(promtool, {"check", "metrics"});
            p.write(text);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, (p.readAllStandardOutput() + p.readAllStandardError()).constData());
        }

        // Off again, live.
        QVERIFY(call("metrics.set", {{"listen", ""}}).ok());
        curl(port, &code);
        QVERIFY(code != 0);
        QVERIFY(!call("config.export").result.toObject().value("config").toObject().contains("metrics"));
    }

    void badAddressChangesNothing()
    {
        const rpc::RpcReply bad = call("metrics.set", {{"listen", "localhost"}});
        QCOMPARE(bad.code, int(rpc::InvalidArgument));
        QVERIFY(bad.message.contains("params.listen"));
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const rpc::RpcReply busy = call("metrics.set", {{"listen", QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())}});
        QCOMPARE(busy.code, int(rpc::InvalidArgument));
        QVERIFY2(busy.message.contains("cannot serve metrics"), qPrintable(busy.message));
        QVERIFY(!call("config.export").result.toObject().value("config").toObject().contains("metrics"));
        QCOMPARE(call("metrics.get").result.toObject().value("port").toInt(), 0);
    }

    void strictHttp()
    {
        const quint16 port = test::freeLocalPort();
        QVERIFY(call("metrics.set", {{"listen", QStringLiteral("127.0.0.1:%1").arg(port)}}).ok());
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.0\r\n\r\n"), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(rawStatus(port, "GET /other HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 404 Not Found"));
        QCOMPARE(rawStatus(port, "POST /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 405 Method Not Allowed"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\n\r\n"), QByteArray("HTTP/1.1 400 Bad Request"));   // no Host
        QCOMPARE(rawStatus(port, "GARBAGE\r\n\r\n"), QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(rawStatus(port, "GET  /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\nHost : x\r\n\r\n"), QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"), QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/2.0\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 505 HTTP Version Not Supported"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n"),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(rawStatus(port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("HTTP/1.1 200 OK"));   // still serving
    }

    void labelValuesAreEscaped()
    {
        QCOMPARE(admin::escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
    }
};

QTEST_MAIN(TestMetricsHttp)
#include "test_metrics_http.moc"
