#pragma once
// CRC32C (Castagnoli) as iSCSI header and data digests use it (RFC 7143 §13.1, RFC 3385).
// Uses the SSE4.2 crc32 instruction when the CPU has it, a table otherwise.
#include <cstddef>
#include <cstdint>

namespace storlab::iscsi {
// Continue a running CRC: pass the previous return value as `crc` (start with 0).
uint32_t crc32cUpdate(uint32_t crc, const void* data, size_t length);
inline uint32_t crc32c(const void* data, size_t length) { return crc32cUpdate(0, data, length); }
} // namespace storlab::iscsi
