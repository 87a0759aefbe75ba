// Sense data construction (SPC-4 §4.5): fixed vs descriptor format, field pointers.
#include "scsi/sense.h"

#include <QTest>
#include <set>

using namespace storlab::scsi;

class TestScsiSense : public QObject {
    Q_OBJECT
private slots:
    void tableMapsInvalidFieldInCdb()
    {
        const auto& e = senseEntry(Sense::InvalidFieldInCdb);
        QCOMPARE(e.key, uint8_t(0x05));
        QCOMPARE(e.asc, uint8_t(0x24));
        QCOMPARE(e.ascq, uint8_t(0x00));
    }
    void tableHasUniqueCodes()
    {
        std::set<uint32_t> seen;
        for (size_t i = 0; i < size_t(Sense::Count_); ++i) {
            const auto& e = senseEntry(Sense(i));
            QCOMPARE(size_t(e.condition), i);
            const uint32_t code = (uint32_t(e.key) << 16) | (uint32_t(e.asc) << 8) | e.ascq;
            QVERIFY2(seen.insert(code).second, e.name.data());
        }
    }
    void fixedFormatLayout()
    {
        auto s = buildSense(SenseValue(Sense::LbaOutOfRange), false);
        QCOMPARE(s.size(), size_t(18));
        QCOMPARE(s[0], uint8_t(0x70));
        QCOMPARE(s[2], uint8_t(0x05));
        QCOMPARE(s[7], uint8_t(10));
        QCOMPARE(s[12], uint8_t(0x21));
        QCOMPARE(s[13], uint8_t(0x00));
        QCOMPARE(s[15], uint8_t(0)); // no SKSV
    }
    void descriptorFormatLayout()
    {
        auto s = buildSense(SenseValue(Sense::WriteProtected), true);
        QCOMPARE(s.size(), size_t(8));
        QCOMPARE(s[0], uint8_t(0x72));
        QCOMPARE(s[1], uint8_t(0x07));
        QCOMPARE(s[2], uint8_t(0x27));
        QCOMPARE(s[3], uint8_t(0x00));
        QCOMPARE(s[7], uint8_t(0));
    }
    void fixedFieldPointer()
    {
        auto s = buildSense(SenseValue::invalidCdb(2, 5), false);
        QCOMPARE(s[15], uint8_t(0x80 | 0x40 | 0x08 | 5)); // SKSV, C/D, BPV, bit 5
        QCOMPARE(s[16], uint8_t(0));
        QCOMPARE(s[17], uint8_t(2));
    }
    void parameterListFieldPointerClearsCd()
    {
        auto s = buildSense(SenseValue::invalidParameter(300), false);
        QCOMPARE(s[12], uint8_t(0x26));
        QCOMPARE(s[15], uint8_t(0x80));
        QCOMPARE(s[16], uint8_t(0x01));
        QCOMPARE(s[17], uint8_t(0x2C));
    }
    void descriptorFieldPointer()
    {
        auto s = buildSense(SenseValue::invalidCdb(9), true);
        QCOMPARE(s[7], uint8_t(8));
        QCOMPARE(s[8], uint8_t(0x02));
        QCOMPARE(s[9], uint8_t(0x06));
        QCOMPARE(s[12], uint8_t(0x80 | 0x40));
        QCOMPARE(s[14], uint8_t(9));
    }
    void informationFieldFixed()
    {
        auto s = buildSense(SenseValue::withInformation(Sense::MiscompareDuringVerify, 0x1234), false);
        QCOMPARE(s[0], uint8_t(0xF0)); // VALID
        QCOMPARE(s[2], uint8_t(0x0E));
        QCOMPARE(s[5], uint8_t(0x12));
        QCOMPARE(s[6], uint8_t(0x34));
        QCOMPARE(s[12], uint8_t(0x1D));
    }
    void informationFieldTooLargeForFixedClearsValid()
    {
        auto s = buildSense(SenseValue::withInformation(Sense::MiscompareDuringVerify, 1ull << 40), false);
        QCOMPARE(s[0], uint8_t(0x70));
    }
    void informationFieldDescriptor()
    {
        auto s = buildSense(SenseValue::withInformation(Sense::MiscompareDuringVerify, 1ull << 40), true);
        auto p = parseSense(s);
        QVERIFY(p);
        QVERIFY(p->descriptor);
        QVERIFY(p->information);
        QCOMPARE(*p->information, uint64_t(1) << 40);
    }
    void parseRoundTripFixed()
    {
        auto p = parseSense(buildSense(SenseValue::invalidCdb(4, 1), false));
        QVERIFY(p);
        QVERIFY(!p->descriptor);
        QCOMPARE(p->key, uint8_t(5));
        QCOMPARE(p->asc, uint8_t(0x24));
        QVERIFY(p->sksv);
        QCOMPARE(p->sks[2], uint8_t(4));
    }
};

QTEST_GUILESS_MAIN(TestScsiSense)
#include "test_scsi_sense.moc"
