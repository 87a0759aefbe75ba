#pragma once
// CRC32C (Castagnoli), the one implementation the project uses: iSCSI header
// and data digests (RFC 7143 §13.1, RFC 3385) and tape/optical media record
// checksums. Uses the SSE4.2 crc32 instruction when the CPU has it, a table
// otherwise. Pure C++ (library storlab_crc32c, no Qt).
#include <cstddef>
#include <cstdint>

namespace storlab {
// Continue a running CRC: pass the previous return value as `crc` (start with 0).
uint32_t crc32cUpdate(uint32_t crc, const void* data, size_t length);
inline uint32_t crc32c(const void* data, size_t length) { return crc32cUpdate(0, data, length); }
// The table implementation alone (tests compare it with the SSE4.2 path).
uint32_t crc32cUpdatePortable(uint32_t crc, const void* data, size_t length);
} // namespace storlab
