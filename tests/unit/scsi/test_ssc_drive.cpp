// SSC-4 tape drive: raw CDBs through the logical unit with a temp cartridge.
#include "scsi_test_support.h"

#include "media/tape_cartridge.h"
#include "scsi/ssc_drive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

std::vector<uint8_t> cdb6(uint8_t op, uint8_t b1, uint32_t len)
{
    std::vector<uint8_t> c(6, 0);
    c[0] = op;
    c[1] = b1;
    put24(&c[2], len);
    return c;
}

std::optional<ParsedSense> sense(const ScsiTask& t) { return parseSense(t.sense); }

} // namespace

class TestSscDrive : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<Nexus> nexus_ = makeNexus(1);

    std::string cartridge(const char* name, const std::string& barcode = "A00001L6", uint64_t capacity = 8 << 20,
                          bool worm = false)
    {
        media::CreateOptions o;
        o.barcode = barcode;
        o.capacity = capacity;
        o.worm = worm;
        const std::string p = (dir_.path() + "/" + name).toStdString();
        auto t = media::TapeCartridge::create(p, o);
        if (!t)
            qFatal("%s", t.error().message.c_str());
        return p;
    }
    std::shared_ptr<LogicalUnit> drive(const std::string& medium = {}, media::TapeGeneration g = media::TapeGeneration::Lto6)
    {
        TapeDriveConfig cfg;
        cfg.identity = defaultTapeIdentity(g);
        cfg.identity.serial = "TAPE0001";
        cfg.generation = g;
        cfg.mediumPath = medium;
        auto u = makeTapeDrive(cfg);
        if (!u)
            qFatal("%s", u.error().message.c_str());
        auto unit = *u;
        clearUnitAttention(*unit, nexus_);
        return unit;
    }
    std::shared_ptr<ScsiTask> cmd(LogicalUnit& u, const std::vector<uint8_t>& c, std::vector<uint8_t> out = {})
    {
        return runv(u, c, std::move(out), nexus_);
    }

private slots:
    void inquiryReportsATapeDrive()
    {
        auto u = drive();
        auto t = cmd(*u, {0x12, 0, 0, 0, 96, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[0] & 0x1F, 0x01);
        QCOMPARE(t->dataIn[1] & 0x80, 0x80); // RMB
        QCOMPARE(std::string(t->dataIn.begin() + 16, t->dataIn.begin() + 27), std::string("ULT3580-TD6"));
        t = cmd(*u, {0x12, 1, 0xB0, 0, 64, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(u->peripheralDeviceType(), uint8_t(0x01));
    }

    void emptyDriveIsNotReadyThenLoadGivesUnitAttention()
    {
        auto u = drive();
        auto t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(sense(*t)->asc, uint8_t(0x3A));
        auto rm = asRemovableMedium(u);
        QVERIFY(rm);
        QVERIFY(rm->load(cartridge("ua.tape")).ok());
        QVERIFY(!rm->load(cartridge("ua2.tape")).ok()); // already loaded
        t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(sense(*t)->key, uint8_t(0x6));
        QCOMPARE(sense(*t)->asc, uint8_t(0x28));
        t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(t->status, status::Good);
        QVERIFY(rm->unload().ok());
        QVERIFY(!rm->hasMedium());
    }

    void refusesACartridgeItCannotRead()
    {
        auto u = drive({}, media::TapeGeneration::Lto8);
        auto r = asRemovableMedium(u)->load(cartridge("old.tape", "A00001L6"));
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("LTO-8 drive cannot read an LTO-6"));
        // Two generations back loads read only: WRITE -> DATA PROTECT 30/05.
        auto u7 = drive({}, media::TapeGeneration::Lto7);
        QVERIFY(asRemovableMedium(u7)->load(cartridge("l5.tape", "A00001L5")).ok());
        clearUnitAttention(*u7, nexus_);
        auto t = cmd(*u7, cdb6(0x0A, 0, 4), {1, 2, 3, 4});
        QCOMPARE(sense(*t)->key, uint8_t(0x7));
        QCOMPARE(sense(*t)->asc, uint8_t(0x30));
        QCOMPARE(sense(*t)->ascq, uint8_t(0x05));
    }

    void variableWriteReadFilemarkEod()
    {
        auto u = drive(cartridge("v.tape"));
        std::vector<uint8_t> a(1000, 0xAA), b(300, 0xBB);
        QCOMPARE(cmd(*u, cdb6(0x0A, 0, 1000), a)->status, status::Good);
        QCOMPARE(cmd(*u, cdb6(0x10, 0, 1))->status, status::Good);
        QCOMPARE(cmd(*u, cdb6(0x0A, 0, 300), b)->status, status::Good);
        QCOMPARE(cmd(*u, cdb6(0x10, 0, 1))->status, status::Good);
        QCOMPARE(cmd(*u, {0x01, 0, 0, 0, 0, 0})->status, status::Good); // REWIND
        auto t = cmd(*u, cdb6(0x08, 0, 1000));
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn, a);
        // Reading a filemark: NO SENSE, FILEMARK, INFORMATION = requested length.
        t = cmd(*u, cdb6(0x08, 0, 1000));
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(t->sense[2] & 0x80, 0x80);
        QCOMPARE(sense(*t)->ascq, uint8_t(0x01));
        QCOMPARE(*sense(*t)->information, uint64_t(1000));
        // Underlength read without SILI: ILI, INFORMATION = 1000 - 300.
        t = cmd(*u, cdb6(0x08, 0, 1000));
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(t->sense[2] & 0x20, 0x20);
        QCOMPARE(*sense(*t)->information, uint64_t(700));
        QCOMPARE(t->dataIn.size(), size_t(300));
        // SPACE 1 filemark back then forward; then read at EOD: BLANK CHECK 00/05.
        QCOMPARE(cmd(*u, cdb6(0x11, 1, 1))->status, status::Good);
        t = cmd(*u, cdb6(0x08, 0x02, 10));
        QCOMPARE(sense(*t)->key, uint8_t(0x8));
        QCOMPARE(sense(*t)->ascq, uint8_t(0x05));
        // READ POSITION long form: object 4 (EOD), file 2.
        t = cmd(*u, {0x34, 0x06, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(be64(&t->dataIn[8]), uint64_t(4));
        QCOMPARE(be64(&t->dataIn[16]), uint64_t(2));
        // LOCATE(10) to object 2, short form shows it.
        QCOMPARE(cmd(*u, {0x2B, 0, 0, 0, 0, 0, 2, 0, 0, 0})->status, status::Good);
        t = cmd(*u, {0x34, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(be32(&t->dataIn[4]), uint32_t(2));
        t = cmd(*u, {0x2B, 0, 0, 0, 0, 0, 99, 0, 0, 0});
        QCOMPARE(sense(*t)->key, uint8_t(0x8));
    }

    void fixedBlockModeViaModeSelect()
    {
        auto u = drive(cartridge("f.tape"));
        // MODE SELECT(6): header + block descriptor with block length 512.
        std::vector<uint8_t> p{0, 0, 0x10, 8, 0, 0, 0, 0, 0, 0, 0x02, 0x00};
        QCOMPARE(cmd(*u, {0x15, 0x10, 0, 0, 12, 0}, p)->status, status::Good);
        auto t = cmd(*u, {0x1A, 0, 0x10, 0, 255, 0}); // MODE SENSE device configuration
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4], uint8_t(0x5A));          // density LTO-6
        QCOMPARE(be24(&t->dataIn[9]), uint32_t(512));
        std::vector<uint8_t> data(1536, 0x11);
        QCOMPARE(cmd(*u, cdb6(0x0A, 1, 3), data)->status, status::Good);
        QCOMPARE(cmd(*u, {0x01, 0, 0, 0, 0, 0})->status, status::Good);
        t = cmd(*u, cdb6(0x08, 1, 5)); // 3 blocks then EOD: BLANK CHECK, residue 2 blocks
        QCOMPARE(sense(*t)->key, uint8_t(0x8));
        QCOMPARE(*sense(*t)->information, uint64_t(2));
        QCOMPARE(t->dataIn.size(), size_t(1536));
    }

    void earlyWarningAndVolumeOverflow()
    {
        auto u = drive(cartridge("eom.tape", "A00002L6", 1 << 20));
        std::vector<uint8_t> blk(16 * 1024, 0x33);
        bool warned = false;
        for (int i = 0; i < 100; ++i) {
            auto t = cmd(*u, cdb6(0x0A, 0, uint32_t(blk.size())), blk);
            if (t->status == status::Good)
                continue;
            auto s = sense(*t);
            if (s->key == 0x0 && s->ascq == 0x02) {
                QCOMPARE(t->sense[2] & 0x40, 0x40); // EOM
                warned = true;
                continue;
            }
            QCOMPARE(s->key, uint8_t(0xD)); // VOLUME OVERFLOW
            QCOMPARE(t->sense[2] & 0x40, 0x40);
            QVERIFY(warned);
            return;
        }
        QFAIL("never reached end of medium");
    }

    void wormAndWriteProtect()
    {
        auto u = drive(cartridge("worm.tape", "A00003LW", 8 << 20, true));
        std::vector<uint8_t> blk(100, 1);
        QCOMPARE(cmd(*u, cdb6(0x0A, 0, 100), blk)->status, status::Good);
        QCOMPARE(cmd(*u, {0x01, 0, 0, 0, 0, 0})->status, status::Good);
        auto t = cmd(*u, cdb6(0x0A, 0, 100), blk);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(sense(*t)->key, uint8_t(0x7));
        QCOMPARE(sense(*t)->asc, uint8_t(0x30));
        QCOMPARE(sense(*t)->ascq, uint8_t(0x0C));
        const std::string wp = cartridge("wp.tape", "A00004L6");
        QVERIFY((*media::TapeCartridge::open(wp))->setWriteProtected(true).ok());
        auto u2 = drive(wp);
        t = cmd(*u2, cdb6(0x0A, 0, 100), blk);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(sense(*t)->key, uint8_t(0x7));
        QCOMPARE(sense(*t)->asc, uint8_t(0x27));
        t = cmd(*u2, {0x1A, 0, 0x3F, 0, 255, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[2] & 0x80, 0x80); // WP in the device-specific parameter
    }

    void preventBlocksUnloadAndLoadUnloadCycle()
    {
        auto u = drive(cartridge("p.tape"));
        auto rm = asRemovableMedium(u);
        QCOMPARE(cmd(*u, {0x1E, 0, 0, 0, 1, 0})->status, status::Good);
        QVERIFY(rm->removalPrevented());
        QVERIFY(!rm->unload().ok());
        auto t = cmd(*u, {0x1B, 0, 0, 0, 0, 0}); // UNLOAD
        QCOMPARE(sense(*t)->asc, uint8_t(0x53));
        QCOMPARE(cmd(*u, {0x1E, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(cmd(*u, {0x1B, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(sense(*cmd(*u, {0x00, 0, 0, 0, 0, 0}))->asc, uint8_t(0x3A));
        QCOMPARE(cmd(*u, {0x1B, 0, 0, 0, 1, 0})->status, status::Good); // LOAD again
        QCOMPARE(cmd(*u, {0x00, 0, 0, 0, 0, 0})->status, status::Good);
        QVERIFY(rm->unload().ok());
    }

    void informationalCommands()
    {
        auto u = drive(cartridge("i.tape"));
        auto t = cmd(*u, {0x05, 0, 0, 0, 0, 0}); // READ BLOCK LIMITS
        QCOMPARE(t->dataIn.size(), size_t(6));
        QCOMPARE(be24(&t->dataIn[1]), uint32_t(0x800000));
        t = cmd(*u, {0x44, 0, 0, 0, 0, 0, 0, 0x10, 0, 0}); // REPORT DENSITY SUPPORT
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[0]), uint16_t(2 + 3 * 52)); // LTO-6, 5 (rw), 4 (read)
        QCOMPARE(t->dataIn[4], uint8_t(0x5A));
        t = cmd(*u, {0x4D, 0, 0x00, 0, 0, 0, 0, 0, 255, 0}); // LOG SENSE supported pages
        QCOMPARE(t->dataIn.size(), size_t(8));
        t = cmd(*u, {0x4D, 0, 0x31, 0, 0, 0, 0, 0, 255, 0});
        QCOMPARE(be32(&t->dataIn[16]), uint32_t(0)); // alternate partition remaining
        QCOMPARE(be32(&t->dataIn[24]), uint32_t(8)); // main partition maximum, MiB
        t = cmd(*u, {0x4D, 0, 0x2E, 0, 0, 0, 0, 0x10, 0, 0});
        QCOMPARE(be16(&t->dataIn[2]), uint16_t(64 * 5));
        // WRITE ATTRIBUTE a host attribute, READ ATTRIBUTE it back; a medium attribute is refused.
        std::vector<uint8_t> p{0, 0, 0, 11, 0x08, 0x00, 0x01, 0, 6, 'S', 'T', 'O', 'R', 'L', 'B'};
        std::vector<uint8_t> w(16, 0);
        w[0] = 0x8D;
        put32(&w[10], uint32_t(p.size()));
        QCOMPARE(cmd(*u, w, p)->status, status::Good);
        std::vector<uint8_t> r(16, 0);
        r[0] = 0x8C;
        put16(&r[8], 0x0800);
        put32(&r[10], 512);
        t = cmd(*u, r);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[4]), uint16_t(0x0800));
        QCOMPARE(std::string(t->dataIn.begin() + 9, t->dataIn.begin() + 15), std::string("STORLB"));
        p[4] = 0x04; // 0x0400 manufacturer: read only
        t = cmd(*u, w, p);
        QCOMPARE(sense(*t)->asc, uint8_t(0x26));
    }
};

QTEST_GUILESS_MAIN(TestSscDrive)
#include "test_ssc_drive.moc"
