// OSD-2 device type: CDB parsing, attribute lists and the command handlers
// run through the logical unit against a file-backed store in a temp dir.
#include "scsi_test_support.h"

#include "scsi/osd_attributes.h"
#include "scsi/osd_cdb.h"
#include "scsi/osd_unit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

constexpr uint64_t kPid = 0x10000, kOid = 0x10010;
constexpr uint64_t kRetrieved = 4096;

// A 236-byte OSD-2 CDB in list format with no lists, NOSEC capability.
std::vector<uint8_t> cdb(uint16_t action, uint64_t pid = 0, uint64_t oid = 0, uint64_t length = 0, uint64_t start = 0)
{
    std::vector<uint8_t> c(osd::kCdbLength, 0);
    c[0] = 0x7F;
    c[7] = osd::kAdditionalCdbLength;
    put16(&c[8], action);
    c[11] = 0x30;
    put64(&c[16], pid);
    put64(&c[24], oid);
    put64(&c[32], length);
    put64(&c[40], start);
    put32(&c[56], 0xFFFFFFFF);
    put32(&c[64], 0xFFFFFFFF);
    put32(&c[72], 0xFFFFFFFF);
    c[80] = 2;
    return c;
}

// Adds a get list at Data-Out `kRetrieved` and asks for the retrieved list at Data-In `kRetrieved`.
void withGetList(std::vector<uint8_t>& c, std::vector<uint8_t>& out, std::vector<osd::AttributeKey> keys)
{
    std::vector<uint8_t> list(8 + 8 * keys.size(), 0);
    list[0] = osd::kListGet;
    put32(&list[4], uint32_t(8 * keys.size()));
    for (size_t i = 0; i < keys.size(); ++i) {
        put32(&list[8 + 8 * i], keys[i].first);
        put32(&list[12 + 8 * i], keys[i].second);
    }
    out.resize(kRetrieved, 0);
    out.insert(out.end(), list.begin(), list.end());
    put32(&c[52], uint32_t(list.size()));
    put32(&c[56], osd::encodeOffset(kRetrieved));
    put32(&c[60], 4096);
    put32(&c[64], osd::encodeOffset(kRetrieved));
}

std::shared_ptr<ScsiTask> runOsd(LogicalUnit& unit, const std::vector<uint8_t>& c, std::vector<uint8_t> out = {})
{
    return run([&unit](std::shared_ptr<ScsiTask> t) { unit.execute(std::move(t)); }, c, std::move(out));
}

// The field pointer of an ILLEGAL REQUEST (fixed format sense, SKSV set).
int fieldPointer(const ScsiTask& t)
{
    if (t.sense.size() < 18 || !(t.sense[15] & 0x80))
        return -1;
    return be16(&t.sense[16]);
}

} // namespace

// A command that must succeed (a QVERIFY in the test function itself, so a failure ends it).
#define ok(task, what)                                                   \
    do {                                                                 \
        const auto& okTask = (task);                                     \
        QVERIFY2(okTask, what);                                          \
        QVERIFY2(okTask->status == status::Good, what);                  \
    } while (0)

class TestOsdUnit : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<LogicalUnit> unit_;


private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        std::string error;
        OsdConfig c;
        c.root = (dir_.path() + QStringLiteral("/store")).toStdString();
        c.capacity = 1 << 20;
        unit_ = makeOsdUnit(c, &error);
        QVERIFY2(unit_, error.c_str());
        clearUnitAttention(*unit_);
    }

    void inquiryReportsDeviceType11h()
    {
        auto t = run(*unit_, {0x12, 0, 0, 0, 96, 0});
        QVERIFY(t && t->status == status::Good);
        QCOMPARE(t->dataIn[0] & 0x1F, 0x11);
    }

    void offsetsRoundTrip()
    {
        for (uint64_t v : {uint64_t(0), uint64_t(8), uint64_t(256), uint64_t(4096), uint64_t(1) << 30})
            QCOMPARE(osd::decodeOffset(osd::encodeOffset(v)).value(), v);
        QVERIFY(!osd::decodeOffset(0xFFFFFFFF));
        QCOMPARE(osd::decodeOffset(0x00000010).value(), uint64_t(0x1000));   // exponent 0: mantissa << 8
    }

    void parserNamesTheField()
    {
        auto c = cdb(osd::GetAttributes);
        QVERIFY(std::holds_alternative<osd::Cdb>(osd::parseCdb(c.data(), c.size())));
        auto field = [](std::vector<uint8_t> c) { return std::get<osd::FieldError>(osd::parseCdb(c.data(), c.size())).byte; };
        auto bad = c;
        bad[7] = 192;   // OSD-1's length
        QCOMPARE(field(bad), uint16_t(7));
        bad = c;
        put16(&bad[8], 0x8805);   // OSD-1 READ
        QCOMPARE(field(bad), uint16_t(8));
        bad = c;
        bad[12] = 0x10;
        QCOMPARE(field(bad), uint16_t(12));
        bad = c;
        put64(&bad[24], 0x42);
        QCOMPARE(field(bad), uint16_t(24));
        bad = c;
        bad[82] = 3;   // ALLDATA
        QCOMPARE(field(bad), uint16_t(82));
        bad = c;
        put32(&bad[60], 100);   // allocation length without a retrieved offset
        QCOMPARE(field(bad), uint16_t(64));
        QCOMPARE(field(std::vector<uint8_t>(c.begin(), c.begin() + 200)), uint16_t(7));
    }

    void createWriteReadAppendList()
    {
        ok(runOsd(*unit_, cdb(osd::CreatePartition, kPid)), "CREATE PARTITION");
        ok(runOsd(*unit_, cdb(osd::Create, kPid, kOid)), "CREATE");
        std::vector<uint8_t> data(5000);
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = uint8_t(i * 7);
        ok(runOsd(*unit_, cdb(osd::Write, kPid, kOid, data.size(), 100), data), "WRITE");
        auto r = runOsd(*unit_, cdb(osd::Read, kPid, kOid, 5000, 100));
        ok(r, "READ");
        QVERIFY(r->dataIn == data);
        // READ past the end: only the bytes the object has.
        r = runOsd(*unit_, cdb(osd::Read, kPid, kOid, 1000, 5000));
        ok(r, "READ at the end");
        QCOMPARE(r->dataIn.size(), size_t(100));
        std::vector<uint8_t> more(10, 0xAB), out = more;
        auto c = cdb(osd::Append, kPid, kOid, more.size());
        withGetList(c, out, {{osd::kCurrentCommandPage, osd::kCcAppendStart}, {osd::kUserObjectInformationPage, osd::kAttrLogicalLength}});
        r = runOsd(*unit_, c, out);
        ok(r, "APPEND");
        QVERIFY(r->dataIn.size() > kRetrieved + 8);
        const uint8_t* list = r->dataIn.data() + kRetrieved;
        QCOMPARE(list[0] & 0x0F, 0x9);
        QCOMPARE(be32(list + 8), osd::kCurrentCommandPage);
        QCOMPARE(be16(list + 8 + 14), uint16_t(8));
        QCOMPARE(be64(list + 8 + 16), uint64_t(5100));   // appended at the old logical length
        QCOMPARE(be64(list + 8 + 24 + 16), uint64_t(5110));
        ok(runOsd(*unit_, cdb(osd::Create, kPid, 0)), "CREATE with id 0");
        r = runOsd(*unit_, cdb(osd::List, kPid, 0, 4096));
        ok(r, "LIST");
        QCOMPARE(be64(&r->dataIn[0]), uint64_t(16 + 16));   // two ids
        QCOMPARE(be64(&r->dataIn[24]), kOid);
        QCOMPARE(be64(&r->dataIn[32]), kOid + 1);
        // A small allocation length: one id and the continuation id.
        r = runOsd(*unit_, cdb(osd::List, kPid, 0, 32));
        ok(r, "LIST, short");
        QCOMPARE(be64(&r->dataIn[8]), kOid + 1);
        r = runOsd(*unit_, cdb(osd::List, 0, 0, 4096));
        ok(r, "LIST of partitions");
        QCOMPARE(r->dataIn[23] & 1, 1);
        QCOMPARE(be64(&r->dataIn[24]), kPid);
    }

    void attributesSetGetAndRefused()
    {
        ok(runOsd(*unit_, cdb(osd::CreatePartition, kPid)), "CREATE PARTITION");
        ok(runOsd(*unit_, cdb(osd::Create, kPid, kOid)), "CREATE");
        // SET in the one-attribute CDB format (§5.2.6.2).
        auto c = cdb(osd::SetAttributes, kPid, kOid);
        c[11] = 0x10;
        put32(&c[52], 0x20000);
        put32(&c[56], 7);
        put16(&c[60], 3);
        c[62] = 'a', c[63] = 'b', c[64] = 'c';
        ok(runOsd(*unit_, c), "SET one attribute");
        std::vector<uint8_t> out;
        c = cdb(osd::GetAttributes, kPid, kOid);
        withGetList(c, out, {{0x20000, 7}, {0x20000, 8}});
        auto r = runOsd(*unit_, c, out);
        ok(r, "GET list");
        const uint8_t* list = r->dataIn.data() + kRetrieved;
        QCOMPARE(be16(list + 8 + 14), uint16_t(3));
        QCOMPARE(list[8 + 16], uint8_t('a'));
        QCOMPARE(be16(list + 8 + 24 + 14), osd::kUndefinedLength);
        // Page format: the page header, then its attributes.
        c = cdb(osd::GetAttributes, kPid, kOid);
        c[11] = 0x20;
        put32(&c[52], 0x20000);
        put32(&c[56], 4096);
        put32(&c[60], osd::encodeOffset(0));
        put32(&c[64], 0);            // no attribute to set
        put32(&c[72], 0);
        put32(&c[76], 0xFFFFFFFF);
        r = runOsd(*unit_, c);
        ok(r, "GET page");
        QCOMPARE(be32(&r->dataIn[0]), uint32_t(0x20000));
        QCOMPARE(be32(&r->dataIn[4]), uint32_t(24));   // one 3-byte attribute, padded entry
        // Setting a read-only information attribute: INVALID FIELD IN CDB at the
        // attribute page (one-attribute format), or in the set list (list format).
        c = cdb(osd::SetAttributes, kPid, kOid);
        c[11] = 0x10;
        put32(&c[52], osd::kUserObjectInformationPage);
        put32(&c[56], osd::kAttrObjectId);
        put16(&c[60], 8);
        r = runOsd(*unit_, c);
        QVERIFY(r && r->status == status::CheckCondition);
        QCOMPARE(senseOf(*r).asc, uint8_t(0x24));
        QCOMPARE(fieldPointer(*r), 52);
        c = cdb(osd::SetAttributes, kPid, kOid);
        std::vector<uint8_t> setList(8 + 24, 0);
        setList[0] = osd::kListSetOrRetrieved;
        put32(&setList[4], 24);
        put32(&setList[8], osd::kUserObjectInformationPage);
        put32(&setList[12], osd::kAttrObjectId);
        put16(&setList[22], 8);
        put32(&c[68], uint32_t(setList.size()));
        put32(&c[72], osd::encodeOffset(256));
        std::vector<uint8_t> setOut(256, 0);
        setOut.insert(setOut.end(), setList.begin(), setList.end());
        r = runOsd(*unit_, c, setOut);
        QVERIFY(r && r->status == status::CheckCondition);
        QCOMPARE(senseOf(*r).asc, uint8_t(0x26));
        QCOMPARE(fieldPointer(*r), 256);
        // The logical length is writable: it truncates.
        ok(runOsd(*unit_, cdb(osd::Write, kPid, kOid, 4, 0), {1, 2, 3, 4}), "WRITE");
        c = cdb(osd::SetAttributes, kPid, kOid);
        c[11] = 0x10;
        put32(&c[52], osd::kUserObjectInformationPage);
        put32(&c[56], osd::kAttrLogicalLength);
        put16(&c[60], 8);
        put64(&c[62], 2);
        ok(runOsd(*unit_, c), "SET logical length");
        r = runOsd(*unit_, cdb(osd::Read, kPid, kOid, 10, 0));
        ok(r, "READ");
        QCOMPARE(r->dataIn.size(), size_t(2));
    }

    void malformedAndMissingGetFieldPointers()
    {
        auto c = cdb(osd::Read, kPid, kOid, 10);
        auto r = runOsd(*unit_, c);
        QVERIFY(r && r->status == status::CheckCondition);
        QCOMPARE(senseOf(*r).key, uint8_t(0x05));
        QCOMPARE(fieldPointer(*r), 16);   // no such partition
        ok(runOsd(*unit_, cdb(osd::CreatePartition, kPid)), "CREATE PARTITION");
        r = runOsd(*unit_, c);
        QCOMPARE(fieldPointer(*r), 24);   // no such object
        c = cdb(osd::GetAttributes);
        c[11] = 0x00;
        r = runOsd(*unit_, c);
        QCOMPARE(fieldPointer(*r), 11);
        QCOMPARE(r->sense[15] & 0x0F, 0x08 | 5);   // BPV, bit 5
        // A get list that is not a get list: the pointer is in the Data-Out buffer.
        std::vector<uint8_t> out;
        c = cdb(osd::GetAttributes);
        withGetList(c, out, {{1, 1}});
        out[kRetrieved] = 0x9;
        r = runOsd(*unit_, c, out);
        QCOMPARE(senseOf(*r).asc, uint8_t(0x26));
        QCOMPARE(fieldPointer(*r), int(kRetrieved));
        // WRITE with less Data-Out than its length.
        ok(runOsd(*unit_, cdb(osd::Create, kPid, kOid)), "CREATE");
        r = runOsd(*unit_, cdb(osd::Write, kPid, kOid, 100, 0), std::vector<uint8_t>(10));
        QCOMPARE(fieldPointer(*r), 32);
        // NACA in the variable-length CDB's CONTROL byte (byte 1).
        c = cdb(osd::GetAttributes);
        c[1] = 0x04;
        r = runOsd(*unit_, c);
        QCOMPARE(fieldPointer(*r), 1);
        // REMOVE PARTITION of a partition that holds an object.
        r = runOsd(*unit_, cdb(osd::RemovePartition, kPid));
        QCOMPARE(fieldPointer(*r), 16);
    }

    void formatEmptiesTheStore()
    {
        ok(runOsd(*unit_, cdb(osd::CreatePartition, kPid)), "CREATE PARTITION");
        ok(runOsd(*unit_, cdb(osd::Create, kPid, kOid)), "CREATE");
        ok(runOsd(*unit_, cdb(osd::FormatOsd, 0, 0, 2 << 20)), "FORMAT OSD");
        auto r = runOsd(*unit_, cdb(osd::List, 0, 0, 4096));
        ok(r, "LIST");
        QCOMPARE(be64(&r->dataIn[0]), uint64_t(16));
        std::vector<uint8_t> out;
        auto c = cdb(osd::GetAttributes);
        withGetList(c, out, {{osd::kRootInformationPage, osd::kAttrTotalCapacity}});
        r = runOsd(*unit_, c, out);
        ok(r, "GET root capacity");
        QCOMPARE(be64(r->dataIn.data() + kRetrieved + 8 + 16), uint64_t(2 << 20));
    }

    void cleanup()
    {
        unit_.reset();
        QDir(dir_.path() + QStringLiteral("/store")).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestOsdUnit)
#include "test_osd_unit.moc"
