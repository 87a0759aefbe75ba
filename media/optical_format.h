#pragma once
// On-disk trailer of a storlab recordable disc (optical_disc.h). The file is
//   [0, capacity x 2048)            user data area (sparse until written)
//   [capacity x 2048, + 2048)        this trailer
// All integers little-endian:
//   0   magic "STORLAB-OPTICAL\0" (16)
//   16  u32 format version (2; version 1 files are read and written back as 2)
//   20  u16 profile (MMC-6 profile number, 0x001B = DVD+R)
//   22  u8  finalized, u8 reserved
//   24  u32 capacity (sectors)
//   28  u32 next writable address
//   32  u32 track count (<= kMaxTracks)
//   36  tracks: u32 start, u32 size, u32 reserved, u32 flags (bit 0 = closed,
//       bits 16-31 = session number from 1; version 1: 0, every track in session 1)
//   1956 u32 closed sessions (version 2; version 1: 1 when finalized, else 0)
//   2044 u32 CRC32C of bytes [0, 2044)
#include "media/optical_disc.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace storlab::media::optical_format {

inline constexpr char kMagic[16] = "STORLAB-OPTICAL";
inline constexpr uint32_t kVersion = 2;
inline constexpr size_t kTrailerSize = 2048;
inline constexpr size_t kMaxTracks = 120;

struct Trailer {
    uint16_t profile = uint16_t(DiscProfile::DvdPlusR);
    bool finalized = false;
    uint32_t capacity = 0;
    uint32_t nwa = 0;
    uint32_t closedSessions = 0;
    std::vector<DiscTrack> tracks;
};

std::array<uint8_t, kTrailerSize> encode(const Trailer& t);
// nullopt when the bytes are not a valid trailer (magic, version, CRC, sizes).
std::optional<Trailer> decode(const uint8_t* bytes, size_t length);

} // namespace storlab::media::optical_format
