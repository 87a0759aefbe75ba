#include "iscsi/iscsi_server.h"

#include "iscsi/connection.h"
#include "net/reactor.h"

#include <algorithm>
#include <unistd.h>

namespace storlab::iscsi {

IscsiServer::IscsiServer(TargetRegistry& targets, ServerSettings settings)
    : targets_(targets), settings_(settings)
{
    setNopTiming({settings.nopInterval, settings.nopTimeout});
}

NopTiming IscsiServer::nopTiming() const
{
    const uint64_t packed = nopTiming_.load(std::memory_order_relaxed);
    return {std::chrono::seconds(packed >> 32), std::chrono::seconds(packed & 0xffffffffu)};
}

void IscsiServer::setNopTiming(NopTiming timing)
{
    const auto clamp = [](std::chrono::seconds s) { return uint64_t(std::clamp<int64_t>(s.count(), 0, 0xffffffff)); };
    nopTiming_.store(clamp(timing.interval) << 32 | clamp(timing.timeout), std::memory_order_relaxed);
}

void IscsiServer::accept(net::Reactor& reactor, int fd)
{
    if (!reactor.context()) {  // the reactor is stopping: nobody would serve the socket
        ::close(fd);
        return;
    }
    new Connection(*this, reactor, fd, reactor.context());
}

} // namespace storlab::iscsi
