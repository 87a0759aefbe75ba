// SBC-3 disk emulation against an in-memory store: INQUIRY, REPORT LUNS,
// READ/WRITE, MODE SENSE/SELECT, COMPARE AND WRITE, UNMAP, WRITE SAME, ...
#include "scsi_test_support.h"

#include "scsi/disk_unit.h"

#include <QTest>
#include <set>
#include <thread>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

constexpr uint64_t kSize = 8ull << 20; // 8 MiB

struct Disk {
    MemStore* store = nullptr;
    std::shared_ptr<LogicalUnit> unit;
    std::shared_ptr<Nexus> nexus = makeNexus(1);
};

Disk makeDisk(uint32_t blockSize = 512, bool readOnly = false, bool clearUa = true)
{
    Disk d;
    auto store = std::make_unique<MemStore>(kSize);
    d.store = store.get();
    DiskConfig cfg;
    cfg.identity.serial = "SN0001";
    cfg.blockSize = blockSize;
    cfg.readOnly = readOnly;
    d.unit = makeDiskUnit(cfg, std::move(store));
    if (clearUa)
        clearUnitAttention(*d.unit, d.nexus);
    return d;
}

std::vector<uint8_t> rw10(uint8_t op, uint32_t lba, uint16_t blocks, uint8_t byte1 = 0)
{
    std::vector<uint8_t> c(10, 0);
    c[0] = op;
    c[1] = byte1;
    put32(&c[2], lba);
    put16(&c[7], blocks);
    return c;
}

std::vector<uint8_t> pattern(size_t n, uint8_t seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = uint8_t(seed + i * 7);
    return v;
}

// Finds a page in MODE SENSE(6) data.
const uint8_t* findModePage(const std::vector<uint8_t>& d, uint8_t code)
{
    size_t pos = 4 + d[3];
    while (pos + 2 <= d.size()) {
        if ((d[pos] & 0x3F) == code)
            return &d[pos];
        pos += 2 + d[pos + 1];
    }
    return nullptr;
}

} // namespace

class TestSbcDisk : public QObject {
    Q_OBJECT
private slots:
    void firstCommandReportsPowerOnUnitAttention()
    {
        Disk d = makeDisk(512, false, false);
        auto t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus);
        QVERIFY(t);
        QCOMPARE(t->status, status::CheckCondition);
        auto s = senseOf(*t);
        QCOMPARE(s.key, uint8_t(0x06));
        QCOMPARE(s.asc, uint8_t(0x29));
        t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
    }
    void inquiryDoesNotConsumeUnitAttention()
    {
        Disk d = makeDisk(512, false, false);
        auto t = run(*d.unit, {0x12, 0, 0, 0, 96, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        t = run(*d.unit, {0x03, 0, 0, 0, 18, 0}, {}, d.nexus); // REQUEST SENSE returns and clears it
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[2] & 0x0F, 0x06);
        QCOMPARE(t->dataIn[12], uint8_t(0x29));
        t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
    }
    void standardInquiry()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 0, 0, 0x01, 0x00, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        const auto& v = t->dataIn;
        QVERIFY(v.size() >= 36);
        QCOMPARE(v[0], uint8_t(0x00));
        QCOMPARE(v[2], uint8_t(0x06));         // SPC-4
        QCOMPARE(v[3] & 0x0F, 0x02);           // response data format
        QVERIFY(v[3] & 0x10);                  // HISUP
        QCOMPARE(size_t(v[4]) + 5, v.size());  // additional length
        QVERIFY(v[7] & 0x02);                  // CMDQUE
        QCOMPARE(std::string(v.begin() + 8, v.begin() + 16), std::string("STORLAB "));
    }
    void inquiryAllocationLengthTrims()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 0, 0, 0, 5, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn.size(), size_t(5));
    }
    void inquiryPageCodeWithoutEvpdIsInvalid()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 0, 0x80, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        auto p = parseSense(t->sense);
        QCOMPARE(p->asc, uint8_t(0x24));
        QVERIFY(p->sksv);
        QCOMPARE(p->sks[2], uint8_t(2)); // field pointer: byte 2
    }
    void supportedVpdPagesAreSorted()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 1, 0x00, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        std::vector<uint8_t> pages(t->dataIn.begin() + 4, t->dataIn.end());
        QCOMPARE(pages, (std::vector<uint8_t>{0x00, 0x80, 0x83, 0x86, 0xB0, 0xB1, 0xB2}));
    }
    void unitSerialNumberPage()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 1, 0x80, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(std::string(t->dataIn.begin() + 4, t->dataIn.end()), std::string("SN0001"));
    }
    void deviceIdentificationHasStableNaaAndPortDesignators()
    {
        Disk d1 = makeDisk();
        Disk d2 = makeDisk();
        auto a = run(*d1.unit, {0x12, 1, 0x83, 0, 255, 0}, {}, d1.nexus);
        auto b = run(*d2.unit, {0x12, 1, 0x83, 0, 255, 0}, {}, d2.nexus);
        QCOMPARE(a->status, status::Good);
        QCOMPARE(a->dataIn, b->dataIn); // same serial -> same identifiers
        const auto& v = a->dataIn;
        QCOMPARE(v[4 + 1] & 0x0F, 0x03);  // first designator: NAA
        QCOMPARE(v[4 + 4] >> 4, 0x6);     // NAA 6
        std::set<int> types;
        for (size_t pos = 4; pos + 4 <= v.size(); pos += 4 + v[pos + 3])
            types.insert(((v[pos + 1] >> 4) & 0x3) * 16 + (v[pos + 1] & 0x0F));
        QVERIFY(types.count(0x03));        // NAA, LU
        QVERIFY(types.count(0x01));        // T10 vendor ID, LU
        QVERIFY(types.count(0x14));        // relative target port, target port
        QVERIFY(types.count(0x18));        // SCSI name string, target port
        QVERIFY(types.count(0x28));        // SCSI name string, target device
        const std::string text(v.begin(), v.end());
        QVERIFY(text.find("iqn.2024-01.test:target,t,0x0001") != std::string::npos);
    }
    void blockLimitsAndProvisioningPages()
    {
        Disk d = makeDisk();
        auto bl = run(*d.unit, {0x12, 1, 0xB0, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(bl->dataIn.size(), size_t(0x40));
        QCOMPARE(size_t(be16(&bl->dataIn[2])) + 4, bl->dataIn.size());
        QVERIFY(bl->dataIn[5] > 0);                // max compare and write length
        QVERIFY(be32(&bl->dataIn[20]) > 0);        // max unmap LBA count
        QVERIFY(be32(&bl->dataIn[24]) > 0);        // max unmap descriptors
        auto lbp = run(*d.unit, {0x12, 1, 0xB2, 0, 255, 0}, {}, d.nexus);
        QVERIFY(lbp->dataIn[5] & 0x80);            // LBPU
        QVERIFY(lbp->dataIn[5] & 0x40);            // LBPWS
        QVERIFY(lbp->dataIn[5] & 0x20);            // LBPWS10
        QCOMPARE(lbp->dataIn[6] & 0x07, 0x02);     // thin
        auto bdc = run(*d.unit, {0x12, 1, 0xB1, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(be16(&bdc->dataIn[4]), uint16_t(1)); // non-rotating
    }
    void unsupportedVpdPageIsInvalid()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x12, 1, 0xC7, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }
    void reportLunsListsAllLuns()
    {
        LunMap luns;
        luns[0] = makeControllerUnit(DeviceIdentity{});
        luns[1] = makeDisk().unit;
        luns[300] = makeDisk().unit;
        auto t = run([&](std::shared_ptr<ScsiTask> task) { dispatchToTarget(luns, std::move(task)); },
                     {0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[0]), uint32_t(24));
        QCOMPARE(t->dataIn[8 + 1], uint8_t(0));
        QCOMPARE(t->dataIn[16 + 1], uint8_t(1));
        QCOMPARE(t->dataIn[24], uint8_t(0x40 | 0x01)); // flat addressing for 300
        QCOMPARE(t->dataIn[25], uint8_t(300 & 0xFF));
    }
    void reportLunsShortAllocationIsInvalid()
    {
        LunMap luns;
        luns[0] = makeDisk().unit;
        auto t = run([&](std::shared_ptr<ScsiTask> task) { dispatchToTarget(luns, std::move(task)); },
                     {0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0});
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }
    void missingLunInquiryHasQualifier3()
    {
        LunMap luns;
        luns[0] = makeDisk().unit;
        auto exec = [&](std::shared_ptr<ScsiTask> task) { dispatchToTarget(luns, std::move(task)); };
        auto t = run(exec, {0x12, 0, 0, 0, 36, 0}, {}, nullptr, 5);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[0], uint8_t(0x7F));
        t = run(exec, {0x00, 0, 0, 0, 0, 0}, {}, nullptr, 5);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x25));
    }
    void readWriteRoundTrip()
    {
        Disk d = makeDisk();
        auto data = pattern(4 * 512, 3);
        auto w = runv(*d.unit, rw10(0x2A, 10, 4), data, d.nexus);
        QCOMPARE(w->status, status::Good);
        QCOMPARE(d.store->bytes(10 * 512, data.size()), data);
        auto r = runv(*d.unit, rw10(0x28, 10, 4), {}, d.nexus);
        QCOMPARE(r->status, status::Good);
        QCOMPARE(r->dataIn, data);
    }
    void read16AndWrite16RoundTrip()
    {
        Disk d = makeDisk();
        auto data = pattern(2 * 512, 9);
        QCOMPARE(runv(*d.unit, cdb16(0x8A, 100, 2), data, d.nexus)->status, status::Good);
        auto r = runv(*d.unit, cdb16(0x88, 100, 2), {}, d.nexus);
        QCOMPARE(r->dataIn, data);
    }
    void read6ZeroLengthMeans256Blocks()
    {
        Disk d = makeDisk();
        auto r = run(*d.unit, {0x08, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(r->status, status::Good);
        QCOMPARE(r->dataIn.size(), size_t(256 * 512));
    }
    void readBeyondEndIsLbaOutOfRange()
    {
        Disk d = makeDisk();
        const uint64_t blocks = kSize / 512;
        auto r = runv(*d.unit, rw10(0x28, uint32_t(blocks - 1), 2), {}, d.nexus);
        QCOMPARE(r->status, status::CheckCondition);
        auto s = senseOf(*r);
        QCOMPARE(s.key, uint8_t(0x05));
        QCOMPARE(s.asc, uint8_t(0x21));
        r = runv(*d.unit, cdb16(0x88, ~0ull, 1), {}, d.nexus);
        QCOMPARE(senseOf(*r).asc, uint8_t(0x21));
    }
    void readProtectFieldIsInvalid()
    {
        Disk d = makeDisk();
        auto r = runv(*d.unit, rw10(0x28, 0, 1, 0x20), {}, d.nexus);
        QCOMPARE(r->status, status::CheckCondition);
        QCOMPARE(senseOf(*r).asc, uint8_t(0x24));
    }
    void partialBlockDataOutIsMergedIntoTheBlock()
    {
        Disk d = makeDisk(4096);
        d.store->fill(0, 2 * 4096, 0xAA);
        auto w = runv(*d.unit, rw10(0x2A, 1, 1), std::vector<uint8_t>(512, 0xBB), d.nexus);
        QCOMPARE(w->status, status::Good);
        QCOMPARE(w->dataOutTransferLength, int64_t(4096));
        QCOMPARE(d.store->bytes(4096, 512), std::vector<uint8_t>(512, 0xBB));
        QCOMPARE(d.store->bytes(4096 + 512, 4096 - 512), std::vector<uint8_t>(4096 - 512, 0xAA));
        QCOMPARE(d.store->bytes(0, 4096), std::vector<uint8_t>(4096, 0xAA));
    }
    void shortDataOutWritesOnlyDeliveredBlocks()
    {
        Disk d = makeDisk();
        auto w = runv(*d.unit, rw10(0x2A, 0, 2), std::vector<uint8_t>(512, 1), d.nexus);
        QCOMPARE(w->status, status::Good);
        QCOMPARE(w->dataOutTransferLength, int64_t(1024)); // SPDTL for the transport's residual
        QCOMPARE(d.store->bytes(0, 512), std::vector<uint8_t>(512, 1));
        QCOMPARE(d.store->bytes(512, 512), std::vector<uint8_t>(512, 0));
    }
    void unknownOpcodeIsInvalidCommand()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0xC5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        auto s = senseOf(*t);
        QCOMPARE(s.key, uint8_t(0x05));
        QCOMPARE(s.asc, uint8_t(0x20));
    }
    void nacaBitIsInvalidField()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x00, 0, 0, 0, 0, 0x04}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        auto p = parseSense(t->sense);
        QCOMPARE(p->asc, uint8_t(0x24));
        QCOMPARE(p->sks[2], uint8_t(5));
    }
    void readCapacity10And16()
    {
        Disk d = makeDisk(4096);
        auto t = run(*d.unit, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[0]), uint32_t(kSize / 4096 - 1));
        QCOMPARE(be32(&t->dataIn[4]), uint32_t(4096));
        t = run(*d.unit, {0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be64(&t->dataIn[0]), uint64_t(kSize / 4096 - 1));
        QCOMPARE(be32(&t->dataIn[8]), uint32_t(4096));
        QVERIFY(t->dataIn[14] & 0x80); // LBPME
        QVERIFY(t->dataIn[14] & 0x40); // LBPRZ (store can discard)
        QCOMPARE(t->dataIn[13] & 0x0F, 0); // default: one logical block per physical block
    }
    void readCapacity16ReportsConfiguredPhysicalExponent()
    {
        Disk d;
        auto store = std::make_unique<MemStore>(kSize);
        d.store = store.get();
        DiskConfig cfg;
        cfg.physicalBlockExponent = 3;
        d.unit = makeDiskUnit(cfg, std::move(store));
        clearUnitAttention(*d.unit, d.nexus);
        auto t = run(*d.unit, {0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0}, {}, d.nexus);
        QCOMPARE(t->dataIn[13] & 0x0F, 3);
        QCOMPARE(t->dataIn[14] & 0x3F, 0); // lowest aligned LBA
        QCOMPARE(t->dataIn[15], uint8_t(0));
    }
    void writeProtectedUnitRejectsWrites()
    {
        Disk d = makeDisk(512, true);
        auto w = runv(*d.unit, rw10(0x2A, 0, 1), std::vector<uint8_t>(512, 1), d.nexus);
        QCOMPARE(w->status, status::CheckCondition);
        auto s = senseOf(*w);
        QCOMPARE(s.key, uint8_t(0x07));
        QCOMPARE(s.asc, uint8_t(0x27));
        auto ms = run(*d.unit, {0x1A, 0, 0x3F, 0, 255, 0}, {}, d.nexus);
        QVERIFY(ms->dataIn[2] & 0x80); // WP in the mode parameter header
    }
    void modeSenseAllPagesHasCachingControlAndBlockDescriptor()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x1A, 0, 0x3F, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        const auto& v = t->dataIn;
        QCOMPARE(size_t(v[0]) + 1, v.size());
        QCOMPARE(v[3], uint8_t(8));
        QCOMPARE(be24(&v[4 + 5]), uint32_t(512));
        QVERIFY(findModePage(v, 0x08));
        QVERIFY(findModePage(v, 0x0A));
        QVERIFY(findModePage(v, 0x1C));
        QVERIFY(findModePage(v, 0x08)[2] & 0x04); // WCE default on
    }
    void modeSense10LongLbaDescriptor()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x5A, 0x10, 0x08, 0, 0, 0, 0, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4] & 0x01, 0x01);
        QCOMPARE(be16(&t->dataIn[6]), uint16_t(16));
        QCOMPARE(be64(&t->dataIn[8]), uint64_t(kSize / 512));
    }
    void modeSenseChangeableShowsWce()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x1A, 0x08, 0x48, 0, 255, 0}, {}, d.nexus); // DBD, PC=changeable, page 8
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[3], uint8_t(0));
        QCOMPARE(t->dataIn[4 + 2], uint8_t(0x04));
    }
    void modeSelectClearsWceAndWritesBecomeFua()
    {
        Disk d = makeDisk();
        auto ms = run(*d.unit, {0x1A, 0x08, 0x08, 0, 255, 0}, {}, d.nexus);
        std::vector<uint8_t> param(ms->dataIn);
        param[0] = 0;            // mode data length is reserved in MODE SELECT
        param[4 + 2] &= ~0x04;   // WCE off
        auto sel = run(*d.unit, {0x15, 0x10, 0, 0, uint8_t(param.size()), 0}, param, d.nexus);
        QCOMPARE(sel->status, status::Good);
        ms = run(*d.unit, {0x1A, 0x08, 0x08, 0, 255, 0}, {}, d.nexus);
        QCOMPARE(ms->dataIn[4 + 2] & 0x04, 0);
        QCOMPARE(runv(*d.unit, rw10(0x2A, 0, 1), std::vector<uint8_t>(512, 1), d.nexus)->status, status::Good);
        QVERIFY(d.store->lastWriteFua.load());
    }
    void writeWithWceIsNotFuaUnlessAsked()
    {
        Disk d = makeDisk();
        runv(*d.unit, rw10(0x2A, 0, 1), std::vector<uint8_t>(512, 1), d.nexus);
        QVERIFY(!d.store->lastWriteFua.load());
        runv(*d.unit, rw10(0x2A, 0, 1, 0x08), std::vector<uint8_t>(512, 1), d.nexus);
        QVERIFY(d.store->lastWriteFua.load());
    }
    void modeSelectRejectsNonChangeableField()
    {
        Disk d = makeDisk();
        auto ms = run(*d.unit, {0x1A, 0x08, 0x08, 0, 255, 0}, {}, d.nexus);
        std::vector<uint8_t> param(ms->dataIn);
        param[0] = 0;
        param[4 + 2] |= 0x01; // RCD is not changeable
        auto sel = run(*d.unit, {0x15, 0x10, 0, 0, uint8_t(param.size()), 0}, param, d.nexus);
        QCOMPARE(sel->status, status::CheckCondition);
        auto p = parseSense(sel->sense);
        QCOMPARE(p->asc, uint8_t(0x26));
        QVERIFY(p->sksv);
        QCOMPARE(p->sks[2], uint8_t(6)); // byte 6 of the parameter list
    }
    void modeSelectNotifiesOtherNexuses()
    {
        Disk d = makeDisk();
        auto other = makeNexus(2, "iqn.2024-01.test:init2");
        clearUnitAttention(*d.unit, other);
        auto ms = run(*d.unit, {0x1A, 0x08, 0x08, 0, 255, 0}, {}, d.nexus);
        std::vector<uint8_t> param(ms->dataIn);
        param[0] = 0;
        param[4 + 2] &= ~0x04;
        QCOMPARE(run(*d.unit, {0x15, 0x10, 0, 0, uint8_t(param.size()), 0}, param, d.nexus)->status, status::Good);
        auto t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, other);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x2A));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x01));
        QCOMPARE(run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus)->status, status::Good);
    }
    void dSenseSwitchesToDescriptorFormat()
    {
        Disk d = makeDisk();
        auto bad = runv(*d.unit, cdb16(0x88, ~0ull, 1), {}, d.nexus);
        QCOMPARE(bad->sense[0] & 0x7F, 0x70);
        auto ms = run(*d.unit, {0x1A, 0x08, 0x0A, 0, 255, 0}, {}, d.nexus);
        std::vector<uint8_t> param(ms->dataIn);
        param[0] = 0;
        param[4 + 2] |= 0x04; // D_SENSE
        QCOMPARE(run(*d.unit, {0x15, 0x10, 0, 0, uint8_t(param.size()), 0}, param, d.nexus)->status, status::Good);
        bad = runv(*d.unit, cdb16(0x88, ~0ull, 1), {}, d.nexus);
        QCOMPARE(bad->sense[0] & 0x7F, 0x72);
        QCOMPARE(bad->sense[2], uint8_t(0x21));
    }
    void requestSenseDescBit()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x03, 0x01, 0, 0, 252, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[0], uint8_t(0x72));
        QCOMPARE(t->dataIn[1], uint8_t(0x00));
    }
    void compareAndWriteSucceedsWhenDataMatches()
    {
        Disk d = makeDisk();
        d.store->fill(0, 512, 0xAA);
        std::vector<uint8_t> buf(1024, 0xAA);
        std::fill(buf.begin() + 512, buf.end(), 0x55);
        auto cdb = cdb16(0x89, 0, 0);
        cdb[13] = 1;
        auto t = runv(*d.unit, cdb, buf, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(d.store->bytes(0, 512), std::vector<uint8_t>(512, 0x55));
    }
    void compareAndWriteMiscompareReportsOffset()
    {
        Disk d = makeDisk();
        d.store->fill(0, 1024, 0xAA);
        std::vector<uint8_t> buf(2048, 0xAA);
        buf[700] = 0x00; // second block of the verify data differs at offset 700
        std::fill(buf.begin() + 1024, buf.end(), 0x55);
        auto cdb = cdb16(0x89, 0, 0);
        cdb[13] = 2;
        auto t = runv(*d.unit, cdb, buf, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        auto p = parseSense(t->sense);
        QCOMPARE(p->key, uint8_t(0x0E));
        QCOMPARE(p->asc, uint8_t(0x1D));
        QVERIFY(p->information);
        QCOMPARE(*p->information, uint64_t(700));
        QCOMPARE(d.store->bytes(0, 1024), std::vector<uint8_t>(1024, 0xAA)); // nothing written
    }
    void compareAndWriteWrongDataOutSizeFails()
    {
        Disk d = makeDisk();
        auto cdb = cdb16(0x89, 0, 0);
        cdb[13] = 1;
        auto t = runv(*d.unit, cdb, std::vector<uint8_t>(4 * 512, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
    }
    void compareAndWriteZeroBlocksWithDataIsInvalid()
    {
        Disk d = makeDisk();
        auto cdb = cdb16(0x89, 0, 0); // NUMBER OF LOGICAL BLOCKS 0
        auto t = runv(*d.unit, cdb, std::vector<uint8_t>(2 * 512, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
        QCOMPARE(runv(*d.unit, cdb, {}, d.nexus)->status, status::Good);
    }
    void compareAndWriteIsAtomicUnderConcurrency()
    {
        // Many nexuses increment a counter block with COMPARE AND WRITE while
        // plain writes hit a neighbouring block: every successful CAW must
        // have seen the value the previous one wrote.
        Disk d = makeDisk();
        std::atomic<int> successes{0};
        std::vector<std::thread> threads;
        for (int n = 0; n < 4; ++n) {
            threads.emplace_back([&, n] {
                auto nexus = makeNexus(100 + n, "iqn.2024-01.test:caw" + std::to_string(n));
                clearUnitAttention(*d.unit, nexus);
                for (int i = 0; i < 50; ++i) {
                    auto cur = runv(*d.unit, rw10(0x28, 0, 1), {}, nexus);
                    std::vector<uint8_t> buf(1024);
                    std::copy(cur->dataIn.begin(), cur->dataIn.end(), buf.begin());
                    uint32_t v = be32(buf.data());
                    put32(&buf[512], v + 1);
                    auto cdb = cdb16(0x89, 0, 0);
                    cdb[13] = 1;
                    auto t = runv(*d.unit, cdb, buf, nexus);
                    if (t->status == status::Good)
                        ++successes;
                    runv(*d.unit, rw10(0x2A, 1, 1), std::vector<uint8_t>(512, uint8_t(i)), nexus);
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY(successes.load() > 0);
        QCOMPARE(be32(d.store->bytes(0, 4).data()), uint32_t(successes.load()));
    }
    void verifyBytchkMiscompare()
    {
        Disk d = makeDisk();
        d.store->fill(512 * 3, 512 * 2, 0x11);
        std::vector<uint8_t> buf(1024, 0x11);
        auto ok = runv(*d.unit, rw10(0x2F, 3, 2, 0x02), buf, d.nexus);
        QCOMPARE(ok->status, status::Good);
        buf[600] = 0x12;
        auto bad = runv(*d.unit, rw10(0x2F, 3, 2, 0x02), buf, d.nexus);
        QCOMPARE(bad->status, status::CheckCondition);
        auto p = parseSense(bad->sense);
        QCOMPARE(p->key, uint8_t(0x0E));
        QCOMPARE(*p->information, uint64_t(600));
    }
    void unmapPunchesHoles()
    {
        Disk d = makeDisk();
        d.store->fill(0, 64 * 512, 0xEE);
        std::vector<uint8_t> param(24, 0);
        put16(&param[0], 22);
        put16(&param[2], 16);
        put64(&param[8], 8);
        put32(&param[16], 16);
        auto t = run(*d.unit, {0x42, 0, 0, 0, 0, 0, 0, 0, 24, 0}, param, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(d.store->bytes(8 * 512, 16 * 512), std::vector<uint8_t>(16 * 512, 0));
        QCOMPARE(d.store->bytes(0, 8 * 512), std::vector<uint8_t>(8 * 512, 0xEE));
        QCOMPARE(d.store->bytes(24 * 512, 512), std::vector<uint8_t>(512, 0xEE));
    }
    void unmapBeyondEndIsLbaOutOfRange()
    {
        Disk d = makeDisk();
        std::vector<uint8_t> param(24, 0);
        put16(&param[0], 22);
        put16(&param[2], 16);
        put64(&param[8], kSize / 512 - 1);
        put32(&param[16], 2);
        auto t = run(*d.unit, {0x42, 0, 0, 0, 0, 0, 0, 0, 24, 0}, param, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x21));
    }
    void unmapShortParameterListIsLengthError()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x42, 0, 0, 0, 0, 0, 0, 0, 4, 0}, std::vector<uint8_t>(4, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x1A));
    }
    void getLbaStatusReportsDeallocatedAfterUnmap()
    {
        Disk d = makeDisk();
        d.store->fill(0, 1 << 20, 0x01);
        std::vector<uint8_t> param(24, 0);
        put16(&param[0], 22);
        put16(&param[2], 16);
        put64(&param[8], 0);
        put32(&param[16], 16); // 8 KiB = two granules
        QCOMPARE(run(*d.unit, {0x42, 0, 0, 0, 0, 0, 0, 0, 24, 0}, param, d.nexus)->status, status::Good);
        auto t = run(*d.unit, {0x9E, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QVERIFY(t->dataIn.size() >= 24);
        QCOMPARE(be64(&t->dataIn[8]), uint64_t(0));
        QCOMPARE(be32(&t->dataIn[16]), uint32_t(16));
        QCOMPARE(t->dataIn[20] & 0x0F, 0x01); // deallocated
        QCOMPARE(be64(&t->dataIn[24]), uint64_t(16));
        QCOMPARE(t->dataIn[36] & 0x0F, 0x00); // mapped
    }
    void writeSameReplicatesBlock()
    {
        Disk d = makeDisk();
        auto block = pattern(512, 42);
        std::vector<uint8_t> cdb(10, 0);
        cdb[0] = 0x41;
        put32(&cdb[2], 20);
        put16(&cdb[7], 5);
        auto t = runv(*d.unit, cdb, block, d.nexus);
        QCOMPARE(t->status, status::Good);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(d.store->bytes((20 + i) * 512, 512), block);
        QCOMPARE(d.store->bytes(25 * 512, 512), std::vector<uint8_t>(512, 0));
    }
    void writeSameUnmapDiscards()
    {
        Disk d = makeDisk();
        d.store->fill(0, 64 * 512, 0x77);
        auto cdb = cdb16(0x93, 0, 32, 0x08);
        auto t = runv(*d.unit, cdb, std::vector<uint8_t>(512, 0), d.nexus);
        QCOMPARE(t->status, status::Good);
        QVERIFY(d.store->discards.load() > 0);
        QCOMPARE(d.store->bytes(0, 32 * 512), std::vector<uint8_t>(32 * 512, 0));
        QCOMPARE(d.store->bytes(32 * 512, 512), std::vector<uint8_t>(512, 0x77));
    }
    void writeSameWrongDataSizeFails()
    {
        Disk d = makeDisk();
        std::vector<uint8_t> cdb(10, 0);
        cdb[0] = 0x41;
        put16(&cdb[7], 1);
        auto t = runv(*d.unit, cdb, std::vector<uint8_t>(1024, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        t = runv(*d.unit, cdb, std::vector<uint8_t>(256, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
    }
    void writeSameAnchorIsInvalid()
    {
        Disk d = makeDisk();
        auto t = runv(*d.unit, cdb16(0x93, 0, 1, 0x10 | 0x08), std::vector<uint8_t>(512, 0), d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }
    void orWriteOrsData()
    {
        Disk d = makeDisk();
        d.store->fill(0, 512, 0x0F);
        auto t = runv(*d.unit, cdb16(0x8B, 0, 1), std::vector<uint8_t>(512, 0xF0), d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(d.store->bytes(0, 512), std::vector<uint8_t>(512, 0xFF));
    }
    void synchronizeCacheFlushes()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x35, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(d.store->flushes.load(), 1);
    }
    void reportSupportedOpcodesAll()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0xA3, 0x0C, 0x80, 0, 0, 0, 0, 0, 0x40, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        const auto& v = t->dataIn;
        QCOMPARE(size_t(be32(&v[0])) + 4, v.size());
        bool sawRead16 = false, sawRc16 = false;
        for (size_t pos = 4; pos + 8 <= v.size(); pos += 8 + 12) {
            QVERIFY(v[pos + 5] & 0x02); // CTDP
            QCOMPARE(be16(&v[pos + 8]), uint16_t(0x0A));
            if (v[pos] == 0x88)
                sawRead16 = true;
            if (v[pos] == 0x9E && be16(&v[pos + 2]) == 0x10 && (v[pos + 5] & 0x01))
                sawRc16 = true;
        }
        QVERIFY(sawRead16);
        QVERIFY(sawRc16);
    }
    void reportSupportedOpcodesOneCommand()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0xA3, 0x0C, 0x01, 0x28, 0, 0, 0, 0, 1, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[1] & 0x07, 0x03);
        QCOMPARE(be16(&t->dataIn[2]), uint16_t(10));
        QCOMPARE(t->dataIn[4], uint8_t(0x28));
        // Opcode with service actions asked without one -> invalid field.
        t = run(*d.unit, {0xA3, 0x0C, 0x01, 0x9E, 0, 0, 0, 0, 1, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        t = run(*d.unit, {0xA3, 0x0C, 0x02, 0x9E, 0, 0x10, 0, 0, 1, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[2]), uint16_t(16));
    }
    void reportSupportedTmf()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0xA3, 0x0D, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn.size(), size_t(4));
        QVERIFY(t->dataIn[0] & 0x80); // ABORT TASK
        QVERIFY(t->dataIn[0] & 0x08); // LUN RESET
    }
    void lunResetRaisesBusDeviceResetUnitAttention()
    {
        Disk d = makeDisk();
        d.unit->taskManagement(TaskManagement::LogicalUnitReset, *d.nexus);
        auto t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x29));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x03));
    }
    void blockSize4096RoundTrip()
    {
        Disk d = makeDisk(4096);
        auto data = pattern(4096, 5);
        QCOMPARE(runv(*d.unit, rw10(0x2A, 7, 1), data, d.nexus)->status, status::Good);
        QCOMPARE(d.store->bytes(7 * 4096, 4096), data);
        auto r = runv(*d.unit, rw10(0x28, 7, 1), {}, d.nexus);
        QCOMPARE(r->dataIn, data);
    }
    void readDefectDataReportsEmptyList()
    {
        Disk d = makeDisk();
        auto t = run(*d.unit, {0x37, 0, 0x0C, 0, 0, 0, 0, 0, 32, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn.size(), size_t(4));
        QCOMPARE(be16(&t->dataIn[2]), uint16_t(0));
    }
    void removableMediumEjectAndPrevent()
    {
        auto store = std::make_unique<MemStore>(kSize);
        DiskConfig cfg;
        cfg.removable = true;
        auto unit = makeDiskUnit(cfg, std::move(store));
        auto n = makeNexus(1);
        clearUnitAttention(*unit, n);
        QVERIFY(run(*unit, {0x12, 0, 0, 0, 36, 0}, {}, n)->dataIn[1] & 0x80); // RMB
        QCOMPARE(run(*unit, {0x1E, 0, 0, 0, 1, 0}, {}, n)->status, status::Good); // PREVENT
        auto t = run(*unit, {0x1B, 0, 0, 0, 0x02, 0}, {}, n);                   // eject
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x53));
        QCOMPARE(run(*unit, {0x1E, 0, 0, 0, 0, 0}, {}, n)->status, status::Good); // ALLOW
        QCOMPARE(run(*unit, {0x1B, 0, 0, 0, 0x02, 0}, {}, n)->status, status::Good);
        t = run(*unit, {0x00, 0, 0, 0, 0, 0}, {}, n);
        QCOMPARE(senseOf(*t).key, uint8_t(0x02));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
        t = runv(*unit, rw10(0x28, 0, 1), {}, n);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
        QCOMPARE(run(*unit, {0x1B, 0, 0, 0, 0x03, 0}, {}, n)->status, status::Good); // load
        QCOMPARE(run(*unit, {0x00, 0, 0, 0, 0, 0}, {}, n)->status, status::Good);
    }
    void lunInventoryChangeRaisesUnitAttention()
    {
        Disk d = makeDisk();
        d.unit->lunInventoryChanged();
        auto t = run(*d.unit, {0x00, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3F));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x0E));
    }
    void capacityChangeRaisesUnitAttention()
    {
        Disk d = makeDisk();
        d.store->resize(2 * kSize);
        d.unit->refreshCapacity();
        auto t = run(*d.unit, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x2A));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x09));
        t = run(*d.unit, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {}, d.nexus);
        QCOMPARE(be32(&t->dataIn[0]), uint32_t(2 * kSize / 512 - 1));
    }
    void writeSameUnmapWithDataReadsBackZeroWhenLbprz()
    {
        Disk d = makeDisk();
        d.store->fill(0, 16 * 512, 0x77);
        auto t = runv(*d.unit, cdb16(0x93, 0, 16, 0x08), std::vector<uint8_t>(512, 0xFF), d.nexus);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(d.store->bytes(0, 16 * 512), std::vector<uint8_t>(16 * 512, 0));
    }
    void controllerUnitAnswersInquiry()
    {
        auto c = makeControllerUnit(DeviceIdentity{});
        auto t = run(*c, {0x12, 0, 0, 0, 96, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[0], uint8_t(0x0C));
        clearUnitAttention(*c);
        t = run(*c, {0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0});
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x20));
    }
};

QTEST_GUILESS_MAIN(TestSbcDisk)
#include "test_sbc_disk.moc"
