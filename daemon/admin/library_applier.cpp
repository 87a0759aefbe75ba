// ConfigApplier's part for libraries[] (tape libraries, DVD jukeboxes): the
// same live-apply path as targets. A library whose settings changed beyond
// its media sets is rebuilt (its sessions dropped with force); media sets
// changed alone are only saved (library.addCartridges / media.create place
// new media live; a config.import adds them at the next start).
#include "admin/config_applier.h"

#include "admin/json_views.h"
#include "app/identity_store.h"
#include "app/library_registry.h"
#include "iscsi/connection.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace storlab::admin {

namespace {

QByteArray structureKey(config::LibraryConfig l)
{
    l.cartridges.clear();
    l.discs.clear();
    QJsonObject root;
    config::writeLibraries({l}, root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

const config::LibraryConfig* findLibrary(const config::LabConfig& c, const QString& name)
{
    for (const config::LibraryConfig& l : c.libraries)
        if (l.name == name)
            return &l;
    return nullptr;
}

} // namespace

Outcome ConfigApplier::planLibraries(const config::LabConfig& current, const config::LabConfig& next, bool force, bool dryRun,
                                     std::vector<LibraryPlan>& plans, QStringList& changes)
{
    for (const config::LibraryConfig& l : current.libraries)
        if (!findLibrary(next, l.name))
            plans.push_back({&l, nullptr, true, std::nullopt});
    for (const config::LibraryConfig& l : next.libraries) {
        const config::LibraryConfig* was = findLibrary(current, l.name);
        plans.push_back({was, &l, !was || structureKey(*was) != structureKey(l), std::nullopt});
        for (const config::LibraryConfig& o : next.libraries)
            if (&o != &l && (o.name == l.name || o.iqn.compare(l.iqn, Qt::CaseInsensitive) == 0))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("library %1: name or IQN %2 is used twice").arg(l.name, l.iqn));
        if (next.findTarget(l.iqn))
            return Outcome::error(rpc::AlreadyExists,
                                  QStringLiteral("library %1: %2 is already a target: pick another IQN").arg(l.name, l.iqn));
    }
    if (!host_.libraries) {
        for (const LibraryPlan& p : plans)
            if (p.rebuild)
                return Outcome::error(rpc::Unsupported, QStringLiteral("libraries cannot be changed live here: restart the daemon"));
        return {};
    }
    app::IdentityStore identities(host_.stateDir + QStringLiteral("/identities.json"));
    if (QString err = identities.load(); !err.isEmpty())
        return Outcome::error(rpc::IoError, err);
    for (LibraryPlan& p : plans) {
        const config::LibraryConfig& l = p.after ? *p.after : *p.before;
        if (!p.rebuild) {
            QJsonObject a, b;
            config::writeLibraries({*p.before}, a);
            config::writeLibraries({*p.after}, b);
            if (a != b)
                changes << QStringLiteral("library %1 media sets saved (new media are placed by library.addCartridges/media.create, "
                                          "or at the next start)").arg(l.name);
            continue;
        }
        if (p.before) {
            const size_t live = sessionsOf(host_.server->sessions(), p.before->iqn).size();
            if (live && !force)
                return Outcome::error(rpc::Busy, QStringLiteral("library %1 has %2 session(s) on %3: log them out or pass force")
                                                     .arg(l.name).arg(live).arg(p.before->iqn));
        }
        changes << QStringLiteral("library %1 %2").arg(l.name, !p.before ? QStringLiteral("added")
                                                              : !p.after ? QStringLiteral("removed") : QStringLiteral("rebuilt"));
        if (dryRun || !p.after || p.before)
            continue;   // rebuilt ones are built after the old one is gone (they share files)
        if (host_.targets->find(l.iqn.toStdString()))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("library %1: %2 is already a target: pick another IQN").arg(l.name, l.iqn));
        app::BuiltLibrary built;
        if (QString err = app::buildLibrary(l, identities, host_.stateDir, host_.libraries, built); !err.isEmpty())
            return Outcome::error(err.contains(QLatin1String("cannot")) ? rpc::IoError : rpc::InvalidArgument,
                                  QStringLiteral("library %1: %2").arg(l.name, err));
        p.built = std::move(built);
    }
    return {};
}

void ConfigApplier::tearDownLibrary(const config::LibraryConfig& l, bool keepInventory)
{
    const auto gone = sessionsOf(host_.server->sessions(), l.iqn);
    host_.targets->remove(l.iqn.toStdString());
    for (const auto& s : gone)
        iscsi::closeConnectionLinks(s->connections(), "library deleted by the administrator");
    host_.libraries->remove(l.name);
    if (!keepInventory) {
        // A library created later under this name starts from its configuration.
        const QString inv = app::inventoryPath(l, host_.stateDir);
        QFile::remove(inv + QStringLiteral(".deleted"));
        QFile::rename(inv, inv + QStringLiteral(".deleted"));
    }
}

void ConfigApplier::installLibrary(const config::LibraryConfig& l, LibraryPlan& p)
{
    app::BuiltLibrary& built = *p.built;
    auto target = std::make_shared<iscsi::Target>();
    target->name = l.iqn.toStdString();
    target->alias = l.alias.toStdString();
    target->tpgt = l.tpgt;
    target->luns.set(built.luns);
    host_.targets->add(target);
    host_.libraries->add(std::move(built.handle));
}

void ConfigApplier::swapLibraries(std::vector<LibraryPlan>& plans, ApplyResult& res)
{
    if (!host_.libraries)
        return;
    for (LibraryPlan& p : plans) {
        if (!p.rebuild)
            continue;
        const QString name = (p.after ? p.after : p.before)->name;
        if (p.before)
            tearDownLibrary(*p.before, p.after != nullptr);
        if (p.after && !p.built) {
            // Rebuilt: the old changer and drives are gone from the registry and the target.
            app::IdentityStore identities(host_.stateDir + QStringLiteral("/identities.json"));
            identities.load();
            app::BuiltLibrary built;
            if (QString err = app::buildLibrary(*p.after, identities, host_.stateDir, host_.libraries, built); !err.isEmpty()) {
                res.changes << QStringLiteral("library %1 could not be rebuilt: %2 (fix it with library.create)").arg(name, err);
                continue;
            }
            p.built = std::move(built);
        }
        if (p.after)
            installLibrary(*p.after, p);
        res.events << qMakePair(QStringLiteral("event.library.changed"),
                                QJsonObject{{QStringLiteral("library"), name},
                                            {QStringLiteral("reason"), !p.before ? QStringLiteral("created")
                                                                       : !p.after ? QStringLiteral("deleted") : QStringLiteral("rebuilt")}});
    }
}

} // namespace storlab::admin
