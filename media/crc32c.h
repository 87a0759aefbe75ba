#pragma once
// CRC32C (Castagnoli) for cartridge record and header checksums; uses the
// SSE4.2 instruction when the CPU has it, a table otherwise.
#include <cstddef>
#include <cstdint>

namespace storlab::media {

uint32_t crc32c(const void* data, size_t length, uint32_t crc = 0);

} // namespace storlab::media
