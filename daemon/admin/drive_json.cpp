#include "admin/drive_json.h"

#include "admin/library_elements.h"
#include "scsi/mmc_drive.h"
#include "scsi/ssc_drive.h"

namespace storlab::admin {

namespace {

void attachLibrary(const AdminHost& host, DriveRef& ref)
{
    if (!host.libraries)
        return;
    for (const auto& lib : host.libraries->all())
        for (size_t i = 0; i < lib->drives.size(); ++i)
            if (lib->drives[i] == ref.unit) {
                ref.library = lib;
                ref.driveIndex = int(i);
                return;
            }
}

DriveRef makeRef(const AdminHost& host, const std::string& iqn, quint64 lun, std::shared_ptr<scsi::LogicalUnit> unit)
{
    DriveRef ref;
    ref.iqn = QString::fromStdString(iqn);
    ref.lun = lun;
    ref.device = scsi::asRemovableMedium(unit);
    ref.unit = std::move(unit);
    attachLibrary(host, ref);
    return ref;
}

} // namespace

std::optional<DriveRef> findDrive(const AdminHost& host, const QString& iqn, quint64 lun)
{
    auto target = host.targets->find(iqn.toStdString());
    if (!target)
        return std::nullopt;
    const auto luns = target->luns.get();
    auto it = luns->find(lun);
    if (it == luns->end())
        return std::nullopt;
    return makeRef(host, target->name, lun, it->second);
}

std::optional<DriveRef> findDriveByUnit(const AdminHost& host, const scsi::LogicalUnit* unit)
{
    for (const auto& target : host.targets->all()) {
        const auto luns = target->luns.get();
        for (const auto& [lun, u] : *luns)
            if (u.get() == unit)
                return makeRef(host, target->name, lun, u);
    }
    return std::nullopt;
}

QString driveType(const DriveRef& drive)
{
    return scsi::dvdDriveState(drive.unit) ? QStringLiteral("dvd") : QStringLiteral("tape");
}

QJsonObject driveJson(const DriveRef& drive, quint32 tid)
{
    const scsi::MediumState m = drive.device->mediumState();
    QJsonObject o{{QStringLiteral("target"), drive.iqn},
                  {QStringLiteral("tid"), qint64(tid)},
                  {QStringLiteral("lun"), qint64(drive.lun)},
                  {QStringLiteral("type"), driveType(drive)},
                  {QStringLiteral("loaded"), m.ready},
                  {QStringLiteral("present"), m.present},
                  {QStringLiteral("prevented"), m.prevented}};
    if (!m.path.empty())
        o[QStringLiteral("path")] = QString::fromStdString(m.path);
    if (!m.mediaType.empty())
        o[QStringLiteral("mediaType")] = QString::fromStdString(m.mediaType);
    std::string barcode = m.barcode;
    if (drive.library) {
        o[QStringLiteral("library")] = drive.library->name;
        o[QStringLiteral("drive")] = QStringLiteral("drive:%1").arg(drive.driveIndex);
        // The changer knows the label of the medium (discs have no barcode of their own). While a
        // move is under way the medium may still be listed at its source: match by file then.
        for (const scsi::ElementStatus& s : drive.library->changer->elements()) {
            if (!s.element.medium)
                continue;
            if (s.element.type == scsi::ElementType::DataTransfer && s.element.index == drive.driveIndex) {
                barcode = s.element.medium->barcode;
                break;
            }
            if (!m.path.empty() && s.element.medium->path == m.path)
                barcode = s.element.medium->barcode;
        }
    }
    if (!barcode.empty())
        o[QStringLiteral("barcode")] = QString::fromStdString(barcode);
    return o;
}

} // namespace storlab::admin
