// Incremental PDU framing (RFC 7143 §11.2): BHS, AHS (TotalAHSLength words),
// optional header digest, data segment padded to 4 bytes, optional data
// digest (present only when DataSegmentLength > 0).
#include "iscsi/pdu/pdu_reader.h"

#include "iscsi/pdu/crc32c.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace storlab::iscsi {

namespace {
constexpr size_t kMinCapacity = 4096;
constexpr size_t padded(size_t n) { return (n + 3) & ~size_t(3); }
} // namespace

std::span<uint8_t> PduReader::writable(size_t atLeast)
{
    if (begin_ == end_)
        begin_ = end_ = 0;
    if (capacity_ - end_ < atLeast && begin_ > 0) {
        // Move the partial PDU to the front; it is at most one PDU, so framing stays linear.
        std::memmove(data_.get(), data_.get() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (capacity_ - end_ < atLeast) {
        const size_t grown = std::max({kMinCapacity, capacity_ * 2, end_ + atLeast});
        auto bigger = std::make_unique<uint8_t[]>(grown);
        if (end_)
            std::memcpy(bigger.get(), data_.get(), end_);
        data_ = std::move(bigger);
        capacity_ = grown;
    }
    return {data_.get() + end_, capacity_ - end_};
}

void PduReader::commit(size_t bytes)
{
    end_ += std::min(bytes, capacity_ - end_);
}

void PduReader::feed(std::span<const uint8_t> bytes)
{
    if (bytes.empty())
        return;
    std::memcpy(writable(bytes.size()).data(), bytes.data(), bytes.size());
    commit(bytes.size());
}

void PduReader::release()
{
    if (begin_ != end_)
        return;
    data_.reset();
    capacity_ = begin_ = end_ = 0;
}

size_t PduReader::pduLength(const uint8_t* p) const
{
    const size_t ahsLength = size_t(p[4]) * 4;                                   // TotalAHSLength
    const uint32_t dataLength = uint32_t(p[5]) << 16 | uint32_t(p[6]) << 8 | p[7]; // DataSegmentLength
    return kBhsSize + ahsLength + (limits_.headerDigest ? kDigestSize : 0) + padded(dataLength) +
           ((limits_.dataDigest && dataLength) ? kDigestSize : 0);
}

bool PduReader::hasPdu() const
{
    if (fatal_)
        return true;
    if (buffered() < kBhsSize)
        return false;
    const uint8_t* p = data_.get() + begin_;
    const uint32_t dataLength = uint32_t(p[5]) << 16 | uint32_t(p[6]) << 8 | p[7];
    return dataLength > limits_.maxRecvDataSegmentLength || buffered() >= pduLength(p);
}

ReadResult PduReader::next()
{
    ReadResult r;
    next(r);
    return r;
}

void PduReader::next(ReadResult& r)
{
    r.kind = ReadResult::NeedMore;
    r.error = FramingError::None;
    auto fatal = [&](FramingError e, std::string message) {
        fatal_ = true;
        r.kind = ReadResult::Fatal;
        r.error = e;
        r.message = std::move(message);
    };
    if (fatal_)
        return fatal(FramingError::None, "connection already failed");

    const size_t avail = buffered();
    if (avail < kBhsSize)
        return;
    const uint8_t* p = data_.get() + begin_;
    std::memcpy(r.pdu.bhs.bytes.data(), p, kBhsSize);
    const Bhs& bhs = r.pdu.bhs;

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
        return;

    if (headerDigest) {  // RFC 7143 §13.1: over BHS and AHS
        const uint32_t expected = crc32c(p, headerLength);
        if (loadDigest(p + headerLength) != expected)
            return fatal(FramingError::HeaderDigest, "header digest mismatch");
    }
    const uint8_t* data = p + headerLength + headerDigest;
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
    begin_ += total;
}

} // namespace storlab::iscsi
