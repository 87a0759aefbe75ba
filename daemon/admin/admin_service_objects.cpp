// target.*, lun.*, account.*, acl.*, adminUser.*, token.* (shared/PROTOCOL.md §7).
#include "admin/admin_service.h"

#include "admin/json_views.h"
#include "admin/stats_json.h"
#include "admin/password_hash.h"
#include "app/target_params.h"
#include "shared/iscsi_params.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace storlab::admin {

namespace {

const char* const kLunKeys[] = {"type", "store", "path", "size", "blockSize", "readOnly", "writeCache", "direct", "sync",
                                "thinProvisioning", "vendor", "product", "revision", "serial", "naa", "options", "bsopts"};

// Merges LUN keys from params into `lun` through the config parser (one set of rules and messages).
Outcome mergeLun(const QJsonObject& params, config::LunConfig& lun)
{
    QJsonObject o = lunJson(lun);
    for (const char* k : kLunKeys)
        if (params.contains(QLatin1String(k)))
            o[QLatin1String(k)] = params.value(QLatin1String(k));
    if (params.contains(QLatin1String("size")) && params.value(QLatin1String("size")).isDouble())
        o[QStringLiteral("size")] = QString::number(qint64(params.value(QLatin1String("size")).toDouble()));
    else if (o.value(QLatin1String("size")).isDouble())
        o[QStringLiteral("size")] = QString::number(qint64(o.value(QLatin1String("size")).toDouble()));
    const QJsonObject doc{{QStringLiteral("targets"),
                           QJsonArray{QJsonObject{{QStringLiteral("iqn"), QStringLiteral("iqn.2000-01.x:y")},
                                                  {QStringLiteral("luns"), QJsonArray{o}}}}}};
    QString error;
    auto parsed = config::LabConfig::fromJson(QJsonDocument(doc).toJson(), &error);
    if (!parsed) {
        error.replace(QStringLiteral("targets[0].luns[0]."), QStringLiteral("params."));
        const bool unsupported = error.contains(QLatin1String(".type"));
        return Outcome::error(unsupported ? rpc::Unsupported : rpc::InvalidArgument, error, error.section(QLatin1Char(':'), 0, 0));
    }
    lun = parsed->targets[0].luns[0];
    return {};
}

// params.iscsiParams {Key: "value" | number | null} into `params` (null: back to the daemon-wide
// value). Nothing changes when one key is wrong.
Outcome mergeIscsiParams(const QJsonValue& v, QMap<QString, QString>& params)
{
    if (!v.isObject())
        return Outcome::error(rpc::InvalidParams, QStringLiteral("params.iscsiParams: must be an object {\"Key\": \"value\"}"),
                              QStringLiteral("params.iscsiParams"));
    QMap<QString, QString> merged = params;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = QStringLiteral("params.iscsiParams.") + it.key();
        const QJsonValue value = it.value();
        if ((!value.isString() && !value.isDouble() && !value.isNull()) ||
            (value.isDouble() && value.toDouble() != std::floor(value.toDouble())))
            return Outcome::error(rpc::InvalidParams, at + QStringLiteral(": must be a string, a number or null"), at);
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toString();
        const config::IscsiParamCheck c = config::checkIscsiParam(it.key(), value.isNull() ? QStringLiteral("Yes") : text);
        if (c.name.isEmpty() || c.unsupported)   // unknown key, or one of tgt's that storlab lacks
            return Outcome::error(c.unsupported ? rpc::Unsupported : rpc::InvalidArgument, at + QStringLiteral(": ") + c.error, at);
        if (value.isNull()) {
            merged.remove(c.name);
            continue;
        }
        if (!c.ok())
            return Outcome::error(rpc::InvalidArgument, at + QStringLiteral(": ") + c.error, at);
        merged.insert(c.name, c.value);
    }
    params = merged;
    return {};
}

QJsonObject aclJson(const config::TargetConfig& t)
{
    return QJsonObject{{QStringLiteral("initiatorAddresses"), QJsonArray::fromStringList(t.initiatorAddresses)},
                       {QStringLiteral("initiatorNames"), QJsonArray::fromStringList(t.initiatorNames)}};
}

} // namespace

QJsonObject AdminService::targetView(const config::TargetConfig& t) const
{
    QJsonObject o = targetJson(t, sessionCount(t.iqn));
    o[QStringLiteral("iscsiParams")] = app::effectiveIscsiParams(host_.server->settings().limits, t.iscsiParams);
    return o;
}

void AdminService::registerObjectMethods()
{
    // --- targets ---
    methods_[QStringLiteral("target.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        for (const config::TargetConfig& t : running_.targets)
            out.append(QJsonObject{{QStringLiteral("tid"), qint64(t.tid)}, {QStringLiteral("iqn"), t.iqn},
                                   {QStringLiteral("alias"), t.alias}, {QStringLiteral("tpgt"), int(t.tpgt)},
                                   {QStringLiteral("luns"), int(t.luns.size())}, {QStringLiteral("sessions"), sessionCount(t.iqn)}});
        return Outcome::value(out);
    };
    methods_[QStringLiteral("target.show")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid"});
        Outcome err;
        config::TargetConfig* t = target(running_, p, &err);
        return t ? Outcome::value(targetView(*t)) : err;
    };
    methods_[QStringLiteral("target.create")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"iqn", "tid", "alias", "tpgt", "luns", "nameCheck", "iscsiParams"});
        config::TargetConfig t;
        t.iqn = p.string("iqn", true);
        t.alias = p.string("alias", false);
        const QString nameCheck = p.string("nameCheck", false, QStringLiteral("rfc"));
        const auto tid = p.integer("tid", false, 1, 1 << 30);
        const auto tpgt = p.integer("tpgt", false, 1, 65535);
        if (p.has("luns") && !p.json().value(QLatin1String("luns")).isArray())
            return Outcome::error(rpc::InvalidParams, QStringLiteral("params.luns: must be an array of LUN objects"), QStringLiteral("params.luns"));
        if (p.failed())
            return Outcome{};
        if (nameCheck != QLatin1String("rfc") && nameCheck != QLatin1String("tgt"))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.nameCheck: '%1' is not rfc or tgt").arg(nameCheck),
                                  QStringLiteral("params.nameCheck"));
        if (!config::isValidTargetName(t.iqn, nameCheck))
            return Outcome::error(rpc::InvalidArgument,
                                  nameCheck == QLatin1String("tgt")
                                      ? QStringLiteral("params.iqn: '%1' has characters tgt refuses (letters, digits, ':', '.', '-' only)").arg(t.iqn)
                                      : QStringLiteral("params.iqn: '%1' is not an iSCSI name like iqn.2026-11.org.example:disk1 (RFC 7143 §4.2.7)").arg(t.iqn),
                                  QStringLiteral("params.iqn"));
        // Only a name that needs tgt's rule remembers it (the saved config re-checks it at start).
        if (nameCheck == QLatin1String("tgt") && !config::isValidIscsiName(t.iqn))
            t.nameCheck = nameCheck;
        if (running_.findTarget(t.iqn))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("target %1 already exists").arg(t.iqn));
        if (const QString user = tid ? running_.iqnOfTid(quint32(*tid)) : QString(); !user.isEmpty())
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("tid %1 is used by %2").arg(*tid).arg(user));
        t.tid = tid ? quint32(*tid) : 0;
        t.tpgt = tpgt ? quint16(*tpgt) : 1;
        if (p.has("iscsiParams"))
            if (Outcome e = mergeIscsiParams(p.json().value(QLatin1String("iscsiParams")), t.iscsiParams); !e.ok())
                return e;
        const QJsonArray luns = p.json().value(QLatin1String("luns")).toArray();
        for (int i = 0; i < luns.size(); ++i) {
            config::LunConfig lun;
            const QJsonObject lo = luns[i].toObject();
            if (!lo.value(QLatin1String("lun")).isDouble())
                return Outcome::error(rpc::InvalidParams, QStringLiteral("params.luns[%1].lun: missing (0..16383)").arg(i));
            lun.lun = quint64(lo.value(QLatin1String("lun")).toDouble());
            if (Outcome e = mergeLun(lo, lun); !e.ok())
                return e;
            t.luns << lun;
        }
        config::LabConfig next = running_;
        next.targets << t;
        next.assignTids();
        const config::TargetConfig created = next.targets.last();
        return commit(next, false, targetView(created));
    };
    methods_[QStringLiteral("target.delete")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "force"});
        const bool force = p.boolean("force", false);
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        if (!t)
            return err;
        const QString iqn = t->iqn;
        next.targets.removeIf([&](const config::TargetConfig& x) { return x.iqn == iqn; });
        return commit(next, force);
    };
    methods_[QStringLiteral("target.update")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "alias", "iscsiParams"});
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        if (!t)
            return err;
        t->alias = p.string("alias", false, t->alias);
        if (p.failed())
            return Outcome{};
        if (p.has("iscsiParams"))
            if (Outcome e = mergeIscsiParams(p.json().value(QLatin1String("iscsiParams")), t->iscsiParams); !e.ok())
                return e;
        const config::TargetConfig copy = *t;
        return commit(next, false, targetView(copy));
    };
    // target.bindAccount / target.unbindAccount params: {target|tid, user, direction}.
    struct Binding {
        config::LabConfig next;
        config::TargetConfig* target = nullptr;
        QString user;
        QString direction;
    };
    auto binding = [this](Params& p, Binding& b) -> Outcome {
        p.allowOnly({"target", "tid", "user", "direction"});
        b.next = running_;
        Outcome err;
        b.target = target(b.next, p, &err);
        b.user = p.string("user", true);
        b.direction = p.string("direction", false, QStringLiteral("incoming"));
        if (!b.target)
            return err;
        if (p.failed())
            return Outcome::error(rpc::InvalidParams, QString());   // p's own error is returned by call()
        if (b.direction != QLatin1String("incoming") && b.direction != QLatin1String("outgoing"))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.direction: must be incoming or outgoing"), QStringLiteral("params.direction"));
        return Outcome{};
    };
    methods_[QStringLiteral("target.bindAccount")] = [this, binding](Params& p, const CallContext&) {
        Binding b;
        if (Outcome e = binding(p, b); !e.ok())
            return e;
        bool known = false;
        for (const config::ChapAccount& a : b.next.accounts)
            known = known || a.user == b.user;
        if (!known)
            return Outcome::error(rpc::NotFound, QStringLiteral("no account %1: create it with account.create").arg(b.user));
        if (b.direction == QLatin1String("incoming")) {
            if (b.target->incomingUsers.contains(b.user))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is already bound incoming to %2").arg(b.user, b.target->iqn));
            b.target->incomingUsers << b.user;
        } else {
            b.target->outgoingUser = b.user;
        }
        return commit(b.next, false);
    };
    methods_[QStringLiteral("target.unbindAccount")] = [this, binding](Params& p, const CallContext&) {
        Binding b;
        if (Outcome e = binding(p, b); !e.ok())
            return e;
        const bool outgoing = b.direction == QLatin1String("outgoing");
        if (outgoing ? b.target->outgoingUser != b.user : !b.target->incomingUsers.contains(b.user))
            return Outcome::error(rpc::NotFound, QStringLiteral("%1 is not bound %2 to %3").arg(b.user, b.direction, b.target->iqn));
        if (outgoing)
            b.target->outgoingUser.clear();
        else
            b.target->incomingUsers.removeAll(b.user);
        return commit(b.next, false);
    };
    // --- LUNs ---
    methods_[QStringLiteral("lun.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid"});
        Outcome err;
        config::TargetConfig* t = target(running_, p, &err);
        if (!t)
            return err;
        QJsonArray out;
        for (const config::LunConfig& l : t->luns) {
            QJsonObject o = lunJson(l);
            o[QStringLiteral("health")] = liveLunHealth(host_, t->iqn, l.lun);
            out.append(o);
        }
        return Outcome::value(out);
    };
    methods_[QStringLiteral("lun.show")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun"});
        Outcome err;
        config::TargetConfig* t = target(running_, p, &err);
        const auto lunNumber = p.integer("lun", true, 0, 16383);
        if (p.failed())
            return Outcome{};
        if (!t)
            return err;
        for (const config::LunConfig& l : t->luns) {
            if (l.lun != quint64(*lunNumber))
                continue;
            QJsonObject o = lunJson(l);
            o[QStringLiteral("health")] = liveLunHealth(host_, t->iqn, l.lun);
            return Outcome::value(o);
        }
        return Outcome::error(rpc::NotFound, QStringLiteral("no LUN %1 in %2: lun.list shows them").arg(*lunNumber).arg(t->iqn));
    };
    methods_[QStringLiteral("lun.add")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun", "type", "store", "path", "size", "blockSize", "readOnly", "writeCache", "direct",
                     "sync", "thinProvisioning", "vendor", "product", "revision", "serial", "naa", "options", "bsopts"});
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        const auto lunNumber = p.integer("lun", true, 0, 16383);
        if (p.failed())
            return Outcome{};
        if (!t)
            return err;
        for (const config::LunConfig& l : t->luns)
            if (l.lun == quint64(*lunNumber))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("LUN %1 of %2 exists: lun.update changes it, lun.remove removes it").arg(*lunNumber).arg(t->iqn));
        config::LunConfig lun;
        lun.lun = quint64(*lunNumber);
        if (Outcome e = mergeLun(p.json(), lun); !e.ok())
            return e;
        t->luns << lun;
        return commit(next, false, lunJson(lun));
    };
    methods_[QStringLiteral("lun.update")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun", "force", "type", "store", "path", "size", "blockSize", "readOnly", "writeCache",
                     "direct", "sync", "thinProvisioning", "vendor", "product", "revision", "serial", "naa", "options", "bsopts"});
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        const auto lunNumber = p.integer("lun", true, 0, 16383);
        const bool force = p.boolean("force", false);
        if (p.failed())
            return Outcome{};
        if (!t)
            return err;
        for (config::LunConfig& l : t->luns) {
            if (l.lun != quint64(*lunNumber))
                continue;
            if (Outcome e = mergeLun(p.json(), l); !e.ok())
                return e;
            const config::LunConfig copy = l;
            return commit(next, force, lunJson(copy));
        }
        return Outcome::error(rpc::NotFound, QStringLiteral("no LUN %1 in %2: lun.list shows them").arg(*lunNumber).arg(t->iqn));
    };
    methods_[QStringLiteral("lun.remove")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun", "force"});
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        const auto lunNumber = p.integer("lun", true, 0, 16383);
        const bool force = p.boolean("force", false);
        if (p.failed())
            return Outcome{};
        if (!t)
            return err;
        const auto before = t->luns.size();
        t->luns.removeIf([&](const config::LunConfig& l) { return l.lun == quint64(*lunNumber); });
        if (t->luns.size() == before)
            return Outcome::error(rpc::NotFound, QStringLiteral("no LUN %1 in %2: lun.list shows them").arg(*lunNumber).arg(t->iqn));
        return commit(next, force);
    };
    // --- CHAP accounts ---
    methods_[QStringLiteral("account.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        for (const config::ChapAccount& a : running_.accounts) {
            QJsonArray bound;
            for (const config::TargetConfig& t : running_.targets) {
                if (t.incomingUsers.contains(a.user))
                    bound.append(QJsonObject{{QStringLiteral("target"), t.iqn}, {QStringLiteral("tid"), qint64(t.tid)}, {QStringLiteral("direction"), QStringLiteral("incoming")}});
                if (t.outgoingUser == a.user)
                    bound.append(QJsonObject{{QStringLiteral("target"), t.iqn}, {QStringLiteral("tid"), qint64(t.tid)}, {QStringLiteral("direction"), QStringLiteral("outgoing")}});
            }
            out.append(QJsonObject{{QStringLiteral("user"), a.user}, {QStringLiteral("targets"), bound}});
        }
        return Outcome::value(out);
    };
    methods_[QStringLiteral("account.create")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"user", "password"});
        config::ChapAccount a{p.string("user", true), p.string("password", true)};
        if (p.failed())
            return Outcome{};
        if (a.user.isEmpty() || a.user.size() > 255 || a.user.contains(QLatin1Char(' ')))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.user: 1..255 characters without spaces"), QStringLiteral("params.user"));
        if (a.password.isEmpty() || a.password.toUtf8().size() > 255)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.password: a CHAP secret of 1..255 bytes (12 or more recommended)"), QStringLiteral("params.password"));
        for (const config::ChapAccount& o : running_.accounts)
            if (o.user == a.user)
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("account %1 already exists").arg(a.user));
        config::LabConfig next = running_;
        next.accounts << a;
        events_ << qMakePair(QStringLiteral("event.account.created"), QJsonObject{{QStringLiteral("user"), a.user}});
        return commit(next, false, QJsonObject{{QStringLiteral("user"), a.user}});
    };
    methods_[QStringLiteral("account.delete")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"user", "force"});
        const QString user = p.string("user", true);
        const bool force = p.boolean("force", false);
        if (p.failed())
            return Outcome{};
        config::LabConfig next = running_;
        if (!next.accounts.removeIf([&](const config::ChapAccount& a) { return a.user == user; }))
            return Outcome::error(rpc::NotFound, QStringLiteral("no account %1: account.list shows them").arg(user));
        for (config::TargetConfig& t : next.targets) {
            if (!t.incomingUsers.contains(user) && t.outgoingUser != user)
                continue;
            if (!force)
                return Outcome::error(rpc::Busy, QStringLiteral("account %1 is bound to %2: unbind it or pass force").arg(user, t.iqn));
            t.incomingUsers.removeAll(user);
            if (t.outgoingUser == user)
                t.outgoingUser.clear();
        }
        if (next.discovery.incomingUsers.contains(user) || next.discovery.outgoingUser == user) {
            if (!force)
                return Outcome::error(rpc::Busy, QStringLiteral("account %1 is bound to discovery: unbind it or pass force").arg(user));
            next.discovery.incomingUsers.removeAll(user);
            if (next.discovery.outgoingUser == user)
                next.discovery.outgoingUser.clear();
        }
        events_ << qMakePair(QStringLiteral("event.account.deleted"), QJsonObject{{QStringLiteral("user"), user}});
        return commit(next, false);
    };
    // --- ACLs ---
    methods_[QStringLiteral("acl.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid"});
        Outcome err;
        config::TargetConfig* t = target(running_, p, &err);
        return t ? Outcome::value(aclJson(*t)) : err;
    };
    auto aclEdit = [this](Params& p, bool add) {
        p.allowOnly({"target", "tid", "address", "initiator"});
        config::LabConfig next = running_;
        Outcome err;
        config::TargetConfig* t = target(next, p, &err);
        const QString address = p.string("address", false);
        const QString initiator = p.string("initiator", false);
        if (p.failed())
            return Outcome{};
        if (!t)
            return err;
        if (address.isEmpty() == initiator.isEmpty())
            return Outcome::error(rpc::InvalidParams, QStringLiteral("params: pass exactly one of address or initiator"));
        QStringList& list = address.isEmpty() ? t->initiatorNames : t->initiatorAddresses;
        const QString value = address.isEmpty() ? initiator : address;
        if (add) {
            if (!address.isEmpty() && !config::isValidInitiatorAddress(address))
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.address: '%1' is not ALL, an IP address or ADDRESS/PREFIX").arg(address),
                                      QStringLiteral("params.address"));
            if (!initiator.isEmpty() && !config::isValidIscsiName(initiator))
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.initiator: '%1' is not an iSCSI name").arg(initiator),
                                      QStringLiteral("params.initiator"));
            if (list.contains(value))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is already in the ACL of %2").arg(value, t->iqn));
            list << value;
        } else if (!list.removeAll(value)) {
            return Outcome::error(rpc::NotFound, QStringLiteral("%1 is not in the ACL of %2: acl.list shows it").arg(value, t->iqn));
        }
        const QJsonObject acl = aclJson(*t);
        return commit(next, false, acl);
    };
    methods_[QStringLiteral("acl.add")] = [aclEdit](Params& p, const CallContext&) { return aclEdit(p, true); };
    methods_[QStringLiteral("acl.remove")] = [aclEdit](Params& p, const CallContext&) { return aclEdit(p, false); };
    // --- admin users and tokens (local socket only) ---
    auto localOnly = [](const CallContext& ctx) {
        return ctx.tls ? Outcome::error(rpc::PermissionDenied, QStringLiteral("manage admin users and tokens over the local socket"))
                       : Outcome{};
    };
    methods_[QStringLiteral("adminUser.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        for (const config::AdminUser& u : running_.admin.users)
            out.append(QJsonObject{{QStringLiteral("name"), u.name}});
        return Outcome::value(out);
    };
    methods_[QStringLiteral("adminUser.set")] = [this, localOnly](Params& p, const CallContext& ctx) {
        p.allowOnly({"name", "password"});
        const QString name = p.string("name", true);
        const QString password = p.string("password", true);
        if (p.failed())
            return Outcome{};
        if (Outcome o = localOnly(ctx); !o.ok())
            return o;
        if (name.isEmpty() || password.size() < 8)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.password: at least 8 characters"), QStringLiteral("params.password"));
        config::LabConfig next = running_;
        next.admin.users.removeIf([&](const config::AdminUser& u) { return u.name == name; });
        next.admin.users << config::AdminUser{name, hashPassword(password)};
        return commit(next, false, QJsonObject{{QStringLiteral("name"), name}});
    };
    methods_[QStringLiteral("adminUser.delete")] = [this, localOnly](Params& p, const CallContext& ctx) {
        p.allowOnly({"name"});
        const QString name = p.string("name", true);
        if (p.failed())
            return Outcome{};
        if (Outcome o = localOnly(ctx); !o.ok())
            return o;
        config::LabConfig next = running_;
        if (!next.admin.users.removeIf([&](const config::AdminUser& u) { return u.name == name; }))
            return Outcome::error(rpc::NotFound, QStringLiteral("no admin user %1").arg(name));
        return commit(next, false);
    };
    methods_[QStringLiteral("token.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        for (const config::AdminToken& t : running_.admin.tokens)
            out.append(QJsonObject{{QStringLiteral("name"), t.name}});
        return Outcome::value(out);
    };
    methods_[QStringLiteral("token.create")] = [this, localOnly](Params& p, const CallContext& ctx) {
        p.allowOnly({"name"});
        const QString name = p.string("name", true);
        if (p.failed())
            return Outcome{};
        if (Outcome o = localOnly(ctx); !o.ok())
            return o;
        for (const config::AdminToken& t : running_.admin.tokens)
            if (t.name == name)
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("token %1 exists: revoke it first").arg(name));
        const QString token = newToken();
        config::LabConfig next = running_;
        next.admin.tokens << config::AdminToken{name, hashToken(token)};
        return commit(next, false, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("token"), token}});
    };
    methods_[QStringLiteral("token.revoke")] = [this, localOnly](Params& p, const CallContext& ctx) {
        p.allowOnly({"name"});
        const QString name = p.string("name", true);
        if (p.failed())
            return Outcome{};
        if (Outcome o = localOnly(ctx); !o.ok())
            return o;
        config::LabConfig next = running_;
        if (!next.admin.tokens.removeIf([&](const config::AdminToken& t) { return t.name == name; }))
            return Outcome::error(rpc::NotFound, QStringLiteral("no token %1").arg(name));
        return commit(next, false);
    };
}

} // namespace storlab::admin
