#include "media/optical_disc.h"

#include "media/optical_format.h"
#include "media/optical_iso.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace storlab::media {
namespace {

Error sysError(const std::string& what, const std::string& path)
{
    const int e = errno;
    return Error{-e, what + " " + path + ": " + std::strerror(e)};
}

std::optional<optical_format::Trailer> readTrailer(int fd)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_size < off_t(optical_format::kTrailerSize))
        return std::nullopt;
    uint8_t b[optical_format::kTrailerSize];
    const off_t at = st.st_size - off_t(sizeof b);
    if (::pread(fd, b, sizeof b, at) != ssize_t(sizeof b))
        return std::nullopt;
    auto t = optical_format::decode(b, sizeof b);
    if (!t || uint64_t(t->capacity) * kSectorSize != uint64_t(at))
        return std::nullopt;
    return t;
}

} // namespace

OpticalDisc::~OpticalDisc()
{
    if (fd_ >= 0) {
        if (dirty_)
            (void)sync();
        ::close(fd_);
    }
}

bool OpticalDisc::isRecordable(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool r = readTrailer(fd).has_value();
    ::close(fd);
    return r;
}

Result<void> OpticalDisc::createBlank(const std::string& path, const BlankOptions& o)
{
    const uint64_t sectors64 = o.capacityBytes ? o.capacityBytes / kSectorSize : kDvdPlusRSectors;
    if (sectors64 < 16 || sectors64 > kDvdDualLayerSectors)
        return Error{optical_error::InvalidArgument,
                     "capacity must be between 32 KiB and 8.5 GB (a DVD+R holds at most " +
                         std::to_string(uint64_t(kDvdDualLayerSectors) * kSectorSize) + " bytes)"};
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error{optical_error::Exists, path + " exists; remove it or choose another name"};
        return sysError("cannot create", path);
    }
    optical_format::Trailer t;
    t.capacity = uint32_t(sectors64);
    const auto bytes = optical_format::encode(t);
    const off_t at = off_t(sectors64) * kSectorSize;
    if (::pwrite(fd, bytes.data(), bytes.size(), at) != ssize_t(bytes.size()) || ::fsync(fd) != 0) {
        Error e = sysError("cannot write", path);
        ::close(fd);
        ::unlink(path.c_str());
        return e;
    }
    ::close(fd);
    return {};
}

Result<std::unique_ptr<OpticalDisc>> OpticalDisc::open(const std::string& path)
{
    std::unique_ptr<OpticalDisc> d(new OpticalDisc);
    d->path_ = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return sysError("cannot open", path);
    if (auto t = readTrailer(fd)) {
        d->recordable_ = true;
        d->finalized_ = t->finalized;
        d->capacity_ = t->capacity;
        d->nwa_ = t->nwa;
        d->closedSessions_ = t->closedSessions;
        d->tracks_ = t->tracks;
        d->profile_ = DiscProfile(t->profile);
        if (!d->finalized_) {
            // Writable: reopen read-write and take the lock (one drive at a time).
            ::close(fd);
            fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
            if (fd < 0)
                return sysError("cannot open for writing", path);
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
                ::close(fd);
                return Error{optical_error::InUse, path + " is in another drive (a writable disc can be in one drive only)"};
            }
        }
        if (d->tracks_.empty() || d->tracks_.back().closed) {
            if (!d->finalized_)
                d->tracks_.push_back({d->nwa_, 0, 0, false, uint16_t(d->closedSessions_ + 1)}); // the open (invisible) track
        }
        d->fd_ = fd;
        if (d->nwa_ >= 16) {
            auto iso = inspectIso(path);
            if (iso.ok())
                d->volumeId_ = iso->volumeId;
        }
        return d;
    }
    ::close(fd);
    auto iso = inspectIso(path);
    if (!iso.ok())
        return iso.error();
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return sysError("cannot open", path);
    d->fd_ = fd;
    d->romBytes_ = iso->fileBytes;
    d->capacity_ = uint32_t(std::min<uint64_t>((iso->fileBytes + kSectorSize - 1) / kSectorSize, 0xFFFFFFFFu));
    d->nwa_ = d->capacity_;
    d->finalized_ = true;
    d->volumeId_ = iso->volumeId;
    d->profile_ = d->capacity_ > kDvdDualLayerSectors ? DiscProfile::BdRom : DiscProfile::DvdRom;
    d->tracks_.push_back({0, d->capacity_, 0, true, 1});
    d->closedSessions_ = 1;
    return d;
}

DiscStatus OpticalDisc::status() const
{
    if (finalized_)
        return DiscStatus::Complete;
    return nwa_ == 0 ? DiscStatus::Blank : DiscStatus::Appendable;
}

uint32_t OpticalDisc::readableSectors() const
{
    if (!recordable_)
        return capacity_;
    uint32_t end = 0;   // the gap before a new session's ECC block holds no data
    for (const DiscTrack& t : tracks_)
        if (t.size > 0)
            end = std::max(end, t.start + t.size);
    return end;
}

Result<void> OpticalDisc::read(uint32_t lba, uint32_t count, uint8_t* buf) const
{
    if (uint64_t(lba) + count > readableSectors())
        return Error{optical_error::BadAddress, "read beyond the recorded area"};
    uint64_t off = uint64_t(lba) * kSectorSize;
    uint64_t len = uint64_t(count) * kSectorSize;
    size_t done = 0;
    while (done < len) {
        const ssize_t n = ::pread(fd_, buf + done, len - done, off_t(off + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{-errno, std::string("read error: ") + std::strerror(errno)};
        }
        if (n == 0) { // ROM image whose last sector is partial: zero fill
            std::memset(buf + done, 0, len - done);
            break;
        }
        done += size_t(n);
    }
    return {};
}

Result<void> OpticalDisc::write(uint32_t lba, uint32_t count, const uint8_t* data)
{
    if (!writable())
        return Error{optical_error::ReadOnly, recordable_ ? "the disc is finalized" : "a ROM disc cannot be written"};
    if (lba != nwa_)
        return Error{optical_error::BadAddress, "write at " + std::to_string(lba) + ", next writable address is " +
                                                     std::to_string(nwa_)};
    if (uint64_t(lba) + count > capacity_)
        return Error{optical_error::NoSpace, "the disc is full (" + std::to_string(capacity_ - nwa_) + " sectors free)"};
    DiscTrack& t = tracks_.back();
    if (t.reserved && uint64_t(t.size) + count > t.reserved)
        return Error{optical_error::NoSpace, "write beyond the reserved track size"};
    const uint64_t len = uint64_t(count) * kSectorSize;
    size_t done = 0;
    while (done < len) {
        const ssize_t n = ::pwrite(fd_, data + done, len - done, off_t(uint64_t(lba) * kSectorSize + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{-errno, std::string("write error: ") + std::strerror(errno)};
        }
        done += size_t(n);
    }
    nwa_ += count;
    t.size += count;
    dirty_ = true;
    return saveTrailer(); // the state follows the data (no fsync: SYNCHRONIZE CACHE / close do that)
}

Result<void> OpticalDisc::reserveTrack(uint32_t sectors)
{
    if (!writable())
        return Error{optical_error::ReadOnly, "the disc is not writable"};
    DiscTrack& t = tracks_.back();
    if (t.size != 0 || t.reserved != 0)
        return Error{optical_error::BadAddress, "the open track is not empty"};
    if (sectors == 0 || uint64_t(t.start) + sectors > capacity_)
        return Error{optical_error::NoSpace, "not enough free space for the reservation"};
    t.reserved = sectors;
    dirty_ = true;
    return saveTrailer();
}

Result<void> OpticalDisc::closeTrack()
{
    if (!writable())
        return Error{optical_error::ReadOnly, "the disc is not writable"};
    DiscTrack& t = tracks_.back();
    if (t.size == 0 && t.reserved == 0)
        return {}; // nothing recorded in the invisible track: nothing to close (MMC-6 §6.3.2.2)
    if (t.reserved && t.size < t.reserved) {
        // A reserved track closes at its reserved size (MMC-6: the drive pads it).
        nwa_ = t.start + t.reserved;
        t.size = t.reserved;
    }
    t.closed = true;
    if (tracks_.size() < optical_format::kMaxTracks)
        tracks_.push_back({nwa_, 0, 0, false, uint16_t(closedSessions_ + 1)});
    dirty_ = true;
    return sync();
}

Result<void> OpticalDisc::closeSession()
{
    if (!writable())
        return Error{optical_error::ReadOnly, "the disc is not writable"};
    const uint16_t session = uint16_t(closedSessions_ + 1);
    bool recorded = false;
    for (const DiscTrack& t : tracks_)
        recorded |= t.session == session && (t.closed || t.size > 0);
    if (!recorded)
        return {}; // an empty session: nothing to close
    if (auto r = closeTrack(); !r)
        return r;
    ++closedSessions_;
    // DVD+R sessions start on an ECC block (ECMA-349: 16 sectors).
    const uint32_t next = std::min<uint32_t>(capacity_, (nwa_ + 15) / 16 * 16);
    if (!tracks_.empty() && !tracks_.back().closed)
        tracks_.pop_back();
    nwa_ = next;
    if (nwa_ >= capacity_ || tracks_.size() >= optical_format::kMaxTracks)
        return finalize(); // no room for another session (or track): the disc is complete
    tracks_.push_back({nwa_, 0, 0, false, uint16_t(closedSessions_ + 1)});
    dirty_ = true;
    return sync();
}

Result<void> OpticalDisc::finalize()
{
    if (!writable())
        return Error{optical_error::ReadOnly, "the disc is already finalized"};
    if (!tracks_.empty() && !tracks_.back().closed) {
        if (tracks_.back().size == 0 && tracks_.back().reserved == 0)
            tracks_.pop_back();
        else
            tracks_.back().closed = true;
    }
    if (!tracks_.empty())
        closedSessions_ = tracks_.back().session;
    finalized_ = true;
    dirty_ = true;
    auto r = sync();
    if (r.ok()) {
        ::flock(fd_, LOCK_UN);
        if (nwa_ >= 16) {
            auto iso = inspectIso(path_);
            if (iso.ok())
                volumeId_ = iso->volumeId;
        }
    }
    return r;
}

Result<void> OpticalDisc::saveTrailer()
{
    optical_format::Trailer t;
    t.profile = uint16_t(profile_);
    t.finalized = finalized_;
    t.capacity = capacity_;
    t.nwa = nwa_;
    t.closedSessions = closedSessions_;
    for (const DiscTrack& tr : tracks_)
        if (tr.closed || tr.size || tr.reserved)
            t.tracks.push_back(tr);
    const auto b = optical_format::encode(t);
    if (::pwrite(fd_, b.data(), b.size(), off_t(uint64_t(capacity_) * kSectorSize)) != ssize_t(b.size()))
        return Error{-errno, std::string("cannot update the disc state: ") + std::strerror(errno)};
    return {};
}

Result<void> OpticalDisc::sync()
{
    if (!recordable_ || !dirty_)
        return {};
    if (auto r = saveTrailer(); !r)
        return r;
    if (::fdatasync(fd_) != 0)
        return Error{-errno, std::string("fdatasync: ") + std::strerror(errno)};
    dirty_ = false;
    return {};
}

} // namespace storlab::media
