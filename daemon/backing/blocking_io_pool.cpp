// Recycled-job worker pool for blocking file I/O (see blocking_io_pool.h).
#include "backing/blocking_io_pool.h"

#include <algorithm>

#include <pthread.h>

namespace storlab::backing::detail {

BlockingIoPool::BlockingIoPool(FileHandle& file, unsigned threads) : file_(file)
{
    threads = std::max(1u, threads);
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i)
        workers_.emplace_back([this] { workerLoop(); });
}

BlockingIoPool::~BlockingIoPool()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_all();
    for (auto& worker : workers_)
        worker.join();
}

void BlockingIoPool::submit(const IoRequest& request, IoCompletion done)
{
    {
        std::lock_guard lock(mutex_);
        Job* job = jobs_.acquire();
        job->request = request;
        job->done = std::move(done);
        queue_.pushBack(job);
    }
    queued_.notify_one();
}

size_t BlockingIoPool::jobsAllocated() const
{
    std::lock_guard lock(mutex_);
    return jobs_.allocated();
}

void BlockingIoPool::workerLoop()
{
    // Named so thread listings and alloc_per_io.sh's per-thread counts tell
    // the store's workers from the reactors (15 characters at most).
    pthread_setname_np(pthread_self(), "blocking-io");
    std::unique_lock lock(mutex_);
    for (;;) {
        queued_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        Job* job = queue_.popFront();
        if (!job)
            return; // stopping and drained: every submitted request has completed
        lock.unlock();

        const int result = syncExecute(file_, job->request);
        // The job goes back to the pool before the completion runs: a caller
        // that waits for its completions before submitting again never needs
        // more jobs than it had requests outstanding.
        IoCompletion done = std::move(job->done);
        lock.lock();
        jobs_.release(job);
        lock.unlock();
        done(result);
        done.reset(); // drop the captures (the SCSI task, its buffers) before waiting again
        lock.lock();
    }
}

} // namespace storlab::backing::detail
