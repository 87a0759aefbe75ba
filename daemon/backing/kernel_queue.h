#pragma once
// Common machinery of the kernel-queue stores (aio, uring): a bounded number
// of requests in the kernel (options.queueDepth), a FIFO for the excess (a
// request never fails because the queue is full), retry of short transfers,
// FUA/flush fallbacks, and a small worker pool for what the kernel queue cannot
// do asynchronously (fallocate/ioctl, unaligned O_DIRECT, fdatasync fallback).
// Subclasses only put prepared operations into their kernel queue and feed
// completions back from their completion thread. Steady state allocates
// nothing: request contexts are pooled, queues are intrusive lists, scratch
// lists keep their capacity. Within a SubmitBatch (backing_store.h) requests
// wait in the FIFO and reach the kernel together when the batch ends.
#include "backing/blocking_io_pool.h"
#include "backing/file_io.h"
#include "backing/intrusive_lists.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

namespace storlab::backing::detail {

struct KernelOp {
    IoRequest request;
    IoCompletion done;
    AlignedBuffer bounce;      // O_DIRECT with a misaligned caller buffer; kept while pooled
    size_t bounceCapacity = 0; // bytes `bounce` holds
    uint8_t* ioBuffer = nullptr;
    uint64_t transferred = 0; // bytes done so far (short reads/writes resume here)
    bool useDsyncFlag = false; // FUA as RWF_DSYNC on this submission
    bool syncAfter = false;    // FUA fallback: fdatasync after the write
    KernelOp* next = nullptr;  // link in the store's free list or pending FIFO
    // Storage the backend may use for its control block (the libaio iocb).
    alignas(16) unsigned char backend[128];

    uint8_t* cursor() const { return ioBuffer + transferred; }
    uint64_t offset() const { return request.offset + transferred; }
    uint64_t remaining() const { return request.length - transferred; }
};

// Queueing ops never allocates (intrusive_lists.h).
using OpFifo = IntrusiveFifo<KernelOp>;

class KernelQueueStore : public BackingStore {
public:
    uint64_t size() const override { return file_->size; }
    unsigned capabilities() const override;
    void submit(const IoRequest& request, IoCompletion done) override;
    int mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const override;

    // Ends this thread's SubmitBatch for this store: hands the queued
    // requests to the kernel in one submission.
    void flushBatch();

protected:
    KernelQueueStore(std::unique_ptr<FileHandle> file, unsigned queueDepth);
    ~KernelQueueStore() override;

    // Puts up to n prepared ops into the kernel queue under mutex_. Returns
    // how many the kernel accepted (a prefix of ops), or -errno when the first
    // one was refused. -EAGAIN means "try again later".
    virtual int kernelSubmitLocked(KernelOp* const* ops, size_t n) = 0;
    // Called from the (single) completion thread with every completion that
    // one wakeup reaped, as (op, result) pairs, result as the kernel reports
    // it (bytes or -errno). All of them are delivered before it returns.
    void onKernelCompletions(std::vector<std::pair<KernelOp*, long>>& batch);

    // Subclass destructors call this first: waits until every queued and
    // in-kernel request has completed. Afterwards only stopping the completion
    // thread and freeing the kernel queue remain.
    void drain();
    void stopWorkers() { workers_.reset(); }

    unsigned queueDepth() const { return queueDepth_; }

    std::unique_ptr<FileHandle> file_;
    std::atomic<bool> rwfDsyncWorks_{true};
    std::atomic<bool> kernelFlushWorks_{true};
    std::mutex mutex_;

private:
    using Failed = std::vector<std::pair<KernelOp*, int>>;
    void enqueue(KernelOp* op);
    // Moves queued ops into the kernel while there is room, up to 64 per
    // system call. Ops refused with a hard error are appended to `failed` to
    // be completed outside the lock.
    void pumpLocked(Failed& failed);
    void notifyIfIdleLocked();
    void finish(KernelOp* op, int result);
    void runOnWorker(const IoRequest& request, IoCompletion done);
    // Request contexts come from a free list; the heap is used only while the
    // number of requests in flight grows past anything seen before.
    KernelOp* acquireOp();
    void releaseOp(KernelOp* op);

    unsigned queueDepth_;
    unsigned inKernel_ = 0;
    unsigned inBatches_ = 0; // SubmitBatch scopes (any thread) holding queued ops of this store
    OpFifo pending_;
    std::condition_variable idle_;
    std::unique_ptr<BlockingIoPool> workers_;

    std::mutex poolMutex_;
    RecycledPool<KernelOp> ops_;

    // Scratch lists of onKernelCompletions (completion thread only): their
    // capacity is kept, so a steady state reaps without allocating.
    Failed ready_;
    std::vector<KernelOp*> again_;
    std::vector<KernelOp*> syncLater_;
    Failed failedScratch_;
};

// This thread's SubmitBatch (submit_batch.cpp). joinBatch: whether a batch is
// open on this thread and holds `store` (NotBatching: submit right away).
// leaveBatch: forgets `store` when this thread's batch holds it; true if so.
enum class BatchJoin { NotBatching, Joined, AlreadyHeld };
BatchJoin joinBatch(KernelQueueStore* store);
bool leaveBatch(KernelQueueStore* store);

} // namespace storlab::backing::detail
