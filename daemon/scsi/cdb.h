#pragma once
// Big-endian field helpers for CDBs and parameter data (SPC-4 §4.3: all
// multi-byte fields are big-endian).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace storlab::scsi {

inline uint16_t be16(const uint8_t* p) { return uint16_t((p[0] << 8) | p[1]); }
inline uint32_t be24(const uint8_t* p) { return (uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | p[2]; }
inline uint32_t be32(const uint8_t* p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}
inline uint64_t be64(const uint8_t* p) { return (uint64_t(be32(p)) << 32) | be32(p + 4); }

inline void put16(uint8_t* p, uint16_t v) { p[0] = uint8_t(v >> 8); p[1] = uint8_t(v); }
inline void put24(uint8_t* p, uint32_t v) { p[0] = uint8_t(v >> 16); p[1] = uint8_t(v >> 8); p[2] = uint8_t(v); }
inline void put32(uint8_t* p, uint32_t v)
{
    p[0] = uint8_t(v >> 24); p[1] = uint8_t(v >> 16); p[2] = uint8_t(v >> 8); p[3] = uint8_t(v);
}
inline void put64(uint8_t* p, uint64_t v) { put32(p, uint32_t(v >> 32)); put32(p + 4, uint32_t(v)); }

// CDB length from the group code in the operation code (SPC-4 §4.2.5.1).
// Returns 0 for variable-length (0x7F) and vendor-specific groups.
inline unsigned cdbLengthForOpcode(uint8_t opcode)
{
    switch (opcode >> 5) {
    case 0: return 6;
    case 1: case 2: return 10;
    case 4: return 16;
    case 5: return 12;
    default: return 0;
    }
}

// Trims a response to the CDB's allocation length.
inline std::vector<uint8_t> trimmed(std::vector<uint8_t> data, size_t allocationLength)
{
    if (data.size() > allocationLength)
        data.resize(allocationLength);
    return data;
}

} // namespace storlab::scsi
