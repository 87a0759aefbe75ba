#pragma once
// A snapshot of what an MMC drive holds, for the response builders
// (mmc_features.h, mmc_disc_info.h): reactor-thread handlers read it without
// touching the disc file.
#include "media/optical_disc.h"

#include <cstdint>
#include <vector>

namespace storlab::scsi::mmc {

struct MediaView {
    bool present = false;          // a disc is loaded (not ejected to the slot)
    bool ejected = false;          // the initiator ejected the disc: it waits in the slot
    media::DiscProfile profile = media::DiscProfile::None;
    media::DiscStatus status = media::DiscStatus::Complete;
    bool recordable = false;
    bool writable = false;
    uint32_t capacity = 0;         // sectors (recordable: user area)
    uint32_t readable = 0;         // recorded sectors
    uint32_t nwa = 0;
    uint32_t closedSessions = 0;   // complete sessions (a ROM disc: 1)
    std::vector<media::DiscTrack> tracks;   // with their session numbers; the open track last
    bool isDvd() const
    {
        return profile == media::DiscProfile::DvdRom || profile == media::DiscProfile::DvdPlusR ||
               profile == media::DiscProfile::DvdPlusRw;
    }
};

// DVD: 16 sectors per ECC block (ECMA-267 §16); the physical data area starts at PSN 30000h.
inline constexpr uint32_t kDvdBlocking = 16;
inline constexpr uint32_t kDvdFirstPsn = 0x30000;
// Speeds in kB/s (1x DVD = 1385 kB/s): 16x read, 8x write.
inline constexpr uint32_t kReadSpeed = 22160;
inline constexpr uint32_t kWriteSpeed = 11080;

} // namespace storlab::scsi::mmc
