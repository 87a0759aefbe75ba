#pragma once
// CRC32C (Castagnoli) as iSCSI header and data digests use it (RFC 7143 §13.1, RFC 3385).
// Uses the SSE4.2 crc32 instruction when the CPU has it, a table otherwise.
#include <cstddef>
#include <cstdint>

namespace storlab::iscsi {
// Continue a running CRC: pass the previous return value as `crc` (start with 0).
uint32_t crc32cUpdate(uint32_t crc, const void* data, size_t length);
inline uint32_t crc32c(const void* data, size_t length) { return crc32cUpdate(0, data, length); }
// The table implementation alone (tests compare it with the SSE4.2 path).
uint32_t crc32cUpdatePortable(uint32_t crc, const void* data, size_t length);
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
