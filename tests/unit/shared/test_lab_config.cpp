// The configuration document (shared/CONFIG.md): parsing, validation messages
// that name the offending field, helpers, and the toJson round trip.
#include "shared/lab_config.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace storlab::config;

namespace {

// A minimal valid document with one target; `lun` is spliced in as its only LUN.
QByteArray withLun(const QByteArray& lun)
{
    return R"({"targets": [{"iqn": "iqn.2026-11.lab.storlab:disk1", "luns": [)" + lun + "]}]}";
}

// Parses `json`, which must be refused; returns the error message.
QString refusal(const QByteArray& json)
{
    QString error;
    const auto config = LabConfig::fromJson(json, &error);
    if (config)
        return QStringLiteral("<accepted>");
    return error;
}

// The ```json block of shared/CONFIG.md.
QByteArray documentedExample()
{
    QFile f(QStringLiteral(STORLAB_TEST_DATA_DIR "/../../../shared/CONFIG.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(text);
    return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray();
}

} // namespace

class TestLabConfig : public QObject {
    Q_OBJECT
private slots:
    void acceptsTheDocumentedExample()
    {
        const QByteArray json = documentedExample();
        QVERIFY2(!json.isEmpty(), "no ```json block found in shared/CONFIG.md");
        QString error;
        const auto c = LabConfig::fromJson(json, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->schema, storlab::config::kSchemaVersion);  // schema 1 documents migrate on load
        QCOMPARE(c->portals, (QStringList{QStringLiteral("127.0.0.1:3260"), QStringLiteral("[::1]:3260")}));
        QCOMPARE(c->nopInterval, 30);
        QCOMPARE(c->nopTimeout, 30);
        QCOMPARE(c->targets.size(), 1);
        const TargetConfig& t = c->targets[0];
        QCOMPARE(t.iqn, QStringLiteral("iqn.2026-11.lab.storlab:disk1"));
        QCOMPARE(t.alias, QStringLiteral("lab disk"));
        QCOMPARE(t.tpgt, quint16(1));
        QCOMPARE(t.luns.size(), 1);
        const LunConfig& l = t.luns[0];
        QCOMPARE(l.lun, quint64(1));
        QCOMPARE(l.type, QStringLiteral("disk"));
        QCOMPARE(l.store, QStringLiteral("rdwr"));
        QCOMPARE(l.path, QStringLiteral("/var/lib/storlab/disk1.img"));
        QCOMPARE(l.size, quint64(1) << 30);
        QCOMPARE(l.blockSize, quint32(512));
    }

    void defaultsApplyToAnEmptyDocument()
    {
        QString error;
        const auto c = LabConfig::fromJson("{}", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->schema, kSchemaVersion);
        QCOMPARE(c->reactors, 0);
        QVERIFY(c->targets.isEmpty());
        const auto l = LabConfig::fromJson(withLun(R"({"lun": 3, "store": "null"})"), &error);
        QVERIFY2(l, qPrintable(error));
        const LunConfig& lun = l->targets[0].luns[0];
        QCOMPARE(lun.blockSize, quint32(512));
        QVERIFY(lun.writeCache);
        QVERIFY(lun.thinProvisioning);
        QVERIFY(!lun.readOnly);
    }

    void rejectsBadJson()
    {
        const QString e = refusal(R"({"targets": [)");
        QVERIFY2(e.startsWith(QStringLiteral("not valid JSON at offset")), qPrintable(e));
    }

    void rejectsANonObjectDocument()
    {
        QCOMPARE(refusal("[1, 2]"), QStringLiteral("the configuration must be a JSON object"));
    }

    void rejectsAnUnknownTopLevelKey()
    {
        QCOMPARE(refusal(R"({"portal": ["127.0.0.1:3260"]})"), QStringLiteral("config.portal: unknown key"));
    }

    void rejectsAnUnknownLunKey()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "blocksize": 512})")),
                 QStringLiteral("targets[0].luns[0].blocksize: unknown key"));
    }

    void rejectsABadIqn()
    {
        const QString e = refusal(R"({"targets": [{"iqn": "iqn.26-11.lab:x", "luns": []}]})");
        QVERIFY2(e.startsWith(QStringLiteral("targets[0].iqn: 'iqn.26-11.lab:x' is not an iSCSI name")), qPrintable(e));
    }

    void rejectsADuplicateLun()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null"}, {"lun": 1, "store": "null"})")),
                 QStringLiteral("targets[0].luns[1].lun: LUN 1 is used twice"));
    }

    void rejectsADuplicateTarget()
    {
        const QByteArray t = R"({"iqn": "iqn.2026-11.lab.storlab:disk1"})";
        QCOMPARE(refusal(R"({"targets": [)" + t + "," + t + "]}"),
                 QStringLiteral("targets[1].iqn: target iqn.2026-11.lab.storlab:disk1 is defined twice"));
    }

    void rejectsBlockSize1000()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "blockSize": 1000})")),
                 QStringLiteral("targets[0].luns[0].blockSize: must be 512 or 4096"));
    }

    void rejectsASizeThatIsNotAMultipleOfTheBlockSize()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "size": 1000})")),
                 QStringLiteral("targets[0].luns[0].size: must be a multiple of the block size 512"));
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "size": "6K", "blockSize": 4096})")),
                 QStringLiteral("targets[0].luns[0].size: must be a multiple of the block size 4096"));
    }

    void rejectsAMalformedSize()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "size": "lots"})")),
                 QStringLiteral("targets[0].luns[0].size: must be bytes or a size like \"1G\", \"256M\""));
    }

    void rejectsRdwrWithoutPath()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "rdwr", "size": "1M"})")),
                 QStringLiteral("targets[0].luns[0].path: missing: the rdwr store needs a file or block device"));
    }

    void rejectsAnUnknownStore()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "ramdisk"})")),
                 QStringLiteral("targets[0].luns[0].store: 'ramdisk' is not one of rdwr, aio, uring, null, sg, bsg, sheepdog, rbd, glfs"));
    }

    void rejectsALunOutOfRange()
    {
        QCOMPARE(refusal(withLun(R"({"lun": 16384, "store": "null"})")),
                 QStringLiteral("targets[0].luns[0].lun: must be between 0 and 16383"));
        QCOMPARE(refusal(withLun(R"({"store": "null"})")),
                 QStringLiteral("targets[0].luns[0].lun: missing (a LUN number 0..16383)"));
    }

    void rejectsABadPortal()
    {
        QCOMPARE(refusal(R"({"portals": ["127.0.0.1"]})"),
                 QStringLiteral("config.portals[0]: must be \"ADDRESS:PORT\" (IPv6 as \"[::1]:3260\")"));
        QCOMPARE(refusal(R"({"portals": ["127.0.0.1:3260", 3260]})"),
                 QStringLiteral("config.portals[1]: must be \"ADDRESS:PORT\" (IPv6 as \"[::1]:3260\")"));
    }

    void rejectsANewerSchema()
    {
        QCOMPARE(refusal(R"({"schema": 3})"), QStringLiteral("config.schema: must be between 1 and 2"));
    }

    void rejectsWrongValueTypes()
    {
        QCOMPARE(refusal(R"({"reactors": "four"})"), QStringLiteral("config.reactors: must be a non-negative integer"));
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "readOnly": "yes"})")),
                 QStringLiteral("targets[0].luns[0].readOnly: must be true or false"));
        QCOMPARE(refusal(withLun(R"({"lun": 1, "store": "null", "vendor": "TOOLONGVENDOR"})")),
                 QStringLiteral("targets[0].luns[0].vendor: longer than 8 characters"));
    }

    // busyPollUs: 0 (off) to 10000 us; absent stays absent (the daemon then uses STORLAB_BUSY_POLL_US).
    void busyPollUsIsOptionalAndBounded()
    {
        QString error;
        const auto absent = LabConfig::fromJson("{}", &error);
        QVERIFY2(absent, qPrintable(error));
        QCOMPARE(absent->busyPollUs, -1);
        QVERIFY(!absent->toJson().contains("busyPollUs"));
        for (const int us : {0, 10000}) {
            const auto set = LabConfig::fromJson(QStringLiteral(R"({"busyPollUs": %1})").arg(us).toUtf8(), &error);
            QVERIFY2(set, qPrintable(error));
            QCOMPARE(set->busyPollUs, us);
            QCOMPARE(LabConfig::fromJson(set->toJson(), &error)->busyPollUs, us);
        }
        QCOMPARE(refusal(R"({"busyPollUs": 10001})"), QStringLiteral("config.busyPollUs: must be between 0 and 10000"));
        QCOMPARE(refusal(R"({"busyPollUs": -1})"), QStringLiteral("config.busyPollUs: must be a non-negative integer"));
        QCOMPARE(refusal(R"({"busyPollUs": 2.5})"), QStringLiteral("config.busyPollUs: must be a non-negative integer"));
        QCOMPARE(refusal(R"({"busyPollUs": "100"})"), QStringLiteral("config.busyPollUs: must be a non-negative integer"));
    }

    void reportsTheFirstErrorOnly()
    {
        // Two mistakes: the message names the first one found.
        QCOMPARE(refusal(R"({"bogus": 1, "reactors": -1})"), QStringLiteral("config.bogus: unknown key"));
    }

    void parsesSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("bytes");
        QTest::newRow("bytes") << "4096" << true << quint64(4096);
        QTest::newRow("K") << "512K" << true << quint64(512) * 1024;
        QTest::newRow("M") << "256M" << true << (quint64(256) << 20);
        QTest::newRow("m lower") << "64m" << true << (quint64(64) << 20);
        QTest::newRow("G") << "1G" << true << (quint64(1) << 30);
        QTest::newRow("T") << "2T" << true << (quint64(2) << 40);
        QTest::newRow("GiB") << "1GiB" << true << (quint64(1) << 30);
        QTest::newRow("spaces") << " 1 G " << true << (quint64(1) << 30);
        QTest::newRow("zero") << "0" << true << quint64(0);
        QTest::newRow("empty") << "" << false << quint64(0);
        QTest::newRow("negative") << "-1" << false << quint64(0);
        QTest::newRow("fraction") << "1.5G" << false << quint64(0);
        QTest::newRow("unknown unit") << "1P" << false << quint64(0);
        QTest::newRow("word") << "big" << false << quint64(0);
        QTest::newRow("overflow") << "20000000T" << false << quint64(0);
        QTest::newRow("too many digits") << "99999999999999999999999" << false << quint64(0);
    }
    void parsesSizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint64, bytes);
        const auto size = parseSize(text);
        QCOMPARE(size.has_value(), valid);
        if (valid)
            QCOMPARE(*size, bytes);
    }

    void parsesPortals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << "127.0.0.1:3260" << true << "127.0.0.1" << 3260;
        QTest::newRow("IPv4 any") << "0.0.0.0:860" << true << "0.0.0.0" << 860;
        QTest::newRow("IPv6 loopback") << "[::1]:3260" << true << "::1" << 3260;
        QTest::newRow("IPv6 full") << "[fe80::1:2]:65535" << true << "fe80::1:2" << 65535;
        QTest::newRow("hostname") << "localhost:3260" << true << "localhost" << 3260;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("empty port") << "127.0.0.1:" << false << "" << 0;
        QTest::newRow("port 0") << "127.0.0.1:0" << false << "" << 0;
        QTest::newRow("port too big") << "127.0.0.1:65536" << false << "" << 0;
        QTest::newRow("port not a number") << "127.0.0.1:iscsi" << false << "" << 0;
        QTest::newRow("bare IPv6") << "::1:3260" << false << "" << 0;
        QTest::newRow("IPv6 without port") << "[::1]" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }
    void parsesPortals()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString h;
        quint16 p = 0;
        QCOMPARE(parsePortal(text, &h, &p), valid);
        if (valid) {
            QCOMPARE(h, host);
            QCOMPARE(int(p), port);
        }
    }

    void validatesIscsiNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("iqn") << "iqn.2026-11.lab.storlab:disk1" << true;
        QTest::newRow("iqn without suffix") << "iqn.1994-05.com.redhat" << true;
        QTest::newRow("eui") << "eui.02004567A425678D" << true;
        QTest::newRow("naa 16") << "naa.52004567BA64678D" << true;
        QTest::newRow("naa 32") << "naa.62004567BA64678D0123456789ABCDEF" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no prefix") << "disk1" << false;
        QTest::newRow("short year") << "iqn.26-11.lab:x" << false;
        QTest::newRow("no date") << "iqn.lab.storlab:x" << false;
        QTest::newRow("upper-case domain") << "iqn.2026-11.Lab.Storlab:x" << false;
        QTest::newRow("space") << "iqn.2026-11.lab.storlab:disk 1" << false;
        QTest::newRow("eui short") << "eui.0200" << false;
        QTest::newRow("eui not hex") << "eui.02004567A425678Z" << false;
        QTest::newRow("naa 20") << "naa.52004567BA64678D0123" << false;
        QTest::newRow("too long") << "iqn.2026-11.lab.storlab:" + QString(200, QLatin1Char('x')) << false;
    }
    void validatesIscsiNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidIscsiName(name), valid);
    }

    void tgtNameCheckIsOptInPerTarget()
    {
        // libiscsi's test scripts name their target like this: tgt takes it, RFC 7143 does not.
        const QByteArray name = "iqn.libiscsi.unittest.target";
        QVERIFY(!isValidIscsiName(QString::fromUtf8(name)));
        QVERIFY(isTgtTargetName(QString::fromUtf8(name)));
        QVERIFY(refusal(R"({"targets": [{"iqn": ")" + name + R"(", "luns": []}]})").contains(QStringLiteral("is not an iSCSI name")));
        QString error;
        const auto c = LabConfig::fromJson(R"({"targets": [{"iqn": ")" + name + R"(", "nameCheck": "tgt", "luns": []}]})", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->targets.first().nameCheck, QStringLiteral("tgt"));
        const auto back = LabConfig::fromJson(c->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->targets.first().nameCheck, QStringLiteral("tgt"));
        // tgt's rule still refuses what tgtd refuses; unknown checks are refused.
        QVERIFY(refusal(R"({"targets": [{"iqn": "iqn.x y", "nameCheck": "tgt", "luns": []}]})").startsWith(QStringLiteral("targets[0].iqn:")));
        QCOMPARE(refusal(R"({"targets": [{"iqn": "iqn.2026-11.lab:x", "nameCheck": "lax", "luns": []}]})"),
                 QStringLiteral("targets[0].nameCheck: 'lax' is not rfc or tgt"));
        QVERIFY(!isValidTargetName(QStringLiteral("iqn.lab.storlab:x"), QString()));
        QVERIFY(!isValidTargetName(QStringLiteral("iqn.lab.storlab:x"), QStringLiteral("rfc")));
        QVERIFY(isValidTargetName(QStringLiteral("iqn.lab.storlab:x"), QStringLiteral("tgt")));
        QVERIFY(!isValidTargetName(QStringLiteral("iqn.lab_storlab"), QStringLiteral("tgt")));
        QVERIFY(!isTgtTargetName(QString()));
    }

    void roundTripsThroughToJson()
    {
        LabConfig c;
        c.portals = {QStringLiteral("127.0.0.1:3261"), QStringLiteral("[::1]:3262")};
        c.reactors = 3;
        c.nopInterval = 0;
        c.nopTimeout = 7;
        TargetConfig t;
        t.iqn = QStringLiteral("iqn.2026-11.lab.storlab:rt");
        t.alias = QStringLiteral("round trip");
        t.tpgt = 5;
        LunConfig a;
        a.lun = 0;
        a.store = QStringLiteral("null");
        a.size = quint64(64) << 20;
        a.blockSize = 4096;
        a.readOnly = true;
        a.writeCache = false;
        a.thinProvisioning = false;
        LunConfig b;
        b.lun = 16383;
        b.store = QStringLiteral("rdwr");
        b.path = QStringLiteral("/tmp/storlab rt.img");
        b.size = quint64(1) << 30;
        b.direct = true;
        b.sync = true;
        b.serial = QStringLiteral("SER-0001");
        b.naa = 0x6001405abcdef012ull;
        t.luns << a << b;
        c.targets << t;

        QString error;
        const auto back = LabConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->portals, c.portals);
        QCOMPARE(back->reactors, c.reactors);
        QCOMPARE(back->nopInterval, c.nopInterval);
        QCOMPARE(back->nopTimeout, c.nopTimeout);
        QCOMPARE(back->targets.size(), 1);
        const TargetConfig& bt = back->targets[0];
        QCOMPARE(bt.iqn, t.iqn);
        QCOMPARE(bt.alias, t.alias);
        QCOMPARE(bt.tpgt, t.tpgt);
        QCOMPARE(bt.luns.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const LunConfig& x = t.luns[i];
            const LunConfig& y = bt.luns[i];
            QCOMPARE(y.lun, x.lun);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.store, x.store);
            QCOMPARE(y.path, x.path);
            QCOMPARE(y.size, x.size);
            QCOMPARE(y.blockSize, x.blockSize);
            QCOMPARE(y.readOnly, x.readOnly);
            QCOMPARE(y.writeCache, x.writeCache);
            QCOMPARE(y.direct, x.direct);
            QCOMPARE(y.sync, x.sync);
            QCOMPARE(y.thinProvisioning, x.thinProvisioning);
            QCOMPARE(y.serial, x.serial);
            QCOMPARE(y.naa, x.naa);
        }
        // And the output of the re-parsed document is the same text.
        QCOMPARE(back->toJson(), c.toJson());
    }

    void roundTripKeepsInquiryStrings()
    {
        const QByteArray json = withLun(
            R"({"lun": 1, "store": "null", "vendor": "ACME", "product": "RoadRunner", "revision": "0042"})");
        QString error;
        const auto c = LabConfig::fromJson(json, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->targets[0].luns[0].vendor, QStringLiteral("ACME"));
        const auto back = LabConfig::fromJson(c->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        const LunConfig& l = back->targets[0].luns[0];
        QCOMPARE(l.vendor, QStringLiteral("ACME"));
        QCOMPARE(l.product, QStringLiteral("RoadRunner"));
        QCOMPARE(l.revision, QStringLiteral("0042"));
    }

    void defaultLabIsValid()
    {
        const LabConfig c = LabConfig::defaultLab(QStringLiteral("/tmp/storlab-state"));
        QString error;
        const auto back = LabConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->targets.size(), 1);
        QCOMPARE(back->targets[0].luns[0].path, QStringLiteral("/tmp/storlab-state/disk1.img"));
        QCOMPARE(back->targets[0].luns[0].size, quint64(1) << 30);
    }
};

QTEST_GUILESS_MAIN(TestLabConfig)
#include "test_lab_config.moc"
