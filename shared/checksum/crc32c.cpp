// CRC32C (Castagnoli, reflected polynomial 0x82F63B78): iSCSI digests
// (RFC 7143 §13.1, RFC 3385) and media record checksums. Standard CRC: initial value 0xffffffff and a
// final xor, so crc32cUpdate(0, ...) gives the usual check value and feeding
// a previous result back continues the CRC over the concatenated input.
// This file is compiled with -msse4.2; the instruction is used only after a
// runtime CPU check.
#include "shared/checksum/crc32c.h"

#include <array>
#include <cstring>
#include <nmmintrin.h>

namespace storlab {

namespace {

constexpr uint32_t kPolynomial = 0x82F63B78u;

constexpr std::array<uint32_t, 256> makeTable()
{
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ kPolynomial : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<uint32_t, 256> kTable = makeTable();

// Both helpers work on the internal (non-inverted) register value.
uint32_t updateTable(uint32_t crc, const uint8_t* p, size_t n)
{
    while (n--)
        crc = kTable[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return crc;
}

uint32_t updateSse42(uint32_t crc, const uint8_t* p, size_t n)
{
    // Bytes up to 8-byte alignment, then 8 bytes at a time, then the tail.
    while (n && (reinterpret_cast<uintptr_t>(p) & 7)) {
        crc = _mm_crc32_u8(crc, *p++);
        --n;
    }
    uint64_t c = crc;
    while (n >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
        p += 8;
        n -= 8;
    }
    crc = uint32_t(c);
    while (n--)
        crc = _mm_crc32_u8(crc, *p++);
    return crc;
}

bool haveSse42()
{
    static const bool have = __builtin_cpu_supports("sse4.2");
    return have;
}

} // namespace

uint32_t crc32cUpdate(uint32_t crc, const void* data, size_t length)
{
    const auto* p = static_cast<const uint8_t*>(data);
    uint32_t reg = ~crc;
    reg = haveSse42() ? updateSse42(reg, p, length) : updateTable(reg, p, length);
    return ~reg;
}

uint32_t crc32cUpdatePortable(uint32_t crc, const void* data, size_t length)
{
    return ~updateTable(~crc, static_cast<const uint8_t*>(data), length);
}

} // namespace storlab
