// Changer LUNs built element by element (shared/changer_lun.h): the
// documented example (CONFIG.md, tgt's README.vtl library), each refusal
// naming its field, and the JSON round trip.
#include "shared/changer_lun.h"
#include "shared/lab_config.h"

#include <QJsonDocument>
#include <QTest>

using namespace storlab::config;

namespace {
const QByteArray kExample =
    R"({"mediaHome":"/var/tmp/vtl","elements":[{"type":"drive","first":1,"count":1},{"type":"transport","first":4,"count":1},
        {"type":"slot","first":1024,"count":4},{"type":"ie","first":16,"count":1}],
        "drives":[{"address":1,"tid":3,"lun":1}],"media":[{"address":1024,"barcode":"tape1"}]})";

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// kExample with `key` replaced by `value` (a JSON text).
QJsonObject exampleWith(const char* key, const QByteArray& value)
{
    QJsonObject o = json(kExample);
    o[QLatin1String(key)] = QJsonDocument::fromJson("{\"v\":" + value + "}").object().value(QLatin1String("v"));
    return o;
}
} // namespace

class TestChangerLun : public QObject {
    Q_OBJECT
private slots:
    void readsTheDocumentedExample()
    {
        ChangerLunOptions o;
        QCOMPARE(readChangerOptions(json(kExample), o), QString());
        QCOMPARE(o.mediaHome, QStringLiteral("/var/tmp/vtl"));
        QCOMPARE(o.elements.size(), 4);
        QCOMPARE(o.typeAt(1025), QStringLiteral("slot"));
        QCOMPARE(o.typeAt(16), QStringLiteral("ie"));
        QCOMPARE(o.typeAt(2), QString());
        QCOMPARE(o.range(QStringLiteral("transport"))->first, 4u);
        QCOMPARE(o.drives.size(), 1);
        QCOMPARE(o.drives[0].tid, 3u);
        QCOMPARE(o.drives[0].lun, quint64(1));
        QCOMPARE(o.media[0].barcode, QStringLiteral("tape1"));
        QCOMPARE(changerOptionsJson(o), json(kExample));   // round trip
    }

    void refusesWhatSmcOrTheFileNamesForbid_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("overlap") << QByteArray("elements")
                                 << QByteArray(R"([{"type":"slot","first":10,"count":5},{"type":"ie","first":14,"count":1}])")
                                 << "elements[1]: addresses 14..14 overlap the slot range 10..14 (SMC-3 §4.2: addresses are unique)";
        QTest::newRow("two ranges of a type") << QByteArray("elements")
                                              << QByteArray(R"([{"type":"slot","first":10,"count":1},{"type":"slot","first":20,"count":1}])")
                                              << "elements[1].type: a second slot range (one address range per element type)";
        QTest::newRow("element type") << QByteArray("elements") << QByteArray(R"([{"type":"robot","first":1,"count":1}])")
                                      << "elements[0].type: must be transport, slot, ie or drive";
        QTest::newRow("address 0") << QByteArray("elements") << QByteArray(R"([{"type":"slot","first":0,"count":1}])")
                                   << "elements[0].first: must be an element address 1..65535";
        QTest::newRow("past 65535") << QByteArray("elements") << QByteArray(R"([{"type":"slot","first":65535,"count":2}])")
                                    << "elements[0].count: must be 1..1 (addresses end at 65535)";
        QTest::newRow("drive not at a drive") << QByteArray("drives") << QByteArray(R"([{"address":1024,"tid":3,"lun":1}])")
                                              << "drives[0].address: not the address of a data transfer element";
        QTest::newRow("drive LUN 0") << QByteArray("drives") << QByteArray(R"([{"address":1,"tid":3,"lun":0}])")
                                     << "drives[0].lun: must be the drive's LUN 1..16383";
        QTest::newRow("medium in a drive") << QByteArray("media") << QByteArray(R"([{"address":1,"barcode":"t"}])")
                                           << "media[0].address: not the address of a storage or import/export element";
        QTest::newRow("barcode path") << QByteArray("media") << QByteArray(R"([{"address":1024,"barcode":"../x"}])")
                                      << "media[0].barcode: must be 1..32 characters, no '/', not starting with '.'";
        QTest::newRow("barcode twice") << QByteArray("media")
                                       << QByteArray(R"([{"address":1024,"barcode":"a"},{"address":1025,"barcode":"a"}])")
                                       << "media[1].barcode: a is in the changer twice";
        QTest::newRow("two media in a slot") << QByteArray("media")
                                             << QByteArray(R"([{"address":1024,"barcode":"a"},{"address":1024,"barcode":"b"}])")
                                             << "media[1].address: element 1024 already holds a medium";
        QTest::newRow("unknown key") << QByteArray("robot") << QByteArray("1") << "options.robot: unknown key";
    }
    void refusesWhatSmcOrTheFileNamesForbid()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, error);
        ChangerLunOptions o;
        QCOMPARE(readChangerOptions(exampleWith(key.constData(), value), o), error);
    }

    void theConfigNamesTheField()
    {
        const QByteArray cfg = R"({"schema":2,"targets":[{"iqn":"iqn.2026-11.x:vtl","luns":[{"lun":4,"type":"changer",
            "options":{"elements":[{"type":"slot","first":0,"count":1}]}}]}]})";
        QString error;
        QVERIFY(!LabConfig::fromJson(cfg, &error));
        QVERIFY2(error.contains(QLatin1String("luns[0].options.elements[0].first")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("1..65535")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestChangerLun)
#include "test_changer_lun.moc"
