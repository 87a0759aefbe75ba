#include "cli/tgtadm_ops.h"

#include "shared/rpc_errors.h"

namespace storlab::cli::tgtadm {

namespace {
QString g_lastMessage;
} // namespace

QString lastDaemonMessage()
{
    return g_lastMessage;
}

Status statusOf(const rpc::RpcReply& reply, const ErrorMap& map)
{
    if (reply.ok())
        return Status::Success;
    g_lastMessage = QStringLiteral("%1 (error %2)").arg(reply.message).arg(reply.code);
    switch (reply.code) {
    case rpc::NotFound: return map.notFound;
    case rpc::AlreadyExists: return map.exists;
    case rpc::Busy: return map.busy;
    case rpc::InternalError:
    case rpc::TransportError: return Status::UnknownErr;
    default: return Status::InvalidRequest;   // invalid params/values, I/O errors, unsupported types
    }
}

Status requireTarget(rpc::BlockingClient& client, qint64 tid, QJsonObject* target)
{
    const rpc::RpcReply reply = client.call(QStringLiteral("target.show"), QJsonObject{{QStringLiteral("tid"), double(tid)}});
    if (reply.ok() && target)
        *target = reply.result.toObject();
    return statusOf(reply, {Status::NoTarget});
}

Status execute(const Request& r, rpc::BlockingClient& client, QString* out)
{
    if (!r.lld.isEmpty() && r.lld != QLatin1String("iscsi"))
        return Status::NoDriver;   // storlabd has one low-level driver: iscsi
    switch (r.mode) {
    case Mode::Target: return runTarget(r, client, out);
    case Mode::Device: return runDevice(r, client, out);
    case Mode::Account: return runAccount(r, client, out);
    case Mode::System: return runSystem(r, client, out);
    case Mode::Lld: return runLld(r, client, out);
    case Mode::Portal: return runPortal(r, client, out);
    case Mode::Connection: return runConnection(r, client, out);
    case Mode::Session:
        // tgtd answers session show/delete with "invalid request"; per-session
        // statistics are not kept by storlabd.
        return r.op == Op::Stats ? Status::UnsupportedOperation : Status::InvalidRequest;
    }
    return Status::InvalidRequest;
}

} // namespace storlab::cli::tgtadm
