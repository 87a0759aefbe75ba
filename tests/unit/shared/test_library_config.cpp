// The "libraries" configuration section: the documented example, refusals
// naming the field, the JSON round trip and the default lab's library.
#include "shared/lab_config.h"

#include <QTest>

using namespace storlab::config;

namespace {
QByteArray withLibrary(const QByteArray& library)
{
    return "{\"schema\":1,\"targets\":[{\"iqn\":\"iqn.2026-11.lab.storlab:disk1\",\"luns\":[]}],\"libraries\":[" +
           library + "]}";
}
const QByteArray kExample =
    "{\"name\":\"tapelib\",\"iqn\":\"iqn.2026-11.lab.storlab:tapelib\",\"personality\":\"ibm-ts3500\","
    "\"changerLun\":0,\"drives\":{\"count\":2,\"generation\":\"LTO-6\",\"firstLun\":1},\"slots\":20,\"ieSlots\":4,"
    "\"cartridges\":[{\"first\":\"A00000L6\",\"count\":9,\"capacity\":\"8G\"},"
    "{\"first\":\"W00000LW\",\"count\":1,\"capacity\":\"8G\",\"worm\":true}]}";
} // namespace

class TestLibraryConfig : public QObject {
    Q_OBJECT
private slots:
    void parsesTheDocumentedExample()
    {
        QString error;
        auto c = LabConfig::fromJson(withLibrary(kExample), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->libraries.size(), 1);
        const LibraryConfig& l = c->libraries[0];
        QCOMPARE(l.personality, QStringLiteral("ibm-ts3500"));
        QCOMPARE(l.driveCount, 2u);
        QCOMPARE(l.slotCount, 20u);
        QCOMPARE(l.ieSlots, 4u);
        QCOMPARE(l.driveLuns(), (QList<quint64>{1, 2}));
        QCOMPARE(l.cartridges.size(), 2);
        QCOMPARE(l.cartridges[0].capacity, quint64(8) << 30);
        QVERIFY(l.cartridges[1].worm);
        QCOMPARE(l.effectiveMediaDir("/s"), QStringLiteral("/s/libraries/tapelib"));
    }

    void refusesBadValuesNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("library");
        QTest::addColumn<QString>("field");
        QTest::newRow("personality") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","personality":"acme"})") << "libraries[0].personality";
        QTest::newRow("name") << QByteArray(R"({"name":"a b","iqn":"iqn.2026-11.x.y:a"})") << "libraries[0].name";
        QTest::newRow("iqn") << QByteArray(R"({"name":"a","iqn":"bad"})") << "libraries[0].iqn";
        QTest::newRow("unknown key") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","robots":2})") << "libraries[0].robots";
        QTest::newRow("too many cartridges") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","slots":2,"cartridges":[{"first":"A00000L6","count":3}]})") << "libraries[0].cartridges";
        QTest::newRow("barcode") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","cartridges":[{"first":"a b"}]})") << "libraries[0].cartridges[0].first";
        QTest::newRow("lun clash") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","drives":{"firstLun":0}})") << "libraries[0].drives.firstLun";
        QTest::newRow("drive type") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.x.y:a","drives":{"type":"floppy"}})") << "libraries[0].drives.type";
        QTest::newRow("target twice") << QByteArray(R"({"name":"a","iqn":"iqn.2026-11.lab.storlab:disk1"})") << "libraries[0].iqn";
    }
    void refusesBadValuesNamingTheField()
    {
        QFETCH(QByteArray, library);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!LabConfig::fromJson(withLibrary(library), &error));
        QVERIFY2(error.startsWith(field + ": "), qPrintable(error));
    }

    void roundTrips()
    {
        QString error;
        auto c = LabConfig::fromJson(withLibrary(kExample), &error);
        QVERIFY(c);
        auto again = LabConfig::fromJson(c->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->libraries.size(), 1);
        QCOMPARE(again->libraries[0].cartridges[1].first, QStringLiteral("W00000LW"));
        QCOMPARE(again->libraries[0].cartridges[0].capacity, quint64(8) << 30);
        QCOMPARE(again->libraries[0].personality, QStringLiteral("ibm-ts3500"));
    }

    void defaultLabHasATapeLibrary()
    {
        // The default lab holds the tape library (issue #5) and the DVD jukebox (issue #6).
        const LabConfig c = LabConfig::defaultLab("/tmp/s");
        QCOMPARE(c.libraries.size(), 2);
        const LibraryConfig& l = c.libraries[0];
        QCOMPARE(c.libraries[1].iqn, QStringLiteral("iqn.2026-11.lab.storlab:jukebox"));
        QCOMPARE(l.iqn, QStringLiteral("iqn.2026-11.lab.storlab:tapelib"));
        QCOMPARE(l.driveCount, 2u);
        QCOMPARE(l.slotCount, 20u);
        QCOMPARE(l.ieSlots, 4u);
        quint32 n = 0;
        for (const auto& s : l.cartridges)
            n += s.count;
        QCOMPARE(n, 10u);
        QString error;
        QVERIFY2(LabConfig::fromJson(c.toJson(), &error), qPrintable(error)); // the default lab exports validly
    }
};

QTEST_GUILESS_MAIN(TestLibraryConfig)
#include "test_library_config.moc"
