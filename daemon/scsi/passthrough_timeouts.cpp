#include "scsi/passthrough_timeouts.h"

#include "scsi/cdb.h"

#include <algorithm>

namespace storlab::scsi {

namespace {

constexpr unsigned kHours4 = 4 * 3600;

// SPC-4 §4.2.5.2: the service action of a CDB is byte 1 bits 4..0, except in
// variable-length CDBs (opcode 7Fh), where it is bytes 8..9 (§4.2.3).
uint16_t serviceActionOf(const uint8_t* cdb)
{
    return cdb[0] == 0x7F ? be16(cdb + 8) : uint16_t(cdb[1] & 0x1F);
}

} // namespace

PassthroughTimeouts::PassthroughTimeouts(uint8_t deviceType, unsigned defaultSeconds)
    : deviceType_(deviceType), defaultSeconds_(std::max(1u, defaultSeconds))
{
}

size_t PassthroughTimeouts::learnFromReportedOperationCodes(const std::vector<uint8_t>& data)
{
    if (data.size() < 4)
        return 0;
    const size_t end = std::min<size_t>(data.size(), 4 + size_t(be32(data.data())));
    size_t kept = 0;
    for (size_t at = 4; at + 8 <= end;) {
        // Command descriptor (SPC-4 §6.35.3, table 372): opcode, service
        // action, flags (bit 1 CTDP, bit 0 SERVACTV), CDB length; then, with
        // CTDP, a 12-byte command timeouts descriptor.
        const uint8_t* d = data.data() + at;
        const bool ctdp = d[5] & 0x02;
        const bool servactv = d[5] & 0x01;
        const size_t length = 8 + (ctdp ? 12 : 0);
        if (at + length > end)
            break;
        if (servactv)
            withServiceAction_.set(d[0]);
        if (ctdp) {
            const uint8_t* t = d + 8;   // length (2), reserved, command specific, nominal (4), recommended (4)
            const uint32_t seconds = be32(t + 8) ? be32(t + 8) : be32(t + 4);
            if (seconds) {
                reported_[{d[0], servactv ? be16(d + 2) : uint16_t(0)}] = seconds;
                ++kept;
            }
        }
        at += length;
    }
    return kept;
}

unsigned PassthroughTimeouts::secondsFor(const uint8_t* cdb) const
{
    const uint16_t sa = withServiceAction_.test(cdb[0]) ? serviceActionOf(cdb) : 0;
    if (auto it = reported_.find({cdb[0], sa}); it != reported_.end())
        return it->second;
    return builtInSeconds(cdb[0]);
}

unsigned PassthroughTimeouts::builtInSeconds(uint8_t opcode) const
{
    switch (deviceType_) {
    case 0x01: // SSC-5 sequential access
        switch (opcode) {
        case 0x01: // REWIND
        case 0x04: // FORMAT MEDIUM
        case 0x10: // WRITE FILEMARKS(6)
        case 0x11: // SPACE(6)
        case 0x19: // ERASE(6)
        case 0x1B: // LOAD UNLOAD
        case 0x2B: // LOCATE(10)
        case 0x80: // WRITE FILEMARKS(16)
        case 0x91: // SPACE(16)
        case 0x92: // LOCATE(16)
        case 0x93: // ERASE(16)
            return std::max(defaultSeconds_, kHours4);
        case 0x08: // READ(6)
        case 0x0A: // WRITE(6)
        case 0x88: // READ(16)
        case 0x8A: // WRITE(16)
            return std::max(defaultSeconds_, 900u);
        }
        break;
    case 0x08: // SMC-3 medium changer
        switch (opcode) {
        case 0x07: // INITIALIZE ELEMENT STATUS
        case 0x37: // INITIALIZE ELEMENT STATUS WITH RANGE
            return std::max(defaultSeconds_, 3600u);
        case 0x2B: // POSITION TO ELEMENT
        case 0xA5: // MOVE MEDIUM
        case 0xA6: // EXCHANGE MEDIUM
        case 0xB8: // READ ELEMENT STATUS
            return std::max(defaultSeconds_, 900u);
        }
        break;
    case 0x05: // MMC-6
        switch (opcode) {
        case 0x04: // FORMAT UNIT
        case 0xA1: // BLANK
        case 0x5B: // CLOSE TRACK/SESSION
            return std::max(defaultSeconds_, 3600u);
        case 0x35: // SYNCHRONIZE CACHE
            return std::max(defaultSeconds_, 900u);
        }
        break;
    case 0x00: // SBC-4
        switch (opcode) {
        case 0x04: // FORMAT UNIT
        case 0x48: // SANITIZE
            return std::max(defaultSeconds_, kHours4);
        }
        break;
    }
    return defaultSeconds_;
}

} // namespace storlab::scsi
