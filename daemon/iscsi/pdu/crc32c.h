#pragma once
// CRC32C as iSCSI header and data digests use it (RFC 7143 §13.1, RFC 3385);
// the algorithm itself lives in shared/checksum/crc32c.h.
#include "shared/checksum/crc32c.h"

#include <cstdint>

namespace storlab::iscsi {
using storlab::crc32c;
using storlab::crc32cUpdate;
using storlab::crc32cUpdatePortable;
// Digests travel least significant byte first (RFC 7143 §13.1, as Linux and libiscsi do).
inline void storeDigest(uint8_t* out, uint32_t crc)
{
    out[0] = uint8_t(crc); out[1] = uint8_t(crc >> 8); out[2] = uint8_t(crc >> 16); out[3] = uint8_t(crc >> 24);
}
inline uint32_t loadDigest(const uint8_t* in)
{
    return uint32_t(in[0]) | uint32_t(in[1]) << 8 | uint32_t(in[2]) << 16 | uint32_t(in[3]) << 24;
}
} // namespace storlab::iscsi
