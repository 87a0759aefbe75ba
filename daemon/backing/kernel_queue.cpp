#include "backing/kernel_queue.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

namespace storlab::backing::detail {

KernelQueueStore::KernelQueueStore(std::unique_ptr<FileHandle> file, unsigned queueDepth)
    : file_(std::move(file)), queueDepth_(queueDepth ? queueDepth : 1),
      // Two workers: one fallocate/fdatasync may take long; the other keeps
      // the side path moving.
      workers_(std::make_unique<BlockingIoPool>(*file_, 2))
{
    // One reaped batch never holds more than queueDepth_ requests (that many
    // are in the kernel at most), so the completion thread's scratch lists
    // sized here never grow: reaping allocates nothing, even the first time a
    // batch is larger than any before (issue #8).
    ready_.reserve(queueDepth_);
    again_.reserve(queueDepth_);
    syncLater_.reserve(queueDepth_);
    failedScratch_.reserve(queueDepth_);
}

KernelQueueStore::~KernelQueueStore() = default;

KernelOp* KernelQueueStore::acquireOp()
{
    std::lock_guard lock(poolMutex_);
    return ops_.acquire();
}

void KernelQueueStore::releaseOp(KernelOp* op)
{
    // Drop the captures now (they may own the SCSI task); keep a modest
    // bounce buffer for the next misaligned request.
    op->done.reset();
    op->request = IoRequest{};
    op->ioBuffer = nullptr;
    op->transferred = 0;
    op->useDsyncFlag = false;
    op->syncAfter = false;
    constexpr size_t kKeptBounce = 1 << 20;
    if (op->bounceCapacity > kKeptBounce) {
        op->bounce.reset();
        op->bounceCapacity = 0;
    }
    std::lock_guard lock(poolMutex_);
    ops_.release(op);
}

unsigned KernelQueueStore::capabilities() const
{
    unsigned caps = CapAsync | CapDiscard | CapWriteZeroes | CapFlush;
    if (!file_->isBlock)
        caps |= CapMapStatus;
    return caps;
}

int KernelQueueStore::mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const
{
    return fileMapStatus(*file_, offset, mapped, runLength);
}

void KernelQueueStore::runOnWorker(const IoRequest& request, IoCompletion done)
{
    workers_->submit(request, std::move(done));
}

void KernelQueueStore::submit(const IoRequest& request, IoCompletion done)
{
    if (int rc = checkRequest(request, file_->size, file_->readOnly); rc != 0) {
        done(rc);
        return;
    }
    switch (request.op) {
    case IoOp::Discard:
    case IoOp::WriteZeroes:
        // fallocate and the block ioctls are synchronous system calls.
        runOnWorker(request, std::move(done));
        return;
    case IoOp::Flush:
        if (file_->readOnly) {
            done(0);
            return;
        }
        if (!kernelFlushWorks_.load(std::memory_order_relaxed)) {
            runOnWorker(request, std::move(done));
            return;
        }
        break;
    case IoOp::Read:
    case IoOp::Write:
        if (request.length == 0 && !(request.op == IoOp::Write && request.fua)) {
            done(0);
            return;
        }
        if (request.length == 0 || !directOffsetsAligned(*file_, request.offset, request.length)) {
            // Sub-block O_DIRECT transfers go through the page cache on a worker.
            runOnWorker(request, std::move(done));
            return;
        }
        break;
    }

    KernelOp* op = acquireOp();
    op->request = request;
    op->done = std::move(done);
    op->ioBuffer = request.buffer;
    if (request.op != IoOp::Flush && !directAligned(*file_, request.buffer, request.offset, request.length)) {
        if (op->bounceCapacity < request.length) {
            op->bounce = allocAligned(request.length, file_->memAlign);
            op->bounceCapacity = op->bounce ? request.length : 0;
        }
        if (!op->bounce) {
            finish(op, -ENOMEM);
            return;
        }
        if (request.op == IoOp::Write)
            std::memcpy(op->bounce.get(), request.buffer, request.length);
        op->ioBuffer = op->bounce.get();
    }
    if (request.op == IoOp::Write && request.fua) {
        if (rwfDsyncWorks_.load(std::memory_order_relaxed))
            op->useDsyncFlag = true;
        else
            op->syncAfter = true;
    }
    enqueue(op);
}

// Most ops one system call takes (the on-stack iocb/op arrays of the pump).
constexpr size_t kSubmitChunk = 64;

void KernelQueueStore::enqueue(KernelOp* op)
{
    Failed failed; // stays empty (no allocation) unless the kernel refuses
    {
        std::lock_guard lock(mutex_);
        pending_.pushBack(op);
        // Inside a SubmitBatch the op waits for the batch's end (flushBatch),
        // unless a full system call's worth is already waiting.
        BatchJoin join = joinBatch(this);
        if (join == BatchJoin::Joined)
            ++inBatches_;
        if (join == BatchJoin::NotBatching || pending_.size() >= kSubmitChunk)
            pumpLocked(failed);
    }
    for (auto& [f, rc] : failed)
        finish(f, rc);
}

void KernelQueueStore::flushBatch()
{
    Failed failed;
    {
        std::lock_guard lock(mutex_);
        pumpLocked(failed);
    }
    for (auto& [f, rc] : failed)
        finish(f, rc);
    std::lock_guard lock(mutex_);
    --inBatches_;
    notifyIfIdleLocked();
}

void KernelQueueStore::notifyIfIdleLocked()
{
    if (pending_.empty() && inKernel_ == 0 && inBatches_ == 0)
        idle_.notify_all();
}

void KernelQueueStore::pumpLocked(Failed& failed)
{
    KernelOp* batch[kSubmitChunk];
    while (!pending_.empty() && inKernel_ < queueDepth_) {
        size_t n = std::min<size_t>({pending_.size(), queueDepth_ - inKernel_, std::size(batch)});
        KernelOp* op = pending_.front();
        for (size_t i = 0; i < n; ++i, op = op->next)
            batch[i] = op;
        int accepted = kernelSubmitLocked(batch, n);
        if (accepted > 0) {
            for (int i = 0; i < accepted; ++i)
                pending_.popFront();
            inKernel_ += static_cast<unsigned>(accepted);
            continue;
        }
        if (accepted == -EAGAIN || accepted == -EINTR || accepted == 0) {
            // Kernel resources are short. With requests in flight their
            // completions will pump again; with none, nothing would, so wait
            // briefly here rather than fail the request.
            if (inKernel_ > 0)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        failed.emplace_back(pending_.popFront(), accepted);
    }
    notifyIfIdleLocked();
}

void KernelQueueStore::finish(KernelOp* op, int result)
{
    // The context goes back to the pool before the callback runs, so a
    // callback that submits again reuses it.
    IoCompletion done = std::move(op->done);
    releaseOp(op);
    done(result);
}

void KernelQueueStore::onKernelCompletions(std::vector<std::pair<KernelOp*, long>>& batch)
{
    auto& ready = ready_;         // finished: complete outside the lock
    auto& again = again_;         // resubmit (short transfer, fallback)
    auto& syncLater = syncLater_; // FUA/flush fallbacks for the workers
    auto& failed = failedScratch_;
    ready.clear();
    again.clear();
    syncLater.clear();
    failed.clear();
    for (auto& [op, res] : batch) {
        const IoOp kind = op->request.op;
        if (res < 0) {
            if (res == -EINVAL && op->useDsyncFlag) {
                // Kernel without per-I/O RWF_DSYNC for this queue: write
                // plainly and follow with fdatasync from now on.
                rwfDsyncWorks_.store(false, std::memory_order_relaxed);
                op->useDsyncFlag = false;
                op->syncAfter = true;
                again.push_back(op);
            } else if (kind == IoOp::Flush && (res == -EINVAL || res == -EOPNOTSUPP)) {
                kernelFlushWorks_.store(false, std::memory_order_relaxed);
                syncLater.push_back(op);
            } else if (res == -EINTR || res == -EAGAIN) {
                again.push_back(op);
            } else if (kind == IoOp::Read && res == -EINVAL && file_->direct && op->transferred > 0) {
                // O_DIRECT resume after a short read at EOF: the rest is past EOF.
                std::memset(op->cursor(), 0, op->remaining());
                op->transferred = op->request.length;
                ready.emplace_back(op, 0);
            } else {
                ready.emplace_back(op, static_cast<int>(res));
            }
            continue;
        }
        if (kind == IoOp::Flush) {
            ready.emplace_back(op, 0);
            continue;
        }
        uint64_t n = static_cast<uint64_t>(res);
        if (n == 0) {
            if (kind == IoOp::Read) { // EOF of a file shorter than the LU: zeroes
                std::memset(op->cursor(), 0, op->remaining());
                op->transferred = op->request.length;
            } else {
                ready.emplace_back(op, -EIO);
                continue;
            }
        } else {
            op->transferred += std::min(n, op->remaining());
        }
        if (op->remaining() > 0) {
            again.push_back(op);
            continue;
        }
        if (kind == IoOp::Read && op->bounce)
            std::memcpy(op->request.buffer, op->bounce.get(), op->request.length);
        if (op->syncAfter)
            syncLater.push_back(op);
        else
            ready.emplace_back(op, 0);
    }

    {
        std::lock_guard lock(mutex_);
        inKernel_ -= static_cast<unsigned>(batch.size());
        // Resubmissions go first: they are older than anything queued. The
        // ops queued meanwhile go to the kernel with them, in one call.
        for (auto it = again.rbegin(); it != again.rend(); ++it)
            pending_.pushFront(*it);
        pumpLocked(failed);
    }
    for (KernelOp* op : syncLater) {
        IoRequest flush;
        flush.op = IoOp::Flush;
        workers_->submit(flush, [this, op](int rc) { finish(op, rc); });
    }
    // Callbacks may submit again (enqueue uses its own list), never reap:
    // these lists are not touched while they run.
    for (auto& [op, rc] : ready)
        finish(op, rc);
    for (auto& [op, rc] : failed)
        finish(op, rc);
}

void KernelQueueStore::drain()
{
    Failed failed;
    std::unique_lock lock(mutex_);
    // A batch open on this very thread would only end after us: take the
    // store out of it. Batches of other threads end by themselves.
    if (leaveBatch(this))
        --inBatches_;
    pumpLocked(failed);
    lock.unlock();
    for (auto& [f, rc] : failed)
        finish(f, rc);
    lock.lock();
    idle_.wait(lock, [this] { return pending_.empty() && inKernel_ == 0 && inBatches_ == 0; });
}

} // namespace storlab::backing::detail
