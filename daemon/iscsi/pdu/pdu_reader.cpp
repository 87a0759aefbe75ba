// Incremental PDU framing (RFC 7143 §11.2): BHS, AHS (TotalAHSLength words),
// optional header digest, data segment padded to 4 bytes, optional data
// digest (present only when DataSegmentLength > 0).
#include "iscsi/pdu/pdu_reader.h"

#include "iscsi/pdu/crc32c.h"

#include <string>

namespace storlab::iscsi {

namespace {
// Compact the buffer once this much has been consumed and it is at least
// half of the buffer: the erase then costs no more than the bytes already
// handed out, so framing stays linear overall.
constexpr size_t kCompactThreshold = 64 * 1024;

constexpr size_t padded(size_t n) { return (n + 3) & ~size_t(3); }
} // namespace

void PduReader::feed(std::span<const uint8_t> bytes)
{
    if (consumed_ == buffer_.size()) {
        buffer_.clear();
        consumed_ = 0;
    } else if (consumed_ >= kCompactThreshold && consumed_ * 2 >= buffer_.size()) {
        buffer_.erase(buffer_.begin(), buffer_.begin() + ptrdiff_t(consumed_));
        consumed_ = 0;
    }
    buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
}

size_t PduReader::buffered() const { return buffer_.size() - consumed_; }

ReadResult PduReader::next()
{
    ReadResult r;
    auto fatal = [&](FramingError e, std::string message) {
        fatal_ = true;
        r.kind = ReadResult::Fatal;
        r.error = e;
        r.message = std::move(message);
        return std::move(r);
    };
    if (fatal_)
        return fatal(FramingError::None, "connection already failed");

    const size_t avail = buffered();
    if (avail < kBhsSize)
        return r;
    const uint8_t* p = buffer_.data() + consumed_;
    Bhs bhs;
    std::memcpy(bhs.bytes.data(), p, kBhsSize);

    const size_t ahsLength = size_t(bhs.totalAhsLength()) * 4;
    const uint32_t dataLength = bhs.dataSegmentLength();
    // Checked before the data arrives, so a bogus length cannot make us buffer 16 MiB.
    if (dataLength > limits_.maxRecvDataSegmentLength)
        return fatal(FramingError::DataTooLong,
                     "DataSegmentLength " + std::to_string(dataLength) + " exceeds MaxRecvDataSegmentLength " +
                         std::to_string(limits_.maxRecvDataSegmentLength));

    const size_t headerLength = kBhsSize + ahsLength;
    const size_t headerDigest = limits_.headerDigest ? kDigestSize : 0;
    const size_t dataDigest = (limits_.dataDigest && dataLength) ? kDigestSize : 0;
    const size_t total = headerLength + headerDigest + padded(dataLength) + dataDigest;
    if (avail < total)
        return r;

    if (headerDigest) {  // RFC 7143 §13.1: over BHS and AHS
        const uint32_t expected = crc32c(p, headerLength);
        if (loadDigest(p + headerLength) != expected)
            return fatal(FramingError::HeaderDigest, "header digest mismatch");
    }
    const uint8_t* data = p + headerLength + headerDigest;
    r.pdu.bhs = bhs;
    r.pdu.ahs.assign(p + kBhsSize, p + headerLength);
    r.pdu.data.assign(data, data + dataLength);
    r.kind = ReadResult::Ready;
    if (dataDigest) {  // over the data segment including its padding
        const uint32_t expected = crc32c(data, padded(dataLength));
        if (loadDigest(data + padded(dataLength)) != expected) {
            r.kind = ReadResult::DataDigestError;
            r.message = "data digest mismatch";
        }
    }
    consumed_ += total;
    return r;
}

} // namespace storlab::iscsi
