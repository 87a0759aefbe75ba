#pragma once
// Incremental PDU framing (RFC 7143 §11.2): bytes in, whole PDUs out. No
// sockets, no event loop: the connection appends what it read and pops PDUs.
#include "iscsi/pdu/bhs.h"

#include <cstdint>
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
    // Pops the next complete PDU, if any. After Fatal the reader stays Fatal.
    ReadResult next();
    size_t buffered() const;

private:
    PduLimits limits_;
    std::vector<uint8_t> buffer_;
    size_t consumed_ = 0;
    bool fatal_ = false;
};

} // namespace storlab::iscsi
