// The "changer" device: the SMC media changer LU of a library. A changer is
// never built alone from a targets[].luns entry: it needs its drives and the
// inventory, so library_builder.cpp calls buildLibraryChanger() after it has
// built the drives.
#include "app/identity_store.h"
#include "app/library_builder.h"
#include "app/library_inventory.h"
#include "scsi/smc_personality.h"

#include <QDir>
#include <QFileInfo>

namespace storlab::app {

QString inventoryPath(const config::LibraryConfig& library, const QString& stateDir)
{
    return stateDir + QStringLiteral("/libraries/") + library.name + QStringLiteral("/inventory.json");
}

QString buildLibraryChanger(const config::LibraryConfig& lib, std::vector<scsi::ChangerDrive> drives,
                            const scsi::Inventory& initial, IdentityStore& identities, const QString& stateDir,
                            std::shared_ptr<scsi::SmcChanger>& out)
{
    const scsi::ChangerPersonality* p = scsi::findChangerPersonality(lib.personality.toStdString());
    if (!p)
        return QStringLiteral("unknown personality '%1'").arg(lib.personality);
    QString err;
    const StoredIdentity id = identities.identityFor(lib.iqn, lib.changerLun, &err);
    if (!err.isEmpty())
        return err;
    scsi::ChangerConfig cc;
    cc.identity.vendor = std::string(p->vendor);
    cc.identity.product = std::string(p->product);
    cc.identity.revision = std::string(p->revision);
    cc.identity.serial = id.serial.toStdString();
    cc.identity.naa = id.naa;
    cc.layout = scsi::personalityLayout(*p, uint16_t(lib.slotCount), uint16_t(lib.ieSlots), uint16_t(drives.size()));
    cc.dvcid = p->dvcid;
    cc.drives = std::move(drives);
    cc.inventory = initial;
    const QString path = inventoryPath(lib, stateDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    cc.persist = [path](const scsi::Inventory& inv) -> Result<void> {
        if (QString e = saveInventory(path, inv); !e.isEmpty())
            return Error{-5, e.toStdString()};
        return {};
    };
    const QString reservations = stateDir + QStringLiteral("/reservations");
    QDir().mkpath(reservations);
    cc.reservationFile = (reservations + QLatin1Char('/') + QString(lib.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) +
                          QStringLiteral("-lun%1.json").arg(lib.changerLun)).toStdString();
    auto made = scsi::SmcChanger::create(std::move(cc));
    if (!made.ok())
        return QString::fromStdString(made.error().message);
    out = *made;
    return {};
}

} // namespace storlab::app
