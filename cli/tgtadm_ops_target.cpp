// --mode target and --mode logicalunit.
#include "cli/tgtadm_ops.h"
#include "cli/tgtadm_bstypes.h"
#include "cli/tgtadm_changer.h"
#include "cli/tgtadm_devices.h"
#include "cli/tgtadm_show.h"
#include "shared/iscsi_params.h"

#include <QFileInfo>
#include <QJsonArray>

namespace storlab::cli::tgtadm {

namespace {

QJsonObject withTid(const Request& r, QJsonObject o = {})
{
    o[QStringLiteral("tid")] = double(r.tid);
    return o;
}

Status showAll(rpc::BlockingClient& c, QString* out)
{
    const rpc::RpcReply list = c.call(QStringLiteral("target.list"));
    if (!list.ok())
        return statusOf(list);
    QJsonArray targets;
    for (const QJsonValue& t : list.result.toArray()) {
        const rpc::RpcReply one = c.call(QStringLiteral("target.show"), QJsonObject{{QStringLiteral("tid"), t.toObject().value(QLatin1String("tid"))}});
        if (one.ok())
            targets.append(one.result);   // a target deleted meanwhile is simply not shown
    }
    const rpc::RpcReply sessions = c.call(QStringLiteral("session.list"));
    if (!sessions.ok())
        return statusOf(sessions);
    *out = showTargets(targets, sessions.result.toArray());
    return Status::Success;
}

// A target made through tgtadm starts with tgt's per-target login parameters
// (usr/iscsi/target.c), so it negotiates and shows what tgt would.
QJsonObject tgtIscsiParams()
{
    QJsonObject o;
    const QMap<QString, QString> defaults = config::tgtDefaultIscsiParams();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        o[it.key()] = it.value();
    return o;
}

Status bind(const Request& r, rpc::BlockingClient& c, bool add)
{
    if (Status s = requireTarget(c, r.tid); s != Status::Success)
        return s;
    if (!r.address && !r.iqnname)
        return Status::InvalidRequest;   // --host/--bus: SCSI host binding, not an iSCSI notion
    const QString method = add ? QStringLiteral("acl.add") : QStringLiteral("acl.remove");
    const ErrorMap map{Status::AclNoExist, Status::AclExist};
    if (r.address)
        if (Status s = statusOf(c.call(method, withTid(r, {{QStringLiteral("address"), *r.address}})), map); s != Status::Success)
            return s;
    if (r.iqnname)
        if (Status s = statusOf(c.call(method, withTid(r, {{QStringLiteral("initiator"), *r.iqnname}})), map); s != Status::Success)
            return s;
    return Status::Success;
}

Status update(const Request& r, rpc::BlockingClient& c)
{
    if (Status s = requireTarget(c, r.tid); s != Status::Success)
        return s;
    const QString name = *r.name;
    if (name == QLatin1String("TargetAlias"))
        return statusOf(c.call(QStringLiteral("target.update"), withTid(r, {{QStringLiteral("alias"), *r.value}})));
    if (name == QLatin1String("state"))   // storlab targets are always ready
        return *r.value == QLatin1String("ready") ? Status::Success
               : *r.value == QLatin1String("offline") ? Status::UnsupportedOperation : Status::InvalidRequest;
    // The target's iSCSI login parameters (tgt: iscsi_target_update, session_keys): names
    // without regard to case, values as tgt takes them; a bad value is tgt's "invalid request".
    const config::IscsiParamCheck check = config::checkIscsiParam(name, *r.value);
    if (check.unsupported)   // tgt has it per target (iSER keys, MaxQueueCmd, nop_*, Redirect*); storlab does not
        return Status::UnsupportedOperation;
    if (check.name.isEmpty())
        return Status::InvalidRequest;
    const QJsonObject params{{QStringLiteral("iscsiParams"), QJsonObject{{check.name, *r.value}}}};
    return statusOf(c.call(QStringLiteral("target.update"), withTid(r, params)), {Status::NoTarget});
}

// tgt's --bsoflags ("sync", "direct", "sync:direct") and --blocksize into lun.add/update params.
bool addFlags(const Request& r, QJsonObject& p)
{
    if (r.bsoflags) {
        for (const QString& f : r.bsoflags->split(QLatin1Char(':'))) {
            if (f != QLatin1String("sync") && f != QLatin1String("direct"))
                return false;
            p[f] = true;
        }
    }
    if (r.blocksize) {
        bool ok = false;
        const int bs = r.blocksize->toInt(&ok);
        if (!ok)
            return false;
        p[QStringLiteral("blockSize")] = bs;
    }
    return true;
}

Status lunNew(const Request& r, rpc::BlockingClient& c)
{
    QJsonObject target;
    if (Status s = requireTarget(c, r.tid, &target); s != Status::Success)
        return s;
    bool hasLun0 = false;
    for (const QJsonValue& l : target.value(QLatin1String("luns")).toArray())
        hasLun0 = hasLun0 || l.toObject().value(QLatin1String("lun")).toInteger() == 0;
    if (*r.lun == 0 && !hasLun0)
        return Status::LunExist;   // LUN 0 is the target's controller, as in tgt
    QJsonObject p = withTid(r, {{QStringLiteral("lun"), double(*r.lun)}});
    const QString dt = r.deviceType;
    if (dt == QLatin1String("tape") || dt == QLatin1String("ssc"))
        p[QStringLiteral("type")] = QStringLiteral("tape");
    else if (dt == QLatin1String("cd"))
        p[QStringLiteral("type")] = QStringLiteral("dvd");
    else
        p[QStringLiteral("type")] = dt;
    const QString type = p.value(QLatin1String("type")).toString();
    const bool tape = type == QLatin1String("tape");
    // Drives of removable media (MMC-6, SSC-4) may start empty, and tgt
    // replaces --bstype by its mmc/ssc/smc store for them (cli/tgtadm_bstypes.h).
    const bool removable = isRemovableType(type);
    const std::optional<QString> mapped = storeForBstype(r.bstype.value_or(QStringLiteral("rdwr")), type);
    if (!mapped)
        return Status::InvalidRequest;
    const QString store = *mapped;   // empty for the media devices
    // tgt's pass-through: --device-type pt with the sg or bsg store; the
    // device behind the node decides what the LU is.
    const bool passthrough = store == QLatin1String("sg") || store == QLatin1String("bsg");
    if (type == QLatin1String("pt") && !passthrough)
        return Status::InvalidRequest;
    if (passthrough)
        p[QStringLiteral("type")] = QStringLiteral("pt");
    if (!removable)
        p[QStringLiteral("store")] = store;
    // rbd ([pool/]image[@snap]) and glfs (volume@host:path) name objects of a
    // cluster, not local files; --bsopts carries their connection settings.
    const bool network = store == QLatin1String("rbd") || store == QLatin1String("glfs");
    if (r.bsopts && !r.bsopts->isEmpty()) {
        if (!network)
            return Status::InvalidRequest;
        p[QStringLiteral("bsopts")] = *r.bsopts;
    }
    if (r.path && network) {
        p[QStringLiteral("path")] = *r.path;
    } else if (r.path && store == QLatin1String("sheepdog")) {
        p[QStringLiteral("path")] = *r.path;   // a VDI: [unix:SOCKET:|tcp:HOST:PORT:]NAME
    } else if (r.path) {
        // tgt opens an existing file or device; it never creates one.
        if (store != QLatin1String("null") && !tape && !QFileInfo::exists(*r.path))
            return Status::InvalidRequest;
        p[QStringLiteral("path")] = QFileInfo(*r.path).absoluteFilePath();
    } else if (!removable && store != QLatin1String("null")) {
        return Status::InvalidRequest;
    }
    if (!addFlags(r, p))
        return Status::InvalidRequest;
    // tgt's disks start without logical block provisioning (SBC-3 §4.7):
    // thin_provisioning=1 (--op update --params) turns it on.
    if (p.value(QLatin1String("type")).toString() == QLatin1String("disk"))
        p[QStringLiteral("thinProvisioning")] = false;
    return statusOf(c.call(QStringLiteral("lun.add"), p), {Status::NoTarget, Status::LunExist});
}

// The LUN object of r.tid/r.lun from lun.list, or an empty object.
QJsonObject lunObject(const Request& r, rpc::BlockingClient& c)
{
    const rpc::RpcReply luns = c.call(QStringLiteral("lun.list"), withTid(r));
    for (const QJsonValue& l : luns.result.toArray())
        if (quint64(l.toObject().value(QLatin1String("lun")).toInteger()) == *r.lun)
            return l.toObject();
    return {};
}

// tgt's removable= (the RMB bit, SPC-4 §6.6.2) and online= (the LU on or off
// line). storlab's MMC and SSC drives always report removable media and disks
// never do; a drive taken off line is a drive without a medium (MMC-6 §4.3,
// SSC-4 §4.2.2: NOT READY, MEDIUM NOT PRESENT), so online=0 empties it.
Status mediumParam(const Request& r, rpc::BlockingClient& c, const QString& key, const QString& value, QJsonObject& p)
{
    if (value != QLatin1String("0") && value != QLatin1String("1"))
        return Status::InvalidRequest;
    const QJsonObject lun = lunObject(r, c);
    if (lun.isEmpty())
        return *r.lun == 0 ? Status::UnsupportedOperation : Status::NoLun;
    const LuView view = luView(lun);
    const bool on = value == QLatin1String("1");
    if (key == QLatin1String("removable"))
        return on == view.removable ? Status::Success : Status::UnsupportedOperation;
    if (on == view.online)
        return Status::Success;
    if (on || !isRemovableType(lun.value(QLatin1String("type")).toString()))
        return Status::UnsupportedOperation;   // a disk is always on line; load a medium with drive.load
    p[QStringLiteral("path")] = QString();
    return Status::Success;
}

// Media changer keys (tgtadm_changer.h) change the LU's "options".
Status changerUpdate(const Request& r, rpc::BlockingClient& c, const QList<QPair<QString, QString>>& params, QJsonObject& p)
{
    const QJsonObject lun = lunObject(r, c);
    if (lun.isEmpty())
        return *r.lun == 0 ? Status::InvalidRequest : Status::NoLun;
    if (lun.value(QLatin1String("type")).toString() != QLatin1String("changer"))
        return Status::InvalidRequest;   // tgt: not a parameter of this device type
    QJsonObject options = lun.value(QLatin1String("options")).toObject();
    if (Status st = applyChangerParams(params, options); st != Status::Success)
        return st;
    p[QStringLiteral("options")] = options;
    return Status::Success;
}

Status lunUpdate(const Request& r, rpc::BlockingClient& c)
{
    if (Status s = requireTarget(c, r.tid); s != Status::Success)
        return s;
    QJsonObject p = withTid(r, {{QStringLiteral("lun"), double(*r.lun)}, {QStringLiteral("force"), true}});
    if (!addFlags(r, p))
        return Status::InvalidRequest;
    static const QList<QPair<const char*, const char*>> keys{{"vendor_id", "vendor"}, {"product_id", "product"},
                                                            {"product_rev", "revision"}, {"scsi_sn", "serial"},
                                                            {"readonly", "readOnly"}, {"thin_provisioning", "thinProvisioning"}};
    static const QStringList ignored{QStringLiteral("scsi_id")};   // storlab's SCSI ID is the LU's NAA identifier
    static const QStringList unsupported{QStringLiteral("sense_format"),
                                         QStringLiteral("mode_page"), QStringLiteral("path"), QStringLiteral("lbppbe"),
                                         QStringLiteral("la_lba"), QStringLiteral("optimal_xfer_gran"), QStringLiteral("optimal_xfer_len"),
                                         QStringLiteral("swp"), QStringLiteral("dump"), QStringLiteral("vpd_page")};
    QList<QPair<QString, QString>> changerParams;
    for (const QString& kv : r.targetOps.value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = kv.section(QLatin1Char('='), 0, 0).trimmed();
        QString value = kv.section(QLatin1Char('='), 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        bool known = false;
        for (const auto& [tgtKey, ourKey] : keys) {
            if (key != QLatin1String(tgtKey))
                continue;
            known = true;
            const bool flag = QLatin1String(ourKey) == QLatin1String("readOnly") || QLatin1String(ourKey) == QLatin1String("thinProvisioning");
            if (flag && value != QLatin1String("0") && value != QLatin1String("1"))
                return Status::InvalidRequest;
            p[QLatin1String(ourKey)] = flag ? QJsonValue(value == QLatin1String("1")) : QJsonValue(value);
        }
        if (known || ignored.contains(key))
            continue;
        if (isChangerParam(key)) {
            changerParams << qMakePair(key, value);
            continue;
        }
        if (key == QLatin1String("removable") || key == QLatin1String("online")) {
            if (Status st = mediumParam(r, c, key, value, p); st != Status::Success)
                return st;
            continue;
        }
        return unsupported.contains(key) ? Status::UnsupportedOperation : Status::UnknownParam;
    }
    if (!changerParams.isEmpty())
        if (Status st = changerUpdate(r, c, changerParams, p); st != Status::Success)
            return st;
    if (p.size() == 3) {   // nothing to change: only check that the LU exists
        const rpc::RpcReply luns = c.call(QStringLiteral("lun.list"), withTid(r));
        for (const QJsonValue& l : luns.result.toArray())
            if (quint64(l.toObject().value(QLatin1String("lun")).toInteger()) == *r.lun)
                return Status::Success;
        return *r.lun == 0 ? Status::Success : Status::NoLun;
    }
    return statusOf(c.call(QStringLiteral("lun.update"), p), {Status::NoLun, Status::LunExist, Status::LunActive});
}

Status lunStats(const Request& r, rpc::BlockingClient& c, QString* out)
{
    if (Status s = requireTarget(c, r.tid); s != Status::Success)
        return s;
    const rpc::RpcReply reply = c.call(QStringLiteral("stats.get"), withTid(r));
    if (!reply.ok())
        return statusOf(reply, {Status::NoTarget});
    QJsonArray filtered;
    bool found = *r.lun == 0;
    for (const QJsonValue& tv : reply.result.toArray()) {
        QJsonObject t = tv.toObject();
        QJsonArray luns;
        for (const QJsonValue& l : t.value(QLatin1String("luns")).toArray())
            if (quint64(l.toObject().value(QLatin1String("lun")).toInteger()) == *r.lun) {
                luns.append(l);
                found = true;
            }
        t[QStringLiteral("luns")] = luns;
        filtered.append(t);
    }
    if (!found)
        return Status::NoLun;
    *out = showStats(filtered);
    return Status::Success;
}

} // namespace

Status runTarget(const Request& r, rpc::BlockingClient& c, QString* out)
{
    switch (r.op) {
    case Op::New:
        return statusOf(c.call(QStringLiteral("target.create"), withTid(r, {{QStringLiteral("iqn"), *r.targetname},
                                                                             {QStringLiteral("nameCheck"), QStringLiteral("tgt")},
                                                                             {QStringLiteral("iscsiParams"), tgtIscsiParams()}})),
                        {Status::NoTarget, Status::TargetExist});
    case Op::Delete:
        return statusOf(c.call(QStringLiteral("target.delete"), withTid(r, {{QStringLiteral("force"), r.force}})),
                        {Status::NoTarget, Status::TargetExist, Status::TargetActive});
    case Op::Show: {
        if (r.tid < 0)
            return showAll(c, out);
        QJsonObject target;
        if (Status s = requireTarget(c, r.tid, &target); s != Status::Success)
            return s;
        const rpc::RpcReply config = c.call(QStringLiteral("config.export"));
        *out = showTargetParams(target.value(QLatin1String("iscsiParams")).toObject(),
                                config.result.toObject().value(QLatin1String("config")).toObject());
        return Status::Success;
    }
    case Op::Stats: {
        const rpc::RpcReply reply = c.call(QStringLiteral("stats.get"), withTid(r));
        if (reply.ok())
            *out = showStats(reply.result.toArray());
        return statusOf(reply, {Status::NoTarget});
    }
    case Op::Bind: return bind(r, c, true);
    case Op::Unbind: return bind(r, c, false);
    case Op::Update: return update(r, c);
    default: return Status::InvalidRequest;
    }
}

Status runDevice(const Request& r, rpc::BlockingClient& c, QString* out)
{
    switch (r.op) {
    case Op::New: return lunNew(r, c);
    case Op::Delete:
        if (Status s = requireTarget(c, r.tid); s != Status::Success)
            return s;
        if (*r.lun == 0)
            return Status::InvalidRequest;   // LUN 0 is special in tgt too
        // tgt removes a LU under running sessions; so does storlab with force.
        return statusOf(c.call(QStringLiteral("lun.remove"), withTid(r, {{QStringLiteral("lun"), double(*r.lun)}, {QStringLiteral("force"), true}})),
                        {Status::NoLun, Status::LunExist, Status::LunActive});
    case Op::Update: return lunUpdate(r, c);
    case Op::Stats: return lunStats(r, c, out);
    default: return Status::UnsupportedOperation;
    }
}

} // namespace storlab::cli::tgtadm
