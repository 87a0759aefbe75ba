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
//
// That CPU time is only free on an idle core. When the CPU is oversubscribed
// (a compile on every core, a VM host with steal time) the spinning thread
// gets descheduled mid-spin, and every microsecond it spins is taken from a
// thread with real work: in one loaded run p99 latency rose from 261 us to
// 2.8 ms. A gap between two iterations of the spin far longer than one
// iteration (a poll() call, well under a microsecond) can only mean the
// thread was not running, so the spin stops and backs off to the rarest rate
// at once ("preempted"); a later hit resets it as usual.
//
// The budget is the daemon setting busyPollUs (shared/PROTOCOL.md "config"),
// changeable live: it lives on the reactor and is read at every try, so
// established connections follow a change. Without the key in the
// configuration: STORLAB_BUSY_POLL_US, else 100 us. The clock is injectable
// so tests can stage a preemption without relying on timing.
#include "net/busy_poll_counters.h"

#include <chrono>

namespace storlab::net {

class Reactor;

class BusyPoll {
public:
    using Clock = std::chrono::steady_clock::time_point (*)();
    static constexpr std::chrono::microseconds kDefaultBudget{100};
    static constexpr std::chrono::microseconds kMaxBudget{10000};
    // A gap this long between two spin iterations means the thread was
    // descheduled: far above one iteration and interrupt noise (a few us),
    // below any scheduler time slice (hundreds of us and up).
    static constexpr std::chrono::microseconds kPreemptedGap{50};

    // The budget when the configuration sets none: STORLAB_BUSY_POLL_US
    // (microseconds, 0 = off, capped at kMaxBudget), else kDefaultBudget.
    static std::chrono::microseconds defaultBudget();
    // True when STORLAB_BUSY_POLL_US holds a valid value (server.info names the source).
    static bool budgetFromEnvironment();

    explicit BusyPoll(Clock clock = &steadyNow) : clock_(clock) {}
    // True when `fd` became readable (or hung up, or failed) within
    // `reactor`'s budget. Counts the outcome in `reactor`'s busy poll counters.
    bool awaitReadable(int fd, Reactor& reactor);

private:
    static std::chrono::steady_clock::time_point steadyNow() { return std::chrono::steady_clock::now(); }
    // A different budget also forgets the backoff: a new setting starts fresh.
    void follow(std::chrono::microseconds budget);
    void backOff(unsigned misses);

    Clock clock_;
    std::chrono::microseconds budget_{-1};   // the reactor's budget at the last try
    unsigned backoff_ = 0;   // misses in a row (capped)
    unsigned skip_ = 0;      // tries left to skip after the last miss
};

} // namespace storlab::net
