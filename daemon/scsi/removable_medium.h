#pragma once
// A logical unit with a removable medium (SSC tape drive, MMC optical drive),
// as a media changer (SMC) and the admin plane see it: the changer's MOVE
// MEDIUM into a data transfer element calls load(), out of it unload().
// Implementations are thread-safe (changer, admin RPC and initiators share them).
#include "core/result.h"

#include <string>

namespace storlab::scsi {

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
};

} // namespace storlab::scsi
