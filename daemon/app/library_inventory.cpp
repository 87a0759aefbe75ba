#include "app/library_inventory.h"

#include "shared/atomic_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storlab::app {

namespace {

QString kindName(scsi::MediumKind k)
{
    switch (k) {
    case scsi::MediumKind::Cleaning: return QStringLiteral("cleaning");
    case scsi::MediumKind::Diagnostic: return QStringLiteral("diagnostic");
    case scsi::MediumKind::Worm: return QStringLiteral("worm");
    case scsi::MediumKind::Unspecified: return QStringLiteral("unspecified");
    case scsi::MediumKind::Data: break;
    }
    return QStringLiteral("data");
}

scsi::MediumKind kindFrom(const QString& s)
{
    if (s == QLatin1String("cleaning")) return scsi::MediumKind::Cleaning;
    if (s == QLatin1String("diagnostic")) return scsi::MediumKind::Diagnostic;
    if (s == QLatin1String("worm")) return scsi::MediumKind::Worm;
    if (s == QLatin1String("unspecified")) return scsi::MediumKind::Unspecified;
    return scsi::MediumKind::Data;
}

QJsonObject mediumJson(const scsi::Medium& m)
{
    QJsonObject o;
    o[QStringLiteral("barcode")] = QString::fromStdString(m.barcode);
    o[QStringLiteral("path")] = QString::fromStdString(m.path);
    o[QStringLiteral("kind")] = kindName(m.kind);
    return o;
}

scsi::Medium mediumFrom(const QJsonObject& o)
{
    return {o.value(QLatin1String("barcode")).toString().toStdString(),
            o.value(QLatin1String("path")).toString().toStdString(), kindFrom(o.value(QLatin1String("kind")).toString())};
}

} // namespace

QByteArray inventoryToJson(const scsi::Inventory& inv)
{
    QJsonObject root;
    root[QStringLiteral("schema")] = 1;
    QJsonArray elements;
    for (const scsi::InventoryEntry& e : inv.placed) {
        QJsonObject o = mediumJson(e.medium);
        o[QStringLiteral("address")] = int(e.address);
        if (e.source)
            o[QStringLiteral("source")] = int(*e.source);
        if (e.imported)
            o[QStringLiteral("imported")] = true;
        elements.append(o);
    }
    root[QStringLiteral("elements")] = elements;
    QJsonArray vault;
    for (const scsi::Medium& m : inv.vault)
        vault.append(mediumJson(m));
    root[QStringLiteral("vault")] = vault;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<scsi::Inventory> inventoryFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (!doc.isObject() || doc.object().value(QLatin1String("schema")).toInt() != 1) {
        if (error)
            *error = doc.isNull() ? perr.errorString() : QStringLiteral("not a schema 1 inventory");
        return std::nullopt;
    }
    scsi::Inventory inv;
    for (const QJsonValue& v : doc.object().value(QLatin1String("elements")).toArray()) {
        const QJsonObject o = v.toObject();
        const int address = o.value(QLatin1String("address")).toInt(-1);
        if (address < 0 || address > 0xFFFF || o.value(QLatin1String("path")).toString().isEmpty()) {
            if (error)
                *error = QStringLiteral("an element entry has no valid address or path");
            return std::nullopt;
        }
        scsi::InventoryEntry e;
        e.address = uint16_t(address);
        e.medium = mediumFrom(o);
        if (o.contains(QLatin1String("source")))
            e.source = uint16_t(o.value(QLatin1String("source")).toInt());
        e.imported = o.value(QLatin1String("imported")).toBool();
        inv.placed.push_back(std::move(e));
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("vault")).toArray())
        inv.vault.push_back(mediumFrom(v.toObject()));
    return inv;
}

std::optional<scsi::Inventory> loadInventory(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString why;
    auto inv = inventoryFromJson(f.readAll(), &why);
    if (!inv && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return inv;
}

QString saveInventory(const QString& path, const scsi::Inventory& inventory)
{
    return writeFileAtomically(path, inventoryToJson(inventory));
}

} // namespace storlab::app
