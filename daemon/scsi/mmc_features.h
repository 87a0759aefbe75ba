#pragma once
// GET CONFIGURATION (MMC-6 §6.6): the feature header with the current profile
// and the feature descriptors (MMC-6 §5.3) of this drive for what it holds.
#include "scsi/mmc_media_view.h"

#include <cstdint>
#include <vector>

namespace storlab::scsi::mmc {

// rt: 0 = all features >= start, 1 = current features >= start, 2 = exactly `start`.
std::vector<uint8_t> configuration(const MediaView& m, uint8_t rt, uint16_t start);

} // namespace storlab::scsi::mmc
