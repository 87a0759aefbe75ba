// PDU serialisation (RFC 7143 §11.2): BHS, AHS, header digest, data segment,
// zero padding to a 4-byte boundary, data digest (only with a data segment).
#include "iscsi/pdu/pdu_writer.h"

#include "iscsi/pdu/crc32c.h"

namespace storlab::iscsi {

void appendHeader(std::vector<uint8_t>& out, const Bhs& bhs, uint32_t dataLength, DigestSettings digests,
                  std::span<const uint8_t> ahs)
{
    const size_t ahsPadded = (ahs.size() + 3) & ~size_t(3);
    const size_t headerLength = kBhsSize + ahsPadded;
    const size_t start = out.size();
    out.resize(start + headerLength + (digests.header ? kDigestSize : 0));
    uint8_t* p = out.data() + start;

    Bhs header = bhs;
    header.set8(4, uint8_t(ahsPadded / 4));
    header.setDataSegmentLength(dataLength);
    std::memcpy(p, header.bytes.data(), kBhsSize);
    if (!ahs.empty())
        std::memcpy(p + kBhsSize, ahs.data(), ahs.size());
    std::memset(p + kBhsSize + ahs.size(), 0, ahsPadded - ahs.size());
    if (digests.header)
        storeDigest(p + headerLength, crc32c(p, headerLength));
}

void appendTrailer(std::vector<uint8_t>& out, std::span<const uint8_t> data, DigestSettings digests)
{
    if (data.empty())
        return;
    static constexpr uint8_t kZeros[4] = {};
    const size_t pad = ((data.size() + 3) & ~size_t(3)) - data.size();
    const size_t start = out.size();
    out.resize(start + pad + (digests.data ? kDigestSize : 0));
    std::memset(out.data() + start, 0, pad);
    if (digests.data) {
        const uint32_t crc = crc32cUpdate(crc32cUpdate(0, data.data(), data.size()), kZeros, pad);
        storeDigest(out.data() + start + pad, crc);
    }
}

void appendPdu(std::vector<uint8_t>& out, const Bhs& bhs, std::span<const uint8_t> data, DigestSettings digests,
               std::span<const uint8_t> ahs)
{
    appendHeader(out, bhs, uint32_t(data.size()), digests, ahs);
    out.insert(out.end(), data.begin(), data.end());
    appendTrailer(out, data, digests);
}

} // namespace storlab::iscsi
