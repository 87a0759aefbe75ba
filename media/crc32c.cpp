#include "media/crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace storlab::media {
namespace {

constexpr uint32_t kPoly = 0x82F63B78u; // reflected Castagnoli polynomial

constexpr std::array<uint32_t, 256> makeTable()
{
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr auto kTable = makeTable();

uint32_t softwareCrc(const uint8_t* p, size_t n, uint32_t c)
{
    while (n--)
        c = kTable[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) uint32_t hardwareCrc(const uint8_t* p, size_t n, uint32_t c)
{
    uint64_t c64 = c;
    while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        c64 = _mm_crc32_u64(c64, v);
        p += 8;
        n -= 8;
    }
    c = uint32_t(c64);
    while (n--)
        c = _mm_crc32_u8(c, *p++);
    return c;
}
bool haveSse42() { return __builtin_cpu_supports("sse4.2"); }
#endif

} // namespace

uint32_t crc32c(const void* data, size_t length, uint32_t crc)
{
    const auto* p = static_cast<const uint8_t*>(data);
    uint32_t c = ~crc;
#if defined(__x86_64__)
    static const bool hw = haveSse42();
    if (hw)
        return ~hardwareCrc(p, length, c);
#endif
    return ~softwareCrc(p, length, c);
}

} // namespace storlab::media
