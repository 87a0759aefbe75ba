#pragma once
// Serialises PDUs for sending: BHS + AHS + header digest + data + padding +
// data digest into one contiguous buffer (appended to `out`), ready for write().
#include "iscsi/pdu/bhs.h"

#include <cstdint>
#include <span>
#include <vector>

namespace storlab::iscsi {

struct DigestSettings {
    bool header = false;
    bool data = false;
};

// Sets DataSegmentLength and TotalAHSLength in the header copy written out.
void appendPdu(std::vector<uint8_t>& out, const Bhs& bhs, std::span<const uint8_t> data,
               DigestSettings digests, std::span<const uint8_t> ahs = {});

} // namespace storlab::iscsi
