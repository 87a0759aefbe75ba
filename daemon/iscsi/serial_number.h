#pragma once
// Serial number arithmetic for CmdSN/StatSN/DataSN (RFC 1982 with SERIAL_BITS = 32,
// as RFC 7143 §4.2.2.1 requires).
#include <cstdint>

namespace storlab::iscsi {
inline bool snLess(uint32_t a, uint32_t b) { return a != b && uint32_t(b - a) < 0x80000000u; }
inline bool snLessEqual(uint32_t a, uint32_t b) { return a == b || snLess(a, b); }
inline bool snGreater(uint32_t a, uint32_t b) { return snLess(b, a); }
} // namespace storlab::iscsi
