#include "net/busy_poll.h"

#include "net/reactor.h"

#include <QByteArray>
#include <algorithm>
#include <cerrno>
#include <poll.h>

namespace storlab::net {

namespace {
constexpr unsigned kMaxBackoff = 6;   // after 6 misses in a row, try 1 time in 64
} // namespace

std::chrono::microseconds BusyPoll::configuredBudget()
{
    static const std::chrono::microseconds budget = [] {
        bool ok = false;
        const int us = qEnvironmentVariableIntValue("STORLAB_BUSY_POLL_US", &ok);
        return ok && us >= 0 ? std::chrono::microseconds(std::min(us, 10000)) : kDefaultBudget;
    }();
    return budget;
}

bool BusyPoll::awaitReadable(int fd, const Reactor& reactor)
{
    if (budget_.count() <= 0)
        return false;
    if (skip_ > 0) {
        --skip_;
        return false;
    }
    const auto deadline = std::chrono::steady_clock::now() + budget_;
    // poll() with no timeout looks at the socket without taking its lock (a
    // recv(MSG_PEEK) would, and contend with the kernel delivering to it).
    pollfd pfd{fd, POLLIN, 0};
    for (;;) {
        const int n = ::poll(&pfd, 1, 0);
        if (n > 0 || (n < 0 && errno != EINTR)) {
            backoff_ = 0;   // data, end of stream or an error: the reader takes it from here
            return true;
        }
        if (reactor.hasPendingWork())
            return false;   // posted completions come first; not a miss
        if (std::chrono::steady_clock::now() >= deadline)
            break;
        __builtin_ia32_pause();
    }
    backoff_ = std::min(backoff_ + 1, kMaxBackoff);
    skip_ = (1u << backoff_) - 1;
    return false;
}

} // namespace storlab::net
