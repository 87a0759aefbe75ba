// media.*, library.addCartridges (shared/PROTOCOL.md, "media"): cartridge and
// disc files of the libraries. File work and the moves that place or remove
// media run deferred (worker pool); the media sets are then saved in the
// running configuration on the RPC server's thread.
#include "admin/admin_service.h"

#include "admin/library_elements.h"
#include "admin/library_json.h"
#include "admin/library_support.h"
#include "app/library_registry.h"
#include "media/tape_cartridge.h"
#include "media/tape_generation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace storlab::admin {

namespace {

// Saves a media set in the library's configuration entry (after a deferred create).
config::LabConfig withSet(config::LabConfig c, const QString& library, const NewMedium& first, quint32 count)
{
    for (config::LibraryConfig& l : c.libraries) {
        if (l.name != library)
            continue;
        if (first.kind == QLatin1String("tape"))
            l.cartridges << config::CartridgeSetConfig{first.barcode, count, first.generation, first.capacity, first.worm};
        else {
            config::DiscSetConfig d;
            d.first = first.barcode;
            d.count = count;
            d.blank = QStringLiteral("dvd+r");
            d.capacity = first.capacity;
            l.discs << d;
        }
    }
    return c;
}

} // namespace

void AdminService::registerMediaMethods()
{
    methods_[QStringLiteral("media.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"library"});
        std::vector<LibraryPtr> libs;
        if (p.has("library")) {
            Outcome err;
            auto lib = findLibrary(host_, p, &err);
            if (!lib)
                return err;
            libs.push_back(lib);
        } else if (host_.libraries) {
            libs = host_.libraries->all();
        }
        return Outcome::later([libs] {
            QJsonArray out;
            for (const auto& lib : libs) {
                const scsi::ElementLayout& layout = lib->changer->layout();
                for (const scsi::ElementStatus& s : lib->changer->elements()) {
                    if (!s.element.medium)
                        continue;
                    QJsonObject o = mediumFileJson(*s.element.medium);
                    o[QStringLiteral("library")] = lib->name;
                    o[QStringLiteral("location")] = elementName(layout, s.element.address);
                    o[QStringLiteral("address")] = int(s.element.address);
                    o[QStringLiteral("loaded")] = s.element.type == scsi::ElementType::DataTransfer && s.driveLoaded;
                    out.append(o);
                }
                for (const scsi::Medium& m : lib->changer->inventory().vault) {
                    if (!QFileInfo::exists(QString::fromStdString(m.path)))
                        continue;   // deleted (media.delete)
                    QJsonObject o = mediumFileJson(m);
                    o[QStringLiteral("library")] = lib->name;
                    o[QStringLiteral("location")] = QStringLiteral("vault");
                    o[QStringLiteral("address")] = QJsonValue::Null;
                    o[QStringLiteral("loaded")] = false;
                    out.append(o);
                }
            }
            return Outcome::value(out);
        });
    };
    // One medium or a barcode range, created and placed in free slots.
    auto create = [this](Params& p, bool range) -> Outcome {
        if (range)
            p.allowOnly({"library", "first", "count", "generation", "capacity", "worm", "type"});
        else
            p.allowOnly({"library", "barcode", "generation", "capacity", "worm", "type", "to"});
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        const config::LibraryConfig* cfg = findLibraryConfig(running_, lib->name);
        const bool optical = cfg && cfg->driveType == QLatin1String("dvd");
        NewMedium nm;
        nm.barcode = p.string(range ? "first" : "barcode", true).toUpper();
        nm.kind = p.string("type", false, optical ? QStringLiteral("dvd+r") : QStringLiteral("tape")).toLower();
        nm.generation = p.string("generation", false);
        nm.worm = p.boolean("worm", false);
        const auto count = range ? p.integer("count", false, 1, 2000) : std::optional<qint64>(1);
        const auto capacity = sizeParam(p, "capacity", &err);
        if (p.failed())
            return Outcome{};
        if (!capacity)
            return err;
        nm.capacity = *capacity;
        if (nm.kind != QLatin1String("tape") && nm.kind != QLatin1String("dvd+r"))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.type: \"tape\" or \"dvd+r\""), QStringLiteral("params.type"));
        if ((nm.kind == QLatin1String("tape")) == optical)
            return Outcome::error(rpc::InvalidArgument, optical ? QStringLiteral("library %1 has DVD drives: create dvd+r discs").arg(lib->name)
                                                                : QStringLiteral("library %1 has tape drives: create tape cartridges").arg(lib->name),
                                  QStringLiteral("params.type"));
        if (!nm.generation.isEmpty() && !media::parseGeneration(nm.generation.toStdString()))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.generation: '%1' is not LTO-1 .. LTO-10").arg(nm.generation),
                                  QStringLiteral("params.generation"));
        QStringList barcodes;
        if (nm.kind == QLatin1String("tape")) {
            auto r = media::barcodeRange(nm.barcode.toStdString(), unsigned(count.value_or(1)));
            if (!r.ok())
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.%1: %2").arg(range ? "first" : "barcode", QString::fromStdString(r.error().message)));
            for (const std::string& b : *r)
                barcodes << QString::fromStdString(b);
        } else {
            config::DiscSetConfig d;
            d.first = nm.barcode;
            d.count = quint32(count.value_or(1));
            barcodes = config::discLabels(d);
        }
        std::optional<uint16_t> to;
        if (p.has("to")) {
            QString why;
            to = resolveElement(*lib->changer, p.json().value(QLatin1String("to")), &why);
            if (!to)
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.to: %1").arg(why), QStringLiteral("params.to"));
        }
        if (Outcome refused = checkNewMedia(*lib, barcodes, nm.kind); !refused.ok())
            return refused;
        QDir().mkpath(lib->mediaDir);
        const QString name = lib->name;
        return Outcome::later(
            [lib, nm, barcodes, to] {
                QJsonArray made;
                for (const QString& b : barcodes) {
                    NewMedium one = nm;
                    one.barcode = b;
                    Outcome o = createAndPlace(*lib, one, to);
                    if (!o.ok()) {
                        o.data[QStringLiteral("created")] = made;
                        return o;
                    }
                    made.append(o.result);
                }
                return Outcome::value(made);
            },
            [this, name, nm, range, n = quint32(barcodes.size())](Outcome done) {
                // Saved even when only some were made: those exist and are placed.
                const QJsonArray made = done.ok() ? done.result.toArray() : done.data.value(QLatin1String("created")).toArray();
                if (!made.isEmpty()) {
                    NewMedium first = nm;
                    first.barcode = made.first().toObject().value(QLatin1String("barcode")).toString();
                    Outcome saved = commit(withSet(running_, name, first, quint32(made.size())), false);
                    if (done.ok() && !saved.ok())
                        return saved;
                }
                if (done.ok() && !range)
                    return Outcome::value(made.first());
                (void)n;
                return done;
            });
    };
    methods_[QStringLiteral("library.addCartridges")] = [create](Params& p, const CallContext&) { return create(p, true); };
    methods_[QStringLiteral("media.create")] = [create](Params& p, const CallContext&) { return create(p, false); };
    methods_[QStringLiteral("media.delete")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"library", "barcode"});
        const QString barcode = p.string("barcode", true).toUpper();
        Outcome err;
        auto lib = findLibrary(host_, p, &err);
        if (!lib)
            return err;
        if (p.failed())
            return Outcome{};
        const scsi::ElementLayout& layout = lib->changer->layout();
        std::optional<uint16_t> at;
        std::optional<scsi::Medium> medium;
        uint16_t freeIe = 0;
        bool haveIe = false;
        for (const scsi::ElementStatus& s : lib->changer->elements()) {
            if (s.element.medium && QString::fromStdString(s.element.medium->barcode) == barcode) {
                if (s.element.type == scsi::ElementType::DataTransfer)
                    return refusal(rpc::Busy, QStringLiteral("loaded"),
                                   QStringLiteral("%1 is loaded in %2: unload it first (move it to an empty slot)").arg(barcode, elementName(layout, s.element.address)));
                at = s.element.address;
                medium = s.element.medium;
            }
            if (s.element.type == scsi::ElementType::ImportExport && !s.element.medium && !haveIe) {
                freeIe = s.element.address;
                haveIe = true;
            }
        }
        if (!medium)
            for (const scsi::Medium& m : lib->changer->inventory().vault)
                if (QString::fromStdString(m.barcode) == barcode && QFileInfo::exists(QString::fromStdString(m.path)))
                    medium = m;
        if (!medium)
            return Outcome::error(rpc::NotFound, QStringLiteral("no medium %1 in library %2: media.list shows them").arg(barcode, lib->name),
                                  QStringLiteral("params.barcode"));
        const bool inSlot = at && *at >= layout.storageBase && *at < layout.storageBase + layout.storage;
        if (inSlot && !haveIe)
            return refusal(rpc::Busy, QStringLiteral("noFreeElement"),
                           QStringLiteral("%1 leaves the library through an import/export port and none is empty: empty one first").arg(barcode));
        if (lib->changer->importExportLocked() && at)
            return refusal(rpc::Busy, QStringLiteral("removalPrevented"),
                           QStringLiteral("removal is prevented by an initiator (PREVENT ALLOW MEDIUM REMOVAL on the changer): it must allow removal first"));
        const QString name = lib->name;
        return Outcome::later(
            [lib, at, inSlot, freeIe, m = *medium] {
                if (at) {
                    uint16_t ie = *at;
                    if (inSlot) {
                        if (auto r = lib->changer->move(*at, freeIe); !r.ok())
                            return changerError(r.error());
                        ie = freeIe;
                    }
                    if (auto r = lib->changer->exportMedium(ie); !r.ok())
                        return changerError(r.error());
                }
                const QString path = QString::fromStdString(m.path);
                // Only files the library made are deleted (an ISO used in place stays).
                const bool ours = QFileInfo(path).absolutePath() == QFileInfo(lib->mediaDir).absoluteFilePath();
                if (ours && !QFile::remove(path))
                    return Outcome::error(rpc::IoError, QStringLiteral("%1 left the library but %2 could not be deleted").arg(QString::fromStdString(m.barcode), path));
                return Outcome::value(QJsonObject{{QStringLiteral("library"), lib->name}, {QStringLiteral("barcode"), QString::fromStdString(m.barcode)},
                                                  {QStringLiteral("path"), path}, {QStringLiteral("fileDeleted"), ours}});
            },
            [this, name, barcode](Outcome done) {
                if (!done.ok())
                    return done;
                config::LabConfig next = running_;
                bool changed = false;
                for (config::LibraryConfig& l : next.libraries)
                    if (l.name == name) {
                        changed |= l.cartridges.removeIf([&](const auto& s) { return s.first == barcode && s.count == 1; }) > 0;
                        changed |= l.discs.removeIf([&](const auto& s) { return s.first == barcode && s.count == 1; }) > 0;
                    }
                if (changed)
                    if (Outcome saved = commit(next, false); !saved.ok())
                        return saved;
                return done;
            });
    };
}

} // namespace storlab::admin
