#pragma once
// ISO 9660 / UDF image inspection and validation (ECMA-119 §8, ECMA-167 §2/3).
// The volume descriptor set starts at sector 16 (byte 32768): each descriptor
// is one 2048-byte sector with a type byte and the standard identifier
// "CD001" (ECMA-119 §8.1); the Primary Volume Descriptor (type 1) holds the
// volume identifier (bytes 40-71), the volume space size (both-endian at
// 80-87) and the logical block size (both-endian at 128-131). A pure UDF
// image has the volume recognition sequence BEA01 / NSR02|NSR03 / TEA01 there
// instead (ECMA-167 2/9).
#include "core/result.h"

#include <cstdint>
#include <string>

namespace storlab::media {

struct IsoInfo {
    std::string format;          // "iso9660", "iso9660+udf" or "udf"
    std::string volumeId;        // PVD volume identifier, trailing spaces removed ("" for pure UDF)
    std::string systemId;
    uint32_t volumeSectors = 0;  // volume space size in 2048-byte sectors
    uint64_t fileBytes = 0;
    bool joliet = false;         // a Supplementary Volume Descriptor with a UCS-2 escape sequence
    std::string created;         // PVD volume creation date "YYYY-MM-DD HH:MM:SS" ("" when unset)
};

// Validates the image at `path`: a truncated file (shorter than its volume
// space), a file that is not ISO 9660/UDF, or a block size other than 2048
// fail with optical_error codes and a message that says what is wrong.
Result<IsoInfo> inspectIso(const std::string& path);

} // namespace storlab::media
