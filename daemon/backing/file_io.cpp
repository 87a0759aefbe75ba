// Shared file plumbing for the rdwr, aio and uring stores (see file_io.h).
#include "backing/file_io.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <linux/falloc.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace storlab::backing::detail {

std::string errnoText(int err)
{
    if (err < 0)
        err = -err;
    return std::strerror(err);
}

FileHandle::~FileHandle()
{
    if (bufferedFd >= 0)
        ::close(bufferedFd);
    if (fd >= 0)
        ::close(fd);
}

namespace {

Error sysError(int err, const std::string& what, const std::string& path)
{
    return Error{-err, what + " '" + path + "': " + errnoText(err)};
}

} // namespace

Result<std::unique_ptr<FileHandle>> openFile(const BackingOptions& options, std::string_view kind)
{
    const std::string& path = options.path;
    std::string store(kind);
    if (path.empty())
        return Error{-EINVAL, "backing store '" + store + "' needs a path"};

    struct stat st {};
    bool exists = ::stat(path.c_str(), &st) == 0;
    if (!exists && errno != ENOENT)
        return sysError(errno, "cannot stat backing file", path);
    if (!exists) {
        if (!options.create)
            return Error{-ENOENT, "backing file '" + path + "' does not exist: " + errnoText(ENOENT) +
                                      " (set create and a size to make a new sparse file)"};
        if (options.readOnly)
            return Error{-EINVAL, "cannot create read-only backing file '" + path + "'"};
        if (options.size == 0)
            return Error{-EINVAL, "cannot create backing file '" + path + "' without a size"};
    }

    int flags = O_CLOEXEC | (options.readOnly ? O_RDONLY : O_RDWR);
    if (options.sync)
        flags |= O_SYNC;
    if (!exists)
        flags |= O_CREAT;

    auto file = std::make_unique<FileHandle>();
    file->path = path;
    file->readOnly = options.readOnly;
    file->direct = options.direct;

    file->fd = ::open(path.c_str(), flags | (options.direct ? O_DIRECT : 0), 0644);
    if (file->fd < 0) {
        int err = errno;
        if (err == EINVAL && options.direct)
            return Error{-err, "cannot open backing file '" + path + "' with O_DIRECT: " + errnoText(err) +
                                   " (the filesystem may not support direct I/O)"};
        return sysError(err, "cannot open backing file", path);
    }
    if (::fstat(file->fd, &st) != 0)
        return sysError(errno, "cannot stat backing file", path);

    if (S_ISBLK(st.st_mode)) {
        file->isBlock = true;
        uint64_t devSize = 0;
        if (::ioctl(file->fd, BLKGETSIZE64, &devSize) != 0)
            return sysError(errno, "BLKGETSIZE64 failed on", path);
        if (options.size > devSize)
            return Error{-EINVAL, "block device '" + path + "' has " + std::to_string(devSize) +
                                      " bytes, less than the configured size " + std::to_string(options.size)};
        file->size = options.size ? options.size : devSize;
    } else if (S_ISREG(st.st_mode)) {
        uint64_t fileSize = static_cast<uint64_t>(st.st_size);
        if (options.size > fileSize) {
            if (options.readOnly)
                return Error{-EINVAL, "read-only backing file '" + path + "' has " + std::to_string(fileSize) +
                                          " bytes, less than the configured size " + std::to_string(options.size)};
            // Grow sparsely: the new tail reads as zeroes and costs no space.
            if (::ftruncate(file->fd, static_cast<off_t>(options.size)) != 0)
                return sysError(errno, "cannot extend backing file", path);
            fileSize = options.size;
        }
        // A configured size smaller than the file exposes only its head.
        file->size = options.size ? options.size : fileSize;
    } else {
        return Error{-EINVAL, "backing path '" + path + "' is neither a regular file nor a block device"};
    }

    if (options.direct) {
        // Second descriptor without O_DIRECT for requests whose offset or
        // length cannot be expressed in direct I/O units.
        file->bufferedFd = ::open(path.c_str(), (flags & ~O_CREAT), 0644);
        if (file->bufferedFd < 0)
            return sysError(errno, "cannot reopen backing file", path);
        size_t mem = 0, off = 0;
        if (queryDioAlign(file->fd, mem, off)) {
            file->memAlign = mem;
            file->offsetAlign = off;
        } else {
            // Conservative defaults: page-aligned memory, and the device's
            // logical block size (or 4 KiB for files on unknown filesystems).
            file->memAlign = 4096;
            int lbs = 0;
            if (file->isBlock && ::ioctl(file->fd, BLKSSZGET, &lbs) == 0 && lbs > 0)
                file->offsetAlign = static_cast<size_t>(lbs);
            else
                file->offsetAlign = 4096;
        }
    }
    return file;
}

int checkRequest(const IoRequest& request, uint64_t size, bool readOnly)
{
    switch (request.op) {
    case IoOp::Flush:
        return 0;
    case IoOp::Write:
    case IoOp::Discard:
    case IoOp::WriteZeroes:
        if (readOnly)
            return -EROFS;
        break;
    case IoOp::Read:
        break;
    }
    if ((request.op == IoOp::Read || request.op == IoOp::Write) && request.length > 0 && !request.buffer)
        return -EINVAL;
    if (request.offset > size || request.length > size - request.offset)
        return -EINVAL;
    return 0;
}

bool directOffsetsAligned(const FileHandle& file, uint64_t offset, uint64_t length)
{
    return !file.direct || (offset % file.offsetAlign == 0 && length % file.offsetAlign == 0);
}

bool directAligned(const FileHandle& file, const uint8_t* buffer, uint64_t offset, uint64_t length)
{
    return !file.direct ||
           (directOffsetsAligned(file, offset, length) && reinterpret_cast<uintptr_t>(buffer) % file.memAlign == 0);
}

AlignedBuffer allocAligned(size_t bytes, size_t alignment)
{
    void* p = nullptr;
    alignment = std::max<size_t>(alignment, sizeof(void*));
    if (::posix_memalign(&p, alignment, std::max<size_t>(bytes, 1)) != 0)
        return nullptr;
    return AlignedBuffer(static_cast<uint8_t*>(p));
}

namespace {

// Per-call RWF_DSYNC is the cheapest FUA (only this write's data and the
// metadata needed to read it). Kernels before 4.7 reject pwritev2 flags; then
// we fall back to write + fdatasync, and remember it.
std::atomic<bool> g_rwfDsyncWorks{true};

int preadLoop(int fd, bool direct, uint8_t* buffer, uint64_t length, uint64_t offset)
{
    uint64_t done = 0;
    while (done < length) {
        ssize_t n = ::pread(fd, buffer + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // An O_DIRECT short read at EOF leaves us at an unaligned offset,
            // which the kernel rejects: that is still end of file.
            if (errno == EINVAL && direct && done > 0)
                break;
            return -errno;
        }
        if (n == 0)
            break; // past EOF: the rest reads as zeroes, like a hole
        done += static_cast<uint64_t>(n);
    }
    if (done < length)
        std::memset(buffer + done, 0, length - done);
    return 0;
}

int pwriteLoop(int fd, const uint8_t* buffer, uint64_t length, uint64_t offset, bool fua)
{
    bool needSync = false;
    uint64_t done = 0;
    while (done < length) {
        ssize_t n;
        if (fua && g_rwfDsyncWorks.load(std::memory_order_relaxed)) {
            iovec iov{const_cast<uint8_t*>(buffer + done), length - done};
            n = ::pwritev2(fd, &iov, 1, static_cast<off_t>(offset + done), RWF_DSYNC);
            if (n < 0 && (errno == EOPNOTSUPP || errno == ENOSYS || errno == EINVAL) && done == 0) {
                // Only blame the flag when a plain write works.
                ssize_t plain = ::pwrite(fd, buffer, length, static_cast<off_t>(offset));
                if (plain >= 0) {
                    g_rwfDsyncWorks.store(false, std::memory_order_relaxed);
                    needSync = true;
                }
                n = plain;
            }
        } else {
            n = ::pwrite(fd, buffer + done, length - done, static_cast<off_t>(offset + done));
            needSync = needSync || fua;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            return -EIO; // no progress and no error: don't spin
        done += static_cast<uint64_t>(n);
    }
    if (needSync) {
        while (::fdatasync(fd) != 0) {
            if (errno != EINTR)
                return -errno;
        }
    }
    return 0;
}

} // namespace

int syncRead(FileHandle& file, uint8_t* buffer, uint64_t length, uint64_t offset)
{
    if (length == 0)
        return 0;
    if (!file.direct)
        return preadLoop(file.fd, false, buffer, length, offset);
    if (directOffsetsAligned(file, offset, length)) {
        std::shared_lock lock(file.dioLock);
        if (directAligned(file, buffer, offset, length))
            return preadLoop(file.fd, true, buffer, length, offset);
        // Only the caller's buffer is misaligned: bounce through an aligned one.
        AlignedBuffer bounce = allocAligned(length, file.memAlign);
        if (!bounce)
            return -ENOMEM;
        int rc = preadLoop(file.fd, true, bounce.get(), length, offset);
        if (rc == 0)
            std::memcpy(buffer, bounce.get(), length);
        return rc;
    }
    std::unique_lock lock(file.dioLock);
    return preadLoop(file.bufferedFd, false, buffer, length, offset);
}

int syncWrite(FileHandle& file, const uint8_t* buffer, uint64_t length, uint64_t offset, bool fua)
{
    if (length == 0)
        return fua ? syncFlush(file) : 0;
    if (!file.direct)
        return pwriteLoop(file.fd, buffer, length, offset, fua);
    if (directOffsetsAligned(file, offset, length)) {
        std::shared_lock lock(file.dioLock);
        if (directAligned(file, buffer, offset, length))
            return pwriteLoop(file.fd, buffer, length, offset, fua);
        AlignedBuffer bounce = allocAligned(length, file.memAlign);
        if (!bounce)
            return -ENOMEM;
        std::memcpy(bounce.get(), buffer, length);
        return pwriteLoop(file.fd, bounce.get(), length, offset, fua);
    }
    // Sub-block write: the page cache does the read-modify-write for us, and
    // concurrent direct writes of the rdwr store are held off by the lock.
    std::unique_lock lock(file.dioLock);
    return pwriteLoop(file.bufferedFd, buffer, length, offset, fua);
}

int syncFlush(FileHandle& file)
{
    // fdatasync works on the inode, so it also covers bufferedFd's pages. On a
    // block device it also sends a cache flush to the device.
    while (::fdatasync(file.fd) != 0) {
        if (errno != EINTR)
            return -errno;
    }
    return 0;
}

namespace {

int writeZeroLoop(FileHandle& file, uint64_t offset, uint64_t length)
{
    constexpr uint64_t kChunk = 1 << 20;
    AlignedBuffer zero = allocAligned(kChunk, std::max<size_t>(file.memAlign, 4096));
    if (!zero)
        return -ENOMEM;
    std::memset(zero.get(), 0, kChunk);
    while (length > 0) {
        uint64_t n = std::min(length, kChunk);
        int rc = syncWrite(file, zero.get(), n, offset, false);
        if (rc != 0)
            return rc;
        offset += n;
        length -= n;
    }
    return 0;
}

bool unsupported(int err)
{
    return err == EOPNOTSUPP || err == ENOTTY || err == ENOSYS || err == EINVAL;
}

// Returned by rangeOp when the device or filesystem cannot do the operation.
constexpr int kRangeOpUnsupported = 1;

// One range operation done by the kernel without data I/O: the block device
// ioctl (BLKZEROOUT/BLKDISCARD) or fallocate with `fallocMode` on a file.
// Returns 0, -errno, or kRangeOpUnsupported (the caller falls back).
int rangeOp(FileHandle& file, unsigned long blockIoctl, int fallocMode, uint64_t offset, uint64_t length)
{
    for (;;) {
        int rc;
        if (file.isBlock) {
            uint64_t range[2] = {offset, length};
            rc = ::ioctl(file.fd, blockIoctl, range);
        } else {
            rc = ::fallocate(file.fd, fallocMode | FALLOC_FL_KEEP_SIZE, static_cast<off_t>(offset),
                             static_cast<off_t>(length));
        }
        if (rc == 0)
            return 0;
        if (errno == EINTR)
            continue;
        return unsupported(errno) ? kRangeOpUnsupported : -errno;
    }
}

} // namespace

int syncWriteZeroes(FileHandle& file, uint64_t offset, uint64_t length)
{
    if (length == 0)
        return 0;
    // ZERO_RANGE turns the range into unwritten extents: no data I/O.
    int rc = rangeOp(file, BLKZEROOUT, FALLOC_FL_ZERO_RANGE, offset, length);
    return rc == kRangeOpUnsupported ? writeZeroLoop(file, offset, length) : rc;
}

int syncDiscard(FileHandle& file, uint64_t offset, uint64_t length)
{
    if (length == 0)
        return 0;
    int rc = rangeOp(file, BLKDISCARD, FALLOC_FL_PUNCH_HOLE, offset, length);
    // Without discard/hole punching, zeroing keeps "unmapped reads as zero" true.
    return rc == kRangeOpUnsupported ? syncWriteZeroes(file, offset, length) : rc;
}

int syncExecute(FileHandle& file, const IoRequest& request)
{
    switch (request.op) {
    case IoOp::Read:
        return syncRead(file, request.buffer, request.length, request.offset);
    case IoOp::Write:
        return syncWrite(file, request.buffer, request.length, request.offset, request.fua);
    case IoOp::Flush:
        return file.readOnly ? 0 : syncFlush(file);
    case IoOp::Discard:
        return syncDiscard(file, request.offset, request.length);
    case IoOp::WriteZeroes:
        return syncWriteZeroes(file, request.offset, request.length);
    }
    return -EINVAL;
}

int fileMapStatus(const FileHandle& file, uint64_t offset, bool& mapped, uint64_t& runLength)
{
    if (offset >= file.size)
        return -EINVAL;
    uint64_t rest = file.size - offset;
    mapped = true;
    runLength = rest;
    if (file.isBlock)
        return 0;
    off_t data = ::lseek(file.fd, static_cast<off_t>(offset), SEEK_DATA);
    if (data < 0) {
        if (errno == ENXIO) { // no data at or after offset: one hole to the end
            mapped = false;
            return 0;
        }
        if (errno == EINVAL || errno == EOPNOTSUPP)
            return 0; // filesystem without SEEK_DATA: report everything mapped
        return -errno;
    }
    if (static_cast<uint64_t>(data) > offset) {
        mapped = false;
        runLength = std::min<uint64_t>(static_cast<uint64_t>(data) - offset, rest);
        return 0;
    }
    off_t hole = ::lseek(file.fd, static_cast<off_t>(offset), SEEK_HOLE);
    if (hole < 0)
        return errno == ENXIO ? 0 : -errno;
    runLength = std::min<uint64_t>(static_cast<uint64_t>(hole) - offset, rest);
    if (runLength == 0)
        runLength = rest;
    return 0;
}

} // namespace storlab::backing::detail
