#pragma once
// The one-way hashes CHAP uses (RFC 1994 §4.1, RFC 7143 §12.1.3), in plain C++
// so the login code stays free of Qt and crypto libraries:
//   MD5     (RFC 1321)   CHAP_A=5, the algorithm RFC 7143 requires;
//   SHA-256 (FIPS 180-4) CHAP_A=7 (IANA "PPP Authentication Algorithms").
// Both are used only as CHAP's response function, never to store secrets.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace storlab::iscsi {

enum class ChapAlgorithm : uint8_t { Md5 = 5, Sha256 = 7 };

std::vector<uint8_t> md5(std::span<const uint8_t> data);
std::vector<uint8_t> sha256(std::span<const uint8_t> data);

// Digest length in bytes (16 or 32).
size_t chapDigestSize(ChapAlgorithm algorithm);
// The CHAP_A number -> algorithm, nullopt when we do not implement it.
std::optional<ChapAlgorithm> chapAlgorithmFromNumber(uint32_t number);

// RFC 1994 §4.1: Response = H(Identifier || secret || Challenge).
std::vector<uint8_t> chapResponse(ChapAlgorithm algorithm, uint8_t identifier, std::span<const uint8_t> secret,
                                  std::span<const uint8_t> challenge);

} // namespace storlab::iscsi
