#include "net/busy_poll.h"

#include "net/reactor.h"

#include <QByteArray>
#include <algorithm>
#include <cerrno>
#include <optional>
#include <poll.h>

namespace storlab::net {

namespace {
constexpr unsigned kMaxBackoff = 6;   // after 6 misses in a row, try 1 time in 64

// STORLAB_BUSY_POLL_US, read once: it predates the busyPollUs setting and
// benchmark scripts still turn busy polling off with it.
std::optional<std::chrono::microseconds> environmentBudget()
{
    static const std::optional<std::chrono::microseconds> budget = []() -> std::optional<std::chrono::microseconds> {
        bool ok = false;
        const int us = qEnvironmentVariableIntValue("STORLAB_BUSY_POLL_US", &ok);
        if (!ok || us < 0)
            return std::nullopt;
        return std::min(std::chrono::microseconds(us), BusyPoll::kMaxBudget);
    }();
    return budget;
}
} // namespace

std::chrono::microseconds BusyPoll::defaultBudget()
{
    return environmentBudget().value_or(kDefaultBudget);
}

bool BusyPoll::budgetFromEnvironment()
{
    return environmentBudget().has_value();
}

void BusyPoll::follow(std::chrono::microseconds budget)
{
    if (budget == budget_)
        return;
    budget_ = budget;
    backoff_ = 0;
    skip_ = 0;
}

void BusyPoll::backOff(unsigned misses)
{
    backoff_ = std::min(misses, kMaxBackoff);
    skip_ = (1u << backoff_) - 1;
}

bool BusyPoll::awaitReadable(int fd, Reactor& reactor)
{
    follow(reactor.busyPollBudget());
    if (budget_.count() <= 0)
        return false;
    if (skip_ > 0) {
        --skip_;
        return false;
    }
    BusyPollCounters& counters = reactor.busyPollCounters();
    auto last = clock_();
    const auto deadline = last + budget_;
    // poll() with no timeout looks at the socket without taking its lock (a
    // recv(MSG_PEEK) would, and contend with the kernel delivering to it).
    pollfd pfd{fd, POLLIN, 0};
    for (;;) {
        const int n = ::poll(&pfd, 1, 0);
        if (n > 0 || (n < 0 && errno != EINTR)) {
            backoff_ = 0;   // data, end of stream or an error: the reader takes it from here
            BusyPollCounters::bump(counters.hits);
            return true;
        }
        if (reactor.hasPendingWork())
            return false;   // posted completions come first; not a miss
        const auto now = clock_();
        if (now - last > kPreemptedGap) {
            // Descheduled mid-spin: the CPU has more runnable threads than
            // cores, and spinning on takes time from them. Rarest rate at once.
            backOff(kMaxBackoff);
            BusyPollCounters::bump(counters.preempted);
            return false;
        }
        if (now >= deadline)
            break;
        last = now;
        __builtin_ia32_pause();
    }
    backOff(backoff_ + 1);
    BusyPollCounters::bump(counters.misses);
    return false;
}

} // namespace storlab::net
