#pragma once
// Named sense conditions (SPC-4 §4.5, Annex D) and the sense data builder.
// Every SCSI failure in storlab maps to exactly one entry of the table in
// sense.cpp; the format (fixed 0x70 or descriptor 0x72) is chosen per
// logical unit from the control mode page D_SENSE bit (SPC-4 §7.5.8).
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace storlab::scsi {

namespace sensekey {
inline constexpr uint8_t NoSense = 0x0;
inline constexpr uint8_t RecoveredError = 0x1;
inline constexpr uint8_t NotReady = 0x2;
inline constexpr uint8_t MediumError = 0x3;
inline constexpr uint8_t HardwareError = 0x4;
inline constexpr uint8_t IllegalRequest = 0x5;
inline constexpr uint8_t UnitAttention = 0x6;
inline constexpr uint8_t DataProtect = 0x7;
inline constexpr uint8_t BlankCheck = 0x8;
inline constexpr uint8_t AbortedCommand = 0xB;
inline constexpr uint8_t VolumeOverflow = 0xD;
inline constexpr uint8_t Miscompare = 0xE;
} // namespace sensekey

enum class Sense : uint16_t {
    NoSense,
    // NOT READY
    MediumNotPresent,
    NotReadyBecomingReady,
    NotReadyManualInterventionRequired,
    // MEDIUM ERROR / HARDWARE ERROR
    UnrecoveredReadError,
    WriteError,
    InternalTargetFailure,
    // ILLEGAL REQUEST
    InvalidCommandOperationCode,
    LbaOutOfRange,
    InvalidFieldInCdb,
    InvalidFieldInParameterList,
    ParameterListLengthError,
    ParameterNotSupported,
    ParameterValueInvalid,
    InvalidReleaseOfPersistentReservation,
    LogicalUnitNotSupported,
    SavingParametersNotSupported,
    MediumRemovalPrevented,
    InsufficientRegistrationResources,
    InvalidFieldInInformationUnit,
    CommandSequenceError,
    // UNIT ATTENTION
    PowerOnResetOrBusDeviceResetOccurred,
    PowerOnOccurred,
    BusDeviceResetFunctionOccurred,
    ItNexusLossOccurred,
    ModeParametersChanged,
    ReservationsPreempted,
    ReservationsReleased,
    RegistrationsPreempted,
    CapacityDataHasChanged,
    ReportedLunsDataChanged,
    InquiryDataHasChanged,
    CommandsClearedByAnotherInitiator,
    MediumMayHaveChanged,
    // DATA PROTECT
    WriteProtected,
    // ABORTED COMMAND
    DataPhaseError,
    // MISCOMPARE
    MiscompareDuringVerify,
    // SMC-3 media changer (SMC-3 §6, SPC-4 Annex D)
    InvalidElementAddress,            // ILLEGAL REQUEST 21h/01h
    MediumDestinationElementFull,     // ILLEGAL REQUEST 3Bh/0Dh
    MediumSourceElementEmpty,         // ILLEGAL REQUEST 3Bh/0Eh
    MediumMagazineNotAccessible,      // ILLEGAL REQUEST 3Bh/11h
    IncompatibleMediumInstalled,      // ILLEGAL REQUEST 30h/00h
    MediaLoadOrEjectFailed,           // HARDWARE ERROR 53h/00h
    ImportOrExportElementAccessed,    // UNIT ATTENTION 28h/01h
    // SSC-4 sequential-access (tape) conditions (SSC-4 §4.2, SPC-4 Annex D);
    // the FILEMARK/EOM/ILI bits and INFORMATION go in SenseValue.
    FilemarkDetected,                 // NO SENSE 00h/01h (+ FILEMARK)
    EarlyWarning,                     // NO SENSE 00h/02h (+ EOM): END-OF-PARTITION/MEDIUM DETECTED
    EndOfPartitionOverflow,           // VOLUME OVERFLOW 00h/02h (+ EOM): physical end reached
    SetmarkDetected,                  // NO SENSE 00h/03h
    BeginningOfPartitionDetected,     // NO SENSE 00h/04h (+ EOM)
    EndOfDataDetected,                // BLANK CHECK 00h/05h
    WormOverwriteAttempted,           // DATA PROTECT 30h/0Ch
    CannotWriteIncompatibleFormat,    // DATA PROTECT 30h/05h (older generation loaded read-only)
    CannotReadIncompatibleFormat,     // MEDIUM ERROR 30h/02h
    MediumFormatCorrupted,            // MEDIUM ERROR 31h/00h
    SequentialPositioningError,       // MEDIUM ERROR 3Bh/00h
    // MMC-6 optical drive conditions (MMC-6 Annex F, SPC-4 Annex D)
    MediumNotPresentTrayClosed,       // NOT READY 3Ah/01h
    MediumNotPresentTrayOpen,         // NOT READY 3Ah/02h (ejected by START STOP UNIT LoEj)
    CannotWriteMediumIncompatible,    // ILLEGAL REQUEST 30h/05h: WRITE to a DVD-ROM or finalized disc
    CannotReadMediumUnknownFormat,    // MEDIUM ERROR 30h/01h
    InvalidAddressForWrite,           // ILLEGAL REQUEST 21h/02h: WRITE not at the next writable address
    EndOfUserAreaEncountered,         // ILLEGAL REQUEST 63h/00h: WRITE past the blank's capacity
    EmptyOrPartiallyWrittenReservedTrack, // ILLEGAL REQUEST 72h/05h
    SessionFixationError,             // MEDIUM ERROR 72h/00h
    CopyProtectionKeyNotPresent,      // ILLEGAL REQUEST 6Fh/01h: REPORT KEY without CSS
    // A passed-through device or a network store that cannot be reached
    // (SPC-4 Annex D): retryable for the initiator.
    LogicalUnitCommunicationFailure,  // ABORTED COMMAND 08h/00h
    LogicalUnitCommunicationTimeout,  // ABORTED COMMAND 08h/01h
    NotReadyCauseNotReportable,       // NOT READY 04h/00h
    Count_
};

struct SenseEntry {
    Sense condition;
    uint8_t key;
    uint8_t asc;
    uint8_t ascq;
    std::string_view name;
};

const SenseEntry& senseEntry(Sense condition);

// One sense condition plus the optional fields that go with it.
struct SenseValue {
    Sense condition = Sense::NoSense;
    std::optional<uint64_t> information;  // INFORMATION field (e.g. miscompare offset)
    // Sense-key specific field pointer (SPC-4 §4.5.2.4.2): which CDB or
    // parameter-list byte (and optionally bit) is invalid.
    bool fieldPointerValid = false;
    bool inCdb = true;                    // C/D bit
    uint16_t fieldByte = 0;
    int8_t fieldBit = -1;                 // -1: BPV = 0
    bool ili = false;                     // incorrect length indicator (SSC)
    bool eom = false;                     // end of medium (SSC)
    bool filemark = false;                // FILEMARK (SSC)

    SenseValue() = default;
    SenseValue(Sense c) : condition(c) {} // NOLINT: implicit by design
    static SenseValue invalidCdb(uint16_t byte, int bit = -1);
    static SenseValue invalidParameter(uint16_t byte, int bit = -1);
    static SenseValue withInformation(Sense c, uint64_t info);
    uint8_t key() const { return senseEntry(condition).key; }
};

// Builds fixed (0x70, SPC-4 §4.5.3) or descriptor (0x72, SPC-4 §4.5.2) sense data.
std::vector<uint8_t> buildSense(const SenseValue& value, bool descriptorFormat);

// Parsed view of sense data, for tests and logging.
struct ParsedSense {
    bool descriptor = false;
    uint8_t responseCode = 0;
    uint8_t key = 0, asc = 0, ascq = 0;
    std::optional<uint64_t> information;
    bool sksv = false;
    uint8_t sks[3] = {0, 0, 0};
};
std::optional<ParsedSense> parseSense(const std::vector<uint8_t>& data);

} // namespace storlab::scsi
