// The "disk" device type: an SBC direct-access unit on a backing store.
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "backing/backing_store.h"
#include "scsi/disk_unit.h"

#include <QDir>
#include <QFileInfo>

namespace storlab::app {

namespace {

QString reservationFileFor(const DeviceContext& c)
{
    const QString dir = c.stateDir + QStringLiteral("/reservations");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + QString(c.target.iqn).replace(QLatin1Char(':'), QLatin1Char('_'))
           + QStringLiteral("-lun%1.json").arg(c.lun.lun);
}

DeviceResult buildDisk(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    backing::BackingOptions bo;
    bo.path = lc.path.toStdString();
    bo.size = lc.size;
    bo.create = lc.size > 0;
    bo.readOnly = lc.readOnly;
    bo.direct = lc.direct;
    bo.sync = lc.sync;
    bo.storeOptions = lc.bsopts.toStdString();
    const bool fileStore = lc.store != QLatin1String("null") && lc.store != QLatin1String("sheepdog") && lc.store != QLatin1String("rbd")
                           && lc.store != QLatin1String("glfs");
    if (fileStore && bo.create)
        QDir().mkpath(QFileInfo(lc.path).absolutePath());
    auto store = backing::openBackingStore(lc.store.toStdString(), bo);
    if (!store.ok())
        return {nullptr, QStringLiteral("%1 store: %2").arg(lc.store, QString::fromStdString(store.error().message)), {}};
    if ((*store)->size() < lc.blockSize)
        return {nullptr, QStringLiteral("%1 is smaller than one block (%2 bytes); give a size").arg(lc.path).arg(lc.blockSize), {}};
    QString err;
    const StoredIdentity id = c.identities.identityFor(c.target.iqn, lc.lun, &err);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    scsi::DiskConfig dc;
    if (!lc.vendor.isEmpty())
        dc.identity.vendor = lc.vendor.toStdString();
    if (!lc.product.isEmpty())
        dc.identity.product = lc.product.toStdString();
    if (!lc.revision.isEmpty())
        dc.identity.revision = lc.revision.toStdString();
    dc.identity.serial = (lc.serial.isEmpty() ? id.serial : lc.serial).toStdString();
    dc.identity.naa = lc.naa ? lc.naa : id.naa;
    dc.blockSize = lc.blockSize;
    dc.readOnly = lc.readOnly || ((*store)->capabilities() & backing::CapReadOnly); // e.g. an RBD snapshot
    dc.writeCache = lc.writeCache;
    dc.thinProvisioning = lc.thinProvisioning;
    dc.reservationFile = reservationFileFor(c).toStdString();
    const QString summary = QStringLiteral("disk, %1 store%2, serial %3")
                                .arg(lc.store, lc.path.isEmpty() ? QString() : QStringLiteral(" on ") + lc.path,
                                     QString::fromStdString(dc.identity.serial));
    return {scsi::makeDiskUnit(dc, std::move(*store)), {}, summary};
}

} // namespace

void registerDiskDevice()
{
    registerDeviceType(QStringLiteral("disk"), buildDisk);
}

} // namespace storlab::app
