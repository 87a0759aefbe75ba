// SMC-3 media changer: element map, READ ELEMENT STATUS, MOVE/EXCHANGE MEDIUM
// and their errors, IE port locking, admin moves with unit attentions,
// persistence and restore, against fake drives (RemovableMediumDevice).
#include "scsi_test_support.h"

#include "scsi/smc_changer.h"
#include "scsi/smc_element_status.h"

#include <QTest>
#include <cerrno>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

class FakeDrive : public RemovableMediumDevice {
public:
    Result<void> load(const std::string& p) override
    {
        std::lock_guard l(m);
        if (refuse)
            return Error{-EMEDIUMTYPE, "generation not supported"};
        if (!path.empty())
            return Error{-EBUSY, "already loaded"};
        path = p;
        ++loads;
        return {};
    }
    Result<void> unload(bool force) override
    {
        std::lock_guard l(m);
        if (prevented && !force)
            return Error{-EPERM, "prevented"};
        path.clear();
        ++unloads;
        return {};
    }
    bool hasMedium() const override { std::lock_guard l(m); return !path.empty(); }
    std::string mediumPath() const override { std::lock_guard l(m); return path; }
    bool removalPrevented() const override { std::lock_guard l(m); return prevented; }

    mutable std::mutex m;
    std::string path;
    bool prevented = false;
    bool refuse = false;
    int loads = 0, unloads = 0;
};

// storlab personality: transport 0x0000, drives 0x0100.., IE 0x0300.., slots 0x0400..
constexpr uint16_t kSlot = 0x0400, kIe = 0x0300, kDrive = 0x0100;

struct Lib {
    std::vector<std::shared_ptr<FakeDrive>> drives;
    std::shared_ptr<SmcChanger> changer;
    std::shared_ptr<Nexus> nexus = makeNexus(1);
    std::vector<Inventory> saved;
    std::vector<ChangerEvent> events;
    std::mutex evm;
};

std::unique_ptr<Lib> makeLib(int nslots = 10, int ie = 2, int drives = 2, int media = 4, Inventory inv = {},
                             bool clearUa = true)
{
    auto lib = std::make_unique<Lib>();
    const ChangerPersonality* p = findChangerPersonality("storlab");
    ChangerConfig cfg;
    cfg.identity.vendor = "STORLAB";
    cfg.identity.product = "VIRTUAL-LIBRARY";
    cfg.identity.serial = "CHG0001";
    cfg.layout = personalityLayout(*p, uint16_t(nslots), uint16_t(ie), uint16_t(drives));
    for (int i = 0; i < drives; ++i) {
        auto d = std::make_shared<FakeDrive>();
        lib->drives.push_back(d);
        ChangerDrive cd;
        cd.device = d;
        cd.identity.vendor = "IBM";
        cd.identity.product = "ULTRIUM-TD6";
        cd.identity.serial = "DRV000000" + std::to_string(i);
        cd.lun = uint64_t(i + 1);
        cfg.drives.push_back(cd);
    }
    if (inv.placed.empty() && inv.vault.empty())
        for (int i = 0; i < media; ++i) {
            char bc[16];
            std::snprintf(bc, sizeof bc, "A%05dL6", i);
            inv.placed.push_back({uint16_t(kSlot + i), Medium{bc, std::string("/media/") + bc, MediumKind::Data}, {}, false});
        }
    cfg.inventory = inv;
    Lib* raw = lib.get();
    cfg.persist = [raw](const Inventory& i) -> Result<void> {
        raw->saved.push_back(i);
        return {};
    };
    auto c = SmcChanger::create(cfg);
    if (!c.ok())
        qFatal("%s", c.error().message.c_str());
    lib->changer = *c;
    lib->changer->setEventHandler([raw](const ChangerEvent& e) {
        std::lock_guard l(raw->evm);
        raw->events.push_back(e);
    });
    if (clearUa)
        clearUnitAttention(*lib->changer, lib->nexus);
    return lib;
}

std::vector<uint8_t> res(uint8_t type, uint16_t start, uint16_t count, uint32_t alloc = 0xFFFF, bool voltag = true,
                         bool dvcid = false)
{
    std::vector<uint8_t> c(12, 0);
    c[0] = 0xB8;
    c[1] = uint8_t((voltag ? 0x10 : 0) | type);
    put16(&c[2], start);
    put16(&c[4], count);
    c[6] = dvcid ? 0x01 : 0x00;
    put24(&c[7], alloc);
    return c;
}

std::vector<uint8_t> moveCdb(uint16_t src, uint16_t dst, uint16_t transport = 0)
{
    std::vector<uint8_t> c(12, 0);
    c[0] = 0xA5;
    put16(&c[2], transport);
    put16(&c[4], src);
    put16(&c[6], dst);
    return c;
}

// Parsed descriptor of a READ ELEMENT STATUS answer.
struct Desc {
    uint8_t type;
    uint16_t address;
    uint8_t flags;
    bool svalid;
    uint16_t source;
    std::string tag;
    std::string id;
};

std::vector<Desc> parseRes(const std::vector<uint8_t>& d)
{
    std::vector<Desc> out;
    size_t pos = 8;
    while (pos + 8 <= d.size()) {
        const uint8_t type = d[pos];
        const bool pv = d[pos + 1] & 0x80;
        const uint16_t len = be16(&d[pos + 2]);
        const uint32_t bytes = be24(&d[pos + 5]);
        size_t q = pos + 8;
        for (; q + len <= pos + 8 + bytes && q + len <= d.size(); q += len) {
            Desc x{type, be16(&d[q]), d[q + 2], bool(d[q + 9] & 0x80), be16(&d[q + 10]), {}, {}};
            size_t off = 12;
            if (pv) {
                x.tag.assign(reinterpret_cast<const char*>(&d[q + off]), 32);
                while (!x.tag.empty() && (x.tag.back() == ' ' || x.tag.back() == 0))
                    x.tag.pop_back();
                off += 36;
            }
            if (off + 4 <= len && d[q + off + 3])
                x.id.assign(reinterpret_cast<const char*>(&d[q + off + 4]), d[q + off + 3]);
            out.push_back(x);
        }
        pos += 8 + bytes;
    }
    return out;
}

std::vector<Desc> elementStatus(Lib& l, uint8_t type = 0, bool dvcid = false)
{
    auto t = runv(*l.changer, res(type, 0, 0xFFFF, 0xFFFF, true, dvcid), {}, l.nexus);
    if (!t || t->status != status::Good)
        return {};
    return parseRes(t->dataIn);
}

// By value: callers often pass a temporary.
Desc find(const std::vector<Desc>& v, uint16_t a)
{
    for (const Desc& d : v)
        if (d.address == a)
            return d;
    return Desc{0xFF, 0xFFFF, 0, false, 0, {}, {}};
}

const uint8_t* modePage(const std::vector<uint8_t>& d, uint8_t code)
{
    size_t pos = 4 + d[3];
    while (pos + 2 <= d.size()) {
        if ((d[pos] & 0x3F) == code)
            return &d[pos];
        pos += 2 + d[pos + 1];
    }
    return nullptr;
}

#define EXPECT_SENSE(t, k, a, q)                                                                                   \
    do {                                                                                                           \
        auto t_ = (t); /* evaluate once: it runs a command */                                                      \
        QVERIFY(t_);                                                                                               \
        QCOMPARE(int(t_->status), int(status::CheckCondition));                                                    \
        auto s_ = senseOf(*t_);                                                                                    \
        QCOMPARE(int(s_.key), int(k));                                                                             \
        QCOMPARE(int(s_.asc), int(a));                                                                             \
        QCOMPARE(int(s_.ascq), int(q));                                                                            \
    } while (0)

} // namespace

class TestSmcChanger : public QObject {
    Q_OBJECT
private slots:
    void layoutRejectsOverlaps()
    {
        ElementLayout l;
        l.transportBase = 0;
        l.storageBase = 10;
        l.storage = 20;
        l.importExportBase = 25;
        l.importExport = 2;
        QVERIFY(!l.validate().empty());
        l.importExportBase = 30;
        QVERIFY(l.validate().empty());
    }

    void inquiryReportsMediumChanger()
    {
        auto l = makeLib();
        auto t = run(*l->changer, {0x12, 0, 0, 0, 96, 0}, {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        QCOMPARE(int(t->dataIn[0] & 0x1F), 0x08);
        QCOMPARE(std::string(reinterpret_cast<const char*>(&t->dataIn[16]), 15), std::string("VIRTUAL-LIBRARY"));
        auto v = run(*l->changer, {0x12, 1, 0x80, 0, 64, 0}, {}, l->nexus);
        QVERIFY(v && v->status == status::Good);
        QCOMPARE(std::string(reinterpret_cast<const char*>(&v->dataIn[4]), 7), std::string("CHG0001"));
    }

    void modeSenseElementAddressAssignment()
    {
        auto l = makeLib(20, 4, 2);
        auto t = run(*l->changer, {0x1A, 0x08, 0x1D, 0, 255, 0}, {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        const uint8_t* p = modePage(t->dataIn, 0x1D);
        QVERIFY(p);
        QCOMPARE(int(p[1]), 0x12);
        QCOMPARE(be16(p + 2), uint16_t(0));      // transport base
        QCOMPARE(be16(p + 4), uint16_t(1));
        QCOMPARE(be16(p + 6), kSlot);
        QCOMPARE(be16(p + 8), uint16_t(20));
        QCOMPARE(be16(p + 10), kIe);
        QCOMPARE(be16(p + 12), uint16_t(4));
        QCOMPARE(be16(p + 14), kDrive);
        QCOMPARE(be16(p + 16), uint16_t(2));
    }

    void modeSenseGeometryAndCapabilities()
    {
        auto l = makeLib();
        auto t = run(*l->changer, {0x1A, 0x08, 0x3F, 0, 255, 0}, {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        const uint8_t* g = modePage(t->dataIn, 0x1E);
        QVERIFY(g);
        QCOMPARE(int(g[1]), 2);
        const uint8_t* c = modePage(t->dataIn, 0x1F);
        QVERIFY(c);
        QCOMPARE(int(c[1]), 0x12);
        QCOMPARE(int(c[2]), 0x0E);  // StorDT StorIE StorST
        QCOMPARE(int(c[3]), 0x03);  // VTRP (volume tag reader) + S2C (SMC-2 capabilities): mtx loaderinfo
        QCOMPARE(int(c[5]), 0x0E);  // ST -> ST IE DT
    }

    void readElementStatusReportsEveryElementWithBarcodes()
    {
        auto l = makeLib(10, 2, 2, 4);
        auto t = runv(*l->changer, res(0, 0, 0xFFFF), {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        QCOMPARE(be16(&t->dataIn[2]), uint16_t(1 + 10 + 2 + 2));
        QCOMPARE(size_t(be24(&t->dataIn[5])) + 8, t->dataIn.size());
        auto v = parseRes(t->dataIn);
        QCOMPARE(v.size(), size_t(15));
        QCOMPARE(int(v[0].type), 1);        // address order: transport 0, drives 0x100, IE 0x300, slots 0x400
        QCOMPARE(int(v[1].type), 4);
        QCOMPARE(int(v[3].type), 3);
        QCOMPARE(int(v[5].type), 2);
        const Desc s0v = find(v, kSlot);
        const Desc* s0 = &s0v;
        QCOMPARE(s0->address, kSlot);
        QCOMPARE(int(s0->flags & 0x09), 0x09); // FULL + ACCESS
        QCOMPARE(s0->tag, std::string("A00000L6"));
        const Desc s5v = find(v, kSlot + 5);
        const Desc* s5 = &s5v;
        QCOMPARE(int(s5->flags & 0x01), 0);
        QVERIFY(s5->tag.empty());
        const Desc iev = find(v, kIe);
        const Desc* ie = &iev;
        QCOMPARE(int(ie->flags & 0x30), 0x30); // INENAB EXENAB
        // The volume tag field: 32 bytes space padded, then reserved + sequence number.
        uint8_t tag[36];
        putVolumeTag(tag, "A00000L6");
        QCOMPARE(int(tag[8]), int(' '));
        QCOMPARE(int(tag[31]), int(' '));
        QCOMPARE(int(tag[32]), 0);
    }

    void readElementStatusFiltersTypeStartAndCount()
    {
        auto l = makeLib(10, 2, 2, 4);
        auto t = runv(*l->changer, res(2, kSlot + 2, 3), {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        auto v = parseRes(t->dataIn);
        QCOMPARE(v.size(), size_t(3));
        QCOMPARE(v[0].address, uint16_t(kSlot + 2));
        QCOMPARE(v[2].address, uint16_t(kSlot + 4));
        QCOMPARE(be16(&t->dataIn[0]), uint16_t(kSlot + 2)); // first element address reported
        // Starting address between types: the next elements of the type.
        auto d = runv(*l->changer, res(4, 0, 10), {}, l->nexus);
        QCOMPARE(parseRes(d->dataIn).size(), size_t(2));
        // No element at or above the start.
        auto e = runv(*l->changer, res(2, 0x7000, 1), {}, l->nexus);
        EXPECT_SENSE(e, 0x05, 0x21, 0x01);
        auto bad = runv(*l->changer, res(5, 0, 1), {}, l->nexus);
        EXPECT_SENSE(bad, 0x05, 0x24, 0x00);
    }

    void readElementStatusTruncatesToAllocationLength()
    {
        auto l = makeLib();
        auto full = runv(*l->changer, res(0, 0, 0xFFFF), {}, l->nexus);
        auto t = runv(*l->changer, res(0, 0, 0xFFFF, 8), {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        QCOMPARE(t->dataIn.size(), size_t(8));
        QCOMPARE(be24(&t->dataIn[5]), uint32_t(full->dataIn.size() - 8)); // not adjusted (SMC-3 §6.10.2)
        auto none = runv(*l->changer, res(0, 0, 0xFFFF, 0), {}, l->nexus);
        QVERIFY(none && none->status == status::Good && none->dataIn.empty());
    }

    void readElementStatusWithoutVoltagHasShortDescriptors()
    {
        auto l = makeLib();
        auto t = runv(*l->changer, res(2, 0, 1, 0xFFFF, false), {}, l->nexus);
        QVERIFY(t && t->status == status::Good);
        QCOMPARE(int(t->dataIn[9] & 0x80), 0);    // PVOLTAG 0
        QCOMPARE(be16(&t->dataIn[10]), uint16_t(16));
    }

    void dvcidIdentifiesTheDrives()
    {
        auto l = makeLib();
        auto v = elementStatus(*l, 4, true);
        QCOMPARE(v.size(), size_t(2));
        QCOMPARE(v[0].id, std::string("IBM     ULTRIUM-TD6     DRV0000000"));
        QCOMPARE(v[1].id, std::string("IBM     ULTRIUM-TD6     DRV0000001"));
    }

    void moveSlotToDriveAndBack()
    {
        auto l = makeLib();
        auto t = runv(*l->changer, moveCdb(kSlot + 1, kDrive), {}, l->nexus);
        QVERIFY(t);
        QCOMPARE(int(t->status), int(status::Good));
        QCOMPARE(l->drives[0]->mediumPath(), std::string("/media/A00001L6"));
        auto v = elementStatus(*l);
        const Desc dv = find(v, kDrive);
        const Desc* d = &dv;
        QCOMPARE(int(d->flags & 0x01), 1);
        QVERIFY(d->svalid);
        QCOMPARE(d->source, uint16_t(kSlot + 1));
        QCOMPARE(d->tag, std::string("A00001L6"));
        QCOMPARE(int(find(v, kSlot + 1).flags & 0x01), 0);
        QVERIFY(!l->saved.empty());
        QCOMPARE(l->saved.back().placed.size(), size_t(4));
        // Back to its home slot.
        auto b = runv(*l->changer, moveCdb(kDrive, kSlot + 1), {}, l->nexus);
        QCOMPARE(int(b->status), int(status::Good));
        QVERIFY(!l->drives[0]->hasMedium());
        QCOMPARE(find(elementStatus(*l), kSlot + 1).tag, std::string("A00001L6"));
    }

    void moveFromAnEjectedDrive()
    {
        auto l = makeLib();
        QCOMPARE(int(runv(*l->changer, moveCdb(kSlot, kDrive), {}, l->nexus)->status), int(status::Good));
        QVERIFY(l->drives[0]->unload(false).ok()); // `mt offline`: the drive ejected, the cartridge waits
        QCOMPARE(int(find(elementStatus(*l), kDrive).flags & 0x01), 1);
        QCOMPARE(int(runv(*l->changer, moveCdb(kDrive, kSlot + 7), {}, l->nexus)->status), int(status::Good));
        QCOMPARE(find(elementStatus(*l), kSlot + 7).tag, std::string("A00000L6"));
    }

    void moveErrors()
    {
        auto l = makeLib();
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot + 8, kSlot + 9), {}, l->nexus), 0x05, 0x3B, 0x0E);
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot, kSlot + 1), {}, l->nexus), 0x05, 0x3B, 0x0D);
        EXPECT_SENSE(runv(*l->changer, moveCdb(0x7777, kSlot + 9), {}, l->nexus), 0x05, 0x21, 0x01);
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot, 0x7777), {}, l->nexus), 0x05, 0x21, 0x01);
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot, kSlot + 9, 0x0400), {}, l->nexus), 0x05, 0x21, 0x01);
        auto inv = moveCdb(kSlot, kSlot + 9);
        inv[10] = 0x01;
        EXPECT_SENSE(runv(*l->changer, inv, {}, l->nexus), 0x05, 0x24, 0x00);
        // Into a loaded drive, and out of a drive whose initiator prevents removal.
        QCOMPARE(int(runv(*l->changer, moveCdb(kSlot, kDrive), {}, l->nexus)->status), int(status::Good));
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot + 1, kDrive), {}, l->nexus), 0x05, 0x3B, 0x0D);
        l->drives[0]->prevented = true;
        EXPECT_SENSE(runv(*l->changer, moveCdb(kDrive, kSlot + 9), {}, l->nexus), 0x05, 0x53, 0x02);
        QVERIFY(l->drives[0]->hasMedium());
        QCOMPARE(find(elementStatus(*l), kDrive).tag, std::string("A00000L6")); // nothing moved
        // A drive that refuses the medium: it stays in the slot.
        l->drives[1]->refuse = true;
        EXPECT_SENSE(runv(*l->changer, moveCdb(kSlot + 1, kDrive + 1), {}, l->nexus), 0x05, 0x30, 0x00);
        QCOMPARE(find(elementStatus(*l), kSlot + 1).tag, std::string("A00001L6"));
        // Same source and destination: nothing to do.
        QCOMPARE(int(runv(*l->changer, moveCdb(kSlot + 2, kSlot + 2), {}, l->nexus)->status), int(status::Good));
    }

    void exchangeSwapsTwoElements()
    {
        auto l = makeLib();
        QCOMPARE(int(runv(*l->changer, moveCdb(kSlot, kDrive), {}, l->nexus)->status), int(status::Good));
        std::vector<uint8_t> x(12, 0);
        x[0] = 0xA6;
        put16(&x[4], kSlot + 1);
        put16(&x[6], kDrive);
        put16(&x[8], kSlot + 1);
        auto t = runv(*l->changer, x, {}, l->nexus);
        QCOMPARE(int(t->status), int(status::Good));
        auto v = elementStatus(*l);
        QCOMPARE(find(v, kDrive).tag, std::string("A00001L6"));
        QCOMPARE(find(v, kSlot + 1).tag, std::string("A00000L6"));
        QCOMPARE(l->drives[0]->mediumPath(), std::string("/media/A00001L6"));
        QCOMPARE(int(find(v, 0).flags & 0x01), 0); // the transport is empty again
        // Rotation is not supported.
        x[10] = 0x02;
        EXPECT_SENSE(runv(*l->changer, x, {}, l->nexus), 0x05, 0x24, 0x00);
    }

    void exchangeToAThirdElement()
    {
        auto l = makeLib();
        std::vector<uint8_t> x(12, 0);
        x[0] = 0xA6;
        put16(&x[4], kSlot);      // A00000 -> slot 1
        put16(&x[6], kSlot + 1);  // A00001 -> slot 9
        put16(&x[8], kSlot + 9);
        QCOMPARE(int(runv(*l->changer, x, {}, l->nexus)->status), int(status::Good));
        auto v = elementStatus(*l);
        QCOMPARE(find(v, kSlot + 1).tag, std::string("A00000L6"));
        QCOMPARE(find(v, kSlot + 9).tag, std::string("A00001L6"));
        QCOMPARE(int(find(v, kSlot).flags & 0x01), 0);
    }

    void initializeAndPositionValidateAddresses()
    {
        auto l = makeLib();
        QCOMPARE(int(run(*l->changer, {0x07, 0, 0, 0, 0, 0}, {}, l->nexus)->status), int(status::Good));
        std::vector<uint8_t> r(10, 0);
        r[0] = 0x37;
        r[1] = 0x01;
        put16(&r[2], kSlot);
        put16(&r[6], 5);
        QCOMPARE(int(runv(*l->changer, r, {}, l->nexus)->status), int(status::Good));
        put16(&r[2], 0x7777);
        EXPECT_SENSE(runv(*l->changer, r, {}, l->nexus), 0x05, 0x21, 0x01);
        std::vector<uint8_t> p(10, 0);
        p[0] = 0x2B;
        put16(&p[4], kDrive);
        QCOMPARE(int(runv(*l->changer, p, {}, l->nexus)->status), int(status::Good));
        put16(&p[4], 0x7777);
        EXPECT_SENSE(runv(*l->changer, p, {}, l->nexus), 0x05, 0x21, 0x01);
    }

    void preventLocksTheImportExportPort()
    {
        auto l = makeLib();
        auto imported = l->changer->importMedium(Medium{"B00000L6", "/media/B00000L6", MediumKind::Data});
        QVERIFY(imported.ok());
        QCOMPARE(*imported, kIe);
        clearUnitAttention(*l->changer, l->nexus); // IMPORT OR EXPORT ELEMENT ACCESSED
        QCOMPARE(int(run(*l->changer, {0x1E, 0, 0, 0, 1, 0}, {}, l->nexus)->status), int(status::Good));
        QVERIFY(l->changer->importExportLocked());
        auto e = l->changer->exportMedium(kIe);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, changer_error::RemovalPrevented);
        // The robot may still use the port.
        QCOMPARE(int(runv(*l->changer, moveCdb(kIe, kSlot + 9), {}, l->nexus)->status), int(status::Good));
        QCOMPARE(int(runv(*l->changer, moveCdb(kSlot + 9, kIe), {}, l->nexus)->status), int(status::Good));
        QCOMPARE(int(run(*l->changer, {0x1E, 0, 0, 0, 0, 0}, {}, l->nexus)->status), int(status::Good));
        auto ok = l->changer->exportMedium(kIe);
        QVERIFY(ok.ok());
        QCOMPARE(ok->barcode, std::string("B00000L6"));
        QCOMPARE(l->changer->inventory().vault.size(), size_t(1));
        clearUnitAttention(*l->changer, l->nexus);
        EXPECT_SENSE(run(*l->changer, {0x1E, 0, 0, 0, 2, 0}, {}, l->nexus), 0x05, 0x24, 0x00);
        // A lost nexus releases its lock.
        QCOMPARE(int(run(*l->changer, {0x1E, 0, 0, 0, 1, 0}, {}, l->nexus)->status), int(status::Good));
        l->changer->nexusLost(*l->nexus);
        QVERIFY(!l->changer->importExportLocked());
    }

    void importSetsImpexpAndUnitAttention()
    {
        auto l = makeLib();
        QVERIFY(l->changer->importMedium(Medium{"B00000L6", "/media/B00000L6", MediumKind::Data}, kIe + 1).ok());
        auto t = run(*l->changer, {0x00, 0, 0, 0, 0, 0}, {}, l->nexus);
        EXPECT_SENSE(t, 0x06, 0x28, 0x01);
        const Desc dv = find(elementStatus(*l), kIe + 1);
        const Desc* d = &dv;
        QCOMPARE(int(d->flags & 0x03), 0x03); // FULL + IMPEXP
        QCOMPARE(d->tag, std::string("B00000L6"));
        QVERIFY(!l->changer->importMedium(Medium{"B00000L6", "/x", MediumKind::Data}).ok()); // duplicate barcode
        QVERIFY(!l->changer->importMedium(Medium{"C00000L6", "/x", MediumKind::Data}, kIe + 1).ok()); // full
    }

    void adminMoveQueuesUnitAttentionAndEvent()
    {
        auto l = makeLib();
        QVERIFY(l->changer->move(kSlot, kDrive + 1).ok());
        QCOMPARE(l->drives[1]->mediumPath(), std::string("/media/A00000L6"));
        EXPECT_SENSE(run(*l->changer, {0x00, 0, 0, 0, 0, 0}, {}, l->nexus), 0x06, 0x28, 0x00);
        QCOMPARE(int(run(*l->changer, {0x00, 0, 0, 0, 0, 0}, {}, l->nexus)->status), int(status::Good));
        {
            std::lock_guard g(l->evm);
            QVERIFY(!l->events.empty());
            QCOMPARE(int(l->events.back().kind), int(ChangerEvent::Kind::Moved));
            QCOMPARE(l->events.back().medium.barcode, std::string("A00000L6"));
            QVERIFY(!l->events.back().byInitiator);
        }
        auto bad = l->changer->move(kSlot, kDrive + 1);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, changer_error::SourceEmpty);
        QCOMPARE(changerErrorSense(bad.error().code), Sense::MediumSourceElementEmpty);
        QVERIFY(l->changer->move(kSlot + 1, kIe).ok());
        EXPECT_SENSE(run(*l->changer, {0x00, 0, 0, 0, 0, 0}, {}, l->nexus), 0x06, 0x28, 0x01);
    }

    void restoreLoadsDrivesFromTheInventory()
    {
        Inventory inv;
        inv.placed.push_back({kDrive, Medium{"A00003L6", "/media/A00003L6", MediumKind::Data}, kSlot + 3, false});
        inv.placed.push_back({kSlot, Medium{"A00000L6", "/media/A00000L6", MediumKind::Data}, {}, false});
        inv.placed.push_back({0x0999, Medium{"GONE00L6", "/media/GONE00L6", MediumKind::Data}, {}, false}); // layout shrank
        auto l = makeLib(10, 2, 2, 0, inv);
        QVERIFY(l->changer->restoreDrives().empty());
        QCOMPARE(l->drives[0]->mediumPath(), std::string("/media/A00003L6"));
        auto v = elementStatus(*l);
        QVERIFY(find(v, kDrive).svalid);
        QCOMPARE(find(v, kDrive).source, uint16_t(kSlot + 3));
        QCOMPARE(find(v, kSlot + 1).tag, std::string("GONE00L6")); // first free slot
    }

    void restoreSendsARefusedMediumHome()
    {
        Inventory inv;
        inv.placed.push_back({kDrive, Medium{"A00003L6", "/media/A00003L6", MediumKind::Data}, kSlot + 3, false});
        auto l = makeLib(10, 2, 2, 0, inv);
        l->drives[0]->refuse = true;
        QCOMPARE(l->changer->restoreDrives().size(), size_t(1));
        auto v = elementStatus(*l);
        QCOMPARE(int(find(v, kDrive).flags & 0x01), 0);
        QCOMPARE(find(v, kSlot + 3).tag, std::string("A00003L6"));
        QCOMPARE(l->saved.back().placed.size(), size_t(1));
        QCOMPARE(l->saved.back().placed[0].address, uint16_t(kSlot + 3));
    }

    void driveLoadedByTheAdminPlaneShowsFull()
    {
        auto l = makeLib();
        QVERIFY(l->drives[1]->load("/elsewhere/X.tape").ok());
        const Desc dv = find(elementStatus(*l), kDrive + 1);
        const Desc* d = &dv;
        QCOMPARE(int(d->flags & 0x01), 1);
        QVERIFY(d->tag.empty());
        QCOMPARE(int(runv(*l->changer, moveCdb(kDrive + 1, kSlot + 9), {}, l->nexus)->status), int(status::Good));
        QVERIFY(!l->drives[1]->hasMedium());
        QCOMPARE(int(find(elementStatus(*l), kSlot + 9).flags & 0x01), 1);
    }

    void personalitiesHaveValidLayouts()
    {
        for (const ChangerPersonality& p : changerPersonalities()) {
            const ElementLayout l = personalityLayout(p, 40, 4, 4);
            QVERIFY2(l.validate().empty(), std::string(p.key).c_str());
        }
        const ChangerPersonality* ibm = findChangerPersonality("ibm-ts3500");
        QVERIFY(ibm);
        QCOMPARE(tapeDriveProduct(*ibm, 6), std::string("ULTRIUM-TD6"));
        QCOMPARE(tapeDriveProduct(*findChangerPersonality("hp-msl-g3"), 5), std::string("Ultrium 5-SCSI"));
    }
};

QTEST_GUILESS_MAIN(TestSmcChanger)
#include "test_smc_changer.moc"
