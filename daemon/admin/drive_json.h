#pragma once
// Finding a tape or DVD drive LU (standalone, or a data transfer element of a
// library) and its JSON shape for drive.show and event.drive.changed
// (shared/PROTOCOL.md, "drive" and §8). Main (RPC) thread.
#include "admin/admin_host.h"
#include "app/library_registry.h"
#include "scsi/removable_medium.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace storlab::admin {

struct DriveRef {
    QString iqn;
    quint64 lun = 0;
    std::shared_ptr<scsi::LogicalUnit> unit;
    std::shared_ptr<scsi::RemovableMediumDevice> device;   // null: the LU is not a drive
    std::shared_ptr<const app::LibraryHandle> library;     // null: a standalone drive
    int driveIndex = -1;                                   // data transfer element index in `library`
};

// The LU at `lun` of target `iqn` (nullopt: no such LU).
std::optional<DriveRef> findDrive(const AdminHost& host, const QString& iqn, quint64 lun);
// The drive whose LU is `unit` (nullopt: gone, or not served by any target).
std::optional<DriveRef> findDriveByUnit(const AdminHost& host, const scsi::LogicalUnit* unit);
// "tape" | "dvd"
QString driveType(const DriveRef& drive);
// {target, tid, lun, type, loaded, path?, mediaType?, barcode?, prevented, library?, drive?}
QJsonObject driveJson(const DriveRef& drive, quint32 tid);

} // namespace storlab::admin
