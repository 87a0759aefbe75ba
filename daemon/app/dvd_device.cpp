// The "dvd" device type: an MMC-6 DVD drive (scsi/mmc_drive.h). Configuration
// (shared/lab_config.cpp, checkDvdLun): "path" = disc loaded at start ("" =
// empty drive): an ISO 9660/UDF image (used in place, read-only) or a DVD+R
// file made by `storlab-media iso blank`. vendor/product/revision override the
// INQUIRY strings (default STORLAB VIRTUAL-DVD-RW 0001).
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "media/optical_disc.h"
#include "scsi/mmc_drive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace storlab::app {

namespace {

// tgt's doc/README.mmc: an empty backing file is a blank, writable DVD+R.
// storlab's recordable discs carry their state in a trailer (media/optical_format.h),
// so the empty file becomes such a blank first (nothing in it is lost).
QString blankIfEmpty(const QString& path)
{
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.isFile() || fi.size() != 0)
        return {};
    const QString temp = path + QStringLiteral(".blank-tmp");
    QFile::remove(temp);
    if (auto made = media::OpticalDisc::createBlank(temp.toStdString(), {}); !made.ok())
        return QStringLiteral("cannot make the empty file %1 a blank DVD+R: %2").arg(path, QString::fromStdString(made.error().message));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return QStringLiteral("cannot make the empty file %1 a blank DVD+R: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

DeviceResult buildDvd(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    QString err = blankIfEmpty(lc.path);
    if (!err.isEmpty())
        return {nullptr, err, {}};
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
