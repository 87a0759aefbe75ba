#pragma once
// SSC-4 sequential-access device (LTO tape drive) on storlab_media cartridges.
//
// The unit returned by makeTapeDrive() is an SpcUnit and a
// RemovableMediumDevice: a changer (SMC) or the admin plane loads and ejects
// cartridges with load(path) / unload(force) (get it with asRemovableMedium()).
// load() refuses a cartridge the drive generation cannot read (LTO rule table in
// media/tape_generation.h) and a second cartridge while one is in the drive.
// SCSI LOAD UNLOAD (UNLOAD) rewinds and makes the unit not ready, but the
// cartridge stays in the drive until the changer's unload().
//
// Threading: commands that touch the cartridge run, in arrival order, on the
// unit's single worker thread; execute() never blocks on file I/O.
#include "core/result.h"
#include "media/tape_generation.h"
#include "scsi/disk_unit.h"
#include "scsi/logical_unit.h"
#include "scsi/removable_medium.h"

#include <memory>
#include <string>

namespace storlab::scsi {

struct TapeDriveConfig {
    DeviceIdentity identity;           // see defaultTapeIdentity()
    media::TapeGeneration generation = media::TapeGeneration::Lto6;
    std::string mediumPath;            // cartridge loaded at start ("" = empty drive)
    bool synchronous = false;          // fdatasync after every WRITE (else at WRITE FILEMARKS / unload)
    std::string reservationFile;       // APTPL persistent reservations ("" = not persisted)
};

// INQUIRY strings of a real drive of this generation: vendor "IBM" ->
// "ULT3580-TD<N>"; vendor "HP"/"HPE" -> "Ultrium <N>-SCSI". Serial left empty.
DeviceIdentity defaultTapeIdentity(media::TapeGeneration generation, const std::string& vendor = "IBM");

// Fails when config.mediumPath cannot be loaded (message says why).
Result<std::shared_ptr<LogicalUnit>> makeTapeDrive(const TapeDriveConfig& config);

// The RemovableMediumDevice side of a unit made by makeTapeDrive() (nullptr for other units).
std::shared_ptr<RemovableMediumDevice> asRemovableMedium(const std::shared_ptr<LogicalUnit>& unit);

} // namespace storlab::scsi
