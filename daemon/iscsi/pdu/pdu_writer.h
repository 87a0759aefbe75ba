#pragma once
// Serialises PDUs for sending: BHS + AHS + header digest + data + padding +
// data digest. appendPdu() writes a whole PDU into one contiguous buffer;
// appendHeader()/appendTrailer() write the parts around a data segment that
// is sent from where it lies (writev), never copied.
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
// BHS (with DataSegmentLength = dataLength), AHS and header digest.
void appendHeader(std::vector<uint8_t>& out, const Bhs& bhs, uint32_t dataLength, DigestSettings digests,
                  std::span<const uint8_t> ahs = {});
// What follows a data segment on the wire: zero padding to 4 bytes and the data
// digest over data + padding. Nothing for an empty segment.
void appendTrailer(std::vector<uint8_t>& out, std::span<const uint8_t> data, DigestSettings digests);

} // namespace storlab::iscsi
