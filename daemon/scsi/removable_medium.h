#pragma once
// A logical unit with a removable medium (SSC tape drive, MMC optical drive),
// as a media changer (SMC) and the admin plane see it: the changer's MOVE
// MEDIUM into a data transfer element calls load(), out of it unload().
// Implementations are thread-safe (changer, admin RPC and initiators share them).
//
// Every change of what a drive holds or reports (load(), unload(), and the
// initiator's own START STOP UNIT LoEj / LOAD UNLOAD) is published to one
// process-wide sink (setMediumEventSink): the admin plane turns it into
// event.drive.changed (shared/PROTOCOL.md §8). The sink is called on the
// thread that made the change (reactor, unit worker, changer, RPC) after the
// change; it must only hand the event over (e.g. post it to its own thread).
#include "core/result.h"

#include <functional>
#include <string>

namespace storlab::scsi {

class LogicalUnit;

// What a drive holds now (admin listings, drive.show, events).
struct MediumState {
    bool present = false;              // a medium is in the drive (tray open or closed, threaded or not)
    bool ready = false;                // the drive reports it: tray closed / cartridge threaded
    bool prevented = false;            // an initiator holds PREVENT ALLOW MEDIUM REMOVAL
    std::string path;                  // "" when empty
    std::string barcode;               // tape: the cartridge's barcode
    std::string mediaType;             // "LTO-6", "DVD+R", "DVD-ROM", ""
};

class RemovableMediumDevice {
public:
    virtual ~RemovableMediumDevice() = default;
    // Inserts the medium stored at `path` (a cartridge or disc image). Fails with
    // a clear message when a medium is already loaded or the medium is unusable
    // here (e.g. an LTO generation this drive cannot read). On success the unit
    // reports NOT READY -> UNIT ATTENTION (medium may have changed) per SPC-4 §6.9.
    virtual Result<void> load(const std::string& path) = 0;
    // Ejects the medium (flushing buffered data first). Fails while an initiator
    // prevents removal (PREVENT ALLOW MEDIUM REMOVAL), unless `force`.
    virtual Result<void> unload(bool force = false) = 0;
    virtual bool hasMedium() const = 0;
    virtual std::string mediumPath() const = 0;   // "" when empty
    virtual bool removalPrevented() const = 0;
    // Default: present = ready, no barcode or media type (drives override it).
    virtual MediumState mediumState() const
    {
        MediumState s;
        s.present = s.ready = hasMedium();
        s.prevented = removalPrevented();
        s.path = mediumPath();
        return s;
    }
};

// What happened to a drive's medium.
enum class MediumChange {
    Loaded,     // load() put a medium in, or the initiator closed the tray / loaded the tape
    Ejected,    // the initiator opened the tray / unloaded the tape (the medium stays in the drive)
    Unloaded,   // unload(): the medium left the drive (changer move, drive.eject)
};
const char* mediumChangeName(MediumChange change);   // "loaded", "ejected", "unloaded"

struct MediumEvent {
    const LogicalUnit* unit = nullptr;   // identifies the drive (compare only: it may be gone when handled)
    MediumChange change = MediumChange::Loaded;
    bool byInitiator = false;            // START STOP UNIT / LOAD UNLOAD from an initiator
};

using MediumEventSink = std::function<void(const MediumEvent&)>;
// Installs (or, with {}, removes) the sink. Thread-safe.
void setMediumEventSink(MediumEventSink sink);
// Called by the drives after a change.
void publishMediumEvent(const MediumEvent& event);

} // namespace storlab::scsi
