#pragma once
// A reactor: one thread with its own Qt event loop (design.md §2). Connections
// are created on a reactor and live there for life; other threads reach them
// only by posting work to the reactor.
//
// Posted work goes through one lock-free queue drained in batches: a post to
// an empty queue writes the reactor's eventfd once, and one wakeup then runs
// everything posted meanwhile (completions from many stores and threads ride
// on a single wakeup). Hot-path items (SCSI completions) embed their queue
// node, so posting them allocates nothing.
#include "net/busy_poll.h"
#include "net/busy_poll_counters.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>

class QSocketNotifier;

namespace storlab::net {

class Reactor {
public:
    // An item of posted work; the owner embeds it and keeps it alive until run.
    struct Work {
        Work* next = nullptr;
        virtual void run() = 0;   // on the reactor thread
    protected:
        ~Work() = default;
    };

    explicit Reactor(int index);
    ~Reactor();   // stops the thread; objects parented to context() are deleted on it
    void start();
    void stop();
    int index() const { return index_; }
    // Runs `work->run()` on the reactor thread (thread-safe, from anywhere, no allocation).
    void post(Work* work);
    // Runs `fn` on the reactor thread (thread-safe, from anywhere; allocates the closure).
    void post(std::function<void()> fn);
    // On the reactor thread, while it runs posted work: `work` runs once the
    // current batch is done (e.g. one flush per connection per batch).
    void deferToBatchEnd(Work* work);
    // True when posted work waits to run (a hint, for busy polling to give way).
    bool hasPendingWork() const { return head_.load(std::memory_order_relaxed) != nullptr; }
    // Parent for objects living on this reactor.
    QObject* context() const { return context_; }
    bool isCurrentThread() const { return QThread::currentThread() == &thread_; }
    // Connections currently living here (the listener picks the least loaded reactor).
    int connectionCount() const { return connections_.load(std::memory_order_relaxed); }
    void connectionAdded() { connections_.fetch_add(1, std::memory_order_relaxed); }
    void connectionRemoved() { connections_.fetch_sub(1, std::memory_order_relaxed); }
    // Busy polling (net/busy_poll.h) of the connection living here alone: the
    // budget (config busyPollUs, 0 = off) is set from any thread and read at
    // every spin, so a config.import reaches established connections too.
    std::chrono::microseconds busyPollBudget() const { return std::chrono::microseconds(busyPollUs_.load(std::memory_order_relaxed)); }
    void setBusyPollBudget(std::chrono::microseconds budget) { busyPollUs_.store(budget.count(), std::memory_order_relaxed); }
    // Its outcomes (written on this thread only).
    BusyPollCounters& busyPollCounters() { return busyPollCounters_; }
    const BusyPollCounters& busyPollCounters() const { return busyPollCounters_; }

private:
    void drain();
    void runAll(Work* list);

    int index_;
    QThread thread_;
    QObject* context_;
    int eventFd_ = -1;
    QSocketNotifier* wakeup_ = nullptr;
    std::atomic<Work*> head_{nullptr};   // LIFO stack of posted work, reversed when drained
    Work* batchEnd_ = nullptr;            // reactor thread only
    std::atomic<int> connections_{0};
    std::atomic<int64_t> busyPollUs_{BusyPoll::kDefaultBudget.count()};   // the daemon sets it (ReactorPool::setBusyPollBudget)
    BusyPollCounters busyPollCounters_;
};

} // namespace storlab::net
