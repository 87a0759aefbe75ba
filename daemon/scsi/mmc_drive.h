#pragma once
// MMC-6 optical drive (DVD drive, peripheral device type 05h, RMB = 1) on
// storlab_media discs (media/optical_disc.h): ISO 9660/UDF images read in place
// (DVD-ROM, or BD-ROM when larger than a dual-layer DVD) and recordable DVD+R
// disc files burned sequentially and finalized by CLOSE TRACK/SESSION.
//
// The unit returned by makeDvdDrive() is an SpcUnit and a
// RemovableMediumDevice (asRemovableMedium() in ssc_drive.h works for it):
// a jukebox changer (SMC) or the admin plane loads and ejects discs with
// load(path) / unload(force). START STOP UNIT with LoEj opens the tray (the
// disc stays in the drive for the changer, the unit reports MEDIUM NOT PRESENT
// - TRAY OPEN) and closes it again; an eject while an initiator prevents
// removal fails with MEDIUM REMOVAL PREVENTED (05h/53h/02h).
//
// Commands (MMC-6 §6): GET CONFIGURATION, GET EVENT STATUS NOTIFICATION
// (polled, media class), READ TOC/PMA/ATIP (formats 0-2), READ DISC
// INFORMATION, READ TRACK INFORMATION, RESERVE TRACK, SEND OPC INFORMATION,
// READ CAPACITY, READ(10/12), WRITE(10/12), CLOSE TRACK/SESSION, SYNCHRONIZE
// CACHE, READ BUFFER CAPACITY, MECHANISM STATUS, START STOP UNIT, PREVENT
// ALLOW MEDIUM REMOVAL, MODE SENSE/SELECT pages 01h/05h/2Ah, READ DVD
// STRUCTURE (00h, 01h, 04h, FFh), SET CD SPEED, SET STREAMING, GET
// PERFORMANCE, REPORT KEY (RPC state), plus the SPC set.
//
// Threading: commands that read or write the disc file run in arrival order
// on the unit's worker thread; the others answer from a snapshot of the disc
// state on the caller's thread and never block on I/O.
#include "core/result.h"
#include "scsi/disk_unit.h"
#include "scsi/logical_unit.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace storlab::scsi {

struct DvdDriveConfig {
    DeviceIdentity identity;           // see defaultDvdIdentity()
    std::string mediumPath;            // disc loaded at start ("" = empty drive)
    std::string reservationFile;       // APTPL persistent reservations ("" = not persisted)
};

// STORLAB VIRTUAL-DVD-RW 0001 (serial left empty).
DeviceIdentity defaultDvdIdentity();

// Fails when config.mediumPath cannot be loaded (message says why).
Result<std::shared_ptr<LogicalUnit>> makeDvdDrive(const DvdDriveConfig& config);

// What a DVD drive holds, for listings and the admin plane.
struct DvdDriveState {
    bool loaded = false;               // a disc is in the drive (tray open or closed)
    bool trayOpen = false;
    bool prevented = false;
    std::string path;
    std::string profile;               // "DVD-ROM", "DVD+R", "BD-ROM", ""
    std::string status;                // "blank", "appendable", "complete", ""
    std::string volumeId;
    uint64_t recordedBytes = 0;
    uint64_t capacityBytes = 0;
};
// nullopt for units that are not DVD drives.
std::optional<DvdDriveState> dvdDriveState(const std::shared_ptr<LogicalUnit>& unit);

} // namespace storlab::scsi
