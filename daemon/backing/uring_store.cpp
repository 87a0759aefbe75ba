// "uring": io_uring via liburing. Submissions go to the SQ under the store's
// mutex, every queued request in one io_uring_submit; one completion thread
// waits for CQEs and reaps all that are ready per wakeup, as one batch (the
// SQ and CQ sides each have a single user at a time, which liburing allows).
#ifdef STORLAB_HAVE_LIBURING
#include "backing/kernel_queue.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <iterator>
#include <thread>

#include <liburing.h>
#include <sys/uio.h>

namespace storlab::backing::detail {
namespace {

// One SQE carries at most an unsigned length; larger requests continue as
// "short" transfers (the kernel caps a single transfer at ~2 GiB anyway).
unsigned chunk(const KernelOp* op)
{
    return static_cast<unsigned>(std::min<uint64_t>(op->remaining(), 1u << 30));
}

// user_data of the NOP that tells the completion thread to leave.
constexpr uint64_t kStopToken = 0;

class UringStore final : public KernelQueueStore {
public:
    UringStore(std::unique_ptr<FileHandle> file, unsigned queueDepth, std::unique_ptr<io_uring> ring)
        : KernelQueueStore(std::move(file), queueDepth), ring_(std::move(ring))
    {
        completer_ = std::thread([this] { completionLoop(); });
    }

    ~UringStore() override
    {
        drain();
        {
            std::lock_guard lock(mutex_);
            // After drain() the SQ is empty, so there is room for the NOP.
            io_uring_sqe* sqe = io_uring_get_sqe(ring_.get());
            if (sqe) {
                io_uring_prep_nop(sqe);
                io_uring_sqe_set_data64(sqe, kStopToken);
                io_uring_submit(ring_.get());
            }
        }
        completer_.join();
        stopWorkers();
        io_uring_queue_exit(ring_.get());
    }

    std::string_view kind() const override { return "uring"; }

protected:
    int kernelSubmitLocked(KernelOp* const* ops, size_t n) override
    {
        size_t prepared = 0;
        for (; prepared < n; ++prepared) {
            io_uring_sqe* sqe = io_uring_get_sqe(ring_.get());
            if (!sqe)
                break;
            KernelOp* op = ops[prepared];
            switch (op->request.op) {
            case IoOp::Read:
                io_uring_prep_read(sqe, file_->fd, op->cursor(), chunk(op),
                                   op->offset());
                break;
            case IoOp::Write:
                io_uring_prep_write(sqe, file_->fd, op->cursor(), chunk(op),
                                    op->offset());
                if (op->useDsyncFlag)
                    sqe->rw_flags = RWF_DSYNC; // per-I/O FUA
                break;
            default:
                io_uring_prep_fsync(sqe, file_->fd, IORING_FSYNC_DATASYNC);
                break;
            }
            io_uring_sqe_set_data(sqe, op);
        }
        if (prepared == 0)
            return -EAGAIN;
        // io_uring_submit publishes the SQ tail before entering the kernel, so
        // prepared SQEs cannot be taken back: retry transient refusals (CQ
        // momentarily full) until the kernel has them.
        for (int rc;;) {
            rc = io_uring_submit(ring_.get());
            if (rc >= 0 || (rc != -EINTR && rc != -EAGAIN && rc != -EBUSY))
                break;
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        return static_cast<int>(prepared);
    }

private:
    // One wakeup: every CQE that is ready (several peeks when more than one
    // array's worth is), delivered in one onKernelCompletions.
    void completionLoop()
    {
        std::vector<std::pair<KernelOp*, long>> batch;
        batch.reserve(queueDepth());
        io_uring_cqe* cqes[64];
        for (;;) {
            io_uring_cqe* first = nullptr;
            int rc = io_uring_wait_cqe(ring_.get(), &first);
            if (rc == -EINTR || rc == -EAGAIN)
                continue;
            if (rc < 0)
                continue; // nothing sensible to do but keep waiting
            bool stop = false;
            batch.clear();
            for (;;) {
                unsigned got = io_uring_peek_batch_cqe(ring_.get(), cqes, static_cast<unsigned>(std::size(cqes)));
                for (unsigned i = 0; i < got; ++i) {
                    uint64_t token = io_uring_cqe_get_data64(cqes[i]);
                    if (token == kStopToken) {
                        stop = true;
                        continue;
                    }
                    batch.emplace_back(reinterpret_cast<KernelOp*>(token), static_cast<long>(cqes[i]->res));
                }
                io_uring_cq_advance(ring_.get(), got);
                if (got < std::size(cqes))
                    break;
            }
            if (!batch.empty())
                onKernelCompletions(batch);
            if (stop)
                return;
        }
    }

    std::unique_ptr<io_uring> ring_;
    std::thread completer_;
};

} // namespace

Result<std::unique_ptr<BackingStore>> openUringStore(const BackingOptions& options)
{
    unsigned depth = options.queueDepth ? options.queueDepth : 1;
    auto ring = std::make_unique<io_uring>();
    // Ring first: when io_uring is denied (seccomp, kernel.io_uring_disabled)
    // the error should say so, before any file is created.
    int rc = io_uring_queue_init(depth, ring.get(), 0);
    if (rc < 0)
        return Error{rc, "io_uring unavailable: " + errnoText(rc)};
    auto file = openFile(options, "uring");
    if (!file) {
        io_uring_queue_exit(ring.get());
        return file.error();
    }
    return std::unique_ptr<BackingStore>(new UringStore(std::move(*file), depth, std::move(ring)));
}

} // namespace storlab::backing::detail
#endif
