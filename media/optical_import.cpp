// importImage() (optical_image.h): plain ISO, compressed ISO, archives holding
// one .iso, archives of files (mastered), directories (mastered).
#include "media/optical_disc.h"
#include "media/optical_image.h"
#include "media/optical_iso_writer.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace storlab::media {

namespace fs = std::filesystem;
using detail::EntryKind;
using detail::IsoWriter;

namespace {

struct ReaderDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
using Reader = std::unique_ptr<archive, ReaderDeleter>;

Error corrupt(archive* a, const std::string& input)
{
    const char* s = archive_error_string(a);
    return Error{optical_error::CorruptArchive,
                 input + ": damaged or unreadable archive (" + (s ? s : "unknown error") + "); the input was not changed"};
}

// Opens `input` with every decompression filter and either all formats + raw,
// or raw only (to decompress a single stream).
Result<Reader> openReader(const std::string& input, bool rawOnly)
{
    Reader r(archive_read_new());
    archive_read_support_filter_all(r.get());
    if (!rawOnly) {
        // Archive formats only: not "all", whose mtree reader takes any text file for a manifest.
        archive_read_support_format_iso9660(r.get());
        archive_read_support_format_zip(r.get());
        archive_read_support_format_tar(r.get());
        archive_read_support_format_gnutar(r.get());
        archive_read_support_format_7zip(r.get());
        archive_read_support_format_cpio(r.get());
        archive_read_support_format_rar(r.get());
        archive_read_support_format_rar5(r.get());
        archive_read_support_format_xar(r.get());
        archive_read_support_format_cab(r.get());
    }
    archive_read_support_format_raw(r.get());
    if (archive_read_open_filename(r.get(), input.c_str(), 1 << 16) != ARCHIVE_OK)
        return corrupt(r.get(), input);
    return r;
}

bool endsWithIso(const std::string& name)
{
    if (name.size() < 4)
        return false;
    std::string tail = name.substr(name.size() - 4);
    for (auto& c : tail)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".iso";
}

uint64_t fileSize(const std::string& p)
{
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? uint64_t(st.st_size) : 0;
}

// Streams the current entry's data into the file `part`, capped.
Result<void> extractCurrent(archive* a, const std::string& input, const std::string& part, const ImportOptions& o,
                            uint64_t total)
{
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{-errno, "cannot create " + part + ": " + std::strerror(errno)};
    uint64_t written = 0;
    std::vector<char> buf(1 << 16);
    Result<void> r;
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buf.data(), buf.size());
        if (n == 0)
            break;
        if (n < 0) {
            r = corrupt(a, input);
            break;
        }
        if (o.cancel && o.cancel->load()) {
            r = Error{optical_error::Cancelled, "cancelled"};
            break;
        }
        written += uint64_t(n);
        if (written > o.maxExpandedBytes) {
            r = Error{optical_error::TooLarge, input + " expands beyond the cap of " + std::to_string(o.maxExpandedBytes) +
                                                   " bytes (a zip bomb, or raise the cap)"};
            break;
        }
        if (::write(fd, buf.data(), size_t(n)) != n) {
            r = Error{-errno, std::string("cannot write ") + part + ": " + std::strerror(errno)};
            break;
        }
        if (o.progress)
            o.progress(uint64_t(archive_filter_bytes(a, -1)), total);
    }
    if (r && ::fsync(fd) != 0)
        r = Error{-errno, std::string("fsync: ") + std::strerror(errno)};
    ::close(fd);
    return r;
}

// Validates `part` as a disc and moves it to `out`.
Result<ImportReport> finish(const std::string& part, const std::string& out, const std::string& how,
                            const std::string& notIsoMessage)
{
    auto info = inspectIso(part);
    if (!info) {
        ::unlink(part.c_str());
        if (!notIsoMessage.empty() && info.error().code == optical_error::NotADisc)
            return Error{optical_error::Unsupported, notIsoMessage};
        return info.error();
    }
    if (::rename(part.c_str(), out.c_str()) != 0) {
        const int e = errno;
        ::unlink(part.c_str());
        return Error{-e, "cannot rename to " + out + ": " + std::strerror(e)};
    }
    return ImportReport{*info, how};
}

// Copies the volume of a plain image (without trailing padding or a disc trailer).
Result<ImportReport> copyIso(const std::string& input, const IsoInfo& iso, const std::string& part,
                             const std::string& out, const ImportOptions& o)
{
    const uint64_t bytes = uint64_t(iso.volumeSectors) * kSectorSize;
    if (bytes > o.maxExpandedBytes)
        return Error{optical_error::TooLarge, input + " is larger than the cap of " + std::to_string(o.maxExpandedBytes) + " bytes"};
    const int in = ::open(input.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return Error{-errno, "cannot open " + input + ": " + std::strerror(errno)};
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        ::close(in);
        return Error{-errno, "cannot create " + part + ": " + std::strerror(errno)};
    }
    std::vector<char> buf(1 << 20);
    uint64_t done = 0;
    Result<void> r;
    while (done < bytes) {
        if (o.cancel && o.cancel->load()) {
            r = Error{optical_error::Cancelled, "cancelled"};
            break;
        }
        const ssize_t n = ::pread(in, buf.data(), std::min<uint64_t>(buf.size(), bytes - done), off_t(done));
        if (n <= 0 || ::write(fd, buf.data(), size_t(n)) != n) {
            r = Error{-EIO, "copy failed: " + std::string(std::strerror(errno))};
            break;
        }
        done += uint64_t(n);
        if (o.progress)
            o.progress(done, bytes);
    }
    if (r && ::fsync(fd) != 0)
        r = Error{-errno, std::string("fsync: ") + std::strerror(errno)};
    ::close(fd);
    ::close(in);
    if (!r) {
        ::unlink(part.c_str());
        return r.error();
    }
    return finish(part, out, "copied", {});
}

// What an import hands to the ISO writer when it masters files (and says so).
MasterOptions masterOptionsFor(const ImportOptions& o, const std::string& defaultVolume)
{
    MasterOptions mo;
    mo.volumeId = o.volumeId.empty() ? defaultVolume : o.volumeId;
    mo.maxBytes = o.maxExpandedBytes;
    mo.progress = o.progress;
    mo.cancel = o.cancel;
    if (o.phase)
        o.phase("mastering");
    return mo;
}

// Masters every entry of the archive into an ISO.
Result<ImportReport> masterArchive(const std::string& input, const std::string& part, const std::string& out,
                                   const ImportOptions& o, uint64_t declared, const std::string& formatName)
{
    auto reader = openReader(input, false);
    if (!reader)
        return reader.error();
    const MasterOptions mo = masterOptionsFor(o, fs::path(input).stem().string());
    auto writer = IsoWriter::open(part, mo, declared);
    if (!writer)
        return writer.error();
    archive* a = reader->get();
    archive_entry* e = nullptr;
    Result<void> r;
    unsigned files = 0;
    std::vector<char> buf(1 << 16);
    for (;;) {
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN) {
            r = corrupt(a, input);
            break;
        }
        const char* name = archive_entry_pathname(e);
        const mode_t type = archive_entry_filetype(e);
        const time_t mtime = archive_entry_mtime_is_set(e) ? archive_entry_mtime(e) : time(nullptr);
        if (type == AE_IFDIR) {
            if (detail::cleanIsoPath(name ? name : "").empty())
                continue; // "./"
            r = (*writer)->begin(name, EntryKind::Directory, 0, archive_entry_perm(e), mtime);
            if (r)
                r = (*writer)->end();
        } else if (type == AE_IFLNK) {
            const char* target = archive_entry_symlink(e);
            r = (*writer)->begin(name ? name : "", EntryKind::Symlink, 0, 0, mtime, target ? target : "");
            if (r)
                r = (*writer)->end();
        } else if (type == AE_IFREG) {
            if (!archive_entry_size_is_set(e)) {
                r = Error{optical_error::Unsupported, std::string(name ? name : "?") + ": the archive does not record its size"};
                break;
            }
            const uint64_t size = uint64_t(archive_entry_size(e));
            r = (*writer)->begin(name ? name : "", EntryKind::File, size, archive_entry_perm(e), mtime);
            uint64_t got = 0;
            while (r) {
                const la_ssize_t n = archive_read_data(a, buf.data(), buf.size());
                if (n == 0)
                    break;
                if (n < 0) {
                    r = corrupt(a, input);
                    break;
                }
                got += uint64_t(n);
                if (got > size) {
                    r = Error{optical_error::CorruptArchive, std::string(name) + ": more data than the archive says"};
                    break;
                }
                r = (*writer)->data(buf.data(), size_t(n));
            }
            if (r && got != size)
                r = Error{optical_error::CorruptArchive, std::string(name) + ": shorter than the archive says"};
            if (r)
                r = (*writer)->end();
            ++files;
        }
        if (!r)
            break;
    }
    if (r)
        r = (*writer)->close();
    writer->reset();
    if (!r) {
        ::unlink(part.c_str());
        return r.error();
    }
    if (files == 0) {
        ::unlink(part.c_str());
        return Error{optical_error::Unsupported, input + ": the archive holds no files"};
    }
    return finish(part, out, "mastered " + std::to_string(files) + " files from " + formatName, {});
}

} // namespace

Result<ImportReport> importImage(const std::string& input, const std::string& out, const ImportOptions& o)
{
    std::error_code ec;
    if (fs::exists(out, ec))
        return Error{optical_error::Exists, out + " exists; remove it or choose another name"};
    if (!fs::exists(input, ec))
        return Error{-ENOENT, input + " does not exist"};
    const std::string part = out + ".part";
    ::unlink(part.c_str());

    // A directory: master its contents.
    if (fs::is_directory(input, ec)) {
        auto r = masterIso({{input, ""}}, out, masterOptionsFor(o, fs::path(input).filename().string()));
        if (!r)
            return r.error();
        return ImportReport{*r, "mastered the directory"};
    }
    // A plain ISO/UDF image: copy its volume.
    if (o.phase)
        o.phase("expanding");
    if (auto iso = inspectIso(input); iso.ok())
        return copyIso(input, *iso, part, out, o);
    else if (iso.error().code == optical_error::Truncated && !OpticalDisc::isRecordable(input))
        return iso.error();

    const uint64_t total = fileSize(input);
    auto reader = openReader(input, false);
    if (!reader)
        return reader.error();
    archive* a = reader->get();
    archive_entry* e = nullptr;
    int rc = archive_read_next_header(a, &e);
    if (rc < ARCHIVE_WARN)
        return corrupt(a, input);
    if (rc == ARCHIVE_EOF)
        return Error{optical_error::Unsupported, input + ": empty archive"};
    const int format = archive_format(a);
    const bool compressed = archive_filter_count(a) > 1 || archive_filter_code(a, 0) != ARCHIVE_FILTER_NONE;
    const std::string filterName = compressed ? archive_filter_name(a, 0) : "";
    const std::string formatName = archive_format_name(a) ? archive_format_name(a) : "archive";

    if ((format & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ISO9660 && compressed) {
        // A compressed ISO image: decompress the stream itself (keeps boot records, UDF, ...).
        reader->reset();
        auto raw = openReader(input, true);
        if (!raw)
            return raw.error();
        if (archive_read_next_header(raw->get(), &e) < ARCHIVE_WARN)
            return corrupt(raw->get(), input);
        if (auto r = extractCurrent(raw->get(), input, part, o, total); !r) {
            ::unlink(part.c_str());
            return r.error();
        }
        return finish(part, out, "decompressed (" + filterName + ")", {});
    }
    if ((format & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW) {
        if (!compressed)
            return Error{optical_error::Unsupported,
                         input + ": not an ISO 9660/UDF image and not an archive libarchive can read"};
        if (auto r = extractCurrent(a, input, part, o, total); !r) {
            ::unlink(part.c_str());
            return r.error();
        }
        return finish(part, out, "decompressed (" + filterName + ")",
                      input + ": decompresses (" + filterName + ") to something that is not an ISO 9660/UDF image");
    }

    // An archive: one .iso inside -> that image; otherwise master the files.
    std::vector<std::string> isos;
    unsigned files = 0;
    uint64_t declared = 0;
    do {
        if (rc < ARCHIVE_WARN)
            return corrupt(a, input);
        if (archive_entry_filetype(e) == AE_IFREG) {
            ++files;
            const char* name = archive_entry_pathname(e);
            if (name && endsWithIso(name))
                isos.push_back(name);
            if (archive_entry_size_is_set(e))
                declared += uint64_t(archive_entry_size(e));
            if (declared > o.maxExpandedBytes)
                return Error{optical_error::TooLarge, input + " says it expands to more than the cap of " +
                                                          std::to_string(o.maxExpandedBytes) + " bytes (a zip bomb, or raise the cap)"};
        }
        if (archive_read_data_skip(a) < ARCHIVE_WARN)
            return corrupt(a, input);
        rc = archive_read_next_header(a, &e);
    } while (rc != ARCHIVE_EOF);
    reader->reset();

    if (isos.size() == 1) {
        auto again = openReader(input, false);
        if (!again)
            return again.error();
        while ((rc = archive_read_next_header(again->get(), &e)) != ARCHIVE_EOF) {
            if (rc < ARCHIVE_WARN)
                return corrupt(again->get(), input);
            const char* name = archive_entry_pathname(e);
            if (archive_entry_filetype(e) == AE_IFREG && name && isos[0] == name)
                break;
        }
        if (auto r = extractCurrent(again->get(), input, part, o, total); !r) {
            ::unlink(part.c_str());
            return r.error();
        }
        return finish(part, out, "extracted " + isos[0] + " from " + formatName, {});
    }
    return masterArchive(input, part, out, o, declared, formatName);
}

} // namespace storlab::media
