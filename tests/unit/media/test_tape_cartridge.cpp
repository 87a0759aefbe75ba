// storlab_media tape cartridges: create/open, write/read, SPACE/LOCATE,
// filemarks, EOD, early warning and EOM, WORM, write protect, MAM, recovery
// of a torn tail, header slot damage, tgtimg conversion, barcode ranges.
#include "media/tape_cartridge.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace storlab;
using namespace storlab::media;

namespace {

std::vector<uint8_t> pattern(size_t n, uint8_t seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = uint8_t(seed + i * 7);
    return v;
}

uint64_t fileSize(const std::string& p)
{
    struct stat st {};
    ::stat(p.c_str(), &st);
    return uint64_t(st.st_size);
}

} // namespace

class TestTapeCartridge : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string path(const char* name) const { return (dir_.path() + "/" + name).toStdString(); }

    std::unique_ptr<TapeCartridge> make(const char* name, uint64_t capacity = 0, bool worm = false,
                                        const std::string& barcode = "A00001L6")
    {
        CreateOptions o;
        o.barcode = barcode;
        o.capacity = capacity;
        o.worm = worm;
        auto t = TapeCartridge::create(path(name), o);
        if (!t)
            qFatal("create: %s", t.error().message.c_str());
        return std::move(*t);
    }

private slots:
    void createReadsBackHeader()
    {
        auto t = make("h.tape", 10 << 20);
        QCOMPARE(t->header().barcode, std::string("A00001L6"));
        QCOMPARE(int(t->header().generation), int(TapeGeneration::Lto6));
        QCOMPARE(t->capacityBytes(), uint64_t(10 << 20));
        t.reset();
        auto h = TapeCartridge::readHeader(path("h.tape"));
        QVERIFY(h.ok());
        QCOMPARE(h->barcode, std::string("A00001L6"));
        CreateOptions o;
        o.barcode = "A00001L6";
        auto again = TapeCartridge::create(path("h.tape"), o);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, tape_error::Exists);
    }

    void generationFromBarcodeAndWormSuffix()
    {
        auto t = make("w.tape", 0, false, "B00000LX");
        QCOMPARE(int(t->header().generation), int(TapeGeneration::Lto7));
        QVERIFY(t->header().worm);
        QCOMPARE(t->capacityBytes(), uint64_t(6'000'000'000'000ull));
    }

    void writeReadVariableBlocksAndFilemarks()
    {
        auto t = make("rw.tape", 10 << 20);
        auto a = pattern(1000, 1), b = pattern(65536, 2), c = pattern(1, 3);
        QVERIFY(t->writeBlock(a.data(), a.size()).ok());
        QVERIFY(t->writeBlock(b.data(), b.size()).ok());
        QVERIFY(t->writeMarks(1).ok());
        QVERIFY(t->writeBlock(c.data(), c.size()).ok());
        QVERIFY(t->writeMarks(2).ok());
        QCOMPARE(t->objectCount(), uint64_t(6));
        QCOMPARE(t->filemarkTotal(), uint64_t(3));
        t.reset();
        auto r = TapeCartridge::open(path("rw.tape"));
        QVERIFY(r.ok());
        auto& x = **r;
        QCOMPARE(x.objectCount(), uint64_t(6));
        std::vector<uint8_t> buf(100000);
        auto o = x.read(buf.data(), buf.size());
        QVERIFY(o.ok());
        QCOMPARE(o->blockLength, 1000u);
        QVERIFY(std::equal(a.begin(), a.end(), buf.begin()));
        // Short buffer: copies what fits, reports the real length.
        o = x.read(buf.data(), 10);
        QCOMPARE(o->blockLength, 65536u);
        QCOMPARE(o->copied, size_t(10));
        o = x.read(buf.data(), buf.size());
        QCOMPARE(int(o->type), int(RecordType::Filemark));
        QCOMPARE(x.fileNumber(), uint64_t(1));
        x.space(SpaceCode::EndOfData, 0);
        QVERIFY(x.atEndOfData());
        auto eod = x.read(buf.data(), buf.size());
        QVERIFY(!eod.ok());
        QCOMPARE(eod.error().code, tape_error::EndOfData);
    }

    void spaceAndLocate()
    {
        auto t = make("sp.tape", 10 << 20);
        auto blk = pattern(512, 9);
        // file 0: 5 blocks, FM, file 1: 3 blocks, FM, FM, file 3: 2 blocks
        for (int i = 0; i < 5; ++i) QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QVERIFY(t->writeMarks(1).ok());
        for (int i = 0; i < 3; ++i) QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QVERIFY(t->writeMarks(2).ok());
        for (int i = 0; i < 2; ++i) QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        // objects: 0-4 data, 5 FM, 6-8 data, 9 FM, 10 FM, 11-12 data; EOD = 13
        t->rewind();
        auto o = t->space(SpaceCode::Blocks, 3);
        QCOMPARE(o.moved, int64_t(3));
        QCOMPARE(t->position(), uint64_t(3));
        o = t->space(SpaceCode::Blocks, 10); // hits the filemark at 5
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::Filemark));
        QCOMPARE(o.moved, int64_t(2));
        QCOMPARE(t->position(), uint64_t(6));
        o = t->space(SpaceCode::Blocks, -2); // backwards over 6? stops on the BOP side of FM 5
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::Filemark));
        QCOMPARE(t->position(), uint64_t(5));
        t->rewind();
        o = t->space(SpaceCode::Filemarks, 2);
        QCOMPARE(o.moved, int64_t(2));
        QCOMPARE(t->position(), uint64_t(10));
        o = t->space(SpaceCode::Filemarks, -1);
        QCOMPARE(t->position(), uint64_t(9));
        o = t->space(SpaceCode::Filemarks, 5);
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::EndOfData));
        QCOMPARE(o.moved, int64_t(2));
        QCOMPARE(t->position(), uint64_t(13));
        t->rewind();
        o = t->space(SpaceCode::SequentialFilemarks, 2);
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::Done));
        QCOMPARE(t->position(), uint64_t(11));
        o = t->space(SpaceCode::Blocks, -20);
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::Filemark));
        t->rewind();
        o = t->space(SpaceCode::Blocks, -1);
        QCOMPARE(int(o.stop), int(SpaceOutcome::Stop::BeginningOfPartition));
        QVERIFY(t->locate(7).ok());
        QCOMPARE(t->fileNumber(), uint64_t(1));
        auto past = t->locate(14);
        QVERIFY(!past.ok());
        QCOMPARE(t->position(), uint64_t(13));
    }

    void overwriteInTheMiddleTruncates()
    {
        auto t = make("ow.tape", 10 << 20);
        auto blk = pattern(100, 1);
        for (int i = 0; i < 4; ++i) QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QVERIFY(t->writeMarks(1).ok());
        QVERIFY(t->locate(2).ok());
        QVERIFY(t->writeBlock(blk.data(), 50).ok());
        QCOMPARE(t->objectCount(), uint64_t(3));
        QCOMPARE(t->filemarkTotal(), uint64_t(0));
        QVERIFY(t->atEndOfData());
    }

    void earlyWarningAndEndOfMedium()
    {
        CreateOptions o;
        o.barcode = "E00000L6";
        o.capacity = 1 << 20;
        auto t = std::move(*TapeCartridge::create(path("eom.tape"), o));
        auto blk = pattern(16 * 1024, 5);
        bool warned = false;
        int written = 0;
        for (;;) {
            auto r = t->writeBlock(blk.data(), blk.size());
            if (!r) {
                QCOMPARE(r.error().code, tape_error::EndOfMedium);
                break;
            }
            ++written;
            if (r->earlyWarning)
                warned = true;
        }
        QVERIFY(warned);
        QCOMPARE(written, 63); // 63 * (16 KiB + 32) fits in 1 MiB, 64 do not; early warning at 98 %
        QVERIFY(t->earlyWarning());
        QVERIFY(t->usedBytes() <= t->capacityBytes());
    }

    void wormRefusesOverwriteButAppendsAfterTrailingFilemarks()
    {
        auto t = make("worm.tape", 10 << 20, true);
        auto blk = pattern(100, 1);
        QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QVERIFY(t->writeMarks(2).ok());
        t->rewind();
        auto r = t->writeBlock(blk.data(), blk.size());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, tape_error::WormOverwrite);
        QVERIFY(!t->eraseFromPosition().ok());
        QVERIFY(t->locate(2).ok()); // between the two trailing filemarks
        QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QCOMPARE(t->objectCount(), uint64_t(3));
    }

    void writeProtectAndMam()
    {
        auto t = make("wp.tape", 10 << 20);
        QVERIFY(t->setWriteProtected(true).ok());
        auto blk = pattern(10, 1);
        auto r = t->writeBlock(blk.data(), blk.size());
        QCOMPARE(r.error().code, tape_error::WriteProtected);
        MamAttribute a{mam::ApplicationName, 1, false, {'b', 'a', 'c', 'u', 'l', 'a'}};
        QVERIFY(t->setAttribute(a).ok());
        t.reset();
        auto x = std::move(*TapeCartridge::open(path("wp.tape")));
        QVERIFY(x->writeProtected());
        auto got = x->attribute(mam::ApplicationName);
        QVERIFY(got);
        QCOMPARE(got->value, a.value);
        QCOMPARE(x->attribute(mam::MaximumCapacity)->value.size(), size_t(8));
        QVERIFY(mam::hostWritable(0x0803));
        QVERIFY(!mam::hostWritable(0x0401));
    }

    void recoversATornTail()
    {
        auto t = make("torn.tape", 10 << 20);
        auto blk = pattern(4096, 1);
        for (int i = 0; i < 3; ++i) QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        QVERIFY(t->writeMarks(1).ok());
        QVERIFY(t->writeBlock(blk.data(), blk.size()).ok());
        t.reset();
        const std::string p = path("torn.tape");
        const uint64_t full = fileSize(p);
        // Cut the last block in half (a write torn by kill -9 / power loss).
        QCOMPARE(::truncate(p.c_str(), off_t(full - 2000)), 0);
        RecoveryReport rep;
        auto x = TapeCartridge::open(p, false, &rep);
        QVERIFY(x.ok());
        QVERIFY(rep.truncated);
        QCOMPARE((*x)->objectCount(), uint64_t(4)); // 3 blocks + the synced filemark
        QCOMPARE(fileSize(p), full - 4096 - 32);
        // Garbage after the last record is cut too, and a flipped payload byte in the tail.
        (*x).reset();
        {
            int fd = ::open(p.c_str(), O_WRONLY | O_APPEND);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "garbage!", 8), ssize_t(8));
            ::close(fd);
        }
        auto y = TapeCartridge::open(p, false, &rep);
        QVERIFY(y.ok());
        QVERIFY(rep.truncated);
        QCOMPARE(rep.bytesDropped, uint64_t(8));
        QCOMPARE((*y)->objectCount(), uint64_t(4));
    }

    void damagedHeaderSlotIsRepaired()
    {
        auto t = make("slot.tape", 10 << 20);
        QVERIFY(t->setWriteProtected(true).ok()); // sequence 3 -> slot 1
        t.reset();
        const std::string p = path("slot.tape");
        int fd = ::open(p.c_str(), O_WRONLY);
        QCOMPARE(::pwrite(fd, "XXXX", 4, 32 * 1024 + 40), ssize_t(4)); // damage slot 1 payload
        ::close(fd);
        RecoveryReport rep;
        auto x = TapeCartridge::open(p, false, &rep);
        QVERIFY(x.ok());
        QVERIFY(rep.headerSlotRepaired);
        QVERIFY(!(*x)->header().writeProtected); // the older slot's view
        // Both slots damaged: not a cartridge.
        (*x).reset();
        fd = ::open(p.c_str(), O_WRONLY);
        QCOMPARE(::pwrite(fd, "XXXXXXXX", 8, 0), ssize_t(8));
        QCOMPARE(::pwrite(fd, "XXXXXXXX", 8, 32 * 1024), ssize_t(8));
        ::close(fd);
        auto bad = TapeCartridge::open(p);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, tape_error::BadFormat);
    }

    void convertsARealTgtimgCartridge()
    {
        if (::access("/usr/sbin/tgtimg", X_OK) != 0)
            QSKIP("tgtimg (Debian package tgt) is not installed");
        const std::string in = path("tgt.img"), out = path("tgt.tape");
        const std::string cmd = "/usr/sbin/tgtimg --op new --device-type tape --barcode T00042L5 --size 64 "
                                "--type data --file " + in + " >/dev/null 2>&1";
        QCOMPARE(std::system(cmd.c_str()), 0);
        auto r = convertTgtImage(in, out);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        auto t = TapeCartridge::open(out);
        QVERIFY(t.ok());
        QCOMPARE((*t)->header().barcode, std::string("T00042L5"));
        QCOMPARE(int((*t)->header().generation), int(TapeGeneration::Lto5));
        QCOMPARE((*t)->capacityBytes(), uint64_t(64) << 20);
        QCOMPARE((*t)->objectCount(), uint64_t(0));
        // WORM media type carries over.
        const std::string win = path("tgtw.img");
        QCOMPARE(std::system(("/usr/sbin/tgtimg --op new --device-type tape --barcode W00001L6 --size 8 "
                              "--type WORM --file " + win + " >/dev/null 2>&1").c_str()), 0);
        QVERIFY(convertTgtImage(win, path("tgtw.tape")).ok());
        QVERIFY(TapeCartridge::readHeader(path("tgtw.tape"))->worm);
        QVERIFY(!convertTgtImage(path("rw.tape"), path("nope.tape")).ok()); // not a tgt image
    }

    void generationRules()
    {
        using G = TapeGeneration;
        QCOMPARE(int(driveAccess(G::Lto6, G::Lto6)), int(DriveAccess::ReadWrite));
        QCOMPARE(int(driveAccess(G::Lto6, G::Lto5)), int(DriveAccess::ReadWrite));
        QCOMPARE(int(driveAccess(G::Lto6, G::Lto4)), int(DriveAccess::ReadOnly));
        QCOMPARE(int(driveAccess(G::Lto6, G::Lto3)), int(DriveAccess::None));
        QCOMPARE(int(driveAccess(G::Lto6, G::Lto7)), int(DriveAccess::None));
        QCOMPARE(int(driveAccess(G::Lto8, G::Lto7)), int(DriveAccess::ReadWrite));
        QCOMPARE(int(driveAccess(G::Lto8, G::Lto6)), int(DriveAccess::None));
        QCOMPARE(int(driveAccess(G::Lto9, G::Lto8)), int(DriveAccess::ReadWrite));
        QCOMPARE(int(driveAccess(G::Lto10, G::Lto9)), int(DriveAccess::None));
        QCOMPARE(int(*parseGeneration("LTO-6")), 6);
        QCOMPARE(int(*parseGeneration("lto10")), 10);
        QVERIFY(!parseGeneration("LTO-11"));
        QCOMPARE(int(mediaFromBarcode("A00000LY")->generation), 8);
    }

    void barcodeRanges()
    {
        auto r = barcodeRange("A00008L6", 3);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), size_t(3));
        QCOMPARE((*r)[2], std::string("A00010L6"));
        QVERIFY(!barcodeRange("A99999L6", 2).ok());
        QVERIFY(!barcodeRange("ABCDEFL6", 2).ok());
    }
};

QTEST_GUILESS_MAIN(TestTapeCartridge)
#include "test_tape_cartridge.moc"
