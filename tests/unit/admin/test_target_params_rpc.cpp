// Per-target iSCSI parameters through the admin protocol (shared/PROTOCOL.md
// target.update iscsiParams) against an in-process storlabd: every value the
// rule refuses comes back as a precise error and changes nothing; accepted
// values are reported by target.show, saved, and still there after a restart.
#include "admin_test_daemon.h"
#include "iscsi/login/session_params.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:params");
} // namespace

class TestTargetParamsRpc : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<test::AdminTestDaemon> daemon_;

    QJsonObject params() const
    {
        return daemon_->call("target.show", {{"target", kIqn}}).result.toObject().value("iscsiParams").toObject();
    }
    rpc::RpcReply set(const QJsonObject& values) const
    {
        return daemon_->call("target.update", {{"target", kIqn}, {"iscsiParams", values}});
    }
    QJsonObject savedParams() const
    {
        QFile f(daemon_->stateDir() + "/config.json");
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue& t : QJsonDocument::fromJson(f.readAll()).object().value("targets").toArray())
            if (t.toObject().value("iqn").toString() == kIqn)
                return t.toObject().value("iscsiParams").toObject();
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        daemon_ = std::make_unique<test::AdminTestDaemon>(dir_.path());
        const QString err = daemon_->startWithTarget(kIqn, R"([{"lun":1,"type":"disk","store":"null","size":"4M"}])");
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.reset(); }

    void defaultsAreTheDaemonWideValues()
    {
        const QJsonObject p = params();
        const iscsi::TargetLimits wide;
        QCOMPARE(p.size(), 16);
        QCOMPARE(p.value("MaxRecvDataSegmentLength").toString(), QString::number(wide.maxRecvDataSegmentLength));
        QCOMPARE(p.value("MaxBurstLength").toString(), QString::number(wide.maxBurstLength));
        QCOMPARE(p.value("HeaderDigest").toString(), QString::fromStdString(wide.headerDigest));
        QCOMPARE(p.value("ErrorRecoveryLevel").toString(), QStringLiteral("0"));
        QCOMPARE(p.value("IFMarker").toString(), QStringLiteral("No"));
        QVERIFY(savedParams().isEmpty());   // nothing set: nothing saved
    }

    void badValuesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("MRDSL too small") << "MaxRecvDataSegmentLength" << QJsonValue("511") << int(rpc::InvalidArgument) << "from 512 to 16777215";
        QTest::newRow("MRDSL too big") << "MaxRecvDataSegmentLength" << QJsonValue(16777216) << int(rpc::InvalidArgument) << "from 512 to 16777215";
        QTest::newRow("MRDSL not a number") << "MaxRecvDataSegmentLength" << QJsonValue("8k") << int(rpc::InvalidArgument) << "must be a number";
        QTest::newRow("digest case") << "HeaderDigest" << QJsonValue("crc32c") << int(rpc::InvalidArgument) << "CRC32C, None";
        QTest::newRow("digest twice") << "DataDigest" << QJsonValue("None,None") << int(rpc::InvalidArgument) << "CRC32C, None";
        QTest::newRow("digest empty") << "DataDigest" << QJsonValue("") << int(rpc::InvalidArgument) << "CRC32C, None";
        QTest::newRow("boolean") << "InitialR2T" << QJsonValue("yes") << int(rpc::InvalidArgument) << "must be Yes or No";
        QTest::newRow("R2T zero") << "MaxOutstandingR2T" << QJsonValue(0) << int(rpc::InvalidArgument) << "from 1 to 65535";
        QTest::newRow("Time2Wait") << "DefaultTime2Wait" << QJsonValue(3601) << int(rpc::InvalidArgument) << "from 0 to 3600";
        QTest::newRow("ERL 2") << "ErrorRecoveryLevel" << QJsonValue(2) << int(rpc::InvalidArgument) << "supports only 0";
        QTest::newRow("ERL 3") << "ErrorRecoveryLevel" << QJsonValue(3) << int(rpc::InvalidArgument) << "from 0 to 2";
        QTest::newRow("out of order") << "DataPDUInOrder" << QJsonValue("No") << int(rpc::InvalidArgument) << "supports only Yes";
        QTest::newRow("markers") << "OFMarker" << QJsonValue("Yes") << int(rpc::InvalidArgument) << "supports only No";
        QTest::newRow("unknown") << "MaxRecvDataSegmentSize" << QJsonValue(8192) << int(rpc::InvalidArgument) << "unknown iSCSI parameter";
        QTest::newRow("iSER") << "RDMAExtensions" << QJsonValue("Yes") << int(rpc::Unsupported) << "does not implement";
        QTest::newRow("wrong type") << "HeaderDigest" << QJsonValue(true) << int(rpc::InvalidParams) << "string, a number or null";
    }
    void badValuesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QJsonObject before = params();
        // A good key in the same call must not be applied either.
        const rpc::RpcReply r = set({{"MaxBurstLength", "4096"}, {key, value}});
        QCOMPARE(r.code, code);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY2(r.message.contains("params.iscsiParams." + key), qPrintable(r.message));
        QCOMPARE(params(), before);
        QVERIFY(savedParams().isEmpty());
    }

    void notAnObject()
    {
        const rpc::RpcReply r = daemon_->call("target.update", {{"target", kIqn}, {"iscsiParams", "HeaderDigest=CRC32C"}});
        QCOMPARE(r.code, int(rpc::InvalidParams));
    }

    void setShowPersistAndReset()
    {
        // Names without regard to case (tgtadm's way), hex numbers (RFC 7143 §6.1).
        rpc::RpcReply r = set({{"headerdigest", "CRC32C"}, {"MaxRecvDataSegmentLength", "0x4000"}, {"InitialR2T", "Yes"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("iscsiParams").toObject().value("HeaderDigest").toString(), QStringLiteral("CRC32C"));
        QCOMPARE(params().value("MaxRecvDataSegmentLength").toString(), QStringLiteral("16384"));
        QCOMPARE(params().value("InitialR2T").toString(), QStringLiteral("Yes"));
        const QJsonObject saved{{"HeaderDigest", "CRC32C"}, {"InitialR2T", "Yes"}, {"MaxRecvDataSegmentLength", "16384"}};
        QCOMPARE(savedParams(), saved);

        // A restart (from the saved state) keeps them.
        daemon_->stop();
        QVERIFY(daemon_->start().isEmpty());
        QCOMPARE(params().value("MaxRecvDataSegmentLength").toString(), QStringLiteral("16384"));
        QCOMPARE(params().value("HeaderDigest").toString(), QStringLiteral("CRC32C"));

        // null: back to the daemon-wide value, and out of the saved config.
        QVERIFY(set({{"MaxRecvDataSegmentLength", QJsonValue::Null}}).ok());
        QCOMPARE(params().value("MaxRecvDataSegmentLength").toString(), QString::number(iscsi::TargetLimits{}.maxRecvDataSegmentLength));
        QVERIFY(!savedParams().contains("MaxRecvDataSegmentLength"));
        QCOMPARE(savedParams().value("HeaderDigest").toString(), QStringLiteral("CRC32C"));
    }

    void createWithParamsAndConfigCheck()
    {
        const QString iqn = QStringLiteral("iqn.2026-11.lab.test:made");
        rpc::RpcReply r = daemon_->call("target.create", {{"iqn", iqn}, {"iscsiParams", QJsonObject{{"MaxConnections", 1}}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("iscsiParams").toObject().value("MaxConnections").toString(), QStringLiteral("1"));
        r = daemon_->call("target.create", {{"iqn", iqn + "2"}, {"iscsiParams", QJsonObject{{"MaxConnections", 0}}}});
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QCOMPARE(daemon_->call("target.show", {{"target", iqn + "2"}}).code, int(rpc::NotFound));
        // config.import goes through the same rules (the config parser).
        QJsonObject doc = daemon_->call("config.export").result.toObject().value("config").toObject();
        QJsonArray targets = doc.value("targets").toArray();
        QJsonObject t = targets[0].toObject();
        t["iscsiParams"] = QJsonObject{{"HeaderDigest", "MD5"}};
        targets[0] = t;
        doc["targets"] = targets;
        r = daemon_->call("config.import", {{"config", doc}});
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QVERIFY2(r.message.contains("iscsiParams.HeaderDigest"), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestTargetParamsRpc)
#include "test_target_params_rpc.moc"
