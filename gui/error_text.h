#pragma once
// How the GUI words a failed call: the daemon's own message (it says what to
// do, shared/PROTOCOL.md §5) behind a translated prefix.
#include "shared/rpc_client.h"

#include <QString>

namespace storlab::gui {

QString errorText(const rpc::RpcReply& reply);
// True when the daemon does not know the method (an older daemon).
inline bool isMissingMethod(const rpc::RpcReply& reply) { return reply.code == rpc::MethodNotFound; }

} // namespace storlab::gui
