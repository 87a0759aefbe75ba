#include "admin/config_applier.h"

#include "admin/json_views.h"
#include "admin/live_settings.h"
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "app/target_access_builder.h"
#include "app/target_params.h"
#include "iscsi/connection.h"
#include "scsi/disk_unit.h"
#include "scsi/ssc_drive.h"

#include <QJsonDocument>
#include <set>

namespace storlab::admin {

namespace {

QByteArray lunKey(const config::LunConfig& l)
{
    return QJsonDocument(lunJson(l)).toJson(QJsonDocument::Compact);
}

const config::LunConfig* findLun(const config::TargetConfig& t, quint64 lun)
{
    for (const config::LunConfig& l : t.luns)
        if (l.lun == lun)
            return &l;
    return nullptr;
}

// A drive LU rebuilt with the medium it holds (e.g. new INQUIRY strings):
// the old LU lets go of it first, since a writable disc or cartridge is
// locked by the one drive that has it (media/optical_disc.h). Returns the
// old drive when it did, to take the medium back if the new LU fails.
std::shared_ptr<scsi::RemovableMediumDevice> releaseMedium(const std::shared_ptr<scsi::LogicalUnit>& old, const QString& path)
{
    auto drive = scsi::asRemovableMedium(old);
    if (!drive || path.isEmpty() || !drive->hasMedium() || drive->mediumPath() != path.toStdString())
        return nullptr;
    return drive->unload(true).ok() ? drive : nullptr;
}

int errorCodeForBuild(const QString& message)
{
    return message.contains(QLatin1String("type")) && message.contains(QLatin1String("unknown")) ? rpc::Unsupported
                                                                                                 : rpc::IoError;
}

} // namespace

void ConfigApplier::setLuns(const std::string& iqn, std::shared_ptr<const scsi::LunMap> map)
{
    if (auto t = host_.targets->find(iqn))
        t->luns.set(map);
    auto& old = retired_[iqn];
    std::erase_if(old, [](const auto& w) { return w.expired(); });
    for (const auto& w : old)
        if (auto t = w.lock())
            t->luns.set(map);
}

void ConfigApplier::refreshAccess(const config::LabConfig& config)
{
    host_.targets->setDiscoveryAccess(app::buildDiscoveryAccess(config));
    for (const config::TargetConfig& tc : config.targets) {
        auto access = app::buildTargetAccess(config, tc);
        if (auto t = host_.targets->find(tc.iqn.toStdString()))
            t->accessSlot.set(access);
        for (const auto& w : retired_[tc.iqn.toStdString()])
            if (auto t = w.lock())
                t->accessSlot.set(access);
    }
}

ApplyResult ConfigApplier::apply(const config::LabConfig& current, const config::LabConfig& nextIn, bool force, bool dryRun)
{
    ApplyResult res;
    // Validate through the one parser, so the messages are the config's ("targets[0].luns[1].size: ...").
    QString parseError;
    auto parsed = config::LabConfig::fromJson(nextIn.toJson(), &parseError);
    if (!parsed) {
        res.error = Outcome::error(rpc::InvalidArgument, parseError);
        return res;
    }
    config::LabConfig next = *parsed;
    next.assignTids();
    iscsi::SessionManager& sessions = host_.server->sessions();

    // Plan: which targets go, come, change; which LUNs change within kept targets.
    struct TargetPlan {
        const config::TargetConfig* before = nullptr;
        const config::TargetConfig* after = nullptr;
        std::shared_ptr<scsi::LunMap> map;       // the new map when LUNs changed
        bool lunsChanged = false;
        bool replaceObject = false;              // alias/tpgt changed: new Target object
    };
    std::vector<TargetPlan> plans;
    for (const config::TargetConfig& t : current.targets)
        if (!next.findTarget(t.iqn))
            plans.push_back({&t, nullptr, nullptr, false, false});
    for (const config::TargetConfig& t : next.targets)
        plans.push_back({current.findTarget(t.iqn), &t, nullptr, false, false});

    app::IdentityStore identities(host_.stateDir + QStringLiteral("/identities.json"));
    if (QString err = identities.load(); !err.isEmpty()) {
        res.error = Outcome::error(rpc::IoError, err);
        return res;
    }
    for (TargetPlan& p : plans) {
        const QString iqn = (p.after ? p.after : p.before)->iqn;
        const size_t live = sessionsOf(sessions, iqn).size();
        if (!p.after) {
            if (live && !force) {
                res.error = Outcome::error(rpc::Busy, QStringLiteral("target %1 has %2 session(s): log them out first or pass force").arg(iqn).arg(live));
                return res;
            }
            res.changes << QStringLiteral("target %1 removed").arg(iqn);
            continue;
        }
        // New login parameters: a new Target object for new logins; sessions keep theirs (as tgt does).
        if (p.before && (p.before->alias != p.after->alias || p.before->tpgt != p.after->tpgt ||
                         p.before->iscsiParams != p.after->iscsiParams)) {
            p.replaceObject = true;
            res.changes << QStringLiteral("target %1 updated").arg(iqn);
        }
        std::shared_ptr<const scsi::LunMap> oldMap;
        if (p.before)
            if (auto t = host_.targets->find(iqn.toStdString()))
                oldMap = t->luns.get();
        auto map = std::make_shared<scsi::LunMap>();
        bool changed = !p.before;
        for (const config::LunConfig& lc : p.after->luns) {
            const config::LunConfig* was = p.before ? findLun(*p.before, lc.lun) : nullptr;
            if (was && lunKey(*was) == lunKey(lc) && oldMap && oldMap->count(lc.lun)) {
                (*map)[lc.lun] = oldMap->at(lc.lun);
                continue;
            }
            changed = true;
            if (was && live && !force) {
                res.error = Outcome::error(rpc::Busy, QStringLiteral("LUN %1 of %2 is in use by %3 session(s): pass force to change it under them").arg(lc.lun).arg(iqn).arg(live));
                return res;
            }
            res.changes << QStringLiteral("lun %1/%2 %3").arg(iqn).arg(lc.lun).arg(was ? QStringLiteral("changed") : QStringLiteral("added"));
            if (dryRun)
                continue;
            const auto handedOver = was && oldMap && oldMap->count(lc.lun) ? releaseMedium(oldMap->at(lc.lun), lc.path) : nullptr;
            const app::DeviceResult built = app::buildDevice({*p.after, lc, identities, host_.stateDir, app::unitFinder(host_.targets, next)});
            if (!built.unit) {
                if (handedOver)
                    (void)handedOver->load(lc.path.toStdString());   // the old LU keeps its medium
                res.error = Outcome::error(errorCodeForBuild(built.error), QStringLiteral("target %1 LUN %2: %3").arg(iqn).arg(lc.lun).arg(built.error));
                return res;
            }
            (*map)[lc.lun] = built.unit;
        }
        if (p.before) {
            for (const config::LunConfig& lc : p.before->luns) {
                if (findLun(*p.after, lc.lun))
                    continue;
                changed = true;
                if (live && !force) {
                    res.error = Outcome::error(rpc::Busy, QStringLiteral("LUN %1 of %2 is in use by %3 session(s): log them out or pass force").arg(lc.lun).arg(iqn).arg(live));
                    return res;
                }
                res.changes << QStringLiteral("lun %1/%2 removed").arg(iqn).arg(lc.lun);
            }
        }
        if (!map->count(0)) {
            // LUN 0 must answer (SPC-4 §4.6.4): keep the existing controller LU, or make one.
            if (oldMap && oldMap->count(0) && !findLun(*p.after, 0) && !(p.before && findLun(*p.before, 0))) {
                (*map)[0] = oldMap->at(0);
            } else {
                scsi::DeviceIdentity controller;
                controller.product = "CONTROLLER";
                QString err;
                const app::StoredIdentity id = identities.identityFor(iqn, 0, &err);
                controller.serial = id.serial.toStdString();
                controller.naa = id.naa;
                (*map)[0] = scsi::makeControllerUnit(controller);
            }
        }
        p.lunsChanged = changed;
        p.map = map;
        if (!p.before)
            res.changes << QStringLiteral("target %1 added").arg(iqn);
    }
    // Libraries (changer + drives targets): checked and built before the swap.
    std::vector<LibraryPlan> libraryPlans;
    if (Outcome e = planLibraries(current, next, force, dryRun, libraryPlans, res.changes); !e.ok()) {
        res.error = e;
        return res;
    }
    // Portals and settings that need a restart.
    QStringList portalsAdded, portalsRemoved;
    for (const QString& a : next.portals)
        if (!current.portals.contains(a))
            portalsAdded << a;
    for (const QString& a : current.portals)
        if (!next.portals.contains(a))
            portalsRemoved << a;
    for (const QString& a : portalsAdded)
        res.changes << QStringLiteral("portal %1 added").arg(a);
    for (const QString& a : portalsRemoved)
        res.changes << QStringLiteral("portal %1 removed").arg(a);
    // admin.tls, metrics, reactors, NOP timing: prepared here, in effect after the portals bound.
    LiveSettingsPlan live;
    if (Outcome e = planLiveSettings(host_, current, next, dryRun, res.changes, live); !e.ok()) {
        res.error = e;
        return res;
    }
    if (dryRun)
        return res;

    // Portals first: binding can fail, and then nothing else has changed yet.
    QStringList bound;
    for (const QString& a : portalsAdded) {
        QString actual;
        if (QString err = host_.addPortal(a, &actual); !err.isEmpty()) {
            for (const QString& b : bound)
                host_.removePortal(b);
            res.error = Outcome::error(err.contains(QLatin1String("ermission")) ? rpc::PermissionDenied : rpc::InvalidArgument, err);
            return res;
        }
        bound << actual;
        res.events << qMakePair(QStringLiteral("event.portal.added"), QJsonObject{{QStringLiteral("address"), actual}});
    }
    live.commit();
    for (const QString& a : portalsRemoved) {
        host_.removePortal(a);
        res.events << qMakePair(QStringLiteral("event.portal.removed"), QJsonObject{{QStringLiteral("address"), a}});
    }

    // Swap in.
    for (TargetPlan& p : plans) {
        if (!p.after) {
            const std::string iqn = p.before->iqn.toStdString();
            auto gone = sessionsOf(sessions, p.before->iqn);
            host_.targets->remove(iqn);
            for (const auto& s : gone)
                iscsi::closeConnectionLinks(s->connections(), "target deleted by the administrator");
            retired_.erase(iqn);
            res.events << qMakePair(QStringLiteral("event.target.deleted"),
                                    QJsonObject{{QStringLiteral("tid"), qint64(p.before->tid)}, {QStringLiteral("iqn"), p.before->iqn}});
            continue;
        }
        const std::string iqn = p.after->iqn.toStdString();
        auto existing = host_.targets->find(iqn);
        if (!existing || p.replaceObject) {
            auto target = std::make_shared<iscsi::Target>();
            target->name = iqn;
            target->alias = p.after->alias.toStdString();
            target->tpgt = p.after->tpgt;
            target->luns.set(p.map);
            target->limits = app::buildTargetLimits(host_.server->settings().limits, p.after->iscsiParams);
            if (existing)
                retired_[iqn].push_back(existing);
            host_.targets->add(target);
        }
        if (p.lunsChanged) {
            std::shared_ptr<const scsi::LunMap> before = existing ? existing->luns.get() : nullptr;
            setLuns(iqn, p.map);
            if (before) {
                // SPC-4 §6.33 / SAM-5: REPORTED LUNS DATA HAS CHANGED for the LUs that stay.
                for (const auto& [n, unit] : *p.map)
                    if (before->count(n) && before->at(n) == unit)
                        unit->lunInventoryChanged();
            }
            const config::TargetConfig* b = p.before;
            for (const config::LunConfig& lc : p.after->luns) {
                const config::LunConfig* was = b ? findLun(*b, lc.lun) : nullptr;
                if (was && lunKey(*was) == lunKey(lc))
                    continue;
                res.events << qMakePair(was ? QStringLiteral("event.lun.updated") : QStringLiteral("event.lun.added"),
                                        QJsonObject{{QStringLiteral("target"), p.after->iqn}, {QStringLiteral("tid"), qint64(p.after->tid)},
                                                    {QStringLiteral("lun"), lunJson(lc)}});
            }
            if (b)
                for (const config::LunConfig& lc : b->luns)
                    if (!findLun(*p.after, lc.lun))
                        res.events << qMakePair(QStringLiteral("event.lun.removed"),
                                                QJsonObject{{QStringLiteral("target"), p.after->iqn}, {QStringLiteral("tid"), qint64(p.after->tid)},
                                                            {QStringLiteral("lun"), qint64(lc.lun)}});
        }
        if (!p.before)
            res.events << qMakePair(QStringLiteral("event.target.created"), targetJson(*p.after, 0));
        else if (p.replaceObject || p.before->incomingUsers != p.after->incomingUsers || p.before->outgoingUser != p.after->outgoingUser)
            res.events << qMakePair(QStringLiteral("event.target.updated"), targetJson(*p.after, int(sessionsOf(sessions, p.after->iqn).size())));
        if (p.before && (p.before->initiatorAddresses != p.after->initiatorAddresses || p.before->initiatorNames != p.after->initiatorNames))
            res.events << qMakePair(QStringLiteral("event.acl.changed"),
                                    QJsonObject{{QStringLiteral("target"), p.after->iqn}, {QStringLiteral("tid"), qint64(p.after->tid)},
                                                {QStringLiteral("initiatorAddresses"), QJsonArray::fromStringList(p.after->initiatorAddresses)},
                                                {QStringLiteral("initiatorNames"), QJsonArray::fromStringList(p.after->initiatorNames)}});
    }
    swapLibraries(libraryPlans, res);
    refreshAccess(next);
    return res;
}

} // namespace storlab::admin
