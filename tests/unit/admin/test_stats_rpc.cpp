// Per-LU counters (shared/PROTOCOL.md "stats") against an in-process storlabd
// and real initiators (qemu-io, libiscsi's iscsi-inq): known reads, writes and
// errors change the counters by exactly their amounts; a rebuilt LU starts
// from zero; event.stats reaches only connections that asked for it by name.
#include "admin_test_daemon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:stats");

QJsonObject lunOf(const QJsonArray& stats, const QString& iqn, int lun)
{
    for (const QJsonValue& t : stats)
        if (t.toObject().value("target").toString() == iqn)
            for (const QJsonValue& l : t.toObject().value("luns").toArray())
                if (l.toObject().value("lun").toInt() == lun)
                    return l.toObject();
    return {};
}

qint64 delta(const QJsonObject& after, const QJsonObject& before, const char* key)
{
    return qint64(after.value(QLatin1String(key)).toDouble() - before.value(QLatin1String(key)).toDouble());
}
} // namespace

class TestStatsRpc : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<test::AdminTestDaemon> daemon_;

    QJsonObject lunStats(int lun = 1)
    {
        const rpc::RpcReply r = daemon_->call("stats.get", {{"target", kIqn}});
        return lunOf(r.result.toArray(), kIqn, lun);
    }
    QString url(int lun = 1) const { return QStringLiteral("iscsi://127.0.0.1:%1/%2/%3").arg(daemon_->iscsiPort()).arg(kIqn).arg(lun); }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        const QString cfg = dir_.path() + QStringLiteral("/lab.json");
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"schema":2,"targets":[{"iqn":"%1","luns":[
            {"lun":1,"type":"disk","store":"rdwr","path":"%2/disk1.img","size":"4M","blockSize":512},
            {"lun":2,"type":"disk","store":"null","size":"4M","blockSize":512}]}]})")
                    .arg(kIqn, dir_.path()).toUtf8());
        f.close();
        QFile::remove(dir_.path() + "/state/config.json");
        daemon_ = std::make_unique<test::AdminTestDaemon>(dir_.path());
        const QString err = daemon_->start(cfg);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.reset(); }

    void everyLuIsListedWithZeroCounters()
    {
        const rpc::RpcReply r = daemon_->call("stats.get");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QJsonObject target;
        for (const QJsonValue& t : r.result.toArray())
            if (t.toObject().value("target").toString() == kIqn)
                target = t.toObject();
        QVERIFY(!target.isEmpty());
        QVERIFY(target.value("tid").toInt() >= 1);
        QCOMPARE(target.value("sessions").toInt(), 0);
        // LUN 0 is the controller LU the target gets without a LUN 0 of its own.
        QCOMPARE(target.value("luns").toArray().size(), 3);
        QCOMPARE(lunOf(r.result.toArray(), kIqn, 0).value("type").toString(), QStringLiteral("controller"));
        const QJsonObject l = lunOf(r.result.toArray(), kIqn, 1);
        QCOMPARE(l.value("type").toString(), QStringLiteral("disk"));
        for (const char* key : {"commands", "readCommands", "writeCommands", "bytesRead", "bytesWritten", "errors",
                                "latencyMicros", "inFlight"}) {
            QVERIFY2(l.contains(QLatin1String(key)), key);
            QCOMPARE(l.value(QLatin1String(key)).toDouble(), 0.0);
        }
        // Filtered by IQN or tid; an unknown target is an error.
        QCOMPARE(daemon_->call("stats.get", {{"target", kIqn}}).result.toArray().size(), 1);
        QCOMPARE(daemon_->call("stats.get", {{"tid", target.value("tid").toInt()}}).result.toArray().size(), 1);
        QCOMPARE(daemon_->call("stats.get", {{"target", "iqn.2026-11.lab.test:none"}}).code, int(rpc::NotFound));
        QCOMPARE(daemon_->call("stats.get", {{"bogus", 1}}).code, int(rpc::InvalidParams));
    }

    void readsAndWritesCountExactly()
    {
        const QString qemuIo = QStandardPaths::findExecutable(QStringLiteral("qemu-io"));
        if (qemuIo.isEmpty())
            QSKIP("qemu-io (qemu-utils) not installed");
        const QJsonObject before = lunStats();
        QByteArray out;
        // One 8 KiB write and one 4 KiB read at known offsets, read back verified.
        const int rc = test::runTool(qemuIo, {"-f", "raw", "-c", "write -P 0x5a 65536 8k", "-c", "read -P 0x5a 65536 4k", url()}, &out);
        QVERIFY2(rc == 0, out.constData());
        QVERIFY2(!out.contains("Pattern verification failed"), out.constData());
        const QJsonObject after = lunStats();
        QCOMPARE(delta(after, before, "writeCommands"), 1);
        QCOMPARE(delta(after, before, "bytesWritten"), 8192);
        QCOMPARE(delta(after, before, "readCommands"), 1);
        QCOMPARE(delta(after, before, "bytesRead"), 4096);
        // (errors: a new nexus may start with a UNIT ATTENTION; failedCommandsAreErrors counts them)
        // qemu also opened the LU (INQUIRY, READ CAPACITY, ...): those count as commands.
        QVERIFY(delta(after, before, "commands") >= 2);
        QCOMPARE(after.value("inFlight").toInt(), 0);
        // The other LU saw nothing.
        QCOMPARE(lunStats(2).value("commands").toDouble(), 0.0);
    }

    void failedCommandsAreErrors()
    {
        const QString inq = QStandardPaths::findExecutable(QStringLiteral("iscsi-inq"));
        if (inq.isEmpty())
            QSKIP("iscsi-inq (libiscsi-bin) not installed");
        // A good standard INQUIRY: a new nexus may first see a UNIT ATTENTION
        // (CHECK CONDITION, an error); whatever that costs is the baseline.
        QByteArray out;
        const QJsonObject start = lunStats(2);
        QVERIFY2(test::runTool(inq, {url(2)}, &out) == 0, out.constData());
        const QJsonObject mid = lunStats(2);
        const qint64 baseline = delta(mid, start, "errors");
        QVERIFY(delta(mid, start, "commands") >= 1);
        // The same with a VPD page no LU has (SPC-4 §6.6.1): one CHECK CONDITION
        // (INVALID FIELD IN CDB) more, and no data counted as read.
        QVERIFY2(test::runTool(inq, {"-e", "1", "-c", "126", url(2)}, &out) != 0, out.constData());
        const QJsonObject after = lunStats(2);
        QCOMPARE(delta(after, mid, "errors"), baseline + 1);
        QCOMPARE(delta(after, mid, "readCommands"), 0);
        QCOMPARE(delta(after, mid, "bytesRead"), 0);
        QCOMPARE(after.value("inFlight").toInt(), 0);
    }

    void rebuiltLuStartsFromZero()
    {
        const QString inq = QStandardPaths::findExecutable(QStringLiteral("iscsi-inq"));
        if (inq.isEmpty())
            QSKIP("iscsi-inq (libiscsi-bin) not installed");
        QByteArray out;
        QVERIFY2(test::runTool(inq, {url(2)}, &out) == 0, out.constData());
        QVERIFY(lunStats(2).value("commands").toDouble() >= 1);
        const rpc::RpcReply u = daemon_->call("lun.update", {{"target", kIqn}, {"lun", 2}, {"size", "8M"}, {"force", true}});
        QVERIFY2(u.ok(), qPrintable(u.message));
        QCOMPARE(lunStats(2).value("commands").toDouble(), 0.0);
    }

    void sessionEventsCarryTheTid()
    {
        const QString inq = QStandardPaths::findExecutable(QStringLiteral("iscsi-inq"));
        if (inq.isEmpty())
            QSKIP("iscsi-inq (libiscsi-bin) not installed");
        const int tid = daemon_->call("target.show", {{"target", kIqn}}).result.toObject().value("tid").toInt();
        QVERIFY(tid >= 1);
        auto w = test::watchEvents(daemon_->socketPath(), {"event.session.*"});
        QByteArray out;
        QVERIFY2(test::runTool(inq, {url(2)}, &out) == 0, out.constData());
        const auto ofTarget = [](const QJsonObject& p) { return p.value("target").toString() == kIqn; };
        const QJsonObject added = w->waitFor("event.session.added", ofTarget);
        QVERIFY2(!added.isEmpty(), "no event.session.added");
        QCOMPARE(added.value("tid").toInt(), tid);
        const QJsonObject removed = w->waitFor("event.session.removed", ofTarget);
        QVERIFY2(!removed.isEmpty(), "no event.session.removed");
        QCOMPARE(removed.value("tid").toInt(), tid);
        QCOMPARE(removed.value("tsih").toInt(), added.value("tsih").toInt());
    }

    void libraryTargetsCarryTheirTid()
    {
        const QString libIqn = QStringLiteral("iqn.2026-11.lab.test:statslib");
        const rpc::RpcReply made = daemon_->call("library.create", {{"name", "statslib"}, {"iqn", libIqn}, {"slots", 4}, {"ieSlots", 1},
                                                                   {"drives", QJsonObject{{"count", 1}}}});
        QVERIFY2(made.ok(), qPrintable(made.message));
        const int libTid = made.result.toObject().value("tid").toInt();
        const int diskTid = daemon_->call("target.show", {{"target", kIqn}}).result.toObject().value("tid").toInt();
        QVERIFY(libTid >= 1);
        QVERIFY(libTid != diskTid);
        // Every LU of the library reports under the library's own tid.
        const QJsonArray all = daemon_->call("stats.get").result.toArray();
        bool found = false;
        for (const QJsonValue& t : all)
            if (t.toObject().value("target").toString() == libIqn) {
                found = true;
                QCOMPARE(t.toObject().value("tid").toInt(), libTid);
                QVERIFY(t.toObject().value("luns").toArray().size() >= 2);   // changer + drive
            }
        QVERIFY(found);
        const QJsonArray byTid = daemon_->call("stats.get", {{"tid", libTid}}).result.toArray();
        QCOMPARE(byTid.size(), 1);
        QCOMPARE(byTid.first().toObject().value("target").toString(), libIqn);
        // A target asking for the library's tid is refused; the tid is kept across a restart.
        const rpc::RpcReply clash = daemon_->call("target.create", {{"iqn", "iqn.2026-11.lab.test:clash"}, {"tid", libTid}});
        QCOMPARE(clash.code, int(rpc::AlreadyExists));
        daemon_->stop();
        QVERIFY(daemon_->start().isEmpty());
        const QJsonObject again = daemon_->call("stats.get", {{"target", libIqn}}).result.toArray().first().toObject();
        QCOMPARE(again.value("tid").toInt(), libTid);
    }

    void eventStatsOnlyForSubscribersByName()
    {
        auto byDefault = test::watchEvents(daemon_->socketPath());
        auto byStar = test::watchEvents(daemon_->socketPath(), {"event.*"});
        auto byName = test::watchEvents(daemon_->socketPath(), {"event.stats"});
        QVERIFY(byDefault->subscribed && byStar->subscribed && byName->subscribed);
        const QJsonObject first = byName->waitFor("event.stats");
        QVERIFY2(!first.isEmpty(), "no event.stats within 10 s");
        QVERIFY(first.value("time").toDouble() > 0);
        QVERIFY(!lunOf(first.value("targets").toArray(), kIqn, 1).isEmpty());
        // Another second: the named subscriber gets another one, the others none.
        const qint64 t0 = qint64(first.value("time").toDouble());
        QVERIFY(!byName->waitFor("event.stats", [t0](const QJsonObject& p) { return qint64(p.value("time").toDouble()) > t0; }).isEmpty());
        QCOMPARE(byDefault->count("event.stats"), 0);
        QCOMPARE(byStar->count("event.stats"), 0);
    }
};

QTEST_MAIN(TestStatsRpc)
#include "test_stats_rpc.moc"
