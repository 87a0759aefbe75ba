// Optical media (media/optical_*.h): ISO validation, mastering, imports through
// libarchive (compressed ISO, zip holding an ISO, tar of files), bad input
// (truncated ISO, corrupt archive, bomb over the cap), DVD+R blank state.
#include "media/crc32c.h"
#include "media/optical_disc.h"
#include "media/optical_format.h"
#include "media/optical_image.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>

using namespace storlab;
using namespace storlab::media;

namespace {

QByteArray readAll(const QString& p)
{
    QFile f(p);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Writes an archive (format/filter set up by `setup`) with the given entries.
void writeArchive(const QString& path, void (*setup)(archive*), const std::vector<std::pair<std::string, QByteArray>>& entries)
{
    archive* a = archive_write_new();
    setup(a);
    QVERIFY(archive_write_open_filename(a, path.toLocal8Bit().constData()) == ARCHIVE_OK);
    for (const auto& [name, data] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        QVERIFY(archive_write_header(a, e) == ARCHIVE_OK);
        QCOMPARE(archive_write_data(a, data.constData(), size_t(data.size())), la_ssize_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

} // namespace

class TestOpticalMedia : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString p(const char* name) const { return dir_.path() + "/" + name; }
    std::string s(const char* name) const { return p(name).toStdString(); }

    // A mastered sample ISO (cached per test run).
    QString sampleIso()
    {
        const QString iso = p("sample.iso");
        if (!QFile::exists(iso)) {
            if (!writeSampleTree(s("tree"), 7).ok())
                qFatal("sample tree");
            MasterOptions o;
            o.volumeId = "sample disc";
            auto r = masterIso({{s("tree"), ""}}, iso.toStdString(), o);
            if (!r)
                qFatal("%s", r.error().message.c_str());
        }
        return iso;
    }

private slots:
    void masterATreeAndValidate()
    {
        const QString iso = sampleIso();
        auto info = inspectIso(iso.toStdString());
        QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
        QCOMPARE(info->volumeId, std::string("SAMPLE_DISC"));
        QCOMPARE(info->format, std::string("iso9660"));
        QVERIFY(info->joliet);
        QVERIFY(info->volumeSectors > 128); // 256 KiB data.bin + metadata
        QCOMPARE(info->fileBytes % kSectorSize, uint64_t(0));
        // The ISO holds the file: data.bin's bytes appear in the image.
        const QByteArray img = readAll(iso), bin = readAll(p("tree/data.bin"));
        QVERIFY(img.contains(bin.left(4096)));
        // Mastering onto an existing file is refused.
        auto again = masterIso({{s("tree"), ""}}, iso.toStdString(), {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, optical_error::Exists);
    }

    void progressIsReported()
    {
        uint64_t last = 0, total = 0;
        MasterOptions o;
        o.progress = [&](uint64_t d, uint64_t t) { last = d; total = t; };
        QVERIFY(masterIso({{s("tree"), ""}}, s("progress.iso"), o).ok());
        QVERIFY(total > 256 * 1024);
        QCOMPARE(last, total);
    }

    void importGzippedIso()
    {
        const QByteArray iso = readAll(sampleIso());
        writeArchive(p("disc.iso.gz"), [](archive* a) { archive_write_set_format_raw(a); archive_write_add_filter_gzip(a); },
                     {{"data", iso}});
        auto r = importImage(s("disc.iso.gz"), s("from-gz.iso"), {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(QString::fromStdString(r->how).contains("gzip"));
        QCOMPARE(readAll(p("from-gz.iso")), iso);
        QVERIFY(!QFile::exists(p("from-gz.iso.part")));
    }

    void importZipHoldingOneIso()
    {
        const QByteArray iso = readAll(sampleIso());
        writeArchive(p("disc.zip"), [](archive* a) { archive_write_set_format_zip(a); },
                     {{"images/disc.iso", iso}});
        auto r = importImage(s("disc.zip"), s("from-zip.iso"), {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(QString::fromStdString(r->how).contains("extracted images/disc.iso"));
        QCOMPARE(readAll(p("from-zip.iso")), iso);
    }

    void importTarOfFilesMastersThem()
    {
        writeArchive(p("files.tar.xz"), [](archive* a) { archive_write_set_format_pax_restricted(a); archive_write_add_filter_xz(a); },
                     {{"docs/a.txt", "alpha\n"}, {"b.txt", QByteArray(100000, 'b')}});
        ImportOptions o;
        o.volumeId = "FILES";
        auto r = importImage(s("files.tar.xz"), s("from-tar.iso"), o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(QString::fromStdString(r->how).startsWith("mastered 2 files"));
        QCOMPARE(r->iso.volumeId, std::string("FILES"));
        QVERIFY(readAll(p("from-tar.iso")).contains(QByteArray(100000, 'b')));
    }

    void rejectTruncatedIsoAndLeaveItUntouched()
    {
        const QByteArray iso = readAll(sampleIso());
        QFile f(p("short.iso"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(iso.left(iso.size() / 2));
        f.close();
        const QByteArray before = readAll(p("short.iso"));
        auto info = inspectIso(s("short.iso"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, optical_error::Truncated);
        QVERIFY(QString::fromStdString(info.error().message).contains("truncated"));
        auto r = importImage(s("short.iso"), s("short-out.iso"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, optical_error::Truncated);
        QVERIFY(!QFile::exists(p("short-out.iso")));
        QCOMPARE(readAll(p("short.iso")), before);
        auto disc = OpticalDisc::open(s("short.iso"));
        QVERIFY(!disc.ok());
    }

    void rejectNonIsoFile()
    {
        QFile f(p("text.iso"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
        f.close();
        auto info = inspectIso(s("text.iso"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, optical_error::NotADisc);
        QVERIFY(QString::fromStdString(info.error().message).contains("CD001"));
    }

    void rejectCorruptArchive()
    {
        const QByteArray iso = readAll(sampleIso());
        writeArchive(p("whole.iso.gz"), [](archive* a) { archive_write_set_format_raw(a); archive_write_add_filter_gzip(a); },
                     {{"data", iso}});
        QByteArray gz = readAll(p("whole.iso.gz"));
        gz.truncate(gz.size() / 2);
        QFile f(p("broken.iso.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gz);
        f.close();
        auto r = importImage(s("broken.iso.gz"), s("broken.iso"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, optical_error::CorruptArchive);
        QVERIFY(!QFile::exists(p("broken.iso")));
        QVERIFY(!QFile::exists(p("broken.iso.part")));
    }

    void rejectBombOverTheCap()
    {
        // A compressed stream that expands far beyond its size...
        writeArchive(p("bomb.gz"), [](archive* a) { archive_write_set_format_raw(a); archive_write_add_filter_gzip(a); },
                     {{"data", QByteArray(8 << 20, 'A')}});
        ImportOptions o;
        o.maxExpandedBytes = 1 << 20;
        auto r = importImage(s("bomb.gz"), s("bomb.iso"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, optical_error::TooLarge);
        QVERIFY(!QFile::exists(p("bomb.iso")));
        // ... and a zip whose entries add up beyond it.
        writeArchive(p("bomb.zip"), [](archive* a) { archive_write_set_format_zip(a); },
                     {{"a.bin", QByteArray(4 << 20, 0)}, {"b.bin", QByteArray(4 << 20, 0)}});
        r = importImage(s("bomb.zip"), s("bomb2.iso"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, optical_error::TooLarge);
    }

    void blankDvdPlusRBurnCloseFinalize()
    {
        BlankOptions o;
        o.capacityBytes = 1 << 20; // 512 sectors
        QVERIFY(OpticalDisc::createBlank(s("blank.dvdr"), o).ok());
        QVERIFY(!OpticalDisc::createBlank(s("blank.dvdr"), o).ok());
        QVERIFY(OpticalDisc::isRecordable(s("blank.dvdr")));
        const QByteArray iso = readAll(sampleIso());
        const uint32_t sectors = uint32_t(iso.size() / kSectorSize);
        {
            auto d = OpticalDisc::open(s("blank.dvdr"));
            QVERIFY(d.ok());
            QCOMPARE((*d)->status(), DiscStatus::Blank);
            QCOMPARE((*d)->profile(), DiscProfile::DvdPlusR);
            QCOMPARE((*d)->capacitySectors(), 512u);
            // A second drive cannot take the writable disc.
            auto other = OpticalDisc::open(s("blank.dvdr"));
            QVERIFY(!other.ok());
            QCOMPARE(other.error().code, optical_error::InUse);
            auto bad = (*d)->write(5, 1, reinterpret_cast<const uint8_t*>(iso.constData()));
            QCOMPARE(bad.error().code, optical_error::BadAddress);
            QVERIFY((*d)->write(0, sectors, reinterpret_cast<const uint8_t*>(iso.constData())).ok());
            QCOMPARE((*d)->status(), DiscStatus::Appendable);
            std::vector<uint8_t> big(600 * kSectorSize);
            QCOMPARE((*d)->write(sectors, 600, big.data()).error().code, optical_error::NoSpace);
        }
        {   // state survives close/reopen
            auto d = OpticalDisc::open(s("blank.dvdr"));
            QVERIFY(d.ok());
            QCOMPARE((*d)->nextWritable(), sectors);
            QVERIFY((*d)->closeTrack().ok());
            QVERIFY((*d)->finalize().ok());
            QCOMPARE((*d)->status(), DiscStatus::Complete);
            QCOMPARE((*d)->write(sectors, 1, big_dummy()).error().code, optical_error::ReadOnly);
        }
        auto d = OpticalDisc::open(s("blank.dvdr"));
        QVERIFY(d.ok());
        QVERIFY((*d)->finalized());
        QCOMPARE((*d)->readableSectors(), sectors);
        QCOMPARE((*d)->volumeId(), std::string("SAMPLE_DISC"));
        std::vector<uint8_t> back(size_t(sectors) * kSectorSize);
        QVERIFY((*d)->read(0, sectors, back.data()).ok());
        QVERIFY(std::equal(back.begin(), back.end(), reinterpret_cast<const uint8_t*>(iso.constData())));
        QVERIFY(!(*d)->read(sectors, 1, back.data()).ok());
        // The finalized disc is an ISO image for host tools too.
        QVERIFY(inspectIso(s("blank.dvdr")).ok());
    }

    // A disc written before sessions were recorded (trailer version 1: no
    // session numbers, no closed-session count) opens with every track in
    // session 1, takes a second session and is written back as version 2.
    void versionOneDiscIsMigratedAndTakesASession()
    {
        BlankOptions o;
        o.capacityBytes = 1 << 20; // 512 sectors
        const std::string path = s("v1.dvdr");
        QVERIFY(OpticalDisc::createBlank(path, o).ok());
        std::vector<uint8_t> data(40 * kSectorSize, 0x5A);
        {
            auto d = OpticalDisc::open(path);
            QVERIFY(d.ok());
            QVERIFY((*d)->write(0, 40, data.data()).ok());
            QVERIFY((*d)->closeTrack().ok());
        }
        // Rewrite the trailer as version 1 wrote it.
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = qint64(512) * kSectorSize;
        QVERIFY(f.seek(at));
        QByteArray t = f.read(optical_format::kTrailerSize);
        QCOMPARE(t.size(), qsizetype(optical_format::kTrailerSize));
        auto* b = reinterpret_cast<uint8_t*>(t.data());
        b[16] = 1;                                      // version 1
        b[36 + 12 + 2] = b[36 + 12 + 3] = 0;            // track flags: no session number
        std::memset(b + 1956, 0, 4);                    // no closed-session count
        const uint32_t crc = media::crc32c(b, 2044);
        for (int i = 0; i < 4; ++i)
            b[2044 + i] = uint8_t(crc >> (8 * i));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(t), qint64(t.size()));
        f.close();
        {
            auto d = OpticalDisc::open(path);
            QVERIFY(d.ok());
            QCOMPARE((*d)->status(), DiscStatus::Appendable);
            QCOMPARE((*d)->closedSessions(), 0u);
            QCOMPARE((*d)->tracks().front().session, uint16_t(1));
            QVERIFY((*d)->closeSession().ok());
            QCOMPARE((*d)->closedSessions(), 1u);
            QCOMPARE((*d)->nextWritable(), 48u);         // the next ECC block
            QVERIFY((*d)->write(48, 10, data.data()).ok());
            QVERIFY((*d)->closeSession().ok());
        }
        auto d = OpticalDisc::open(path);
        QVERIFY(d.ok());
        QCOMPARE((*d)->closedSessions(), 2u);
        QCOMPARE((*d)->readableSectors(), 58u);
        QCOMPARE((*d)->tracks().size(), size_t(3));      // two closed tracks + the open one in session 3
        QCOMPARE((*d)->tracks()[1].session, uint16_t(2));
        QCOMPARE((*d)->tracks()[2].session, uint16_t(3));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.seek(at + 16));
        QCOMPARE(int(f.read(1)[0]), 2);                 // written back as version 2
    }

private:
    static const uint8_t* big_dummy()
    {
        static std::vector<uint8_t> b(kSectorSize);
        return b.data();
    }
};

QTEST_GUILESS_MAIN(TestOpticalMedia)
#include "test_optical_media.moc"
