#include "admin/library_support.h"

#include "admin/library_elements.h"
#include "media/optical_disc.h"
#include "media/tape_cartridge.h"
#include "media/tape_generation.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <set>

namespace storlab::admin {

namespace ce = scsi::changer_error;

const config::LibraryConfig* findLibraryConfig(const config::LabConfig& config, const QString& name)
{
    for (const config::LibraryConfig& l : config.libraries)
        if (l.name == name)
            return &l;
    return nullptr;
}

LibraryPtr findLibrary(const AdminHost& host, Params& p, Outcome* error)
{
    const char* key = p.has("library") ? "library" : "name";
    const QString name = p.string(key, true);
    if (p.failed()) {
        *error = Outcome::error(rpc::InvalidParams, QStringLiteral("params.library: missing (a library name: library.list shows them)"),
                                QStringLiteral("params.library"));
        return nullptr;
    }
    if (auto lib = host.libraries ? host.libraries->find(name) : nullptr)
        return lib;
    *error = Outcome::error(rpc::NotFound, QStringLiteral("no library %1: library.list shows the libraries").arg(name),
                            QStringLiteral("params.") + QLatin1String(key));
    return nullptr;
}

std::optional<quint64> sizeParam(Params& p, const char* key, Outcome* err)
{
    const QJsonValue v = p.json().value(QLatin1String(key));
    if (v.isUndefined())
        return quint64(0);
    if (v.isDouble() && v.toDouble() >= 0)
        return quint64(v.toDouble());
    if (v.isString())
        if (auto bytes = config::parseSize(v.toString()))
            return *bytes;
    *err = Outcome::error(rpc::InvalidParams, QStringLiteral("params.%1: a number of bytes or \"8G\"").arg(QLatin1String(key)),
                          QStringLiteral("params.") + QLatin1String(key));
    return std::nullopt;
}

Outcome refusal(int code, const QString& reason, const QString& message)
{
    Outcome o = Outcome::error(code, message);
    o.data[QStringLiteral("reason")] = reason;
    return o;
}

Outcome changerError(const Error& e)
{
    const QString m = QString::fromStdString(e.message);
    switch (e.code) {
    case ce::InvalidAddress: return refusal(rpc::NotFound, QStringLiteral("invalidAddress"), m);
    case ce::SourceEmpty: return refusal(rpc::InvalidArgument, QStringLiteral("sourceEmpty"), m);
    case ce::DestinationFull: return refusal(rpc::Busy, QStringLiteral("destinationFull"), m);
    case ce::RemovalPrevented: return refusal(rpc::Busy, QStringLiteral("removalPrevented"), m);
    case ce::IncompatibleMedium: return refusal(rpc::InvalidArgument, QStringLiteral("incompatibleMedium"), m);
    case ce::DriveFailed: return refusal(rpc::IoError, QStringLiteral("driveFailed"), m);
    case ce::NoFreeElement: return refusal(rpc::Busy, QStringLiteral("noFreeElement"), m);
    case ce::InvalidMedium: return refusal(rpc::InvalidArgument, QStringLiteral("invalidMedium"), m);
    case ce::PersistFailed: return refusal(rpc::IoError, QStringLiteral("persistFailed"), m);
    default: return refusal(rpc::IoError, QStringLiteral("driveFailed"), m);
    }
}

Outcome checkMove(const app::LibraryHandle& lib, uint16_t from, uint16_t to)
{
    const scsi::ElementLayout& layout = lib.changer->layout();
    std::optional<scsi::ElementStatus> s, d;
    for (const scsi::ElementStatus& e : lib.changer->elements()) {
        if (e.element.address == from)
            s = e;
        if (e.element.address == to)
            d = e;
    }
    const QString fromName = elementName(layout, from), toName = elementName(layout, to);
    if (!s || !d)
        return refusal(rpc::NotFound, QStringLiteral("invalidAddress"), QStringLiteral("no such element: library.show lists them"));
    auto isDrive = [](const scsi::ElementStatus& e) { return e.element.type == scsi::ElementType::DataTransfer; };
    auto barcodeOf = [](const scsi::ElementStatus& e) {
        return e.element.medium && !e.element.medium->barcode.empty() ? QString::fromStdString(e.element.medium->barcode)
                                                                      : QStringLiteral("a medium without label");
    };
    if (s->element.type == scsi::ElementType::MediumTransport || d->element.type == scsi::ElementType::MediumTransport)
        return refusal(rpc::InvalidArgument, QStringLiteral("invalidAddress"),
                       QStringLiteral("the transport (robot arm) holds nothing between moves: move from and to slots, drives or IE ports"));
    if (!s->element.medium && !(isDrive(*s) && s->driveLoaded))
        return refusal(rpc::InvalidArgument, QStringLiteral("sourceEmpty"),
                       QStringLiteral("%1 is empty: library.show lists where the media are").arg(fromName));
    if (from == to)
        return {};
    if (d->element.medium || (isDrive(*d) && d->driveLoaded))
        return refusal(rpc::Busy, QStringLiteral("destinationFull"),
                       isDrive(*d) ? QStringLiteral("%1 is occupied by %2: unload it first (move it from %1 to an empty slot)").arg(toName, barcodeOf(*d))
                                   : QStringLiteral("%1 is full (%2): pick an empty one").arg(toName, barcodeOf(*d)));
    if (isDrive(*s) && s->drivePrevented)
        return refusal(rpc::Busy, QStringLiteral("removalPrevented"),
                       QStringLiteral("removal is prevented by an initiator (PREVENT ALLOW MEDIUM REMOVAL) in %1 (LUN %2): "
                                      "the initiator must allow removal first (e.g. mt unlock, sg_prevent --allow)").arg(fromName).arg(s->lun));
    return {};
}

Outcome runMove(const app::LibraryHandle& lib, uint16_t from, uint16_t to)
{
    QString barcode;
    for (const scsi::ElementStatus& e : lib.changer->elements())
        if (e.element.address == from && e.element.medium)
            barcode = QString::fromStdString(e.element.medium->barcode);
    auto r = lib.changer->move(from, to);
    if (!r.ok())
        return changerError(r.error());
    const scsi::ElementLayout& layout = lib.changer->layout();
    return Outcome::value(QJsonObject{{QStringLiteral("library"), lib.name}, {QStringLiteral("barcode"), barcode},
                                      {QStringLiteral("from"), int(from)}, {QStringLiteral("to"), int(to)},
                                      {QStringLiteral("fromName"), elementName(layout, from)}, {QStringLiteral("toName"), elementName(layout, to)}});
}

Outcome checkNewMedia(const app::LibraryHandle& lib, const QStringList& barcodes, const QString& kind)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Z0-9_-]{1,32}$"));
    const scsi::Inventory inv = lib.changer->inventory();
    int freeSlots = 0, freeIe = 0;
    for (const scsi::ElementStatus& e : lib.changer->elements()) {
        freeSlots += e.element.type == scsi::ElementType::Storage && !e.element.medium ? 1 : 0;
        freeIe += e.element.type == scsi::ElementType::ImportExport && !e.element.medium ? 1 : 0;
    }
    for (const QString& b : barcodes) {
        if (!tag.match(b).hasMatch())
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("barcode '%1': 1-32 characters of A-Z 0-9 - _").arg(b), QStringLiteral("params.barcode"));
        for (const auto& e : inv.placed)
            if (QString::fromStdString(e.medium.barcode) == b)
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is already in library %2").arg(b, lib.name));
        for (const auto& m : inv.vault)
            if (QString::fromStdString(m.barcode) == b && QFile::exists(QString::fromStdString(m.path)))
                return Outcome::error(rpc::AlreadyExists,
                                      QStringLiteral("%1 belongs to library %2 (outside it): changer.import brings it back").arg(b, lib.name));
        const QString ext = kind == QLatin1String("tape") ? QStringLiteral(".tape") : QStringLiteral(".dvdr");
        if (QFile::exists(lib.mediaDir + QLatin1Char('/') + b + ext))
            return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1/%2%3 exists already: delete it or pick another barcode").arg(lib.mediaDir, b, ext));
    }
    if (barcodes.size() > freeSlots)
        return Outcome::error(rpc::Busy, QStringLiteral("library %1 has %2 empty slot(s) for %3 new medium(s): export or delete media first")
                                             .arg(lib.name).arg(freeSlots).arg(barcodes.size()));
    if (!freeIe)
        return Outcome::error(rpc::Busy, lib.changer->layout().importExport
                                             ? QStringLiteral("every import/export port of %1 is full: new media come in through one; empty one first").arg(lib.name)
                                             : QStringLiteral("library %1 has no import/export port, through which new media come in: create it with ieSlots >= 1").arg(lib.name));
    return {};
}

Outcome createAndPlace(const app::LibraryHandle& lib, const NewMedium& nm, std::optional<uint16_t> to)
{
    const bool tape = nm.kind == QLatin1String("tape");
    const std::string path = (lib.mediaDir + QLatin1Char('/') + nm.barcode + (tape ? QStringLiteral(".tape") : QStringLiteral(".dvdr"))).toStdString();
    scsi::Medium m{nm.barcode.toStdString(), path, scsi::MediumKind::Data};
    if (tape) {
        media::CreateOptions o;
        o.barcode = m.barcode;
        if (!nm.generation.isEmpty())
            o.generation = media::parseGeneration(nm.generation.toStdString());
        o.capacity = nm.capacity;
        o.worm = nm.worm || (media::mediaFromBarcode(m.barcode) && media::mediaFromBarcode(m.barcode)->worm);
        if (o.worm)
            m.kind = scsi::MediumKind::Worm;
        auto made = media::TapeCartridge::create(path, o);
        if (!made.ok())
            return Outcome::error(rpc::IoError, QStringLiteral("cannot create %1: %2").arg(QString::fromStdString(path), QString::fromStdString(made.error().message)));
    } else {
        media::BlankOptions o;
        o.capacityBytes = nm.capacity;
        auto made = media::OpticalDisc::createBlank(path, o);
        if (!made.ok())
            return Outcome::error(rpc::IoError, QStringLiteral("cannot create %1: %2").arg(QString::fromStdString(path), QString::fromStdString(made.error().message)));
    }
    Outcome placed = placeMedium(lib, m, to);
    if (!placed.ok())
        QFile::remove(QString::fromStdString(path));
    return placed;
}

Outcome placeMedium(const app::LibraryHandle& lib, const scsi::Medium& m, std::optional<uint16_t> to)
{
    auto ie = lib.changer->importMedium(m);
    if (!ie.ok())
        return changerError(ie.error());
    uint16_t at = *ie;
    std::optional<uint16_t> slot = to;
    if (!slot) {
        // The first empty slot that is not the home of a cartridge in a drive
        // (its unload goes back there); any empty one when there is no other.
        const auto elements = lib.changer->elements();
        std::set<uint16_t> homes;
        for (const scsi::ElementStatus& e : elements)
            if (e.element.type == scsi::ElementType::DataTransfer && e.element.medium && e.element.source)
                homes.insert(*e.element.source);
        for (const bool avoidHomes : {true, false}) {
            for (const scsi::ElementStatus& e : elements)
                if (e.element.type == scsi::ElementType::Storage && !e.element.medium && !(avoidHomes && homes.count(e.element.address))) {
                    slot = e.element.address;
                    break;
                }
            if (slot)
                break;
        }
    }
    if (slot && *slot != at) {
        if (auto r = lib.changer->move(at, *slot); r.ok())
            at = *slot;
    }
    return Outcome::value(QJsonObject{{QStringLiteral("library"), lib.name}, {QStringLiteral("barcode"), QString::fromStdString(m.barcode)},
                                      {QStringLiteral("path"), QString::fromStdString(m.path)},
                                      {QStringLiteral("location"), elementName(lib.changer->layout(), at)}, {QStringLiteral("address"), int(at)}});
}

} // namespace storlab::admin
