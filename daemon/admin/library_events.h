#pragma once
// Pushes every changer event of every library (admin moves, an initiator's
// MOVE MEDIUM / EXCHANGE MEDIUM, imports, exports, restore warnings) to the
// subscribed admin clients as event.media.moved + event.library.changed.
// Changer events come from worker and reactor threads: they hop to the RPC
// server's thread here, so the GUI never polls.
#include "app/library_registry.h"

namespace storlab::admin {

class RpcServer;

void forwardLibraryEvents(app::LibraryRegistry& libraries, RpcServer* server);

} // namespace storlab::admin
