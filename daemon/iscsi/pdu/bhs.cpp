// SAM-5 §4.7 single-level LUN addressing, as carried in the iSCSI BHS LUN
// field (RFC 7143 §11.2.1, "LUN"): byte 0 holds the address method in its
// two high bits, byte 0..1 the LUN, bytes 2..7 the (unused) lower levels.
#include "iscsi/pdu/bhs.h"

namespace storlab::iscsi {

namespace {
constexpr uint64_t kMethodPeripheral = 0x0;
constexpr uint64_t kMethodFlat = 0x1;
constexpr uint64_t kFlatLimit = 16384;
} // namespace

uint64_t encodeLun(uint64_t lun)
{
    if (lun < 256)  // peripheral device addressing, bus 0: 00b 000000b | LUN
        return lun << 48;
    if (lun < kFlatLimit)  // flat space addressing: 01b | LUN[13:8], LUN[7:0]
        return (kMethodFlat << 62) | (lun << 48);
    return kInvalidLun;  // not representable at a single level
}

uint64_t decodeLun(uint64_t field)
{
    const uint64_t method = field >> 62;
    const uint64_t firstLevel = (field >> 48) & 0x3fff;  // 14 bits after the method
    if (method == kMethodFlat)
        return firstLevel;
    if (method == kMethodPeripheral) {
        // Bus identifier (bits 13..8) must be 0: we have a single "bus".
        if (firstLevel >> 8)
            return kInvalidLun;
        return firstLevel & 0xff;
    }
    // Logical unit addressing (10b) and extended addressing (11b) are not used here.
    // Lower levels (bytes 2..7) are ignored, as common targets do.
    return kInvalidLun;
}

} // namespace storlab::iscsi
