#include "backing/remote_store.h"

#include "backing/file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace storlab::backing::detail {

RemoteStore::RemoteStore(uint64_t size, bool readOnly, unsigned queueDepth)
    : size_(size), readOnly_(readOnly), queueDepth_(queueDepth ? queueDepth : 1)
{
    // At most queueDepth_ requests are in the library, so no batch is ever
    // larger: both lists keep this capacity and delivery never allocates.
    results_.reserve(queueDepth_);
    batch_.reserve(queueDepth_);
    delivery_ = std::thread([this] { deliveryLoop(); });
}

RemoteStore::~RemoteStore()
{
    if (delivery_.joinable())
        drain();
}

RemoteOp* RemoteStore::acquireOp()
{
    std::lock_guard lock(mutex_);
    return pool_.acquire();
}

void RemoteStore::releaseOp(RemoteOp* op)
{
    op->done.reset(); // drop the captures (they may own the SCSI task) now
    op->request = IoRequest{};
    op->transferred = 0;
    op->flushing = false;
    std::lock_guard lock(mutex_);
    pool_.release(op);
}

void RemoteStore::submit(const IoRequest& request, IoCompletion done)
{
    if (int rc = checkRequest(request, size(), readOnly_); rc != 0) {
        done(rc);
        return;
    }
    if (request.op == IoOp::Flush && readOnly_) {
        done(0);
        return;
    }
    if (request.length == 0 && request.op != IoOp::Flush && !(request.op == IoOp::Write && request.fua)) {
        done(0);
        return;
    }
    RemoteOp* op = acquireOp();
    op->request = request;
    op->done = std::move(done);
    op->store = this;
    // A FUA write of nothing is only the flush.
    op->flushing = request.op == IoOp::Write && request.length == 0;
    launch(op);
}

void RemoteStore::launch(RemoteOp* op)
{
    {
        std::lock_guard lock(mutex_);
        if (inFlight_ >= queueDepth_) {
            pending_.pushBack(op);
            return;
        }
        ++inFlight_;
    }
    if (int rc = start(op); rc < 0)
        completed(op, rc);
}

void RemoteStore::completed(RemoteOp* op, long result)
{
    std::lock_guard lock(resultsMutex_);
    results_.emplace_back(op, result);
    if (results_.size() == 1)
        resultsReady_.notify_one();
}

void RemoteStore::deliveryLoop()
{
    for (;;) {
        {
            std::unique_lock lock(resultsMutex_);
            resultsReady_.wait(lock, [this] { return !results_.empty() || stopping_; });
            if (results_.empty())
                return; // stopping, and drain() saw nothing in flight
            batch_.swap(results_);
        }
        for (auto& [op, result] : batch_)
            handle(op, result);
        batch_.clear();
    }
}

void RemoteStore::handle(RemoteOp* op, long result)
{
    if (result < 0) {
        noteResult(int(result));
        finish(op, int(result));
        return;
    }
    noteResult(0);
    const IoOp kind = op->request.op;
    if (op->flushing || kind == IoOp::Flush || kind == IoOp::Discard || kind == IoOp::WriteZeroes) {
        finish(op, 0);
        return;
    }
    const uint64_t n = uint64_t(result);
    if (n == 0) {
        if (kind == IoOp::Write) {
            finish(op, -EIO);
            return;
        }
        std::memset(op->cursor(), 0, op->remaining()); // past the end of a shorter file: zeroes
        op->transferred = op->request.length;
    } else {
        op->transferred += std::min(n, op->remaining());
    }
    if (op->remaining() > 0) {
        restart(op); // short transfer: the rest, in the same queue slot
        return;
    }
    if (kind == IoOp::Write && op->request.fua) {
        op->flushing = true; // SBC-4 FUA: durable before GOOD
        restart(op);
        return;
    }
    finish(op, 0);
}

void RemoteStore::restart(RemoteOp* op)
{
    if (int rc = start(op); rc < 0)
        handle(op, rc);
}

void RemoteStore::finish(RemoteOp* op, int result)
{
    IoCompletion done = std::move(op->done);
    releaseOp(op);
    RemoteOp* next = nullptr;
    {
        std::lock_guard lock(mutex_);
        --inFlight_;
        if (!pending_.empty()) {
            next = pending_.popFront();
            ++inFlight_;
        }
        if (inFlight_ == 0)
            idle_.notify_all();
    }
    if (next)
        if (int rc = start(next); rc < 0)
            completed(next, rc);
    done(result);
}

void RemoteStore::noteResult(int result)
{
    // Errors that say the cluster cannot be reached make the store unhealthy
    // until a request succeeds again; others (e.g. -EROFS) say nothing about it.
    switch (result) {
    case 0:
    case -ETIMEDOUT:
    case -ENOTCONN:
    case -ECONNREFUSED:
    case -ECONNRESET:
    case -EHOSTUNREACH:
    case -ENETUNREACH:
    case -ESHUTDOWN:
    case -EIO:
        lastError_.store(result, std::memory_order_relaxed);
        break;
    default:
        break;
    }
}

std::string RemoteStore::health() const
{
    const int err = lastError_.load(std::memory_order_relaxed);
    if (err == 0)
        return "ok";
    return "failing: " + errnoText(err) + " (until a request succeeds again)";
}

void RemoteStore::setResizeListener(std::function<void()> listener)
{
    std::lock_guard lock(listenerMutex_);
    listener_ = std::move(listener);
}

void RemoteStore::sizeChanged(uint64_t newSize)
{
    if (size_.exchange(newSize) == newSize)
        return;
    std::lock_guard lock(listenerMutex_);
    if (listener_)
        listener_();
}

void RemoteStore::drain()
{
    {
        std::unique_lock lock(mutex_);
        idle_.wait(lock, [this] { return inFlight_ == 0 && pending_.empty(); });
    }
    {
        std::lock_guard lock(resultsMutex_);
        stopping_ = true;
        resultsReady_.notify_one();
    }
    if (delivery_.joinable())
        delivery_.join();
}

} // namespace storlab::backing::detail
