#include "media/optical_iso_writer.h"

#include "media/optical_disc.h"

#include <archive.h>
#include <archive_entry.h>
#include <sstream>
#include <sys/stat.h>
#include <vector>

namespace storlab::media::detail {

std::string cleanIsoPath(const std::string& path)
{
    std::vector<std::string> parts;
    std::stringstream ss(path);
    std::string part;
    while (std::getline(ss, part, '/')) {
        if (part.empty() || part == ".")
            continue;
        if (part == "..")
            return {};
        parts.push_back(part);
    }
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "/") + p;
    return out;
}

std::string isoVolumeId(const std::string& text)
{
    std::string v;
    for (char ch : text) {
        if (v.size() >= 32)
            break;
        if (ch >= 'a' && ch <= 'z')
            v += char(ch - 'a' + 'A');
        else if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')
            v += ch;
        else if (ch == '-' || ch == ' ' || ch == '.')
            v += '_';
    }
    return v.empty() ? std::string("STORLAB") : v;
}

IsoWriter::~IsoWriter()
{
    // Not closed: a failure or a cancel. Mark the archive failed first, or
    // archive_write_free() would close it, i.e. write out the whole image.
    if (a_ && !closed_)
        archive_write_fail(a_);
    if (a_)
        archive_write_free(a_);
}

Error IsoWriter::libError(const std::string& what) const
{
    const char* s = a_ ? archive_error_string(a_) : nullptr;
    return Error{optical_error::InvalidArgument, what + ": " + (s ? s : "libarchive error")};
}

Result<std::unique_ptr<IsoWriter>> IsoWriter::open(const std::string& path, const MasterOptions& o, uint64_t total)
{
    std::unique_ptr<IsoWriter> w(new IsoWriter);
    w->options_ = o;
    w->total_ = total;
    w->a_ = archive_write_new();
    if (!w->a_)
        return Error{-ENOMEM, "out of memory"};
    if (archive_write_set_format_iso9660(w->a_) != ARCHIVE_OK)
        return w->libError("iso9660 writer");
    const std::string vol = isoVolumeId(o.volumeId);
    archive_write_set_option(w->a_, "iso9660", "volume-id", vol.c_str());
    archive_write_set_option(w->a_, "iso9660", "rockridge", o.rockRidge ? "1" : nullptr);
    archive_write_set_option(w->a_, "iso9660", "joliet", o.joliet ? "1" : nullptr);
    archive_write_set_bytes_in_last_block(w->a_, 1);
    if (archive_write_open_filename(w->a_, path.c_str()) != ARCHIVE_OK)
        return w->libError("cannot create " + path);
    return w;
}

Result<void> IsoWriter::begin(const std::string& isoPath, EntryKind kind, uint64_t size, unsigned mode, time_t mtime,
                              const std::string& linkTarget)
{
    const std::string p = cleanIsoPath(isoPath);
    if (p.empty())
        return Error{optical_error::CorruptArchive, "unsafe or empty path '" + isoPath + "' (absolute, '..' or nothing)"};
    if (options_.maxBytes && written_ + (kind == EntryKind::File ? size : 0) > options_.maxBytes)
        return Error{optical_error::TooLarge, "the files add up to more than the cap of " +
                                                  std::to_string(options_.maxBytes) + " bytes"};
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, p.c_str());
    archive_entry_set_mtime(e, mtime, 0);
    if (kind == EntryKind::Directory) {
        archive_entry_set_filetype(e, AE_IFDIR);
        archive_entry_set_perm(e, mode ? mode & 07777 : 0755);
    } else if (kind == EntryKind::Symlink) {
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_perm(e, 0777);
        archive_entry_set_symlink(e, linkTarget.c_str());
    } else {
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, mode ? mode & 07777 : 0644);
        archive_entry_set_size(e, la_int64_t(size));
    }
    const int rc = archive_write_header(a_, e);
    archive_entry_free(e);
    if (rc < ARCHIVE_WARN)
        return libError("cannot add " + p);
    ++entries_;
    return {};
}

Result<void> IsoWriter::data(const void* p, size_t n)
{
    if (options_.cancel && options_.cancel->load())
        return Error{optical_error::Cancelled, "cancelled"};
    written_ += n;
    if (options_.maxBytes && written_ > options_.maxBytes)
        return Error{optical_error::TooLarge, "the content expands beyond the cap of " + std::to_string(options_.maxBytes) +
                                                  " bytes (raise --max-size if this is expected)"};
    if (archive_write_data(a_, p, n) < 0)
        return libError("write");
    if (options_.progress)
        options_.progress(written_, total_);
    return {};
}

Result<void> IsoWriter::end()
{
    if (archive_write_finish_entry(a_) < ARCHIVE_WARN)
        return libError("finish entry");
    return {};
}

Result<void> IsoWriter::close()
{
    const int rc = archive_write_close(a_);
    closed_ = true;
    if (rc != ARCHIVE_OK)
        return libError("cannot finish the image");
    return {};
}

} // namespace storlab::media::detail
