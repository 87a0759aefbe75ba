// --mode account, system, lld, portal and connection.
#include "cli/tgtadm_ops.h"
#include "cli/tgtadm_show.h"

#include <QJsonArray>
#include <QLocalSocket>
#include <QThread>
#include <optional>

namespace storlab::cli::tgtadm {

namespace {

// Account binding without --tid: tgt's "global target", i.e. CHAP for
// discovery sessions. There is no RPC for it, so the discovery section of the
// running configuration is changed through config.export/config.import.
Status bindDiscovery(const Request& r, rpc::BlockingClient& c)
{
    const rpc::RpcReply exported = c.call(QStringLiteral("config.export"));
    if (!exported.ok())
        return statusOf(exported);
    QJsonObject config = exported.result.toObject().value(QLatin1String("config")).toObject();
    bool known = false;
    for (const QJsonValue& a : config.value(QLatin1String("accounts")).toArray())
        known = known || a.toObject().value(QLatin1String("user")).toString() == *r.user;
    if (!known)
        return Status::NoUser;
    QJsonObject discovery = config.value(QLatin1String("discovery")).toObject();
    QStringList incoming;
    for (const QJsonValue& u : discovery.value(QLatin1String("incomingUsers")).toArray())
        incoming << u.toString();
    QString outgoing = discovery.value(QLatin1String("outgoingUser")).toString();
    const bool bind = r.op == Op::Bind;
    if (r.outgoing) {
        if (bind && !outgoing.isEmpty())
            return Status::OutAccountExist;
        if (!bind && outgoing != *r.user)
            return Status::NoUser;
        outgoing = bind ? *r.user : QString();
    } else {
        if (bind && incoming.contains(*r.user))
            return Status::UserExist;
        if (!bind && !incoming.removeAll(*r.user))
            return Status::NoUser;
        if (bind)
            incoming << *r.user;
    }
    discovery = QJsonObject{};
    if (!incoming.isEmpty())
        discovery[QStringLiteral("incomingUsers")] = QJsonArray::fromStringList(incoming);
    if (!outgoing.isEmpty())
        discovery[QStringLiteral("outgoingUser")] = outgoing;
    if (discovery.isEmpty())
        config.remove(QStringLiteral("discovery"));
    else
        config[QStringLiteral("discovery")] = discovery;
    return statusOf(c.call(QStringLiteral("config.import"), QJsonObject{{QStringLiteral("config"), config}}));
}

Status bindAccount(const Request& r, rpc::BlockingClient& c)
{
    if (r.tid < 0)
        return bindDiscovery(r, c);
    QJsonObject target;
    if (Status s = requireTarget(c, r.tid, &target); s != Status::Success)
        return s;
    const QString direction = r.outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming");
    const QJsonObject p{{QStringLiteral("tid"), double(r.tid)}, {QStringLiteral("user"), *r.user}, {QStringLiteral("direction"), direction}};
    if (r.op == Op::Unbind)
        return statusOf(c.call(QStringLiteral("target.unbindAccount"), p), {Status::NoUser});
    if (r.outgoing && !target.value(QLatin1String("outgoingUser")).toString().isEmpty()) {
        const rpc::RpcReply accounts = c.call(QStringLiteral("account.list"));
        bool known = false;
        for (const QJsonValue& a : accounts.result.toArray())
            known = known || a.toObject().value(QLatin1String("user")).toString() == *r.user;
        return known ? Status::OutAccountExist : Status::NoUser;   // tgt looks the account up first
    }
    return statusOf(c.call(QStringLiteral("target.bindAccount"), p), {Status::NoUser, Status::UserExist});
}

// tgtadm --op delete --mode system waits until the daemon no longer accepts connections.
void waitForExit(const QString& socketPath)
{
    for (int i = 0; i < 100; ++i) {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (!probe.waitForConnected(200))
            return;
        probe.abort();
        QThread::msleep(100);
    }
}

// tgt's iSNS settings (--mode sys --op update --name iSNS... --value ...): isns.set.
Status updateIsns(const QString& name, const QString& value, rpc::BlockingClient& c)
{
    const auto onOff = [&](const char* key) -> std::optional<QJsonObject> {
        if (value.compare(QLatin1String("On"), Qt::CaseInsensitive) == 0)
            return QJsonObject{{QLatin1String(key), true}};
        if (value.compare(QLatin1String("Off"), Qt::CaseInsensitive) == 0)
            return QJsonObject{{QLatin1String(key), false}};
        return std::nullopt;
    };
    std::optional<QJsonObject> params;
    if (name == QLatin1String("iSNS"))
        params = onOff("enabled");
    else if (name == QLatin1String("iSNSAccessControl"))
        params = onOff("accessControl");
    else if (name == QLatin1String("iSNSServerIP"))
        params = QJsonObject{{QStringLiteral("server"), value}};
    else if (name == QLatin1String("iSNSServerPort")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (ok)
            params = QJsonObject{{QStringLiteral("port"), port}};
    }
    if (!params)
        return Status::InvalidRequest;
    // tgt keeps iSNS off until "iSNS On": a server set first does not start registering.
    if (!params->contains(QLatin1String("enabled"))) {
        const rpc::RpcReply now = c.call(QStringLiteral("isns.get"));
        if (!now.ok())
            return statusOf(now);
        const QJsonObject current = now.result.toObject();
        if (current.value(QLatin1String("server")).toString().isEmpty())
            (*params)[QStringLiteral("enabled")] = false;
    }
    return statusOf(c.call(QStringLiteral("isns.set"), *params));
}

} // namespace

Status runAccount(const Request& r, rpc::BlockingClient& c, QString* out)
{
    switch (r.op) {
    case Op::New:
        return statusOf(c.call(QStringLiteral("account.create"), QJsonObject{{QStringLiteral("user"), *r.user}, {QStringLiteral("password"), *r.password}}),
                        {Status::NoUser, Status::UserExist});
    case Op::Delete:
        if (!r.user)
            return Status::InvalidRequest;
        // tgt unbinds a deleted account from every target.
        return statusOf(c.call(QStringLiteral("account.delete"), QJsonObject{{QStringLiteral("user"), *r.user}, {QStringLiteral("force"), true}}),
                        {Status::NoUser});
    case Op::Show: {
        const rpc::RpcReply reply = c.call(QStringLiteral("account.list"));
        if (reply.ok())
            *out = showAccounts(reply.result.toArray());
        return statusOf(reply);
    }
    case Op::Bind:
    case Op::Unbind: return bindAccount(r, c);
    default: return Status::UnsupportedOperation;
    }
}

Status runSystem(const Request& r, rpc::BlockingClient& c, QString* out)
{
    switch (r.op) {
    case Op::Show: {
        const rpc::RpcReply info = c.call(QStringLiteral("server.info"));
        const rpc::RpcReply config = c.call(QStringLiteral("config.export"));
        if (!info.ok() || !config.ok())
            return statusOf(info.ok() ? config : info);
        *out = showSystem(info.result.toObject(), config.result.toObject().value(QLatin1String("config")).toObject());
        return Status::Success;
    }
    case Op::Stats: {
        const rpc::RpcReply reply = c.call(QStringLiteral("stats.get"));
        if (reply.ok())
            *out = showStats(reply.result.toArray());
        return statusOf(reply);
    }
    case Op::Update:
        if (*r.name == QLatin1String("debug") && (r.value->startsWith(QLatin1String("on")) || r.value->startsWith(QLatin1String("off"))))
            return statusOf(c.call(QStringLiteral("server.setLogLevel"),
                                   QJsonObject{{QStringLiteral("level"), r.value->startsWith(QLatin1String("on")) ? QStringLiteral("debug") : QStringLiteral("info")}}));
        return updateIsns(*r.name, *r.value, c);
    case Op::Delete: {
        const rpc::RpcReply info = c.call(QStringLiteral("server.info"));
        const Status s = statusOf(c.call(QStringLiteral("server.shutdown")));
        if (s == Status::Success)
            waitForExit(info.result.toObject().value(QLatin1String("socket")).toString());
        return s;
    }
    default: return Status::InvalidRequest;
    }
}

Status runLld(const Request& r, rpc::BlockingClient& c, QString* out)
{
    const rpc::RpcReply list = c.call(QStringLiteral("target.list"));
    if (!list.ok())
        return statusOf(list);
    switch (r.op) {
    case Op::Show: *out = showLlds(list.result.toArray()); return Status::Success;
    case Op::Start: return Status::Success;   // the iscsi driver is always running
    case Op::Stop: return list.result.toArray().isEmpty() ? Status::Success : Status::DriverActive;
    default: return Status::InvalidRequest;
    }
}

Status runPortal(const Request& r, rpc::BlockingClient& c, QString* out)
{
    if (r.op == Op::Show) {
        const rpc::RpcReply reply = c.call(QStringLiteral("portal.list"));
        if (reply.ok())
            *out = showPortals(reply.result.toArray());
        return statusOf(reply);
    }
    // --param portal=ADDR:PORT
    QString address;
    for (const QString& kv : r.portalOps.value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (kv.startsWith(QLatin1String("portal=")))
            address = kv.mid(7);
    if (address.isEmpty())
        return Status::InvalidRequest;
    if (!address.contains(QLatin1Char(':')) || (address.startsWith(QLatin1Char('[')) && !address.contains(QLatin1String("]:"))))
        address += QStringLiteral(":3260");
    const QString method = r.op == Op::New ? QStringLiteral("portal.add") : QStringLiteral("portal.remove");
    if (r.op != Op::New && r.op != Op::Delete)
        return Status::InvalidRequest;
    return statusOf(c.call(method, QJsonObject{{QStringLiteral("address"), address}}));
}

Status runConnection(const Request& r, rpc::BlockingClient& c, QString* out)
{
    if (r.op != Op::Show && r.op != Op::Delete)
        return r.op == Op::Stats ? Status::UnsupportedOperation : Status::InvalidRequest;
    if (Status s = requireTarget(c, r.tid); s != Status::Success)
        return s;
    const rpc::RpcReply reply = c.call(QStringLiteral("session.list"), QJsonObject{{QStringLiteral("tid"), double(r.tid)}});
    if (!reply.ok())
        return statusOf(reply, {Status::NoTarget});
    if (r.op == Op::Show) {
        *out = showConnections(reply.result.toArray());
        return Status::Success;
    }
    for (const QJsonValue& sv : reply.result.toArray()) {
        const QJsonObject s = sv.toObject();
        if (quint64(s.value(QLatin1String("tsih")).toInteger()) != r.sid)
            continue;
        for (const QJsonValue& cv : s.value(QLatin1String("connections")).toArray())
            if (quint32(cv.toObject().value(QLatin1String("cid")).toInteger()) == r.cid)
                // storlab sessions have one connection: closing it ends the session.
                return statusOf(c.call(QStringLiteral("session.logout"), QJsonObject{{QStringLiteral("tsih"), double(r.sid)}, {QStringLiteral("seconds"), 0}}),
                                {Status::NoSession});
        return Status::NoConnection;
    }
    return Status::NoSession;
}

} // namespace storlab::cli::tgtadm
