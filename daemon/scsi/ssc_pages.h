#pragma once
// Pure builders for SSC-4 parameter data (no unit state): REPORT DENSITY
// SUPPORT descriptors, LOG SENSE pages, READ ATTRIBUTE lists.
#include "media/tape_cartridge.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storlab::scsi::ssc {

// REPORT DENSITY SUPPORT (SSC-4 §6.? table "density support data block
// descriptor"): the densities a `drive` generation reads (MEDIA = 0), or those
// of the mounted medium (mediaOnly with its generation).
std::vector<uint8_t> densitySupport(media::TapeGeneration drive, std::optional<media::TapeGeneration> medium,
                                    bool mediaOnly);

struct TapeCounters {
    uint64_t bytesFromInitiators = 0;  // written by initiators (this load)
    uint64_t bytesToMedium = 0;
    uint64_t bytesFromMedium = 0;
    uint64_t bytesToInitiators = 0;
};

// LOG SENSE pages (SPC-4 §7.3, SSC-4 §8.2): 0x00 supported pages, 0x0C
// sequential-access device, 0x2E TapeAlert, 0x31 tape capacity (MiB).
// nullopt for an unsupported page.
std::optional<std::vector<uint8_t>> logPage(uint8_t page, const TapeCounters& counters, uint64_t remainingMiB,
                                            uint64_t maximumMiB);

// READ ATTRIBUTE (SPC-4 §6.16) service action 00h ATTRIBUTE VALUES from `first`.
std::vector<uint8_t> attributeValues(const std::vector<media::MamAttribute>& all, uint16_t first);
// Service actions 01h ATTRIBUTE LIST / 05h SUPPORTED ATTRIBUTES: the ids.
std::vector<uint8_t> attributeList(const std::vector<media::MamAttribute>& all);

} // namespace storlab::scsi::ssc
