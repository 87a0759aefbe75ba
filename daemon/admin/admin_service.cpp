#include "admin/admin_service.h"
#include "admin/busy_poll_setting.h"

#include "admin/json_views.h"
#include "admin/password_hash.h"
#include "admin/stats_json.h"
#include "backing/backing_store.h"
#include "core/logging.h"
#include "iscsi/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <unistd.h>

namespace storlab::admin {

namespace {
// session.logout: how long the initiator has to log out when asked (RFC 7143 §11.9.1 Parameter3).
constexpr int kLogoutRequestSeconds = 5;

// The backing stores this build has ("rdwr", ..., "rbd", "glfs").
QStringList storeNames()
{
    QStringList names;
    for (const std::string& s : backing::backingStoreTypes())
        names << QString::fromStdString(s);
    return names;
}

// The stores this build left out and the library each lacks.
QJsonArray missingStoresJson()
{
    QJsonArray out;
    for (const auto& [store, library] : backing::missingBackingStoreTypes())
        out.append(QJsonObject{{QStringLiteral("store"), QString::fromStdString(store)},
                               {QStringLiteral("needs"), QString::fromStdString(library)}});
    return out;
}
} // namespace

AdminService::AdminService(AdminHost& host, config::LabConfig running, QString statePath)
    : host_(host), running_(std::move(running)), applier_(host), store_(std::move(statePath))
{
    running_.assignTids();
    uptime_.start();
    registerMethods();
    registerObjectMethods();
    registerLibraryMethods();
    registerMediaMethods();
    registerDriveMethods();
    registerJobMethods();
    registerMetricsMethods();
    registerIsnsMethods();
}

QStringList AdminService::capabilities() const
{
    QStringList stores;   // one lun.stores:<store> per store this build has
    for (const std::string& s : backing::backingStoreTypes())
        stores << QStringLiteral("lun.stores:") + QString::fromStdString(s);
    stores << QStringLiteral("lun.stores:sg") << QStringLiteral("lun.stores:bsg");   // pt LUNs (scsi/scsi_generic_node.h)
    return QStringList{QStringLiteral("targets"), QStringLiteral("luns"), QStringLiteral("luns.live"), QStringLiteral("portals"),
            QStringLiteral("accounts"), QStringLiteral("acls"), QStringLiteral("sessions"), QStringLiteral("sessions.logout"),
            QStringLiteral("stats"), QStringLiteral("config.import"), QStringLiteral("events"), QStringLiteral("auth"),
            QStringLiteral("lun.types:disk"), QStringLiteral("lun.types:dvd"), QStringLiteral("lun.types:changer"), QStringLiteral("lun.types:tape"),
            QStringLiteral("lun.types:pt"), QStringLiteral("lun.types:osd"),
            QStringLiteral("libraries"), QStringLiteral("changer"), QStringLiteral("media"),
            QStringLiteral("events.library"), QStringLiteral("drives"), QStringLiteral("jobs"), QStringLiteral("media.import"),
            QStringLiteral("metrics"), QStringLiteral("config.live"), QStringLiteral("busyPoll"),
            QStringLiteral("isns")} + stores;
}

Outcome AdminService::call(const QString& method, const QJsonObject& params, const CallContext& context)
{
    auto it = methods_.constFind(method);
    if (it == methods_.constEnd())
        return Outcome::error(rpc::MethodNotFound,
                              QStringLiteral("unknown method '%1': see shared/PROTOCOL.md or server.info capabilities").arg(method));
    Params p(params);
    Outcome o = (*it)(p, context);
    if (p.failed())
        return p.error();
    return o;
}

QJsonArray AdminService::stats() const
{
    return statsJson(host_, running_);
}

int AdminService::sessionCount(const QString& iqn) const
{
    return int(sessionsOf(host_.server->sessions(), iqn).size());
}

config::TargetConfig* AdminService::target(config::LabConfig& config, Params& p, Outcome* error)
{
    const QString iqn = p.string("target", false);
    const auto tid = p.integer("tid", false, 1, 1 << 30);
    if (p.failed())
        return nullptr;
    if (iqn.isEmpty() && !tid) {
        *error = Outcome::error(rpc::InvalidParams, QStringLiteral("params.target: missing (an IQN, or pass tid)"), QStringLiteral("params.target"));
        return nullptr;
    }
    for (config::TargetConfig& t : config.targets)
        if ((!iqn.isEmpty() && t.iqn.compare(iqn, Qt::CaseInsensitive) == 0) || (tid && t.tid == quint32(*tid)))
            return &t;
    *error = Outcome::error(rpc::NotFound,
                            QStringLiteral("no target %1: target.list shows the targets").arg(iqn.isEmpty() ? QStringLiteral("with tid %1").arg(*tid) : iqn));
    return nullptr;
}

Outcome AdminService::commit(const config::LabConfig& next, bool force, QJsonValue result)
{
    ApplyResult r = applier_.apply(running_, next, force, false);
    if (!r.error.ok())
        return r.error;
    config::LabConfig applied = next;
    applied.schema = config::kSchemaVersion;
    applied.assignTids();
    const config::LabConfig previous = running_;
    running_ = applied;
    if (QString err = store_.save(running_); !err.isEmpty()) {
        // Live state changed but the file did not: say so loudly; the next save retries.
        qCWarning(lcConfig).noquote() << "configuration not saved:" << err;
        events_ += r.events;
        return Outcome::error(rpc::IoError, QStringLiteral("applied, but the configuration could not be saved: %1").arg(err));
    }
    events_ += r.events;
    events_ << qMakePair(QStringLiteral("event.config.saved"),
                         QJsonObject{{QStringLiteral("path"), store_.path()}, {QStringLiteral("generation"), qint64(store_.savedCount())}});
    for (const QString& c : r.changes)
        qCInfo(lcConfig).noquote() << "admin:" << c;
    return Outcome::value(result);
}

void AdminService::registerMethods()
{
    methods_[QStringLiteral("server.info")] = [this](Params& p, const CallContext& ctx) {
        p.allowOnly({});
        return Outcome::value(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("storlabd")},
            {QStringLiteral("version"), host_.version},
            {QStringLiteral("protocolVersion"), rpc::kProtocolVersion},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities())},
            {QStringLiteral("pid"), qint64(::getpid())},
            {QStringLiteral("uptime"), qint64(uptime_.elapsed() / 1000)},
            {QStringLiteral("stateDir"), host_.stateDir},
            {QStringLiteral("configPath"), store_.path()},
            {QStringLiteral("loadedFrom"), host_.loadedFrom},
            {QStringLiteral("socket"), socketPath},
            {QStringLiteral("logLevel"), logLevel},
            {QStringLiteral("transport"), ctx.tls ? QStringLiteral("tls") : QStringLiteral("local")},
            {QStringLiteral("reactors"), host_.reactorCounts ? host_.reactorCounts() : QJsonObject{}},
            {QStringLiteral("busyPoll"), busyPollInfo(host_, running_)},
            {QStringLiteral("stores"), QJsonArray::fromStringList(storeNames())},
            {QStringLiteral("missingStores"), missingStoresJson()},
            {QStringLiteral("user"), ctx.user}});
    };
    methods_[QStringLiteral("server.shutdown")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        if (p.failed())
            return Outcome{};
        events_ << qMakePair(QStringLiteral("event.server.shutdown"), QJsonObject{});
        if (host_.shutdown)
            host_.shutdown();
        return Outcome::value(QJsonObject{});
    };
    methods_[QStringLiteral("server.setLogLevel")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"level"});
        const QString level = p.string("level", true);
        if (p.failed())
            return Outcome{};
        if (!host_.setLogLevel || !host_.setLogLevel(level))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.level: '%1' is not error, warning, info or debug").arg(level),
                                  QStringLiteral("params.level"));
        logLevel = level;
        return Outcome::value(QJsonObject{{QStringLiteral("level"), level}});
    };
    // --- portals ---
    methods_[QStringLiteral("portal.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        for (const QString& a : running_.portals) {
            QString host;
            quint16 port = 0;
            config::parsePortal(a, &host, &port);
            out.append(QJsonObject{{QStringLiteral("address"), a}, {QStringLiteral("host"), host}, {QStringLiteral("port"), int(port)}});
        }
        return Outcome::value(out);
    };
    methods_[QStringLiteral("portal.add")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"address"});
        const QString a = p.string("address", true);
        if (p.failed())
            return Outcome{};
        QString host;
        quint16 port = 0;
        static const QRegularExpression anyPort(QStringLiteral(":0$"));
        QString probe = a;
        probe.replace(anyPort, QStringLiteral(":1"));
        if (!config::parsePortal(probe, &host, &port))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.address: '%1' is not ADDRESS:PORT (IPv6 as [::1]:3260)").arg(a),
                                  QStringLiteral("params.address"));
        if (running_.portals.contains(a))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("portal %1 already exists").arg(a));
        QString actual;
        if (QString err = host_.addPortal(a, &actual); !err.isEmpty())
            return Outcome::error(err.contains(QLatin1String("ermission")) ? rpc::PermissionDenied : rpc::InvalidArgument, err);
        // Listening already: record it and save (the applier sees no difference left).
        config::LabConfig next = running_;
        next.portals << actual;
        running_.portals << actual;
        Outcome o = commit(next, false, QJsonObject{{QStringLiteral("address"), actual}, {QStringLiteral("host"), host},
                                                    {QStringLiteral("port"), actual.section(QLatin1Char(':'), -1).toInt()}});
        if (o.ok())
            events_ << qMakePair(QStringLiteral("event.portal.added"), QJsonObject{{QStringLiteral("address"), actual}});
        return o;
    };
    methods_[QStringLiteral("portal.remove")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"address"});
        const QString a = p.string("address", true);
        if (p.failed())
            return Outcome{};
        if (!running_.portals.contains(a))
            return Outcome::error(rpc::NotFound, QStringLiteral("no portal %1: portal.list shows them").arg(a));
        config::LabConfig next = running_;
        next.portals.removeAll(a);
        return commit(next, false);
    };
    // --- sessions ---
    methods_[QStringLiteral("session.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid"});
        QString only;
        if (p.has("target") || p.has("tid")) {
            Outcome err;
            config::TargetConfig* t = target(running_, p, &err);
            if (!t)
                return err;
            only = t->iqn;
        }
        QJsonArray out;
        for (const auto& s : host_.server->sessions().all()) {
            const QString iqn = QString::fromStdString(s->params().targetName);
            if (!only.isEmpty() && iqn.compare(only, Qt::CaseInsensitive) != 0)
                continue;
            out.append(sessionJson(*s, running_.tidOf(iqn)));
        }
        return Outcome::value(out);
    };
    methods_[QStringLiteral("session.logout")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"tsih", "seconds"});
        const auto tsih = p.integer("tsih", true, 1, 65535);
        const auto seconds = p.integer("seconds", false, 0, 3600);
        if (p.failed())
            return Outcome{};
        auto s = host_.server->sessions().find(uint16_t(*tsih));
        if (!s)
            return Outcome::error(rpc::NotFound, QStringLiteral("no session with TSIH %1: session.list shows them").arg(*tsih));
        const int wait = seconds ? int(*seconds) : kLogoutRequestSeconds;
        if (wait == 0)
            iscsi::closeConnectionLinks(s->connections(), "logged out by the administrator");
        else
            iscsi::requestSessionLogout(s, uint16_t(wait));
        return Outcome::value(QJsonObject{{QStringLiteral("seconds"), wait}});
    };
    // --- stats ---
    methods_[QStringLiteral("stats.get")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid"});
        QString only;
        if (p.has("target") || p.has("tid")) {
            Outcome err;
            config::TargetConfig* t = target(running_, p, &err);
            if (!t) {
                // A library's target: by its IQN or its tid (libraries[].tid).
                QString iqn = p.string("target", false);
                if (iqn.isEmpty())
                    iqn = running_.iqnOfTid(quint32(p.json().value(QLatin1String("tid")).toInteger()));
                if (iqn.isEmpty() || !host_.targets->find(iqn.toStdString()))
                    return err;
                only = iqn;
            } else {
                only = t->iqn;
            }
        }
        if (p.failed())
            return Outcome{};
        return Outcome::value(statsJson(host_, running_, only));
    };
    // --- config ---
    methods_[QStringLiteral("config.export")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        return Outcome::value(QJsonObject{{QStringLiteral("config"), QJsonDocument::fromJson(running_.toJson()).object()}});
    };
    methods_[QStringLiteral("config.import")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"config", "dryRun", "force"});
        const bool dryRun = p.boolean("dryRun", false);
        const bool force = p.boolean("force", false);
        if (!p.json().value(QLatin1String("config")).isObject())
            return Outcome::error(rpc::InvalidParams, QStringLiteral("params.config: missing (the configuration document, an object)"),
                                  QStringLiteral("params.config"));
        if (p.failed())
            return Outcome{};
        QString error;
        auto next = config::LabConfig::fromJson(QJsonDocument(p.json().value(QLatin1String("config")).toObject()).toJson(), &error);
        if (!next)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("config: %1").arg(error));
        ApplyResult plan = applier_.apply(running_, *next, force, true);
        if (!plan.error.ok())
            return plan.error;
        const QJsonObject result{{QStringLiteral("changes"), QJsonArray::fromStringList(plan.changes)}};
        if (dryRun)
            return Outcome::value(result);
        return commit(*next, force, result);
    };
}

} // namespace storlab::admin
