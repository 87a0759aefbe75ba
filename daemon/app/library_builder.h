#pragma once
// Assembles one library (config::LibraryConfig) into the logical units of its
// target: the drive LUs (SSC tape drives now; MMC drives for a DVD jukebox,
// issue 6), the media files (created on first start), and the SMC changer
// that owns the slot map (restored from <state dir>/libraries/<name>/inventory.json).
#include "app/library_registry.h"
#include "scsi/logical_unit.h"
#include "scsi/smc_changer.h"
#include "scsi/smc_personality.h"
#include "shared/library_config.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace storlab::app {

class IdentityStore;

struct BuiltLibrary {
    LibraryHandle handle;
    std::shared_ptr<scsi::LunMap> luns;             // changer + drives
    QStringList warnings;                           // e.g. a drive that refused a restored cartridge
};

// Returns "" on success (and fills `out`), else what went wrong and what to do.
QString buildLibrary(const config::LibraryConfig& library, IdentityStore& identities, const QString& stateDir,
                     const LibraryRegistry* events, BuiltLibrary& out);

// The changer LU of a library (changer_device.cpp): personality strings and
// address bases, a stored serial, the inventory (restored or initial) and its
// persistence. `drives` are the data transfer elements in address order.
QString buildLibraryChanger(const config::LibraryConfig& library, std::vector<scsi::ChangerDrive> drives,
                            const scsi::Inventory& initial, IdentityStore& identities, const QString& stateDir,
                            std::shared_ptr<scsi::SmcChanger>& out);

// DVD jukeboxes (jukebox_media.cpp): the MMC drives as data transfer elements
// (added to out.luns / out.handle.drives), and the disc files in the slots.
QString buildOpticalDrives(const config::LibraryConfig& library, const scsi::ChangerPersonality& personality,
                           IdentityStore& identities, const QString& stateDir, BuiltLibrary& out,
                           std::vector<scsi::ChangerDrive>& drives);
QString prepareDiscs(const config::LibraryConfig& library, const QString& mediaDir, std::vector<scsi::Medium>& out);

// <state dir>/libraries/<name>/inventory.json
QString inventoryPath(const config::LibraryConfig& library, const QString& stateDir);

} // namespace storlab::app
