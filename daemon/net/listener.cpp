#include "net/listener.h"

#include "core/logging.h"
#include "net/reactor.h"
#include "net/reactor_pool.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace storlab::net {

Listener::Listener(const ReactorPool& reactors, AcceptHandler accept, QObject* parent)
    : QTcpServer(parent), pool_(reactors), accept_(std::move(accept))
{
}

void Listener::incomingConnection(qintptr descriptor)
{
    const int fd = int(descriptor);
    // iSCSI is request/response with small PDUs: never delay them (Nagle).
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    Reactor* reactor = pickReactor();
    qCDebug(lcNet) << "accepted fd" << fd << "-> reactor" << reactor->index();
    auto accept = accept_;
    reactor->post([reactor, fd, accept] { accept(*reactor, fd); });
}

Reactor* Listener::pickReactor()
{
    // The reactor with the fewest connections, ties broken round robin: short
    // connections (discovery, probes) then cannot pile sessions onto one reactor.
    // Only active reactors: retiring ones (the pool shrank) get no new connections.
    const std::vector<Reactor*>& reactors = pool_.active();
    Reactor* best = nullptr;
    for (size_t i = 0; i < reactors.size(); ++i) {
        Reactor* r = reactors[(next_ + i) % reactors.size()];
        if (!best || r->connectionCount() < best->connectionCount())
            best = r;
    }
    ++next_;
    return best;
}

} // namespace storlab::net
