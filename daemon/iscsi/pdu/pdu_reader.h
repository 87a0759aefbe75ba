#pragma once
// Incremental PDU framing (RFC 7143 §11.2): bytes in, whole PDUs out. No
// sockets, no event loop: the connection appends what it read (or reads
// straight into writable()) and pops PDUs. The buffer is reused: in steady
// state neither framing nor next(ReadResult&) allocates.
#include "iscsi/pdu/bhs.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace storlab::iscsi {

struct PduLimits {
    bool headerDigest = false;              // CRC32C after BHS+AHS
    bool dataDigest = false;                // CRC32C after padded data
    uint32_t maxRecvDataSegmentLength = 8192; // our declared limit (RFC 7143 §13.12)
};

enum class FramingError {
    None,
    HeaderDigest,     // header digest mismatch: the connection must be dropped (§7.8)
    DataTooLong,      // DataSegmentLength beyond our MaxRecvDataSegmentLength: protocol error
    AhsTooLong,
};

struct ReadResult {
    enum Kind { NeedMore, Ready, DataDigestError, Fatal } kind = NeedMore;
    Pdu pdu;                 // valid for Ready and DataDigestError (header usable for a Reject)
    FramingError error = FramingError::None;
    std::string message;     // for Fatal
};

class PduReader {
public:
    void setLimits(const PduLimits& limits) { limits_ = limits; }
    const PduLimits& limits() const { return limits_; }
    // Appends received bytes.
    void feed(std::span<const uint8_t> bytes);
    // Free space of at least `atLeast` bytes at the end of the buffer, to read
    // into directly; commit() then appends the bytes actually read.
    std::span<uint8_t> writable(size_t atLeast);
    void commit(size_t bytes);
    // Pops the next complete PDU, if any. After Fatal the reader stays Fatal.
    ReadResult next();
    // The same into `r`, reusing its buffers (no allocation once they have grown).
    void next(ReadResult& r);
    // True when a whole PDU is buffered (next() would not answer NeedMore).
    bool hasPdu() const;
    size_t buffered() const { return end_ - begin_; }
    size_t capacity() const { return capacity_; }
    // Frees the buffer if nothing is buffered (an idle connection keeps no memory).
    void release();

private:
    size_t pduLength(const uint8_t* p) const;  // total bytes of the PDU at p (header must be there)

    PduLimits limits_;
    std::unique_ptr<uint8_t[]> data_;
    size_t capacity_ = 0;
    size_t begin_ = 0;   // first unconsumed byte
    size_t end_ = 0;     // end of received bytes
    bool fatal_ = false;
};

} // namespace storlab::iscsi
