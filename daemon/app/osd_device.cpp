// The "osd" device type: an OSD-2 object store (scsi/osd_unit.h). "path" is
// the store's directory (made when missing), "size" the formatted capacity
// of a new store (default 1 GiB). vendor/product/revision override INQUIRY.
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "scsi/osd_unit.h"

#include <QDir>

namespace storlab::app {

namespace {

DeviceResult buildOsd(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    QString err;
    const StoredIdentity id = c.identities.identityFor(c.target.iqn, lc.lun, &err);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    scsi::OsdConfig oc;
    if (!lc.vendor.isEmpty())
        oc.identity.vendor = lc.vendor.toStdString();
    if (!lc.product.isEmpty())
        oc.identity.product = lc.product.toStdString();
    if (!lc.revision.isEmpty())
        oc.identity.revision = lc.revision.toStdString();
    oc.identity.serial = (lc.serial.isEmpty() ? id.serial : lc.serial).toStdString();
    oc.identity.naa = lc.naa ? lc.naa : id.naa;
    oc.root = lc.path.toStdString();
    if (lc.size)
        oc.capacity = lc.size;
    const QString dir = c.stateDir + QStringLiteral("/reservations");
    QDir().mkpath(dir);
    oc.reservationFile = (dir + QLatin1Char('/') + QString(c.target.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) +
                          QStringLiteral("-lun%1.json").arg(lc.lun)).toStdString();
    std::string error;
    auto unit = scsi::makeOsdUnit(oc, &error);
    if (!unit)
        return {nullptr, QString::fromStdString(error), {}};
    return {unit, {}, QStringLiteral("osd object store %1").arg(lc.path)};
}

} // namespace

void registerOsdDevice()
{
    registerDeviceType(QStringLiteral("osd"), buildOsd);
}

} // namespace storlab::app
