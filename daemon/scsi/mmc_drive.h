#pragma once
// MMC-6 optical drive (DVD drive, peripheral device type 05h, RMB = 1) on
// storlab_media discs (media/optical_disc.h): ISO 9660/UDF images read in place
// (DVD-ROM, or BD-ROM when larger than a dual-layer DVD) and recordable DVD+R
// disc files burned sequentially and finalized by CLOSE TRACK/SESSION.
//
// The unit returned by makeDvdDrive() is an SpcUnit and a
// RemovableMediumDevice (asRemovableMedium() in ssc_drive.h works for it):
// a jukebox changer (SMC) or the admin plane loads and ejects discs with
// load(path) / unload(force).
//
// The drive is a slot-loading one (loading mechanism type 000b, MMC-6
// §5.3.5): START STOP UNIT with LoEj and Start = 0 pushes the disc out to the
// slot. From then on the drive holds no medium for the initiator - TEST UNIT
// READY and every media access answer MEDIUM NOT PRESENT (02h/3Ah/00h), GET
// EVENT STATUS NOTIFICATION reports MediaRemoval with neither medium present
// nor an open door, so Linux sr sees a media change and fails the next open
// with ENOMEDIUM instead of auto-closing a tray - until a disc is loaded
// again: LoEj with Start = 1 draws the disc waiting in the slot back in (NEW
// MEDIA, UNIT ATTENTION 28h for the other initiators), or the changer / admin
// plane takes it out (unload) and loads another. An eject while an initiator
// prevents removal fails with ILLEGAL REQUEST, MEDIUM REMOVAL PREVENTED
// (05h/53h/02h); an unload() refused that way posts an EjectRequest media
// event (the drive's eject button pressed while locked, MMC-6 §6.7.2.4).
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
    bool loaded = false;               // a disc is in the drive (loaded, or ejected to the slot)
    bool ejected = false;              // the initiator ejected it: it waits in the slot
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
