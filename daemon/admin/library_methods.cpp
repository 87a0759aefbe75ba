// library.*, changer.* (shared/PROTOCOL.md, "library", "changer", "media"):
// listings answer at once; anything that moves media or touches media files
// runs as a deferred call on the RPC server's worker pool (the changer blocks
// for drive I/O and fsync), and its config change is committed back on the
// server's thread. Media methods are in library_media_methods.cpp.
#include "admin/admin_service.h"

#include "admin/changer_luns.h"
#include "admin/json_views.h"
#include "admin/library_elements.h"
#include "admin/library_json.h"
#include "admin/library_support.h"
#include "app/library_registry.h"

#include <QJsonDocument>

namespace storlab::admin {

void AdminService::registerLibraryMethods()
{
    methods_[QStringLiteral("library.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        QJsonArray out;
        if (host_.libraries)
            for (const auto& lib : host_.libraries->all()) {
                QJsonObject o = librarySummaryJson(*lib, findLibraryConfig(running_, lib->name));
                o[QStringLiteral("sessions")] = sessionCount(lib->iqn);
                out.append(o);
            }
        for (const ChangerLunLibrary& l : changerLunLibraries(host_, running_)) {   // changers built LU by LU
            QJsonObject o = librarySummaryJson(*l.handle, nullptr);
            o[QStringLiteral("tid")] = qint64(l.tid);
            o[QStringLiteral("sessions")] = sessionCount(l.handle->iqn);
            out.append(o);
        }
        return Outcome::value(out);
    };
    methods_[QStringLiteral("library.show")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"name", "library"});
        Outcome err;
        const ChangerLunLibrary lunChanger =
            findChangerLunLibrary(host_, running_, p.json().value(p.has("library") ? QLatin1String("library") : QLatin1String("name")).toString());
        auto lib = lunChanger.handle ? lunChanger.handle : findLibrary(host_, p, &err);
        if (!lib)
            return err;
        QJsonObject o = librarySummaryJson(*lib, findLibraryConfig(running_, lib->name));
        if (lunChanger.handle)
            o[QStringLiteral("tid")] = qint64(lunChanger.tid);
        o[QStringLiteral("sessions")] = sessionCount(lib->iqn);
        QJsonArray elements;
        for (const scsi::ElementStatus& s : lib->changer->elements())
            elements.append(elementJson(lib->changer->layout(), s));
        QJsonArray vault;
        for (const scsi::Medium& m : lib->changer->inventory().vault)
            vault.append(QJsonObject{{QStringLiteral("barcode"), QString::fromStdString(m.barcode)},
                                     {QStringLiteral("mediaType"), mediaTypeOf(m)}});
        o[QStringLiteral("elements")] = elements;
        o[QStringLiteral("vault")] = vault;
        o[QStringLiteral("importExportLocked")] = lib->changer->importExportLocked();
        return Outcome::value(o);
    };
    methods_[QStringLiteral("library.create")] = [this](Params& p, const CallContext&) {
        // The params are one libraries[] entry (shared/CONFIG.md).
        QJsonObject root{{QStringLiteral("libraries"), QJsonArray{p.json()}}};
        QList<config::LibraryConfig> parsed;
        if (QString e = config::readLibraries(root, parsed); !e.isEmpty()) {
            const QString field = e.section(QStringLiteral(": "), 0, 0).replace(QStringLiteral("libraries[0]"), QStringLiteral("params"));
            return Outcome::error(e.contains(QLatin1String("unknown key")) || e.contains(QLatin1String("must be a")) ? rpc::InvalidParams
                                                                                                                  : rpc::InvalidArgument,
                                  QStringLiteral("%1: %2").arg(field, e.section(QStringLiteral(": "), 1)), field);
        }
        const config::LibraryConfig& lib = parsed.first();
        if (findLibraryConfig(running_, lib.name))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("library %1 already exists: library.delete it first or pick another name").arg(lib.name),
                                  QStringLiteral("params.name"));
        for (const config::LibraryConfig& l : running_.libraries)
            if (l.iqn.compare(lib.iqn, Qt::CaseInsensitive) == 0)
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is the IQN of library %2: pick another").arg(lib.iqn, l.name),
                                      QStringLiteral("params.iqn"));
        if (running_.findTarget(lib.iqn))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is already a target: pick another IQN").arg(lib.iqn),
                                  QStringLiteral("params.iqn"));
        if (const QString user = lib.tid ? running_.iqnOfTid(lib.tid) : QString(); !user.isEmpty())
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("tid %1 is used by %2: pick another or leave it out").arg(lib.tid).arg(user),
                                  QStringLiteral("params.tid"));
        config::LabConfig next = running_;
        next.libraries << lib;
        Outcome o = commit(next, false);
        if (!o.ok())
            return o;
        if (auto built = host_.libraries ? host_.libraries->find(lib.name) : nullptr)
            return Outcome::value(librarySummaryJson(*built, findLibraryConfig(running_, lib.name)));
        return Outcome::value(QJsonObject{{QStringLiteral("name"), lib.name}});
    };
    methods_[QStringLiteral("library.delete")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"name", "library", "force"});
        const bool force = p.boolean("force", false);
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        config::LabConfig next = running_;
        next.libraries.removeIf([&](const config::LibraryConfig& l) { return l.name == lib->name; });
        return commit(next, force);
    };
    methods_[QStringLiteral("changer.move")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"library", "name", "from", "to"});
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        QString why;
        const auto src = resolveElement(*lib->changer, p.json().value(QLatin1String("from")), &why);
        if (!src)
            return Outcome::error(p.has("from") ? rpc::InvalidArgument : rpc::InvalidParams, QStringLiteral("params.from: %1").arg(why),
                                  QStringLiteral("params.from"));
        const auto dst = resolveElement(*lib->changer, p.json().value(QLatin1String("to")), &why);
        if (!dst)
            return Outcome::error(p.has("to") ? rpc::InvalidArgument : rpc::InvalidParams, QStringLiteral("params.to: %1").arg(why),
                                  QStringLiteral("params.to"));
        if (Outcome refused = checkMove(*lib, *src, *dst); !refused.ok())
            return refused;
        return Outcome::later([lib, src = *src, dst = *dst] { return runMove(*lib, src, dst); });
    };
    methods_[QStringLiteral("changer.import")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"library", "name", "barcode", "to"});
        const QString barcode = p.string("barcode", true);
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        std::optional<scsi::Medium> medium;
        for (const scsi::Medium& m : lib->changer->inventory().vault)
            if (QString::fromStdString(m.barcode) == barcode)
                medium = m;
        if (!medium)
            return Outcome::error(rpc::NotFound, QStringLiteral("%1 is not outside library %2 (media.list shows the vault)").arg(barcode, lib->name),
                                  QStringLiteral("params.barcode"));
        std::optional<uint16_t> ie;
        if (p.has("to")) {
            QString why;
            ie = resolveElement(*lib->changer, p.json().value(QLatin1String("to")), &why);
            if (!ie)
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.to: %1").arg(why), QStringLiteral("params.to"));
        }
        return Outcome::later([lib, m = *medium, ie] {
            auto r = lib->changer->importMedium(m, ie);
            if (!r.ok())
                return changerError(r.error());
            return Outcome::value(QJsonObject{{QStringLiteral("library"), lib->name}, {QStringLiteral("barcode"), QString::fromStdString(m.barcode)},
                                              {QStringLiteral("to"), int(*r)}, {QStringLiteral("toName"), elementName(lib->changer->layout(), *r)}});
        });
    };
    methods_[QStringLiteral("changer.export")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"library", "name", "from"});
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        QString why;
        const auto ie = resolveElement(*lib->changer, p.json().value(QLatin1String("from")), &why);
        if (!ie)
            return Outcome::error(p.has("from") ? rpc::InvalidArgument : rpc::InvalidParams, QStringLiteral("params.from: %1").arg(why),
                                  QStringLiteral("params.from"));
        return Outcome::later([lib, ie = *ie] {
            auto r = lib->changer->exportMedium(ie);
            if (!r.ok())
                return changerError(r.error());
            return Outcome::value(QJsonObject{{QStringLiteral("library"), lib->name}, {QStringLiteral("barcode"), QString::fromStdString(r->barcode)},
                                              {QStringLiteral("from"), int(ie)}, {QStringLiteral("fromName"), elementName(lib->changer->layout(), ie)}});
        });
    };
}

} // namespace storlab::admin
