#pragma once
// Internal helpers shared by the file-based stores (rdwr, aio, uring): opening
// with the options' semantics, synchronous I/O loops that survive EINTR and
// short transfers, O_DIRECT bounce buffering, hole punching, SEEK_HOLE maps
// (the worker pool is BlockingIoPool). Not part of the public interface.
#include "backing/backing_store.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <shared_mutex>
#include <string>

namespace storlab::backing::detail {

// An open backing file or block device. `fd` carries the options' flags
// (O_DIRECT/O_SYNC/O_RDONLY); `bufferedFd` is the same file without O_DIRECT,
// used only for O_DIRECT requests whose offset/length are not aligned (the
// kernel keeps the page cache coherent with direct I/O: direct reads write
// back dirty pages first, direct writes invalidate them).
struct FileHandle {
    std::string path;
    int fd = -1;
    int bufferedFd = -1;
    uint64_t size = 0;       // the LU size the store reports
    bool isBlock = false;
    bool readOnly = false;
    bool direct = false;
    size_t memAlign = 1;     // O_DIRECT buffer alignment
    size_t offsetAlign = 1;  // O_DIRECT offset/length alignment
    // Unaligned O_DIRECT writes go through bufferedFd; they take this lock
    // exclusively so no synchronous direct write races with them on the same
    // block (direct requests of the rdwr store take it shared).
    mutable std::shared_mutex dioLock;

    FileHandle() = default;
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle();
};

// Opens (and creates/extends when asked) the file in `options`. Errors name the
// path and the strerror text.
Result<std::unique_ptr<FileHandle>> openFile(const BackingOptions& options, std::string_view kind);

// Bounds/permission check common to all stores: -EROFS for writes on a
// read-only store, -EINVAL for ranges past the end or a null buffer.
int checkRequest(const IoRequest& request, uint64_t size, bool readOnly);

// True when a request can go to an O_DIRECT fd as is (or the fd is not direct).
bool directAligned(const FileHandle& file, const uint8_t* buffer, uint64_t offset, uint64_t length);
bool directOffsetsAligned(const FileHandle& file, uint64_t offset, uint64_t length);

// Heap buffer aligned for O_DIRECT.
struct AlignedFree {
    void operator()(uint8_t* p) const { std::free(p); }
};
using AlignedBuffer = std::unique_ptr<uint8_t[], AlignedFree>;
AlignedBuffer allocAligned(size_t bytes, size_t alignment);

// Synchronous operations (used by rdwr directly and by aio/uring on their
// fallback worker). All return 0 or -errno.
int syncRead(FileHandle& file, uint8_t* buffer, uint64_t length, uint64_t offset);
int syncWrite(FileHandle& file, const uint8_t* buffer, uint64_t length, uint64_t offset, bool fua);
int syncFlush(FileHandle& file);
int syncDiscard(FileHandle& file, uint64_t offset, uint64_t length);
int syncWriteZeroes(FileHandle& file, uint64_t offset, uint64_t length);
int syncExecute(FileHandle& file, const IoRequest& request);

// SEEK_DATA/SEEK_HOLE based map (regular files); block devices: all mapped.
int fileMapStatus(const FileHandle& file, uint64_t offset, bool& mapped, uint64_t& runLength);

// Store factories (one file each).
Result<std::unique_ptr<BackingStore>> openRdwrStore(const BackingOptions& options);
Result<std::unique_ptr<BackingStore>> openNullStore(const BackingOptions& options);
Result<std::unique_ptr<BackingStore>> openSheepdogStore(const BackingOptions& options);   // sheepdog_store.cpp
#ifdef STORLAB_HAVE_LIBAIO
Result<std::unique_ptr<BackingStore>> openAioStore(const BackingOptions& options);
#endif
#ifdef STORLAB_HAVE_LIBURING
Result<std::unique_ptr<BackingStore>> openUringStore(const BackingOptions& options);
#endif
#ifdef STORLAB_HAVE_RBD
Result<std::unique_ptr<BackingStore>> openRbdStore(const BackingOptions& options);
#endif
#ifdef STORLAB_HAVE_GLFS
Result<std::unique_ptr<BackingStore>> openGlfsStore(const BackingOptions& options);
#endif

// Direct-I/O alignment of an open fd via statx(STATX_DIOALIGN); false when
// the kernel/filesystem does not report it.
bool queryDioAlign(int fd, size_t& memAlign, size_t& offsetAlign);

std::string errnoText(int err);

} // namespace storlab::backing::detail
