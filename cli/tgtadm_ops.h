#pragma once
// What each tgtadm mode/operation does to storlabd: admin RPC calls
// (shared/PROTOCOL.md §7) and the tgtd status each outcome corresponds to.
#include "cli/tgtadm_errors.h"
#include "cli/tgtadm_options.h"
#include "shared/rpc_blocking.h"

#include <QJsonObject>

namespace storlab::cli::tgtadm {

// Runs `r`; text for stdout goes to `out` (only printed on success, as tgtadm does).
Status execute(const Request& r, rpc::BlockingClient& client, QString* out);

// Per mode (tgtadm_ops_target.cpp, tgtadm_ops_other.cpp).
Status runTarget(const Request& r, rpc::BlockingClient& client, QString* out);
Status runDevice(const Request& r, rpc::BlockingClient& client, QString* out);
Status runAccount(const Request& r, rpc::BlockingClient& client, QString* out);
Status runSystem(const Request& r, rpc::BlockingClient& client, QString* out);
Status runLld(const Request& r, rpc::BlockingClient& client, QString* out);
Status runPortal(const Request& r, rpc::BlockingClient& client, QString* out);
Status runConnection(const Request& r, rpc::BlockingClient& client, QString* out);

// Helpers shared by the mode files.
struct ErrorMap {           // tgtd's status for each storlab error class
    Status notFound = Status::InvalidRequest;
    Status exists = Status::InvalidRequest;
    Status busy = Status::InvalidRequest;
};
Status statusOf(const rpc::RpcReply& reply, const ErrorMap& map = {});
// The daemon's message for the last failed call (printed with --debug).
QString lastDaemonMessage();
// target.show for r.tid; NoTarget when there is none.
Status requireTarget(rpc::BlockingClient& client, qint64 tid, QJsonObject* target = nullptr);

} // namespace storlab::cli::tgtadm
