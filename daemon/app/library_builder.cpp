#include "app/library_builder.h"

#include "app/identity_store.h"
#include "app/library_inventory.h"
#include "core/logging.h"
#include "media/tape_cartridge.h"
#include "media/tape_generation.h"
#include "scsi/smc_personality.h"
#include "scsi/ssc_drive.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace storlab::app {

namespace {

// Creates the cartridge files that do not exist yet; returns the media in configuration order.
QString prepareCartridges(const config::LibraryConfig& lib, const QString& dir, std::vector<scsi::Medium>& out)
{
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create the media directory %1").arg(dir);
    for (const config::CartridgeSetConfig& set : lib.cartridges) {
        auto barcodes = media::barcodeRange(set.first.toStdString(), set.count);
        if (!barcodes.ok())
            return QStringLiteral("cartridges %1: %2").arg(set.first, QString::fromStdString(barcodes.error().message));
        std::optional<media::TapeGeneration> gen;
        if (!set.generation.isEmpty()) {
            gen = media::parseGeneration(set.generation.toStdString());
            if (!gen)
                return QStringLiteral("cartridges %1: unknown generation '%2' (use LTO-1 .. LTO-10)").arg(set.first, set.generation);
        }
        for (const std::string& bc : *barcodes) {
            const QString path = dir + QLatin1Char('/') + QString::fromStdString(bc) + QStringLiteral(".tape");
            bool worm = set.worm;
            if (auto m = media::mediaFromBarcode(bc))
                worm = worm || m->worm;
            if (!QFile::exists(path)) {
                media::CreateOptions o;
                o.barcode = bc;
                o.generation = gen;
                o.capacity = set.capacity;
                o.worm = worm;
                auto made = media::TapeCartridge::create(path.toStdString(), o);
                if (!made.ok())
                    return QStringLiteral("cannot create cartridge %1: %2")
                        .arg(path, QString::fromStdString(made.error().message));
            }
            out.push_back({bc, path.toStdString(), worm ? scsi::MediumKind::Worm : scsi::MediumKind::Data});
        }
    }
    return {};
}

// The inventory to start from: the saved one, plus configured media it does
// not know (the configuration grew), which go to free slots.
QString startingInventory(const config::LibraryConfig& lib, const QString& stateDir, const scsi::ElementLayout& layout,
                          const std::vector<scsi::Medium>& configured, scsi::Inventory& inv)
{
    QString err;
    auto saved = loadInventory(inventoryPath(lib, stateDir), &err);
    if (!err.isEmpty())
        return err + QStringLiteral(" (fix or delete the file to start from the configuration)");
    QSet<QString> known;
    if (saved) {
        inv = *saved;
        for (const auto& e : inv.placed)
            known.insert(QString::fromStdString(e.medium.barcode));
        for (const auto& m : inv.vault)
            known.insert(QString::fromStdString(m.barcode));
    }
    QSet<uint16_t> used;
    for (const auto& e : inv.placed)
        used.insert(e.address);
    uint16_t next = layout.storageBase;
    const uint32_t end = uint32_t(layout.storageBase) + layout.storage;
    for (const scsi::Medium& m : configured) {
        if (known.contains(QString::fromStdString(m.barcode)))
            continue;
        while (next < end && used.contains(next))
            ++next;
        if (next >= end) {
            inv.vault.push_back(m);
            continue;
        }
        used.insert(next);
        inv.placed.push_back({next, m, std::nullopt, false});
    }
    return {};
}

} // namespace

QString buildLibrary(const config::LibraryConfig& lib, IdentityStore& identities, const QString& stateDir,
                     const LibraryRegistry* events, BuiltLibrary& out)
{
    const scsi::ChangerPersonality* p = scsi::findChangerPersonality(lib.personality.toStdString());
    if (!p)
        return QStringLiteral("unknown personality '%1'").arg(lib.personality);
    const bool optical = lib.driveType == QLatin1String("dvd");
    if (!optical && lib.driveType != QLatin1String("tape"))
        return QStringLiteral("drives of type '%1' are not available (use \"tape\" or \"dvd\")").arg(lib.driveType);
    const auto gen = media::parseGeneration(lib.driveGeneration.toStdString());
    if (!gen && !optical)
        return QStringLiteral("drives.generation '%1' is not an LTO generation (LTO-1 .. LTO-10)").arg(lib.driveGeneration);

    // Drives: SSC tape LUs (5a's factory) or MMC DVD drives (jukebox_media.cpp),
    // identities kept in the state dir.
    out.luns = std::make_shared<scsi::LunMap>();
    std::vector<scsi::ChangerDrive> drives;
    if (optical) {
        if (QString err = buildOpticalDrives(lib, *p, identities, stateDir, out, drives); !err.isEmpty())
            return err;
    }
    const QString reservations = stateDir + QStringLiteral("/reservations");
    QDir().mkpath(reservations);
    for (quint64 lun : optical ? QList<quint64>{} : lib.driveLuns()) {
        QString err;
        const StoredIdentity id = identities.identityFor(lib.iqn, lun, &err);
        if (!err.isEmpty())
            return err;
        scsi::TapeDriveConfig tc;
        const std::string vendor = lib.driveVendor.isEmpty() ? std::string(p->tapeVendor) : lib.driveVendor.toStdString();
        if (vendor == p->tapeVendor && !p->tapeProduct.empty()) {
            tc.identity.vendor = vendor;
            tc.identity.product = scsi::tapeDriveProduct(*p, int(*gen));
            tc.identity.revision = std::string(p->tapeRevision);
        } else {
            tc.identity = scsi::defaultTapeIdentity(*gen, vendor);
        }
        tc.identity.serial = id.serial.toStdString();
        tc.identity.naa = id.naa;
        tc.generation = *gen;
        tc.synchronous = lib.driveSynchronous;
        tc.reservationFile = (reservations + QLatin1Char('/') + QString(lib.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) +
                              QStringLiteral("-lun%1.json").arg(lun)).toStdString();
        auto unit = scsi::makeTapeDrive(tc);
        if (!unit.ok())
            return QStringLiteral("drive LUN %1: %2").arg(lun).arg(QString::fromStdString(unit.error().message));
        auto removable = scsi::asRemovableMedium(*unit);
        if (!removable)
            return QStringLiteral("drive LUN %1 cannot take media from a changer").arg(lun);
        (*out.luns)[lun] = *unit;
        out.handle.drives.push_back(*unit);
        drives.push_back({removable, tc.identity, lun});
    }

    // Media: cartridge files on first start, then where they are.
    const QString dir = lib.effectiveMediaDir(stateDir);
    std::vector<scsi::Medium> configured;
    if (QString err = optical ? prepareDiscs(lib, dir, configured) : prepareCartridges(lib, dir, configured);
        !err.isEmpty())
        return err;
    const scsi::ElementLayout layout =
        scsi::personalityLayout(*p, uint16_t(lib.slotCount), uint16_t(lib.ieSlots), uint16_t(drives.size()));
    scsi::Inventory inv;
    if (QString err = startingInventory(lib, stateDir, layout, configured, inv); !err.isEmpty())
        return err;

    std::shared_ptr<scsi::SmcChanger> changer;
    if (QString err = buildLibraryChanger(lib, std::move(drives), inv, identities, stateDir, changer); !err.isEmpty())
        return err;
    const QString name = lib.name;
    changer->setEventHandler([name, events](const scsi::ChangerEvent& e) {
        if (e.kind == scsi::ChangerEvent::Kind::Warning)
            qCWarning(lcScsi).noquote() << "library" << name << ":" << QString::fromStdString(e.message);
        else
            qCInfo(lcScsi).noquote() << "library" << name << ":" << QString::fromStdString(e.medium.barcode)
                                     << QStringLiteral("0x%1 -> 0x%2").arg(e.from, 4, 16, QLatin1Char('0')).arg(e.to, 4, 16, QLatin1Char('0'))
                                     << (e.byInitiator ? "(initiator)" : "(admin)");
        if (events)
            events->publish(name, e);
    });
    for (const std::string& w : changer->restoreDrives())
        out.warnings << QString::fromStdString(w);
    // Save once so the file reflects the configuration from the first start on.
    if (QString e = saveInventory(inventoryPath(lib, stateDir), changer->inventory()); !e.isEmpty())
        out.warnings << e;
    (*out.luns)[lib.changerLun] = changer;

    out.handle.name = lib.name;
    out.handle.iqn = lib.iqn;
    out.handle.personality = lib.personality;
    out.handle.mediaDir = dir;
    out.handle.changerLun = lib.changerLun;
    out.handle.changer = changer;
    out.handle.driveLuns = lib.driveLuns();
    return {};
}

} // namespace storlab::app
