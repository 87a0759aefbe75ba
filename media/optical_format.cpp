#include "media/optical_format.h"

#include "media/crc32c.h"

#include <cstring>

namespace storlab::media::optical_format {
namespace {
void le32(uint8_t* p, uint32_t v) { for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (8 * i)); }
void le16(uint8_t* p, uint16_t v) { p[0] = uint8_t(v); p[1] = uint8_t(v >> 8); }
uint32_t rd32(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
uint16_t rd16(const uint8_t* p) { return uint16_t(p[0] | p[1] << 8); }
constexpr size_t kClosedSessionsAt = 36 + 16 * kMaxTracks;   // 1956
static_assert(kClosedSessionsAt + 4 <= kTrailerSize - 4);
} // namespace

std::array<uint8_t, kTrailerSize> encode(const Trailer& t)
{
    std::array<uint8_t, kTrailerSize> b{};
    std::memcpy(b.data(), kMagic, 16);
    le32(&b[16], kVersion);
    le16(&b[20], t.profile);
    b[22] = t.finalized ? 1 : 0;
    le32(&b[24], t.capacity);
    le32(&b[28], t.nwa);
    const size_t n = std::min(t.tracks.size(), kMaxTracks);
    le32(&b[32], uint32_t(n));
    for (size_t i = 0; i < n; ++i) {
        uint8_t* p = &b[36 + 16 * i];
        le32(p, t.tracks[i].start);
        le32(p + 4, t.tracks[i].size);
        le32(p + 8, t.tracks[i].reserved);
        le32(p + 12, (t.tracks[i].closed ? 1u : 0u) | uint32_t(t.tracks[i].session) << 16);
    }
    le32(&b[kClosedSessionsAt], t.closedSessions);
    le32(&b[2044], crc32c(b.data(), 2044));
    return b;
}

std::optional<Trailer> decode(const uint8_t* b, size_t length)
{
    const uint32_t version = length >= kTrailerSize ? rd32(&b[16]) : 0;
    if (length < kTrailerSize || std::memcmp(b, kMagic, 16) != 0 || version < 1 || version > kVersion)
        return std::nullopt;
    if (crc32c(b, 2044) != rd32(&b[2044]))
        return std::nullopt;
    Trailer t;
    t.profile = rd16(&b[20]);
    t.finalized = b[22] != 0;
    t.capacity = rd32(&b[24]);
    t.nwa = rd32(&b[28]);
    const uint32_t n = rd32(&b[32]);
    if (n > kMaxTracks || t.nwa > t.capacity)
        return std::nullopt;
    t.closedSessions = version >= 2 ? rd32(&b[kClosedSessionsAt]) : (t.finalized ? 1 : 0);
    for (uint32_t i = 0; i < n; ++i) {
        const uint8_t* p = &b[36 + 16 * i];
        const uint32_t flags = rd32(p + 12);
        DiscTrack tr{rd32(p), rd32(p + 4), rd32(p + 8), (flags & 1) != 0,
                     version >= 2 ? uint16_t(flags >> 16) : uint16_t(1)};
        if (uint64_t(tr.start) + tr.size > t.capacity)
            return std::nullopt;
        // Sessions number from 1, never go back, and at most one follows the closed ones.
        if (tr.session < 1 || tr.session > t.closedSessions + 1 ||
            (!t.tracks.empty() && tr.session < t.tracks.back().session))
            return std::nullopt;
        t.tracks.push_back(tr);
    }
    if (t.closedSessions > n)
        return std::nullopt;
    return t;
}

} // namespace storlab::media::optical_format
