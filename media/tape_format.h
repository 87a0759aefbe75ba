#pragma once
// On-disk layout of a storlab tape cartridge file (format version 1).
// Little-endian throughout. See tape_cartridge.h for the overview.
#include "media/tape_cartridge.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace storlab::media::format {

inline constexpr char kMagic[8] = {'S', 'T', 'L', 'B', 'T', 'A', 'P', 'E'};
inline constexpr uint32_t kVersion = 1;
inline constexpr uint64_t kSlotSize = 32 * 1024;      // one header slot
inline constexpr uint64_t kDataStart = 2 * kSlotSize; // first record
inline constexpr size_t kSlotHeader = 32;             // magic, version, length, sequence, crcs
inline constexpr size_t kMaxHeaderPayload = kSlotSize - kSlotHeader;

inline constexpr uint32_t kRecordMagic = 0x43524C53;  // "SLRC"
inline constexpr size_t kRecordHeader = 32;

inline void putLe16(uint8_t* p, uint16_t v) { p[0] = uint8_t(v); p[1] = uint8_t(v >> 8); }
inline void putLe32(uint8_t* p, uint32_t v) { for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (8 * i)); }
inline void putLe64(uint8_t* p, uint64_t v) { for (int i = 0; i < 8; ++i) p[i] = uint8_t(v >> (8 * i)); }
inline uint16_t le16(const uint8_t* p) { return uint16_t(p[0] | (p[1] << 8)); }
inline uint32_t le32(const uint8_t* p) { uint32_t v = 0; for (int i = 3; i >= 0; --i) v = (v << 8) | p[i]; return v; }
inline uint64_t le64(const uint8_t* p) { uint64_t v = 0; for (int i = 7; i >= 0; --i) v = (v << 8) | p[i]; return v; }

// Record header:
//   0 u32 magic  4 u8 type  5 u8 flags  6 u16 reserved  8 u32 payload length
//  12 u32 payload CRC32C  16 u64 logical object number  24 u32 reserved
//  28 u32 CRC32C of bytes 0..27
struct RecordHeader {
    RecordType type = RecordType::Data;
    uint32_t length = 0;
    uint32_t payloadCrc = 0;
    uint64_t object = 0;
};
void encodeRecordHeader(const RecordHeader& h, uint8_t out[kRecordHeader]);
// nullopt when the magic, type or CRC is wrong.
std::optional<RecordHeader> decodeRecordHeader(const uint8_t in[kRecordHeader]);

// Header slot: 0 magic[8] 8 u32 version 12 u32 payload length 16 u64 sequence
// 24 u32 payload CRC32C 28 u32 CRC32C of bytes 0..27, then the payload:
//   u8 generation, u8 flags (bit0 WORM, bit1 write protect), u16 0,
//   u64 capacity, u64 early warning gap, u16 barcode length + bytes,
//   u32 attribute count, per attribute: u16 id, u8 format, u8 read-only, u16 length + bytes.
std::vector<uint8_t> encodeHeaderSlot(const CartridgeHeader& h, uint64_t sequence);
struct DecodedSlot {
    CartridgeHeader header;
    uint64_t sequence = 0;
};
std::optional<DecodedSlot> decodeHeaderSlot(const uint8_t* data, size_t length);

} // namespace storlab::media::format
