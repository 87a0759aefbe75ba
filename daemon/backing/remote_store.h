#pragma once
// Common machinery of the network stores (rbd, glfs), whose libraries start
// requests asynchronously and call back on threads of their own (librbd's
// finisher, gfapi's event threads). Those callbacks only queue the result;
// one delivery thread per store takes every queued result per wakeup and
// completes them as one batch, as the aio/uring completion threads do, so
// the callers' completions never run on a library thread and no reactor
// ever waits for the cluster. Also here: at most queueDepth requests in the
// library (the rest wait in a FIFO), short transfers resumed, FUA as
// write + flush, and the store's health from the results it sees.
#include "backing/backing_store.h"
#include "backing/intrusive_lists.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace storlab::backing::detail {

class RemoteStore;

struct RemoteOp {
    IoRequest request;
    IoCompletion done;
    uint64_t transferred = 0; // Read/Write bytes done so far
    bool flushing = false;    // the flush that makes a FUA write durable is running
    RemoteStore* store = nullptr;
    RemoteOp* next = nullptr; // free list / pending FIFO link

    uint8_t* cursor() const { return request.buffer + transferred; }
    uint64_t offset() const { return request.offset + transferred; }
    uint64_t remaining() const { return request.length - transferred; }
};

class RemoteStore : public BackingStore {
public:
    uint64_t size() const override { return size_.load(std::memory_order_relaxed); }
    void submit(const IoRequest& request, IoCompletion done) override;
    std::string health() const override;
    void setResizeListener(std::function<void()> listener) override;

    // Any thread (the library's callbacks): `op` finished with `result`,
    // bytes transferred or -errno. Never blocks on I/O.
    void completed(RemoteOp* op, long result);

protected:
    RemoteStore(uint64_t size, bool readOnly, unsigned queueDepth);
    ~RemoteStore() override;

    // Starts `op` in the library: Read/Write from op->cursor() for
    // op->remaining() bytes at op->offset(), Flush (also when op->flushing),
    // Discard, WriteZeroes. 0 when started (completed() follows), -errno when
    // the library refused it at once.
    virtual int start(RemoteOp* op) = 0;

    // Subclass destructors call this first: waits until no request is queued
    // or in the library, then stops the delivery thread.
    void drain();

    // The subclass noticed a new size (e.g. an RBD image resized in Ceph).
    void sizeChanged(uint64_t newSize);

    bool readOnly() const { return readOnly_; }

private:
    void launch(RemoteOp* op);
    void deliveryLoop();
    void handle(RemoteOp* op, long result);
    void restart(RemoteOp* op);
    void finish(RemoteOp* op, int result);
    void noteResult(int result);
    RemoteOp* acquireOp();
    void releaseOp(RemoteOp* op);

    std::atomic<uint64_t> size_;
    const bool readOnly_;
    const unsigned queueDepth_;

    std::mutex mutex_; // inFlight_, pending_, pool_
    std::condition_variable idle_;
    unsigned inFlight_ = 0;
    IntrusiveFifo<RemoteOp> pending_;
    RecycledPool<RemoteOp> pool_;
    std::mutex listenerMutex_; // held while the listener runs: replacing it waits for that call
    std::function<void()> listener_;

    std::mutex resultsMutex_;
    std::condition_variable resultsReady_;
    std::vector<std::pair<RemoteOp*, long>> results_; // filled by completed()
    std::vector<std::pair<RemoteOp*, long>> batch_;   // delivery thread only
    bool stopping_ = false;
    std::thread delivery_;

    std::atomic<int> lastError_{0}; // -errno of the latest failed request, 0 after a success
};

} // namespace storlab::backing::detail
