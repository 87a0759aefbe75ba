// PDU serialisation (RFC 7143 §11.2): BHS, AHS, header digest, data segment,
// zero padding to a 4-byte boundary, data digest (only with a data segment).
#include "iscsi/pdu/pdu_writer.h"

#include "iscsi/pdu/crc32c.h"

namespace storlab::iscsi {

void appendPdu(std::vector<uint8_t>& out, const Bhs& bhs, std::span<const uint8_t> data, DigestSettings digests,
               std::span<const uint8_t> ahs)
{
    const size_t ahsPadded = (ahs.size() + 3) & ~size_t(3);
    const size_t dataPadded = (data.size() + 3) & ~size_t(3);
    const size_t headerLength = kBhsSize + ahsPadded;
    const size_t start = out.size();
    out.resize(start + headerLength + (digests.header ? kDigestSize : 0) + dataPadded +
               ((digests.data && !data.empty()) ? kDigestSize : 0));
    uint8_t* p = out.data() + start;

    Bhs header = bhs;
    header.set8(4, uint8_t(ahsPadded / 4));
    header.setDataSegmentLength(uint32_t(data.size()));
    std::memcpy(p, header.bytes.data(), kBhsSize);
    if (!ahs.empty())
        std::memcpy(p + kBhsSize, ahs.data(), ahs.size());
    std::memset(p + kBhsSize + ahs.size(), 0, ahsPadded - ahs.size());
    p += headerLength;
    if (digests.header) {
        storeDigest(p, crc32c(out.data() + start, headerLength));
        p += kDigestSize;
    }
    if (!data.empty()) {
        std::memcpy(p, data.data(), data.size());
        std::memset(p + data.size(), 0, dataPadded - data.size());
        if (digests.data)
            storeDigest(p + dataPadded, crc32c(p, dataPadded));
    }
}

} // namespace storlab::iscsi
