#pragma once
// CRC32C for cartridge and disc-image record checksums: the project's one
// implementation (shared/checksum/crc32c.h), with a continuation argument.
#include "shared/checksum/crc32c.h"

#include <cstddef>
#include <cstdint>

namespace storlab::media {

inline uint32_t crc32c(const void* data, size_t length, uint32_t crc = 0)
{
    return storlab::crc32cUpdate(crc, data, length);
}

} // namespace storlab::media
