#pragma once
// Response builders for the MMC-6 commands that describe the disc: READ TOC/
// PMA/ATIP (§6.26), READ DISC INFORMATION (§6.22), READ TRACK INFORMATION
// (§6.27), READ DVD STRUCTURE (§6.23), GET PERFORMANCE (§6.8). Pure functions
// of a MediaView; nullopt = the request does not fit the disc (the caller
// reports INVALID FIELD IN CDB).
#include "scsi/mmc_media_view.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storlab::scsi::mmc {

// format 0 (formatted TOC), 1 (multi-session information), 2 (raw TOC).
std::optional<std::vector<uint8_t>> readToc(const MediaView& m, uint8_t format, bool msf, uint8_t trackOrSession);
std::vector<uint8_t> discInformation(const MediaView& m);
// addressType: 0 = LBA, 1 = track number (FFh = the invisible/incomplete track), 2 = session number.
std::optional<std::vector<uint8_t>> trackInformation(const MediaView& m, uint8_t addressType, uint32_t address);
std::optional<std::vector<uint8_t>> dvdStructure(const MediaView& m, uint8_t format, uint8_t layer);
std::optional<std::vector<uint8_t>> performance(const MediaView& m, uint8_t type, uint8_t dataType, uint16_t maxDescriptors);

} // namespace storlab::scsi::mmc
