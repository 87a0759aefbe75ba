#pragma once
// The transport-independent view of one SCSI command (SAM-5 §5): what the
// initiator sent and what the logical unit answers. The transport (iSCSI)
// fills the request half, gathers all Data-Out into dataOut before calling
// LogicalUnit::execute(), and sends dataIn/status/sense afterwards.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace storlab::scsi {

class LuStats;

// One I_T nexus (SAM-5 §4.7): an initiator port talking to a target port.
// For iSCSI the initiator port name is "<InitiatorName>,i,0x<ISID>" and the
// target port name "<TargetName>,t,0x<TPGT>" (RFC 7143 §4.2.7, SPC-4 §7.6.4.6).
struct Nexus {
    uint64_t id = 0;                     // unique for the daemon's lifetime
    std::string initiatorName;           // iSCSI InitiatorName
    std::array<uint8_t, 6> isid{};       // iSCSI ISID
    std::string targetName;              // iSCSI TargetName
    uint16_t tpgt = 1;                   // target portal group tag
    uint16_t relativeTargetPortId = 1;   // SPC-4 relative target port identifier
    std::string initiatorPortName() const; // "<InitiatorName>,i,0x<12 hex digits>"
    std::string targetPortName() const;    // "<TargetName>,t,0x<4 hex digits>"
};

enum class TaskAttribute : uint8_t { Untagged = 0, Simple = 1, Ordered = 2, HeadOfQueue = 3, Aca = 4 };

namespace status {
inline constexpr uint8_t Good = 0x00;
inline constexpr uint8_t CheckCondition = 0x02;
inline constexpr uint8_t ConditionMet = 0x04;
inline constexpr uint8_t Busy = 0x08;
inline constexpr uint8_t ReservationConflict = 0x18;
inline constexpr uint8_t TaskSetFull = 0x28;
inline constexpr uint8_t AcaActive = 0x30;
inline constexpr uint8_t TaskAborted = 0x40;
} // namespace status

struct ScsiTask {
    // --- request (filled by the transport) ---
    std::array<uint8_t, 260> cdb{};      // up to 16 bytes in the BHS + extended CDB AHS
    uint16_t cdbLength = 0;
    uint64_t lun = 0;                    // LUN number (already decoded from SAM LUN format)
    uint32_t tag = 0;                    // initiator task tag, for ABORT TASK
    TaskAttribute attribute = TaskAttribute::Simple;
    std::shared_ptr<const Nexus> nexus;
    bool readFlag = false;               // the initiator expects Data-In
    bool writeFlag = false;              // the initiator sends Data-Out
    uint32_t expectedDataInLength = 0;   // iSCSI EDTL for reads (or bidi read length)
    uint32_t expectedDataOutLength = 0;  // iSCSI EDTL for writes
    std::vector<uint8_t> dataOut;        // all Data-Out, exactly what the initiator sent
    std::atomic<bool> aborted{false};    // set by the transport on ABORT TASK etc.; the
                                         // LU may finish early, but must still complete()

    // --- response (filled by the logical unit) ---
    uint8_t status = status::Good;
    std::vector<uint8_t> dataIn;         // the LU's data, trimmed to the CDB's allocation
                                         // length; the transport trims to EDTL and sets residuals
    std::vector<uint8_t> sense;          // sense data (fixed or descriptor format), empty if none
    int64_t dataOutTransferLength = -1;  // for commands with Data-Out: the bytes the CDB asks
                                         // for (SAM-5 SPDTL), set by the LU; the transport
                                         // reports its difference from EDTL as a residual
                                         // (RFC 7143 §11.4.5). -1: not known, no residual.

    // --- accounting (scsi/lu_stats.h) ---
    std::chrono::steady_clock::time_point arrived{};  // command PDU received (commandArrived)
    std::shared_ptr<LuStats> stats;      // the LU's counters, set by target dispatch

    // Set by the transport. The LU calls complete() exactly once, from any thread.
    std::function<void()> onComplete;
    void complete() { if (onComplete) onComplete(); }
};

} // namespace storlab::scsi
