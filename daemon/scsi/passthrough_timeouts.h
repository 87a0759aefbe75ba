#pragma once
// How long the kernel waits for each command of a passed-through device
// before it aborts it (sg_io_hdr.timeout / sg_io_v4.timeout). The device's
// own recommended command timeouts come first: REPORT SUPPORTED OPERATION
// CODES with RCTD = 1 (SPC-4 §6.35.2, command timeouts descriptor §6.35.4).
// A command the device does not time this way gets a default by device type:
// tape positioning, erase and format (SSC-5), changer moves and inventory
// (SMC-3), disk FORMAT UNIT / SANITIZE (SBC-4) and disc blank/close (MMC-6)
// may take hours or minutes, everything else `defaultSeconds`.
#include <bitset>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace storlab::scsi {

class PassthroughTimeouts {
public:
    PassthroughTimeouts(uint8_t deviceType, unsigned defaultSeconds);

    // Reads the parameter data of REPORT SUPPORTED OPERATION CODES (reporting
    // options 000b, RCTD = 1): every descriptor with CTDP = 1 and a non-zero
    // recommended (else nominal) timeout is kept. Returns how many were kept;
    // malformed data keeps what was complete before the damage.
    size_t learnFromReportedOperationCodes(const std::vector<uint8_t>& data);

    unsigned secondsFor(const uint8_t* cdb) const;
    unsigned millisecondsFor(const uint8_t* cdb) const { return secondsFor(cdb) * 1000u; }

private:
    unsigned builtInSeconds(uint8_t opcode) const;
    uint8_t deviceType_;
    unsigned defaultSeconds_;
    std::map<std::pair<uint8_t, uint16_t>, uint32_t> reported_;  // (opcode, service action) -> seconds
    std::bitset<256> withServiceAction_;
};

} // namespace storlab::scsi
