#pragma once
// The iSCSI Basic Header Segment (RFC 7143 §11.2.1): 48 bytes, big-endian
// fields. Bhs is a plain byte array with typed accessors; the field offsets
// per PDU type are named in namespace `field` below (RFC 7143 §11.3-§11.18).
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace storlab::iscsi {

inline constexpr size_t kBhsSize = 48;
inline constexpr size_t kDigestSize = 4;
inline constexpr uint32_t kReservedTag = 0xffffffffu;

enum class Opcode : uint8_t {
    // initiator -> target (RFC 7143 §11.2.1.2)
    NopOut = 0x00, ScsiCommand = 0x01, TaskManagementRequest = 0x02, LoginRequest = 0x03,
    TextRequest = 0x04, DataOut = 0x05, LogoutRequest = 0x06, SnackRequest = 0x10,
    // target -> initiator
    NopIn = 0x20, ScsiResponse = 0x21, TaskManagementResponse = 0x22, LoginResponse = 0x23,
    TextResponse = 0x24, DataIn = 0x25, LogoutResponse = 0x26, ReadyToTransfer = 0x31,
    AsyncMessage = 0x32, Reject = 0x3f,
};

struct Bhs {
    std::array<uint8_t, kBhsSize> bytes{};

    uint8_t u8(size_t at) const { return bytes[at]; }
    uint16_t u16(size_t at) const { return uint16_t(bytes[at] << 8 | bytes[at + 1]); }
    uint32_t u24(size_t at) const { return uint32_t(bytes[at]) << 16 | uint32_t(bytes[at + 1]) << 8 | bytes[at + 2]; }
    uint32_t u32(size_t at) const {
        return uint32_t(bytes[at]) << 24 | uint32_t(bytes[at + 1]) << 16 | uint32_t(bytes[at + 2]) << 8 | bytes[at + 3];
    }
    uint64_t u64(size_t at) const { return uint64_t(u32(at)) << 32 | u32(at + 4); }
    void set8(size_t at, uint8_t v) { bytes[at] = v; }
    void set16(size_t at, uint16_t v) { bytes[at] = uint8_t(v >> 8); bytes[at + 1] = uint8_t(v); }
    void set24(size_t at, uint32_t v) { bytes[at] = uint8_t(v >> 16); bytes[at + 1] = uint8_t(v >> 8); bytes[at + 2] = uint8_t(v); }
    void set32(size_t at, uint32_t v) { set16(at, uint16_t(v >> 16)); set16(at + 2, uint16_t(v)); }
    void set64(size_t at, uint64_t v) { set32(at, uint32_t(v >> 32)); set32(at + 4, uint32_t(v)); }

    // Common fields (RFC 7143 §11.2.1)
    Opcode opcode() const { return Opcode(bytes[0] & 0x3f); }
    uint8_t rawOpcode() const { return bytes[0] & 0x3f; }
    void setOpcode(Opcode op) { bytes[0] = uint8_t((bytes[0] & 0x40) | uint8_t(op)); }
    bool immediate() const { return bytes[0] & 0x40; }
    bool finalBit() const { return bytes[1] & 0x80; }
    void setFinal(bool f) { bytes[1] = uint8_t(f ? bytes[1] | 0x80 : bytes[1] & ~0x80); }
    uint8_t totalAhsLength() const { return bytes[4]; }  // in 4-byte words
    uint32_t dataSegmentLength() const { return u24(5); }
    void setDataSegmentLength(uint32_t n) { set24(5, n); }
    uint64_t lunField() const { return u64(8); }
    void setLunField(uint64_t v) { set64(8, v); }
    uint32_t itt() const { return u32(16); }
    void setItt(uint32_t v) { set32(16, v); }
};

// Byte offsets of opcode-specific fields.
namespace field {
// SCSI Command (§11.3)
inline constexpr size_t CmdFlags = 1;          // F 0x80, R 0x40, W 0x20, ATTR 0x07
inline constexpr size_t ExpectedDataTransferLength = 20;
inline constexpr size_t CmdSN = 24;
inline constexpr size_t ExpStatSN = 28;
inline constexpr size_t Cdb = 32;               // 16 bytes
// SCSI Response (§11.4), Data-In (§11.7), R2T (§11.8), NOP-In, Text/Login/Logout/TMF responses
inline constexpr size_t RespFlags = 1;          // SCSI Response: o 0x10, u 0x08, O 0x04, U 0x02;
                                                // Data-In: F 0x80, A 0x40, O 0x04, U 0x02, S 0x01
inline constexpr size_t Response = 2;
inline constexpr size_t Status = 3;
inline constexpr size_t TargetTransferTag = 20;
inline constexpr size_t SnackTag = 20;
inline constexpr size_t StatSN = 24;
inline constexpr size_t ExpCmdSN = 28;
inline constexpr size_t MaxCmdSN = 32;
inline constexpr size_t ExpDataSN = 36;         // SCSI Response
inline constexpr size_t DataSN = 36;            // Data-In / Data-Out; R2TSN for R2T; DataSN/R2TSN in Reject
inline constexpr size_t BufferOffset = 40;      // Data-In / Data-Out / R2T
inline constexpr size_t BidiResidualCount = 40; // SCSI Response
inline constexpr size_t ResidualCount = 44;     // SCSI Response / Data-In
inline constexpr size_t DesiredDataTransferLength = 44; // R2T
// Task Management Function Request (§11.5)
inline constexpr size_t TmfFunction = 1;        // low 7 bits
inline constexpr size_t ReferencedTaskTag = 20;
inline constexpr size_t RefCmdSN = 32;
inline constexpr size_t TmfExpDataSN = 36;
// Login Request/Response (§11.12, §11.13)
inline constexpr size_t LoginFlags = 1;         // T 0x80, C 0x40, CSG 0x0c, NSG 0x03
inline constexpr size_t VersionMax = 2;
inline constexpr size_t VersionMinOrActive = 3;
inline constexpr size_t Isid = 8;               // 6 bytes
inline constexpr size_t Tsih = 14;
inline constexpr size_t Cid = 20;               // Login and Logout request
inline constexpr size_t StatusClass = 36;       // Login Response
inline constexpr size_t StatusDetail = 37;
// Text (§11.10, §11.11): F 0x80, C 0x40 in byte 1; TTT at 20
// Logout (§11.14, §11.15)
inline constexpr size_t LogoutReason = 1;       // low 7 bits
inline constexpr size_t Time2Wait = 40;
inline constexpr size_t Time2Retain = 42;
// Reject (§11.17)
inline constexpr size_t RejectReason = 2;
// Asynchronous Message (§11.9)
inline constexpr size_t AsyncEvent = 36;
inline constexpr size_t AsyncVCode = 37;
inline constexpr size_t Parameter1 = 38;
inline constexpr size_t Parameter2 = 40;
inline constexpr size_t Parameter3 = 42;
} // namespace field

// Reject reasons (RFC 7143 §11.17.1)
enum class RejectReason : uint8_t {
    DataDigestError = 0x02, SnackReject = 0x03, ProtocolError = 0x04, CommandNotSupported = 0x05,
    ImmediateCommandReject = 0x06, TaskInProgress = 0x07, InvalidDataAck = 0x08,
    InvalidPduField = 0x09, LongOperationReject = 0x0a, DeprecatedNegotiationReset = 0x0b,
    WaitingForLogout = 0x0c,
};

// Task management function codes (RFC 7143 §11.5.1) and responses (§11.6.1)
enum class TmfFunction : uint8_t {
    AbortTask = 1, AbortTaskSet = 2, ClearAca = 3, ClearTaskSet = 4, LogicalUnitReset = 5,
    TargetWarmReset = 6, TargetColdReset = 7, TaskReassign = 8,
};
enum class TmfResponse : uint8_t {
    Complete = 0, TaskDoesNotExist = 1, LunDoesNotExist = 2, TaskStillAllegiant = 3,
    ReassignmentNotSupported = 4, NotSupported = 5, AuthorizationFailed = 6, Rejected = 255,
};

// A whole PDU: header, optional AHS, data segment (without padding or digests).
struct Pdu {
    Bhs bhs;
    std::vector<uint8_t> ahs;
    std::vector<uint8_t> data;
};

// SAM-5 §4.7 LUN encoding (single-level): peripheral (< 256) and flat (< 16384) addressing.
// encodeLun returns kInvalidLun for LUNs >= 16384; decodeLun returns kInvalidLun for
// address methods other than peripheral (bus 0) and flat space.
inline constexpr uint64_t kInvalidLun = ~uint64_t(0);
uint64_t encodeLun(uint64_t lun);
uint64_t decodeLun(uint64_t field);

} // namespace storlab::iscsi
