#pragma once
// Common machinery of the kernel-queue stores (aio, uring): a bounded number
// of requests in the kernel (options.queueDepth), a FIFO for the excess (a
// request never fails because the queue is full), retry of short transfers,
// FUA/flush fallbacks, and a small worker pool for what the kernel queue cannot
// do asynchronously (fallocate/ioctl, unaligned O_DIRECT, fdatasync fallback).
// Subclasses only put prepared operations into their kernel queue and feed
// completions back from their completion thread.
#include "backing/file_io.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

namespace storlab::backing::detail {

struct KernelOp {
    IoRequest request;
    IoCompletion done;
    AlignedBuffer bounce;     // O_DIRECT with a misaligned caller buffer
    uint8_t* ioBuffer = nullptr;
    uint64_t transferred = 0; // bytes done so far (short reads/writes resume here)
    bool useDsyncFlag = false; // FUA as RWF_DSYNC on this submission
    bool syncAfter = false;    // FUA fallback: fdatasync after the write
    // Storage the backend may use for its control block (the libaio iocb).
    alignas(16) unsigned char backend[128];

    uint8_t* cursor() const { return ioBuffer + transferred; }
    uint64_t offset() const { return request.offset + transferred; }
    uint64_t remaining() const { return request.length - transferred; }
};

class KernelQueueStore : public BackingStore {
public:
    uint64_t size() const override { return file_->size; }
    unsigned capabilities() const override;
    void submit(const IoRequest& request, IoCompletion done) override;
    int mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const override;

protected:
    KernelQueueStore(std::unique_ptr<FileHandle> file, unsigned queueDepth);
    ~KernelQueueStore() override;

    // Puts up to n prepared ops into the kernel queue under mutex_. Returns
    // how many the kernel accepted (a prefix of ops), or -errno when the first
    // one was refused. -EAGAIN means "try again later".
    virtual int kernelSubmitLocked(KernelOp* const* ops, size_t n) = 0;
    // Called from the completion thread with a batch of (op, result) pairs,
    // result as the kernel reports it (bytes or -errno).
    void onKernelCompletions(std::vector<std::pair<KernelOp*, long>>& batch);

    // Subclass destructors call this first: waits until every queued and
    // in-kernel request has completed. Afterwards only stopping the completion
    // thread and freeing the kernel queue remain.
    void drain();
    void stopWorkers() { workers_.reset(); }

    std::unique_ptr<FileHandle> file_;
    std::atomic<bool> rwfDsyncWorks_{true};
    std::atomic<bool> kernelFlushWorks_{true};
    std::mutex mutex_;

private:
    void enqueue(KernelOp* op);
    // Moves queued ops into the kernel while there is room. Ops refused with
    // a hard error are appended to `failed` to be completed outside the lock.
    void pumpLocked(std::vector<std::pair<KernelOp*, int>>& failed);
    void finish(KernelOp* op, int result);
    void runOnWorker(const IoRequest& request, IoCompletion done);

    unsigned queueDepth_;
    unsigned inKernel_ = 0;
    std::deque<KernelOp*> pending_;
    std::condition_variable idle_;
    std::unique_ptr<ThreadPool> workers_;
};

} // namespace storlab::backing::detail
