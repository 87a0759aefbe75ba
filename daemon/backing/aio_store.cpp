// "aio": Linux native AIO (libaio). Every iocb signals one eventfd
// (IOCB_FLAG_RESFD); a completion thread per store sleeps on it and reaps
// every ready event per wakeup, delivered as one batch. Queued requests go to
// the kernel many iocbs per io_submit. Behaviour modelled on tgt's bs_aio, written from scratch.
#ifdef STORLAB_HAVE_LIBAIO
#include "backing/kernel_queue.h"

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <cstring>
#include <thread>

#include <libaio.h>
#include <sys/eventfd.h>
#include <sys/uio.h>
#include <unistd.h>

namespace storlab::backing::detail {
namespace {

static_assert(sizeof(iocb) <= sizeof(KernelOp::backend), "iocb must fit into KernelOp::backend");

class AioStore final : public KernelQueueStore {
public:
    AioStore(std::unique_ptr<FileHandle> file, unsigned queueDepth, io_context_t ctx, int eventFd)
        : KernelQueueStore(std::move(file), queueDepth), ctx_(ctx), eventFd_(eventFd)
    {
        completer_ = std::thread([this] { completionLoop(); });
    }

    ~AioStore() override
    {
        drain();
        stopping_.store(true);
        uint64_t one = 1;
        // Wake the completion thread; it sees stopping_ and leaves.
        while (::write(eventFd_, &one, sizeof one) < 0 && errno == EINTR) {
        }
        completer_.join();
        stopWorkers();
        io_destroy(ctx_);
        ::close(eventFd_);
    }

    std::string_view kind() const override { return "aio"; }

protected:
    // All n ops in one io_submit (n <= 64, the pump's chunk).
    int kernelSubmitLocked(KernelOp* const* ops, size_t n) override
    {
        iocb* cbs[64];
        n = std::min(n, std::size(cbs));
        for (size_t i = 0; i < n; ++i) {
            KernelOp* op = ops[i];
            auto* cb = reinterpret_cast<iocb*>(op->backend);
            std::memset(cb, 0, sizeof *cb);
            switch (op->request.op) {
            case IoOp::Read:
                io_prep_pread(cb, file_->fd, op->cursor(), op->remaining(), static_cast<long long>(op->offset()));
                break;
            case IoOp::Write:
                io_prep_pwrite(cb, file_->fd, op->cursor(), op->remaining(), static_cast<long long>(op->offset()));
                // Kernel >= 4.13 honours per-iocb RWF_DSYNC: FUA without a
                // separate fdatasync round trip.
                if (op->useDsyncFlag)
                    cb->aio_rw_flags = RWF_DSYNC;
                break;
            default: // Flush (Discard/WriteZeroes never come here)
                io_prep_fdsync(cb, file_->fd); // IOCB_CMD_FDSYNC, kernel >= 4.18
                break;
            }
            io_set_eventfd(cb, eventFd_);
            cb->data = op;
            cbs[i] = cb;
        }
        int rc = io_submit(ctx_, static_cast<long>(n), cbs);
        return rc;
    }

private:
    // One eventfd wakeup: reap every completion that is ready (several
    // io_getevents calls when more than one array's worth is), then deliver
    // them all in one onKernelCompletions.
    void completionLoop()
    {
        std::vector<std::pair<KernelOp*, long>> batch;
        std::vector<io_event> events(queueDepth());
        batch.reserve(queueDepth());
        for (;;) {
            uint64_t count = 0;
            ssize_t r = ::read(eventFd_, &count, sizeof count);
            if (r < 0 && errno == EINTR)
                continue;
            batch.clear();
            for (;;) {
                timespec zero{0, 0};
                int got = io_getevents(ctx_, 0, static_cast<long>(events.size()), events.data(), &zero);
                if (got == -EINTR)
                    continue;
                if (got <= 0)
                    break;
                for (int i = 0; i < got; ++i)
                    batch.emplace_back(static_cast<KernelOp*>(events[i].data), static_cast<long>(events[i].res));
                if (static_cast<size_t>(got) < events.size())
                    break;
            }
            if (!batch.empty())
                onKernelCompletions(batch);
            if (stopping_.load())
                return;
        }
    }

    io_context_t ctx_;
    int eventFd_;
    std::atomic<bool> stopping_{false};
    std::thread completer_;
};

} // namespace

Result<std::unique_ptr<BackingStore>> openAioStore(const BackingOptions& options)
{
    auto file = openFile(options, "aio");
    if (!file)
        return file.error();
    unsigned depth = options.queueDepth ? options.queueDepth : 1;
    io_context_t ctx = nullptr;
    int rc = io_setup(static_cast<int>(depth), &ctx);
    if (rc < 0)
        return Error{rc, "libaio io_setup(" + std::to_string(depth) + ") failed: " + errnoText(rc) +
                             (rc == -EAGAIN ? " (raise /proc/sys/fs/aio-max-nr or lower queueDepth)" : "")};
    int efd = ::eventfd(0, EFD_CLOEXEC);
    if (efd < 0) {
        int err = errno;
        io_destroy(ctx);
        return Error{-err, "eventfd failed: " + errnoText(err)};
    }
    return std::unique_ptr<BackingStore>(new AioStore(std::move(*file), depth, ctx, efd));
}

} // namespace storlab::backing::detail
#endif
