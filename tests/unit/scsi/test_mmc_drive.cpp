// MMC-6 DVD drive: raw CDBs through the logical unit with real disc files
// (an ISO mastered from a generated tree, a blank DVD+R).
#include "scsi_test_support.h"

#include "media/optical_disc.h"
#include "media/optical_image.h"
#include "scsi/mmc_drive.h"
#include "scsi/removable_medium.h"
#include "scsi/ssc_drive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

std::vector<uint8_t> rw10(uint8_t op, uint32_t lba, uint16_t count)
{
    std::vector<uint8_t> c(10, 0);
    c[0] = op;
    put32(&c[2], lba);
    put16(&c[7], count);
    return c;
}

std::vector<uint8_t> alloc10(uint8_t op, uint16_t alloc, uint8_t b1 = 0, uint8_t b2 = 0)
{
    std::vector<uint8_t> c(10, 0);
    c[0] = op;
    c[1] = b1;
    c[2] = b2;
    put16(&c[7], alloc);
    return c;
}

QByteArray readFile(const QString& p)
{
    QFile f(p);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestMmcDrive : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<Nexus> nexus_ = makeNexus(1);
    std::string iso_;

    std::string path(const char* name) const { return (dir_.path() + "/" + name).toStdString(); }
    std::string blank(const char* name, uint64_t bytes = 4 << 20)
    {
        media::BlankOptions o;
        o.capacityBytes = bytes;
        auto r = media::OpticalDisc::createBlank(path(name), o);
        if (!r)
            qFatal("%s", r.error().message.c_str());
        return path(name);
    }
    std::shared_ptr<LogicalUnit> drive(const std::string& medium = {})
    {
        DvdDriveConfig cfg;
        cfg.identity = defaultDvdIdentity();
        cfg.identity.serial = "DVD0001";
        cfg.mediumPath = medium;
        auto u = makeDvdDrive(cfg);
        if (!u)
            qFatal("%s", u.error().message.c_str());
        clearUnitAttention(**u, nexus_);
        return *u;
    }
    std::shared_ptr<ScsiTask> cmd(LogicalUnit& u, const std::vector<uint8_t>& c, std::vector<uint8_t> out = {})
    {
        return runv(u, c, std::move(out), nexus_);
    }
    uint16_t currentProfile(LogicalUnit& u)
    {
        auto t = cmd(u, alloc10(0x46, 8, 0x01));
        return t && t->dataIn.size() >= 8 ? be16(&t->dataIn[6]) : 0xFFFF;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(media::writeSampleTree(path("tree"), 3).ok());
        media::MasterOptions o;
        o.volumeId = "MMCTEST";
        QVERIFY(media::masterIso({{path("tree"), ""}}, path("disc.iso"), o).ok());
        iso_ = path("disc.iso");
    }

    void inquiryReportsAnMmcDevice()
    {
        auto u = drive();
        auto t = cmd(*u, {0x12, 0, 0, 0, 96, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[0] & 0x1F, 0x05);
        QCOMPARE(t->dataIn[1] & 0x80, 0x80);
        QCOMPARE(std::string(t->dataIn.begin() + 16, t->dataIn.begin() + 30), std::string("VIRTUAL-DVD-RW"));
        QVERIFY(asRemovableMedium(u) != nullptr);
    }

    void emptyDriveIsNotReady()
    {
        auto u = drive();
        auto t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).key, uint8_t(0x02));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
        QCOMPARE(currentProfile(*u), uint16_t(0));
        t = cmd(*u, rw10(0x28, 0, 1));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
    }

    void loadIsoReadSectorsAndUnitAttention()
    {
        auto u = drive();
        auto removable = asRemovableMedium(u);
        QVERIFY(removable->load(iso_).ok());
        auto t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).key, uint8_t(0x06));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x28));
        t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(currentProfile(*u), uint16_t(0x0010)); // DVD-ROM
        // READ CAPACITY: last LBA + 2048
        const QByteArray img = readFile(QString::fromStdString(iso_));
        const uint32_t sectors = uint32_t(img.size() / 2048);
        t = cmd(*u, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(be32(&t->dataIn[0]), sectors - 1);
        QCOMPARE(be32(&t->dataIn[4]), 2048u);
        // READ(10) of the PVD, READ(12) of everything
        t = cmd(*u, rw10(0x28, 16, 1));
        QCOMPARE(t->status, status::Good);
        QCOMPARE(std::string(t->dataIn.begin() + 1, t->dataIn.begin() + 6), std::string("CD001"));
        std::vector<uint8_t> c12(12, 0);
        c12[0] = 0xA8;
        put32(&c12[6], sectors);
        t = cmd(*u, c12);
        QCOMPARE(t->status, status::Good);
        QVERIFY(std::equal(t->dataIn.begin(), t->dataIn.end(), reinterpret_cast<const uint8_t*>(img.constData())));
        // beyond the end
        t = cmd(*u, rw10(0x28, sectors, 1));
        QCOMPARE(senseOf(*t).key, uint8_t(0x05));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x21));
        // writing a DVD-ROM: CANNOT WRITE MEDIUM - INCOMPATIBLE FORMAT, image untouched
        t = cmd(*u, rw10(0x2A, 0, 1), std::vector<uint8_t>(2048, 0xEE));
        QCOMPARE(senseOf(*t).key, uint8_t(0x05));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x30));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x05));
        QCOMPARE(readFile(QString::fromStdString(iso_)), img);
    }

    void oneIsoInTwoDrives()
    {
        auto a = drive(iso_);
        auto b = drive(iso_);
        auto t1 = cmd(*a, rw10(0x28, 16, 1));
        auto t2 = cmd(*b, rw10(0x28, 16, 1));
        QCOMPARE(t1->status, status::Good);
        QCOMPARE(t1->dataIn, t2->dataIn);
    }

    void tocDiscAndTrackInformationForRom()
    {
        auto u = drive(iso_);
        const uint32_t sectors = uint32_t(readFile(QString::fromStdString(iso_)).size() / 2048);
        auto t = cmd(*u, alloc10(0x43, 100)); // format 0
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[0]), uint16_t(18));
        QCOMPARE(t->dataIn[2], uint8_t(1));
        QCOMPARE(t->dataIn[3], uint8_t(1));
        QCOMPARE(t->dataIn[4 + 2], uint8_t(1));
        QCOMPARE(t->dataIn[12 + 2], uint8_t(0xAA));
        QCOMPARE(be32(&t->dataIn[12 + 4]), sectors);
        t = cmd(*u, alloc10(0x43, 12, 0, 1)); // format 1: session info
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[8]), 0u);
        t = cmd(*u, alloc10(0x43, 100, 0x02, 2)); // format 2 (raw, MSF)
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4 + 3], uint8_t(0xA0));
        t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x03, 2);      // complete
        std::vector<uint8_t> ti = alloc10(0x52, 48, 0x01);
        put32(&ti[2], 1);
        t = cmd(*u, ti);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[24]), sectors);
        QCOMPARE(t->dataIn[7] & 0x01, 0);       // no NWA
        // READ DVD STRUCTURE physical format: DVD-ROM book type, data area end
        std::vector<uint8_t> ds(12, 0);
        ds[0] = 0xAD;
        put16(&ds[8], 2052);
        t = cmd(*u, ds);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4] >> 4, 0);
        QCOMPARE(be32(&t->dataIn[4 + 8]), 0x30000u + sectors - 1);
        ds[7] = 0x01;
        t = cmd(*u, ds);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4], uint8_t(0)); // no CSS
        ds[7] = 0x03;                       // BCA: not supported
        t = cmd(*u, ds);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }

    void getConfigurationFeatures()
    {
        auto u = drive(iso_);
        auto t = cmd(*u, alloc10(0x46, 1024, 0x00));
        QCOMPARE(t->status, status::Good);
        const auto& d = t->dataIn;
        QCOMPARE(be32(&d[0]) + 4, uint32_t(d.size()));
        std::map<uint16_t, uint8_t> feats;
        for (size_t at = 8; at + 4 <= d.size(); at += 4 + d[at + 3])
            feats[be16(&d[at])] = d[at + 2];
        for (uint16_t f : {0x0000, 0x0001, 0x0002, 0x0003, 0x0010, 0x001F, 0x002B, 0x0107})
            QVERIFY2(feats.count(f), qPrintable(QString::number(f, 16)));
        QCOMPARE(feats[0x001F] & 1, 1);  // DVD Read current
        QCOMPARE(feats[0x002B] & 1, 0);  // DVD+R write not current for a ROM
        // RT = 2: exactly one feature
        std::vector<uint8_t> c = alloc10(0x46, 64, 0x02);
        put16(&c[2], 0x0003);
        t = cmd(*u, c);
        QCOMPARE(t->dataIn.size(), size_t(8 + 8));
        QCOMPARE(be16(&t->dataIn[8]), uint16_t(0x0003));
        // mode page 2A
        t = cmd(*u, {0x5A, 0x08, 0x2A, 0, 0, 0, 0, 0, 64, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[8] & 0x3F, 0x2A);
    }

    void eventStatusReportsNewMediaAndRemoval()
    {
        auto u = drive();
        auto gesn = [&] { return cmd(*u, {0x4A, 0x01, 0, 0, 0x10, 0, 0, 0, 8, 0}); };
        auto t = gesn();
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[2], uint8_t(0x04));
        QCOMPARE(t->dataIn[4] & 0x0F, 0);
        QVERIFY(asRemovableMedium(u)->load(iso_).ok());
        t = gesn(); // GESN is answered even with the unit attention pending
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[4] & 0x0F, 2);          // NewMedia
        QCOMPARE(t->dataIn[5] & 0x02, 0x02);       // media present
        QCOMPARE(gesn()->dataIn[4] & 0x0F, 0);     // reported once
        QVERIFY(asRemovableMedium(u)->unload(false).ok());
        QCOMPARE(gesn()->dataIn[4] & 0x0F, 3);     // MediaRemoval
        t = cmd(*u, {0x4A, 0x00, 0, 0, 0x10, 0, 0, 0, 8, 0}); // asynchronous: not supported
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }

    void ejectWhilePreventedIsRefused()
    {
        auto u = drive(iso_);
        clearUnitAttention(*u, nexus_);
        auto gesn = [&] { return cmd(*u, {0x4A, 0x01, 0, 0, 0x10, 0, 0, 0, 8, 0}); };
        auto t = cmd(*u, {0x1E, 0, 0, 0, 1, 0});
        QCOMPARE(t->status, status::Good);
        QVERIFY(asRemovableMedium(u)->removalPrevented());
        t = cmd(*u, {0x1B, 0, 0, 0, 0x02, 0}); // LoEj, Start = 0
        QCOMPARE(senseOf(*t).key, uint8_t(0x05)); // ILLEGAL REQUEST
        QCOMPARE(senseOf(*t).asc, uint8_t(0x53));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x02));
        gesn();
        QVERIFY(!asRemovableMedium(u)->unload(false).ok());
        QCOMPARE(gesn()->dataIn[4] & 0x0F, 1);     // EjectRequest: the "button" on a locked drive
        QCOMPARE(cmd(*u, {0x1E, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(cmd(*u, {0x00, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(cmd(*u, {0x1B, 0, 0, 0, 0x02, 0})->status, status::Good);
        // Ejected to the slot: no medium, and no open door (Linux sr would close a tray).
        t = cmd(*u, {0x00, 0, 0, 0, 0, 0});
        QCOMPARE(senseOf(*t).key, uint8_t(0x02));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x00));
        t = cmd(*u, rw10(0x28, 0, 1));
        QCOMPARE(senseOf(*t).key, uint8_t(0x02));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x3A));
        t = gesn();
        QCOMPARE(t->dataIn[4] & 0x0F, 3);          // MediaRemoval
        QCOMPARE(t->dataIn[5] & 0x03, 0);          // neither present nor door open
        t = cmd(*u, {0xBD, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0});
        QCOMPARE(t->dataIn[1] & 0x10, 0);          // MECHANISM STATUS: door closed
        t = cmd(*u, {0x5A, 0x08, 0x2A, 0, 0, 0, 0, 0, 64, 0});
        QCOMPARE(t->dataIn[8 + 6] >> 5, 0);        // loading mechanism 000b: caddy/slot
        // Prevented with the disc in the slot: still MEDIUM REMOVAL PREVENTED.
        QCOMPARE(cmd(*u, {0x1E, 0, 0, 0, 1, 0})->status, status::Good);
        t = cmd(*u, {0x1B, 0, 0, 0, 0x02, 0});
        QCOMPARE(senseOf(*t).key, uint8_t(0x05));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x53));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x02));
        QCOMPARE(cmd(*u, {0x1E, 0, 0, 0, 0, 0})->status, status::Good);
        // LoEj + Start draws the disc back in: NewMedia; UNIT ATTENTION for another initiator.
        auto other = makeNexus(2);
        runv(*u, {0x00, 0, 0, 0, 0, 0}, {}, other);
        clearUnitAttention(*u, other);
        QCOMPARE(cmd(*u, {0x1B, 0, 0, 0, 0x03, 0})->status, status::Good);
        QCOMPARE(cmd(*u, {0x00, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(gesn()->dataIn[4] & 0x0F, 2);     // NewMedia
        t = runv(*u, {0x00, 0, 0, 0, 0, 0}, {}, other);
        QCOMPARE(senseOf(*t).key, uint8_t(0x06));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x28));
        QCOMPARE(cmd(*u, rw10(0x28, 0, 1))->status, status::Good);
        QVERIFY(asRemovableMedium(u)->unload(false).ok());
    }

    void burnBlankDvdPlusRCloseAndReadBack()
    {
        const std::string disc = blank("burn.dvdr", 2 << 20); // 1024 sectors
        auto u = drive(disc);
        QCOMPARE(currentProfile(*u), uint16_t(0x001B));
        auto t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x03, 0);              // blank
        QCOMPARE(be32(&t->dataIn[20]), 1024u);
        std::vector<uint8_t> ti = alloc10(0x52, 48, 0x01);
        put32(&ti[2], 0xFF);                           // the invisible track
        t = cmd(*u, ti);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[6] & 0x40, 0x40);           // blank
        QCOMPARE(t->dataIn[7] & 0x01, 0x01);           // NWA valid
        QCOMPARE(be32(&t->dataIn[12]), 0u);
        QCOMPARE(be32(&t->dataIn[16]), 1024u);         // free blocks
        QCOMPARE(cmd(*u, alloc10(0x43, 100))->status, status::CheckCondition); // no TOC on a blank
        QCOMPARE(cmd(*u, {0x54, 0x01, 0, 0, 0, 0, 0, 0, 0, 0})->status, status::Good); // SEND OPC
        QCOMPARE(cmd(*u, {0xBB, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0})->status, status::Good);
        t = cmd(*u, {0x5C, 0, 0, 0, 0, 0, 0, 0, 12, 0});
        QCOMPARE(be32(&t->dataIn[4]), 4u << 20);

        const QByteArray img = readFile(QString::fromStdString(iso_));
        const uint32_t sectors = uint32_t(img.size() / 2048);
        QVERIFY(sectors < 1024);
        // out of order: INVALID ADDRESS FOR WRITE
        t = cmd(*u, rw10(0x2A, 8, 1), std::vector<uint8_t>(2048, 1));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x21));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x02));
        for (uint32_t at = 0; at < sectors; at += 16) {
            const uint16_t n = uint16_t(std::min<uint32_t>(16, sectors - at));
            std::vector<uint8_t> chunk(img.begin() + qsizetype(at) * 2048, img.begin() + qsizetype(at + n) * 2048);
            t = cmd(*u, rw10(0x2A, at, n), chunk);
            QCOMPARE(t->status, status::Good);
        }
        QCOMPARE(cmd(*u, {0x35, 0, 0, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
        t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x03, 1);              // appendable
        t = cmd(*u, ti);
        QCOMPARE(be32(&t->dataIn[12]), sectors);       // NWA moved
        // past the end of the blank: END OF USER AREA ENCOUNTERED
        t = cmd(*u, rw10(0x2A, sectors, uint16_t(1024 - sectors + 1)),
                std::vector<uint8_t>(size_t(1024 - sectors + 1) * 2048, 0));
        QCOMPARE(senseOf(*t).key, uint8_t(0x05));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x63));
        // close track, finalize (function 110b)
        QCOMPARE(cmd(*u, {0x5B, 0, 0x01, 0, 0, 1, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(cmd(*u, {0x5B, 0, 0x06, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
        t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x03, 2);              // complete
        t = cmd(*u, rw10(0x2A, sectors, 1), std::vector<uint8_t>(2048, 0));
        QCOMPARE(senseOf(*t).asc, uint8_t(0x30));      // finalized: read-only
        t = cmd(*u, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(be32(&t->dataIn[0]), sectors - 1);
        t = cmd(*u, alloc10(0x43, 100));
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[12 + 4]), sectors);   // lead-out
        // unload, move to another drive, read back identical
        QVERIFY(asRemovableMedium(u)->unload(false).ok());
        auto other = drive(disc);
        QCOMPARE(currentProfile(*other), uint16_t(0x001B));
        std::vector<uint8_t> c12(12, 0);
        c12[0] = 0xA8;
        put32(&c12[6], sectors);
        t = cmd(*other, c12);
        QCOMPARE(t->status, status::Good);
        QVERIFY(std::equal(t->dataIn.begin(), t->dataIn.end(), reinterpret_cast<const uint8_t*>(img.constData())));
        QVERIFY(media::inspectIso(disc).ok());
    }

    // What growisofs -Z then -M sends on a DVD+R: close track + close session
    // (010b) leave the disc appendable; READ DISC INFORMATION names the empty
    // next session and its track, READ TRACK INFORMATION gives that track's
    // start (ECC-aligned), READ TOC format 1 the previous session's start.
    void multisessionAppend()
    {
        const std::string disc = blank("multi.dvdr", 2 << 20); // 1024 sectors
        auto u = drive(disc);
        auto burn = [&](uint32_t at, uint32_t n, uint8_t fill) {
            return cmd(*u, rw10(0x2A, at, uint16_t(n)), std::vector<uint8_t>(size_t(n) * 2048, fill))->status;
        };
        auto closeSession = [&](uint8_t function) {
            QCOMPARE(cmd(*u, {0x5B, 0x01, 0x01, 0, 0, 1, 0, 0, 0, 0})->status, status::Good);
            QCOMPARE(cmd(*u, {0x5B, 0x01, function, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
        };
        auto trackInfo = [&](uint8_t type, uint32_t address) {
            std::vector<uint8_t> c = alloc10(0x52, 48, type);
            put32(&c[2], address);
            return cmd(*u, c);
        };
        QCOMPARE(burn(0, 100, 0xA1), status::Good);
        closeSession(0x02);
        auto t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x03, 1);              // appendable
        QCOMPARE((t->dataIn[2] >> 2) & 0x03, 0);       // last session: empty (growisofs -M wants <= 1)
        QCOMPARE(int(t->dataIn[4]), 2);                // sessions: the closed one + the empty one
        QCOMPARE(int(t->dataIn[5]), 2);                // first track in the last session
        t = trackInfo(1, 2);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(int(t->dataIn[3]), 2);                // session 2
        QCOMPARE(be32(&t->dataIn[8]), 112u);           // track start: 100 rounded up to an ECC block
        QCOMPARE(be32(&t->dataIn[12]), 112u);          // NWA
        QCOMPARE(t->dataIn[7] & 0x01, 0x01);
        t = cmd(*u, {0x43, 0, 1, 0, 0, 0, 0, 0, 12, 0}); // TOC format 1
        QCOMPARE(int(t->dataIn[3]), 1);                // last complete session
        QCOMPARE(int(t->dataIn[6]), 1);
        QCOMPARE(be32(&t->dataIn[8]), 0u);
        // The second session, at 112 (writing at the old end is refused).
        QCOMPARE(burn(100, 1, 0), status::CheckCondition);
        QCOMPARE(burn(112, 50, 0xB2), status::Good);
        t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE((t->dataIn[2] >> 2) & 0x03, 1);       // last session incomplete
        closeSession(0x02);
        t = cmd(*u, {0x43, 0, 0, 0, 0, 0, 0, 0, 12, 0x40}); // format 1 in the CONTROL byte, as Linux sr asks
        QCOMPARE(t->status, status::Good);
        QCOMPARE(int(t->dataIn[3]), 2);
        QCOMPARE(int(t->dataIn[6]), 2);                // first track of the last session (sr: > 1 = multisession)
        QCOMPARE(be32(&t->dataIn[8]), 112u);
        t = cmd(*u, alloc10(0x43, 100));               // formatted TOC: both tracks, lead-out after the last
        QCOMPARE(int(t->dataIn[3]), 2);
        QCOMPARE(be32(&t->dataIn[4 + 8 + 4]), 112u);
        QCOMPARE(be32(&t->dataIn[4 + 16 + 4]), 162u);
        t = cmd(*u, {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(be32(&t->dataIn[0]), 161u);           // last recorded sector
        t = trackInfo(2, 2);                           // by session number
        QCOMPARE(be32(&t->dataIn[8]), 112u);
        t = cmd(*u, {0x43, 0, 2, 0, 0, 0, 0, 0, 200, 0}); // raw TOC: A0/A1/A2 + track per session
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[0]) - 2, 2 * 4 * 11);
        QCOMPARE(int(t->dataIn[4 + 4 * 11]), 2);       // session 2's descriptors
        // Both sessions read back; the state survives an unload.
        t = cmd(*u, rw10(0x28, 99, 1));
        QCOMPARE(int(t->dataIn[0]), 0xA1);
        t = cmd(*u, rw10(0x28, 161, 1));
        QCOMPARE(int(t->dataIn[0]), 0xB2);
        QVERIFY(asRemovableMedium(u)->unload(false).ok());
        QVERIFY(asRemovableMedium(u)->load(disc).ok());
        clearUnitAttention(*u, nexus_);
        t = trackInfo(1, 0xFF);
        QCOMPARE(int(t->dataIn[2]), 3);                // the invisible track 3 in session 3
        QCOMPARE(int(t->dataIn[3]), 3);
        QCOMPARE(be32(&t->dataIn[12]), 176u);
        // Closing an empty session changes nothing; finalizing makes the disc complete.
        QCOMPARE(cmd(*u, {0x5B, 0, 0x02, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
        QCOMPARE(cmd(*u, alloc10(0x51, 34))->dataIn[4], uint8_t(3));
        QCOMPARE(cmd(*u, {0x5B, 0, 0x06, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
        t = cmd(*u, alloc10(0x51, 34));
        QCOMPARE(t->dataIn[2] & 0x0F, 0x0E);           // complete session, complete disc
        QCOMPARE(int(t->dataIn[4]), 2);
        QCOMPARE(burn(176, 1, 0), status::CheckCondition);
    }

    void reserveTrackAndLockedBlank()
    {
        const std::string disc = blank("reserve.dvdr");
        auto u = drive(disc);
        // the writable disc cannot go into a second drive
        DvdDriveConfig cfg;
        cfg.mediumPath = disc;
        QVERIFY(!makeDvdDrive(cfg).ok());
        std::vector<uint8_t> c(10, 0);
        c[0] = 0x53;
        put32(&c[5], 64);
        QCOMPARE(cmd(*u, c)->status, status::Good);
        std::vector<uint8_t> ti = alloc10(0x52, 48, 0x01);
        put32(&ti[2], 1);
        auto t = cmd(*u, ti);
        QCOMPARE(t->dataIn[6] & 0x80, 0x80);           // reserved track
        QCOMPARE(be32(&t->dataIn[24]), 64u);
    }

    void badDiscFilesAreRefused()
    {
        QFile f(QString::fromStdString(path("junk.iso")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'j'));
        f.close();
        auto u = drive();
        auto r = asRemovableMedium(u)->load(path("junk.iso"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().code >= 1000);              // changer: INCOMPATIBLE MEDIUM INSTALLED
        QVERIFY(QString::fromStdString(r.error().message).contains("CD001"));
        QVERIFY(!asRemovableMedium(u)->hasMedium());
    }

    void reportKeyAndPerformance()
    {
        auto u = drive(iso_);
        auto t = cmd(*u, {0xA4, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0x08, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn[6], uint8_t(0x01));
        t = cmd(*u, {0xA4, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0x00, 0});
        QCOMPARE(senseOf(*t).asc, uint8_t(0x6F));
        t = cmd(*u, {0xAC, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x03, 0});
        QCOMPARE(t->status, status::Good);
        QCOMPARE(t->dataIn.size(), size_t(24));
        QCOMPARE(cmd(*u, {0xB6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})->status, status::Good);
    }
};

QTEST_GUILESS_MAIN(TestMmcDrive)
#include "test_mmc_drive.moc"
