#pragma once
// Adaptive busy polling of one socket: the idea of Linux's SO_BUSY_POLL
// (net.core.busy_read), done in user space. After a reply goes out, a reactor
// serving a single connection keeps checking that socket for a short while
// instead of sleeping in its event loop, so the next command of an initiator
// running at queue depth 1 is taken without a thread wakeup (which costs tens
// of microseconds, more in a VM). Spinning gives up at once when work is
// posted to the reactor (a store's completion), and a miss (nothing came in
// time) makes the next tries rarer: 1 in 2, 4 ... 64, until a hit resets it.
// The cost is CPU time while an initiator is between commands.
#include <chrono>

namespace storlab::net {

class Reactor;

class BusyPoll {
public:
    // The budget from STORLAB_BUSY_POLL_US (microseconds, 0 = off), else kDefaultBudget.
    static std::chrono::microseconds configuredBudget();
    static constexpr std::chrono::microseconds kDefaultBudget{100};

    BusyPoll() : budget_(configuredBudget()) {}
    void setBudget(std::chrono::microseconds budget) { budget_ = budget; }
    // True when `fd` became readable (or hung up, or failed) within the budget.
    bool awaitReadable(int fd, const Reactor& reactor);

private:
    std::chrono::microseconds budget_;
    unsigned backoff_ = 0;   // misses in a row (capped)
    unsigned skip_ = 0;      // tries left to skip after the last miss
};

} // namespace storlab::net
