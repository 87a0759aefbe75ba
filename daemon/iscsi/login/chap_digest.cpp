// MD5 (RFC 1321 §3) and SHA-256 (FIPS 180-4 §6.2) for CHAP responses.
// Straightforward one-shot implementations: CHAP hashes a few hundred bytes.
#include "iscsi/login/chap_digest.h"

#include <array>
#include <bit>
#include <cstring>

namespace storlab::iscsi {

namespace {

// RFC 1321 §3.4: T[i] = floor(2^32 * |sin(i + 1)|) and the per-round shift amounts.
constexpr std::array<uint32_t, 64> kMd5T = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
constexpr std::array<int, 16> kMd5Shift = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

// FIPS 180-4 §4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
constexpr std::array<uint32_t, 64> kSha256K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// Both algorithms pad to 64-byte blocks with 0x80, zeros and the bit length (§3.1-3.2 / §5.1.1);
// MD5 stores the length little-endian, SHA-256 big-endian.
std::vector<uint8_t> pad(std::span<const uint8_t> data, bool bigEndianLength)
{
    std::vector<uint8_t> m(data.begin(), data.end());
    const uint64_t bits = uint64_t(data.size()) * 8;
    m.push_back(0x80);
    while (m.size() % 64 != 56)
        m.push_back(0);
    for (int i = 0; i < 8; ++i)
        m.push_back(uint8_t(bits >> (bigEndianLength ? 56 - 8 * i : 8 * i)));
    return m;
}

} // namespace

std::vector<uint8_t> md5(std::span<const uint8_t> data)
{
    uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    const std::vector<uint8_t> m = pad(data, false);
    for (size_t block = 0; block < m.size(); block += 64) {
        uint32_t x[16];
        for (int i = 0; i < 16; ++i)
            x[i] = uint32_t(m[block + 4 * i]) | uint32_t(m[block + 4 * i + 1]) << 8 |
                   uint32_t(m[block + 4 * i + 2]) << 16 | uint32_t(m[block + 4 * i + 3]) << 24;
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; ++i) {
            uint32_t f;
            int g;
            switch (i / 16) {
            case 0: f = (b & c) | (~b & d); g = i; break;
            case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
            case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
            default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
            }
            const uint32_t t = d;
            d = c;
            c = b;
            b = b + std::rotl(a + f + kMd5T[i] + x[g], kMd5Shift[(i / 16) * 4 + i % 4]);
            a = t;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    }
    std::vector<uint8_t> out(16);
    for (int i = 0; i < 16; ++i)
        out[i] = uint8_t(h[i / 4] >> (8 * (i % 4)));
    return out;
}

std::vector<uint8_t> sha256(std::span<const uint8_t> data)
{
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const std::vector<uint8_t> m = pad(data, true);
    for (size_t block = 0; block < m.size(); block += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = uint32_t(m[block + 4 * i]) << 24 | uint32_t(m[block + 4 * i + 1]) << 16 |
                   uint32_t(m[block + 4 * i + 2]) << 8 | uint32_t(m[block + 4 * i + 3]);
        for (int i = 16; i < 64; ++i) {
            const uint32_t s0 = std::rotr(w[i - 15], 7) ^ std::rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const uint32_t s1 = std::rotr(w[i - 2], 17) ^ std::rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (int i = 0; i < 64; ++i) {
            const uint32_t t1 = k + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                                kSha256K[i] + w[i];
            const uint32_t t2 = (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            k = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }
    std::vector<uint8_t> out(32);
    for (int i = 0; i < 32; ++i)
        out[i] = uint8_t(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

size_t chapDigestSize(ChapAlgorithm algorithm)
{
    return algorithm == ChapAlgorithm::Md5 ? 16 : 32;
}

std::optional<ChapAlgorithm> chapAlgorithmFromNumber(uint32_t number)
{
    if (number == 5)
        return ChapAlgorithm::Md5;
    if (number == 7)
        return ChapAlgorithm::Sha256;
    return std::nullopt;
}

std::vector<uint8_t> chapResponse(ChapAlgorithm algorithm, uint8_t identifier, std::span<const uint8_t> secret,
                                  std::span<const uint8_t> challenge)
{
    std::vector<uint8_t> input;
    input.reserve(1 + secret.size() + challenge.size());
    input.push_back(identifier);
    input.insert(input.end(), secret.begin(), secret.end());
    input.insert(input.end(), challenge.begin(), challenge.end());
    return algorithm == ChapAlgorithm::Md5 ? md5(input) : sha256(input);
}

} // namespace storlab::iscsi
