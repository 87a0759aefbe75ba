#pragma once
// One interface for every backing store (design.md §2): open, size, capability
// flags, submit(request, completion). Completions may run on any thread
// (a store's worker or completion thread, or inline); callers that need a
// particular thread re-post themselves.
#include "backing/io_completion.h"
#include "core/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace storlab::backing {

struct BackingOptions {
    std::string path;          // file or block device; ignored by "null"
    uint64_t size = 0;         // bytes: creates a sparse file of this size when missing (0 = use existing size);
                               // for "null", the reported size
    bool create = false;       // create the file when it does not exist (needs size)
    bool readOnly = false;     // open O_RDONLY
    bool direct = false;       // O_DIRECT
    bool sync = false;         // O_SYNC (every write durable before completion)
    unsigned threads = 4;      // worker threads for blocking stores (rdwr)
    unsigned queueDepth = 128; // in-flight requests for async stores (aio, uring, rbd, glfs)
    std::string storeOptions;  // network stores: tgt's --bsopts, "key=value;key=value" (store_options.h)
};

enum Capability : unsigned {
    CapAsync = 1u << 0,        // completions come from the kernel (aio/uring), not worker threads
    CapDiscard = 1u << 1,      // Discard really deallocates (punches holes)
    CapWriteZeroes = 1u << 2,  // WriteZeroes is cheaper than writing a zero buffer
    CapFlush = 1u << 3,        // Flush reaches stable storage
    CapMapStatus = 1u << 4,    // mapStatus() reports holes (SEEK_HOLE/SEEK_DATA)
    CapReadOnly = 1u << 5,     // the store itself refuses writes (an RBD snapshot)
};

enum class IoOp { Read, Write, Flush, Discard, WriteZeroes };

struct IoRequest {
    IoOp op = IoOp::Read;
    uint64_t offset = 0;       // bytes
    uint64_t length = 0;       // bytes
    uint8_t* buffer = nullptr; // Read: filled; Write: source; must hold `length` bytes
    bool fua = false;          // Write: durable before completion (SBC-4 FUA bit)
};

class BackingStore {
public:
    virtual ~BackingStore() = default;
    virtual std::string_view kind() const = 0;
    virtual uint64_t size() const = 0;
    virtual unsigned capabilities() const = 0;
    // Starts the request; `done` is called exactly once, from any thread
    // (IoCompletion: io_completion.h, captures stored inline).
    virtual void submit(const IoRequest& request, IoCompletion done) = 0;
    // GET LBA STATUS support: whether [offset, ...) is mapped, and the length in
    // bytes of the run with that state starting at offset. Default: all mapped.
    virtual int mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const;
    // Blocking helper built on submit(): waits for the completion.
    int execute(const IoRequest& request);
    // Network stores: "ok", or what is wrong with the connection to the
    // cluster right now (e.g. "unreachable: Connection timed out").
    virtual std::string health() const { return "ok"; }
    // Called (from any thread) when the store's size changed outside storlab,
    // e.g. an RBD image resized in Ceph. Stores that cannot notice ignore it.
    virtual void setResizeListener(std::function<void()> listener) { (void)listener; }
};

// SubmitBatch: while one is alive on a thread, the async stores (aio, uring)
// queue the requests that thread submits and hand them to the kernel together
// when the outermost SubmitBatch on the thread ends: one io_submit with many
// iocbs / one io_uring_submit per store, instead of one system call per
// request. A reactor opens one around the PDUs of one wakeup. Other stores
// ignore it. Requests may complete only after the batch ends.
class SubmitBatch {
public:
    SubmitBatch();
    ~SubmitBatch();
    SubmitBatch(const SubmitBatch&) = delete;
    SubmitBatch& operator=(const SubmitBatch&) = delete;
};

// Types: "rdwr", "aio", "uring", "null", "sheepdog" (path: a VDI, sheepdog_wire.h), "rbd", "glfs". Returns a clear error for an unknown
// type, a missing file, a size mismatch, or an unsupported option.
Result<std::unique_ptr<BackingStore>> openBackingStore(std::string_view type, const BackingOptions& options);

// The list of type names this build supports (aio/uring/rbd/glfs depend on the libraries found).
std::vector<std::string> backingStoreTypes();

} // namespace storlab::backing

namespace storlab::backing {
// Store types this storlab knows but this build left out, each with the
// library it lacks ("rbd": "librbd/librados"), for `server info`.
std::vector<std::pair<std::string, std::string>> missingBackingStoreTypes();
} // namespace storlab::backing
