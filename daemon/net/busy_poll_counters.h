#pragma once
// What busy polling (net/busy_poll.h) achieved on one reactor, for server.info
// "busyPoll". Only the reactor's own thread writes them, so a plain load and
// store suffice (no locked add on the hot path); other threads only read.
#include <atomic>
#include <cstdint>

namespace storlab::net {

struct BusyPollCounters {
    std::atomic<uint64_t> hits{0};        // the next command came within the budget
    std::atomic<uint64_t> misses{0};      // the budget ran out
    std::atomic<uint64_t> preempted{0};   // the thread was descheduled mid-spin: backed off hard

    static void bump(std::atomic<uint64_t>& counter)
    {
        counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    }
};

// A sum over reactors.
struct BusyPollTotals {
    uint64_t hits = 0, misses = 0, preempted = 0;
    void add(const BusyPollCounters& c)
    {
        hits += c.hits.load(std::memory_order_relaxed);
        misses += c.misses.load(std::memory_order_relaxed);
        preempted += c.preempted.load(std::memory_order_relaxed);
    }
};

} // namespace storlab::net
