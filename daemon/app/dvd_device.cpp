// The "dvd" device type: an MMC-6 DVD drive (scsi/mmc_drive.h). Configuration
// (shared/lab_config.cpp, checkDvdLun): "path" = disc loaded at start ("" =
// empty drive): an ISO 9660/UDF image (used in place, read-only) or a DVD+R
// file made by `storlab-media iso blank`. vendor/product/revision override the
// INQUIRY strings (default STORLAB VIRTUAL-DVD-RW 0001).
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "scsi/mmc_drive.h"

#include <QDir>

namespace storlab::app {

namespace {

DeviceResult buildDvd(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    QString err;
    const StoredIdentity id = c.identities.identityFor(c.target.iqn, lc.lun, &err);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    scsi::DvdDriveConfig dc;
    dc.identity = scsi::defaultDvdIdentity();
    if (!lc.vendor.isEmpty())
        dc.identity.vendor = lc.vendor.toStdString();
    if (!lc.product.isEmpty())
        dc.identity.product = lc.product.toStdString();
    if (!lc.revision.isEmpty())
        dc.identity.revision = lc.revision.toStdString();
    dc.identity.serial = (lc.serial.isEmpty() ? id.serial : lc.serial).toStdString();
    dc.identity.naa = lc.naa ? lc.naa : id.naa;
    dc.mediumPath = lc.path.toStdString();
    const QString dir = c.stateDir + QStringLiteral("/reservations");
    QDir().mkpath(dir);
    dc.reservationFile = (dir + QLatin1Char('/') + QString(c.target.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) +
                          QStringLiteral("-lun%1.json").arg(lc.lun)).toStdString();
    auto unit = scsi::makeDvdDrive(dc);
    if (!unit)
        return {nullptr, QString::fromStdString(unit.error().message), {}};
    return {*unit, {}, QStringLiteral("dvd drive %1, %2").arg(QString::fromStdString(dc.identity.serial),
                                                                lc.path.isEmpty() ? QStringLiteral("empty") : QStringLiteral("disc ") + lc.path)};
}

} // namespace

void registerDvdDevice()
{
    registerDeviceType(QStringLiteral("dvd"), buildDvd);
}

} // namespace storlab::app
