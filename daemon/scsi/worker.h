#pragma once
// Small per-unit worker pool for commands that use blocking backing store
// calls (BackingStore::execute): they must never run on the transport's
// reactor thread. Plus the write gate that makes COMPARE AND WRITE and
// ORWRITE atomic with respect to every other write to the unit.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace storlab::scsi {

class UnitWorker {
public:
    explicit UnitWorker(unsigned threads = 2);
    ~UnitWorker();
    UnitWorker(const UnitWorker&) = delete;
    UnitWorker& operator=(const UnitWorker&) = delete;
    void post(std::function<void()> job);

private:
    struct State {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<std::function<void()>> jobs;
        bool stop = false;
    };
    std::shared_ptr<State> state_;
    std::vector<std::thread> threads_;
};

// Readers/writer gate for writes: ordinary writes are "shared" (many in
// flight, asynchronous), read-modify-write commands are "exclusive". Shared
// entry never blocks the caller: while an exclusive holder runs, the write is
// parked and started when the holder leaves.
class WriteGate {
public:
    // Returns true when the caller may start now (and must call leaveShared()
    // when done); false when `start` was parked and will be called later (it
    // then owns a shared slot and must call leaveShared()).
    // `start` becomes a std::function (an allocation) only when it is parked:
    // the ordinary write path allocates nothing (issue #8).
    template <typename Start>
    bool enterShared(Start&& start)
    {
        std::lock_guard lock(mutex_);
        if (!exclusive_ && exclusiveWaiting_ == 0) {
            ++shared_;
            return true;
        }
        parked_.emplace_back(std::forward<Start>(start));
        return false;
    }
    // Blocking variant for worker threads.
    void enterSharedBlocking();
    void leaveShared();
    // Blocking: worker threads only.
    void enterExclusive();
    void leaveExclusive();

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    unsigned shared_ = 0;
    bool exclusive_ = false;
    unsigned exclusiveWaiting_ = 0;
    std::deque<std::function<void()>> parked_;
};

} // namespace storlab::scsi
