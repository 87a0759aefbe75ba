#pragma once
// Pushes event.session.added / event.session.removed (shared/PROTOCOL.md §8)
// for every session the iSCSI server creates or ends. The session manager
// reports on reactor threads; the events hop to the RPC server's thread, where
// the target's tid is looked up in the running configuration (0 only for
// discovery sessions and library targets, which have none).
#include "iscsi/session.h"

namespace storlab::admin {

class AdminService;
class RpcServer;

void forwardSessionEvents(iscsi::SessionManager& sessions, const AdminService& service, RpcServer* server);
// Stops forwarding (before the service and server go away).
void stopSessionEvents(iscsi::SessionManager& sessions);

} // namespace storlab::admin
