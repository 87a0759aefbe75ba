#pragma once
// BlockingIoPool: blocking file I/O (syncExecute) on a fixed number of worker
// threads. It carries every request of the rdwr store and the side path of the
// aio/uring stores (fallocate, sub-block O_DIRECT, the fdatasync fallback).
//
// Issue #8 asks for no heap allocation per I/O in steady state. A request and
// its completion therefore travel in a recycled Job: queued jobs are linked
// into an intrusive FIFO, finished ones go to a free list, and the heap is
// used only while the number of requests queued or running at once grows past
// its previous peak (then the free list stays at that size).
//
// submit() never waits for I/O, only for a short lock: the queue is
// unbounded, and the worker count bounds the concurrency against the file.
// The destructor runs every queued request (its completion is called as
// usual), then joins the workers.
#include "backing/backing_store.h"
#include "backing/file_io.h"
#include "backing/intrusive_lists.h"

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace storlab::backing::detail {

class BlockingIoPool {
public:
    // `file` must outlive the pool.
    BlockingIoPool(FileHandle& file, unsigned threads);
    ~BlockingIoPool();
    BlockingIoPool(const BlockingIoPool&) = delete;
    BlockingIoPool& operator=(const BlockingIoPool&) = delete;

    // Queues the request; a worker runs it and calls `done` exactly once,
    // on that worker thread, with 0 or -errno.
    void submit(const IoRequest& request, IoCompletion done);

    // Jobs allocated so far: the peak number of requests submitted and not
    // yet completed at the same time (a job is free again before its
    // completion runs). Tests check with it that jobs are reused.
    size_t jobsAllocated() const;

private:
    struct Job {
        IoRequest request;
        IoCompletion done;
        Job* next = nullptr; // link in the FIFO or in the free list
    };

    void workerLoop();

    FileHandle& file_;
    mutable std::mutex mutex_; // guards everything below but workers_
    std::condition_variable queued_;
    IntrusiveFifo<Job> queue_;
    RecycledPool<Job> jobs_; // owns every job: queued, running or free
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

} // namespace storlab::backing::detail
