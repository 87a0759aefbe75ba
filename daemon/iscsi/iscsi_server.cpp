#include "iscsi/iscsi_server.h"

#include "iscsi/connection.h"
#include "net/reactor.h"

#include <unistd.h>

namespace storlab::iscsi {

IscsiServer::IscsiServer(TargetRegistry& targets, ServerSettings settings)
    : targets_(targets), settings_(settings)
{
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
