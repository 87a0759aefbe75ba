// The "changer" device type: an SMC-3 media changer LU built element by
// element, tgt's way (doc/README.vtl; options in shared/changer_lun.h),
// beside the tape or DVD LUs it moves media into. Whole libraries
// (libraries[], library_builder.cpp) are the other way to get a changer.
//
// Media positions survive a restart in <state dir>/changers/<iqn>-lun<N>.json
// (the changer's inventory); media named in the options but not in that file
// start where the options put them. A medium the file places in a drive goes
// back to its source slot: the drive LUs start empty (SMC-3 §6.10.3 SVALID).
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "app/library_inventory.h"
#include "app/linked_drive.h"
#include "core/logging.h"
#include "scsi/smc_changer.h"
#include "scsi/smc_personality.h"
#include "shared/changer_lun.h"

#include <QDir>
#include <QSet>

namespace storlab::app {

namespace {

scsi::ElementLayout layoutOf(const config::ChangerLunOptions& o)
{
    scsi::ElementLayout l;
    l.transports = 0;
    for (const config::ChangerRange& r : o.elements) {
        const auto first = uint16_t(r.first);
        const auto count = uint16_t(r.count);
        if (r.type == QLatin1String("transport"))
            l.transportBase = first, l.transports = count;
        else if (r.type == QLatin1String("slot"))
            l.storageBase = first, l.storage = count;
        else if (r.type == QLatin1String("ie"))
            l.importExportBase = first, l.importExport = count;
        else
            l.dataTransferBase = first, l.dataTransfer = count;
    }
    if (l.transports == 0) {
        // SMC-3 §4.2: a changer has at least one medium transport element;
        // tgt lets it be added later, so until then one stands at address 0
        // (tgt never gives an element address 0).
        l.transportBase = 0;
        l.transports = 1;
    }
    return l;
}

scsi::Medium mediumOf(const config::ChangerLunOptions& o, const std::string& barcode)
{
    return {barcode, (o.mediaHome + QLatin1Char('/') + QString::fromStdString(barcode)).toStdString(), scsi::MediumKind::Data};
}

// The saved inventory, minus media the options no longer name, plus the ones it does not know yet.
scsi::Inventory startingInventory(const config::ChangerLunOptions& o, const scsi::ElementLayout& layout, const QString& file,
                                  QString* error)
{
    scsi::Inventory inv;
    QSet<QString> named;
    for (const config::ChangerMedium& m : o.media)
        named.insert(m.barcode);
    QSet<QString> known;
    if (auto saved = loadInventory(file, error)) {
        for (scsi::InventoryEntry e : saved->placed) {
            const QString bc = QString::fromStdString(e.medium.barcode);
            if (!named.contains(bc))
                continue;
            const bool inDrive = e.address >= layout.dataTransferBase && e.address < layout.dataTransferBase + layout.dataTransfer;
            if (inDrive) {
                if (!e.source)
                    continue;   // placed from the options below
                e.address = *e.source;
            }
            e.medium = mediumOf(o, e.medium.barcode);   // mediaHome may have changed
            known.insert(bc);
            inv.placed.push_back(e);
        }
    }
    for (const config::ChangerMedium& m : o.media)
        if (!known.contains(m.barcode))
            inv.placed.push_back({uint16_t(m.address), mediumOf(o, m.barcode.toStdString()), std::nullopt, false});
    return inv;
}

DeviceResult buildChanger(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    config::ChangerLunOptions o;
    if (QString e = config::readChangerOptions(lc.options, o); !e.isEmpty())
        return {nullptr, e, {}};
    QString err;
    const StoredIdentity id = c.identities.identityFor(c.target.iqn, lc.lun, &err);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    const scsi::ChangerPersonality* p = scsi::findChangerPersonality("storlab");
    scsi::ChangerConfig cc;
    cc.identity.vendor = lc.vendor.isEmpty() ? std::string(p->vendor) : lc.vendor.toStdString();
    cc.identity.product = lc.product.isEmpty() ? std::string(p->product) : lc.product.toStdString();
    cc.identity.revision = lc.revision.isEmpty() ? std::string(p->revision) : lc.revision.toStdString();
    cc.identity.serial = (lc.serial.isEmpty() ? id.serial : lc.serial).toStdString();
    cc.identity.naa = lc.naa ? lc.naa : id.naa;
    cc.layout = layoutOf(o);
    cc.dvcid = p->dvcid;
    for (int i = 0; i < cc.layout.dataTransfer; ++i) {
        const quint32 address = cc.layout.dataTransferBase + quint32(i);
        quint32 tid = 0;
        quint64 lun = 0;
        for (const config::ChangerDriveLink& d : o.drives)
            if (d.address == address)
                tid = d.tid, lun = d.lun;
        auto linked = std::make_shared<LinkedDrive>(c.findUnit, tid, lun);
        scsi::ChangerDrive drive;
        drive.device = linked;
        drive.currentIdentity = [linked] { return linked->identity(); };
        drive.lun = lun;
        cc.drives.push_back(drive);
    }
    const QString stem = QString(c.target.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) + QStringLiteral("-lun%1").arg(lc.lun);
    const QString file = c.stateDir + QStringLiteral("/changers/") + stem + QStringLiteral(".json");
    cc.inventory = startingInventory(o, cc.layout, file, &err);
    if (!err.isEmpty())
        return {nullptr, err + QStringLiteral(" (fix or delete the file to start from the configuration)"), {}};
    QDir().mkpath(c.stateDir + QStringLiteral("/changers"));
    cc.persist = [file](const scsi::Inventory& inv) -> Result<void> {
        if (QString e = saveInventory(file, inv); !e.isEmpty())
            return Error{-5, e.toStdString()};
        return {};
    };
    QDir().mkpath(c.stateDir + QStringLiteral("/reservations"));
    cc.reservationFile = (c.stateDir + QStringLiteral("/reservations/") + stem + QStringLiteral(".json")).toStdString();
    const int driveCount = cc.layout.dataTransfer, slotCount = cc.layout.storage, mediaCount = int(o.media.size());
    auto made = scsi::SmcChanger::create(std::move(cc));
    if (!made.ok())
        return {nullptr, QString::fromStdString(made.error().message), {}};
    const QString where = QStringLiteral("%1 LUN %2").arg(c.target.iqn).arg(lc.lun);
    (*made)->setEventHandler([where](const scsi::ChangerEvent& e) {
        if (e.kind == scsi::ChangerEvent::Kind::Warning)
            qCWarning(lcScsi).noquote() << "changer" << where << ":" << QString::fromStdString(e.message);
        else
            qCInfo(lcScsi).noquote() << "changer" << where << ":" << QString::fromStdString(e.medium.barcode) << e.from << "->" << e.to;
    });
    if (QString e = saveInventory(file, (*made)->inventory()); !e.isEmpty())
        qCWarning(lcScsi).noquote() << "changer" << where << ":" << e;
    return {*made, {}, QStringLiteral("changer, %1 drive(s), %2 slot(s), %3 medi(a), media home %4")
                           .arg(driveCount).arg(slotCount).arg(mediaCount).arg(o.mediaHome.isEmpty() ? QStringLiteral("(none)") : o.mediaHome)};
}

} // namespace

void registerChangerLunDevice()
{
    registerDeviceType(QStringLiteral("changer"), buildChanger);
}

} // namespace storlab::app
