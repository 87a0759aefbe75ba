#include "admin/library_json.h"

#include "admin/library_elements.h"
#include "media/tape_cartridge.h"
#include "media/tape_generation.h"

#include <QFileInfo>
#include <sys/stat.h>

namespace storlab::admin {

namespace {
QString kindName(scsi::MediumKind k)
{
    switch (k) {
    case scsi::MediumKind::Data: return QStringLiteral("data");
    case scsi::MediumKind::Cleaning: return QStringLiteral("cleaning");
    case scsi::MediumKind::Diagnostic: return QStringLiteral("diagnostic");
    case scsi::MediumKind::Worm: return QStringLiteral("worm");
    case scsi::MediumKind::Unspecified: break;
    }
    return QStringLiteral("unspecified");
}
} // namespace

QString mediaTypeOf(const scsi::Medium& medium)
{
    const QString path = QString::fromStdString(medium.path);
    if (path.endsWith(QLatin1String(".dvdr"), Qt::CaseInsensitive))
        return QStringLiteral("DVD+R");
    if (path.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
        return QStringLiteral("DVD-ROM");
    if (auto m = media::mediaFromBarcode(medium.barcode))
        return QString::fromUtf8(media::generationInfo(m->generation).name);
    return path.endsWith(QLatin1String(".tape")) ? QStringLiteral("LTO") : QStringLiteral("unknown");
}

QJsonObject librarySummaryJson(const app::LibraryHandle& lib, const config::LibraryConfig* cfg)
{
    const scsi::ElementLayout& layout = lib.changer->layout();
    int media = 0;
    for (const scsi::ElementStatus& e : lib.changer->elements())
        media += e.element.medium ? 1 : 0;
    QJsonArray luns;
    for (quint64 l : lib.driveLuns)
        luns.append(qint64(l));
    QJsonObject o{{QStringLiteral("name"), lib.name},
                  {QStringLiteral("iqn"), lib.iqn},
                  {QStringLiteral("personality"), lib.personality},
                  {QStringLiteral("driveType"), cfg ? cfg->driveType : QStringLiteral("tape")},
                  {QStringLiteral("drives"), int(layout.dataTransfer)},
                  {QStringLiteral("driveLuns"), luns},
                  {QStringLiteral("changerLun"), qint64(lib.changerLun)},
                  {QStringLiteral("slots"), int(layout.storage)},
                  {QStringLiteral("ieSlots"), int(layout.importExport)},
                  {QStringLiteral("media"), media},
                  {QStringLiteral("mediaDir"), lib.mediaDir}};
    if (cfg && cfg->driveType != QLatin1String("dvd"))
        o[QStringLiteral("generation")] = cfg->driveGeneration;
    if (cfg)
        o[QStringLiteral("tid")] = qint64(cfg->tid);
    return o;
}

QJsonObject elementJson(const scsi::ElementLayout& layout, const scsi::ElementStatus& s)
{
    const scsi::Element& e = s.element;
    const int first = (e.type == scsi::ElementType::Storage || e.type == scsi::ElementType::ImportExport) ? 1 : 0;
    QJsonObject o{{QStringLiteral("address"), int(e.address)},
                  {QStringLiteral("name"), elementName(layout, e.address)},
                  {QStringLiteral("type"), QLatin1String(scsi::elementTypeName(e.type))},
                  {QStringLiteral("index"), e.index + first},
                  {QStringLiteral("full"), bool(e.medium)},
                  {QStringLiteral("imported"), e.imported},
                  {QStringLiteral("except"), e.except}};
    if (e.medium) {
        o[QStringLiteral("barcode")] = QString::fromStdString(e.medium->barcode);
        o[QStringLiteral("mediaType")] = mediaTypeOf(*e.medium);
        o[QStringLiteral("kind")] = kindName(e.medium->kind);
        o[QStringLiteral("worm")] = e.medium->kind == scsi::MediumKind::Worm;
    }
    if (e.source) {
        o[QStringLiteral("source")] = int(*e.source);
        o[QStringLiteral("sourceName")] = elementName(layout, *e.source);
    }
    if (e.type == scsi::ElementType::DataTransfer)
        o[QStringLiteral("drive")] = QJsonObject{{QStringLiteral("lun"), qint64(s.lun)},
                                                 {QStringLiteral("loaded"), s.driveReady},
                                                 {QStringLiteral("prevented"), s.drivePrevented}};
    return o;
}

QJsonObject mediumFileJson(const scsi::Medium& m)
{
    const QString path = QString::fromStdString(m.path);
    const QString type = mediaTypeOf(m);
    QJsonObject o{{QStringLiteral("barcode"), QString::fromStdString(m.barcode)},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("worm"), m.kind == scsi::MediumKind::Worm},
                  {QStringLiteral("exists"), QFileInfo::exists(path)}};
    struct stat st {};
    const bool statted = ::stat(m.path.c_str(), &st) == 0;
    if (path.endsWith(QLatin1String(".tape"))) {
        if (auto h = media::TapeCartridge::readHeader(m.path); h.ok()) {
            o[QStringLiteral("type")] = QString::fromUtf8(media::generationInfo(h->generation).name);
            o[QStringLiteral("capacity")] = double(h->effectiveCapacity());
            o[QStringLiteral("worm")] = h->worm;
            o[QStringLiteral("writeProtected")] = h->writeProtected;
        }
        // Records follow the 64 KiB header area (media/tape_cartridge.h).
        if (statted)
            o[QStringLiteral("used")] = double(st.st_size > 65536 ? st.st_size - 65536 : 0);
    } else if (statted) {
        // Disc images: ISOs are full; blank DVD+Rs are sparse until burned.
        const double allocated = std::min<double>(double(st.st_blocks) * 512.0, double(st.st_size));
        o[QStringLiteral("capacity")] = double(st.st_size);
        o[QStringLiteral("used")] = type == QLatin1String("DVD+R") ? allocated : double(st.st_size);
    }
    return o;
}

QJsonObject mediaMovedJson(const QString& library, const scsi::ElementLayout& layout, const scsi::ChangerEvent& e)
{
    using K = scsi::ChangerEvent::Kind;
    const bool hasFrom = e.kind != K::Imported;
    const bool hasTo = e.kind != K::Exported;
    return QJsonObject{{QStringLiteral("library"), library},
                       {QStringLiteral("barcode"), QString::fromStdString(e.medium.barcode)},
                       {QStringLiteral("from"), hasFrom ? QJsonValue(int(e.from)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("to"), hasTo ? QJsonValue(int(e.to)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("fromName"), hasFrom ? elementName(layout, e.from) : QStringLiteral("outside")},
                       {QStringLiteral("toName"), hasTo ? elementName(layout, e.to) : QStringLiteral("vault")},
                       {QStringLiteral("kind"), e.kind == K::Imported ? QStringLiteral("imported")
                                                : e.kind == K::Exported ? QStringLiteral("exported") : QStringLiteral("moved")},
                       {QStringLiteral("mediaType"), mediaTypeOf(e.medium)},
                       {QStringLiteral("byInitiator"), e.byInitiator}};
}

} // namespace storlab::admin
