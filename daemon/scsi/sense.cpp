#include "scsi/sense.h"

#include "scsi/cdb.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace storlab::scsi {
namespace {

using namespace sensekey;

// SPC-4 Annex D (ASC/ASCQ assignments). Indexed by Sense; order must match.
constexpr std::array<SenseEntry, size_t(Sense::Count_)> kTable{{
    {Sense::NoSense, NoSense, 0x00, 0x00, "NO ADDITIONAL SENSE INFORMATION"},
    {Sense::MediumNotPresent, NotReady, 0x3A, 0x00, "MEDIUM NOT PRESENT"},
    {Sense::NotReadyBecomingReady, NotReady, 0x04, 0x01, "LOGICAL UNIT IS IN PROCESS OF BECOMING READY"},
    {Sense::NotReadyManualInterventionRequired, NotReady, 0x04, 0x03, "LOGICAL UNIT NOT READY, MANUAL INTERVENTION REQUIRED"},
    {Sense::UnrecoveredReadError, MediumError, 0x11, 0x00, "UNRECOVERED READ ERROR"},
    {Sense::WriteError, MediumError, 0x0C, 0x00, "WRITE ERROR"},
    {Sense::InternalTargetFailure, HardwareError, 0x44, 0x00, "INTERNAL TARGET FAILURE"},
    {Sense::InvalidCommandOperationCode, IllegalRequest, 0x20, 0x00, "INVALID COMMAND OPERATION CODE"},
    {Sense::LbaOutOfRange, IllegalRequest, 0x21, 0x00, "LOGICAL BLOCK ADDRESS OUT OF RANGE"},
    {Sense::InvalidFieldInCdb, IllegalRequest, 0x24, 0x00, "INVALID FIELD IN CDB"},
    {Sense::InvalidFieldInParameterList, IllegalRequest, 0x26, 0x00, "INVALID FIELD IN PARAMETER LIST"},
    {Sense::ParameterListLengthError, IllegalRequest, 0x1A, 0x00, "PARAMETER LIST LENGTH ERROR"},
    {Sense::ParameterNotSupported, IllegalRequest, 0x26, 0x01, "PARAMETER NOT SUPPORTED"},
    {Sense::ParameterValueInvalid, IllegalRequest, 0x26, 0x02, "PARAMETER VALUE INVALID"},
    {Sense::InvalidReleaseOfPersistentReservation, IllegalRequest, 0x26, 0x04, "INVALID RELEASE OF PERSISTENT RESERVATION"},
    {Sense::LogicalUnitNotSupported, IllegalRequest, 0x25, 0x00, "LOGICAL UNIT NOT SUPPORTED"},
    {Sense::SavingParametersNotSupported, IllegalRequest, 0x39, 0x00, "SAVING PARAMETERS NOT SUPPORTED"},
    {Sense::MediumRemovalPrevented, IllegalRequest, 0x53, 0x02, "MEDIUM REMOVAL PREVENTED"},
    {Sense::InsufficientRegistrationResources, IllegalRequest, 0x55, 0x04, "INSUFFICIENT REGISTRATION RESOURCES"},
    {Sense::InvalidFieldInInformationUnit, IllegalRequest, 0x0E, 0x03, "INVALID FIELD IN COMMAND INFORMATION UNIT"},
    {Sense::CommandSequenceError, IllegalRequest, 0x2C, 0x00, "COMMAND SEQUENCE ERROR"},
    {Sense::PowerOnResetOrBusDeviceResetOccurred, UnitAttention, 0x29, 0x00, "POWER ON, RESET, OR BUS DEVICE RESET OCCURRED"},
    {Sense::PowerOnOccurred, UnitAttention, 0x29, 0x01, "POWER ON OCCURRED"},
    {Sense::BusDeviceResetFunctionOccurred, UnitAttention, 0x29, 0x03, "BUS DEVICE RESET FUNCTION OCCURRED"},
    {Sense::ItNexusLossOccurred, UnitAttention, 0x29, 0x07, "I_T NEXUS LOSS OCCURRED"},
    {Sense::ModeParametersChanged, UnitAttention, 0x2A, 0x01, "MODE PARAMETERS CHANGED"},
    {Sense::ReservationsPreempted, UnitAttention, 0x2A, 0x03, "RESERVATIONS PREEMPTED"},
    {Sense::ReservationsReleased, UnitAttention, 0x2A, 0x04, "RESERVATIONS RELEASED"},
    {Sense::RegistrationsPreempted, UnitAttention, 0x2A, 0x05, "REGISTRATIONS PREEMPTED"},
    {Sense::CapacityDataHasChanged, UnitAttention, 0x2A, 0x09, "CAPACITY DATA HAS CHANGED"},
    {Sense::ReportedLunsDataChanged, UnitAttention, 0x3F, 0x0E, "REPORTED LUNS DATA HAS CHANGED"},
    {Sense::InquiryDataHasChanged, UnitAttention, 0x3F, 0x03, "INQUIRY DATA HAS CHANGED"},
    {Sense::CommandsClearedByAnotherInitiator, UnitAttention, 0x2F, 0x00, "COMMANDS CLEARED BY ANOTHER INITIATOR"},
    {Sense::MediumMayHaveChanged, UnitAttention, 0x28, 0x00, "NOT READY TO READY CHANGE, MEDIUM MAY HAVE CHANGED"},
    {Sense::WriteProtected, DataProtect, 0x27, 0x00, "WRITE PROTECTED"},
    {Sense::DataPhaseError, AbortedCommand, 0x4B, 0x00, "DATA PHASE ERROR"},
    {Sense::MiscompareDuringVerify, Miscompare, 0x1D, 0x00, "MISCOMPARE DURING VERIFY OPERATION"},
    // SMC-3 media changer
    {Sense::InvalidElementAddress, IllegalRequest, 0x21, 0x01, "INVALID ELEMENT ADDRESS"},
    {Sense::MediumDestinationElementFull, IllegalRequest, 0x3B, 0x0D, "MEDIUM DESTINATION ELEMENT FULL"},
    {Sense::MediumSourceElementEmpty, IllegalRequest, 0x3B, 0x0E, "MEDIUM SOURCE ELEMENT EMPTY"},
    {Sense::MediumMagazineNotAccessible, IllegalRequest, 0x3B, 0x11, "MEDIUM MAGAZINE NOT ACCESSIBLE"},
    {Sense::IncompatibleMediumInstalled, IllegalRequest, 0x30, 0x00, "INCOMPATIBLE MEDIUM INSTALLED"},
    {Sense::MediaLoadOrEjectFailed, HardwareError, 0x53, 0x00, "MEDIA LOAD OR EJECT FAILED"},
    {Sense::ImportOrExportElementAccessed, UnitAttention, 0x28, 0x01, "IMPORT OR EXPORT ELEMENT ACCESSED"},
    // SSC-4 tape
    {Sense::FilemarkDetected, NoSense, 0x00, 0x01, "FILEMARK DETECTED"},
    {Sense::EarlyWarning, NoSense, 0x00, 0x02, "END-OF-PARTITION/MEDIUM DETECTED"},
    {Sense::EndOfPartitionOverflow, VolumeOverflow, 0x00, 0x02, "END-OF-PARTITION/MEDIUM DETECTED"},
    {Sense::SetmarkDetected, NoSense, 0x00, 0x03, "SETMARK DETECTED"},
    {Sense::BeginningOfPartitionDetected, NoSense, 0x00, 0x04, "BEGINNING-OF-PARTITION/MEDIUM DETECTED"},
    {Sense::EndOfDataDetected, BlankCheck, 0x00, 0x05, "END-OF-DATA DETECTED"},
    {Sense::WormOverwriteAttempted, DataProtect, 0x30, 0x0C, "WORM MEDIUM - OVERWRITE ATTEMPTED"},
    {Sense::CannotWriteIncompatibleFormat, DataProtect, 0x30, 0x05, "CANNOT WRITE MEDIUM - INCOMPATIBLE FORMAT"},
    {Sense::CannotReadIncompatibleFormat, MediumError, 0x30, 0x02, "CANNOT READ MEDIUM - INCOMPATIBLE FORMAT"},
    {Sense::MediumFormatCorrupted, MediumError, 0x31, 0x00, "MEDIUM FORMAT CORRUPTED"},
    {Sense::SequentialPositioningError, MediumError, 0x3B, 0x00, "SEQUENTIAL POSITIONING ERROR"},
    // MMC-6 optical drives
    {Sense::MediumNotPresentTrayClosed, NotReady, 0x3A, 0x01, "MEDIUM NOT PRESENT - TRAY CLOSED"},
    {Sense::MediumNotPresentTrayOpen, NotReady, 0x3A, 0x02, "MEDIUM NOT PRESENT - TRAY OPEN"},
    {Sense::CannotWriteMediumIncompatible, IllegalRequest, 0x30, 0x05, "CANNOT WRITE MEDIUM - INCOMPATIBLE FORMAT"},
    {Sense::CannotReadMediumUnknownFormat, MediumError, 0x30, 0x01, "CANNOT READ MEDIUM - UNKNOWN FORMAT"},
    {Sense::InvalidAddressForWrite, IllegalRequest, 0x21, 0x02, "INVALID ADDRESS FOR WRITE"},
    {Sense::EndOfUserAreaEncountered, IllegalRequest, 0x63, 0x00, "END OF USER AREA ENCOUNTERED ON THIS TRACK"},
    {Sense::EmptyOrPartiallyWrittenReservedTrack, IllegalRequest, 0x72, 0x05, "EMPTY OR PARTIALLY WRITTEN RESERVED TRACK"},
    {Sense::SessionFixationError, MediumError, 0x72, 0x00, "SESSION FIXATION ERROR"},
    {Sense::CopyProtectionKeyNotPresent, IllegalRequest, 0x6F, 0x01, "COPY PROTECTION KEY EXCHANGE FAILURE - KEY NOT PRESENT"},
    {Sense::LogicalUnitCommunicationFailure, AbortedCommand, 0x08, 0x00, "LOGICAL UNIT COMMUNICATION FAILURE"},
    {Sense::LogicalUnitCommunicationTimeout, AbortedCommand, 0x08, 0x01, "LOGICAL UNIT COMMUNICATION TIME-OUT"},
    {Sense::NotReadyCauseNotReportable, NotReady, 0x04, 0x00, "LOGICAL UNIT NOT READY, CAUSE NOT REPORTABLE"},
}};

constexpr bool tableInOrder()
{
    for (size_t i = 0; i < kTable.size(); ++i)
        if (size_t(kTable[i].condition) != i)
            return false;
    return true;
}
static_assert(tableInOrder(), "sense table must be indexed by Sense");

// Sense-key specific bytes for ILLEGAL REQUEST field pointers (SPC-4 §4.5.2.4.2).
void fieldPointer(const SenseValue& v, uint8_t* sks)
{
    sks[0] = 0x80; // SKSV
    if (v.inCdb)
        sks[0] |= 0x40; // C/D
    if (v.fieldBit >= 0)
        sks[0] |= uint8_t(0x08 | (v.fieldBit & 0x07)); // BPV + bit pointer
    put16(sks + 1, v.fieldByte);
}

} // namespace

const SenseEntry& senseEntry(Sense condition)
{
    size_t i = size_t(condition);
    if (i >= kTable.size())
        i = size_t(Sense::InternalTargetFailure);
    return kTable[i];
}

SenseValue SenseValue::invalidCdb(uint16_t byte, int bit)
{
    SenseValue v(Sense::InvalidFieldInCdb);
    v.fieldPointerValid = true;
    v.inCdb = true;
    v.fieldByte = byte;
    v.fieldBit = int8_t(bit);
    return v;
}

SenseValue SenseValue::invalidParameter(uint16_t byte, int bit)
{
    SenseValue v(Sense::InvalidFieldInParameterList);
    v.fieldPointerValid = true;
    v.inCdb = false;
    v.fieldByte = byte;
    v.fieldBit = int8_t(bit);
    return v;
}

SenseValue SenseValue::withInformation(Sense c, uint64_t info)
{
    SenseValue v(c);
    v.information = info;
    return v;
}

std::vector<uint8_t> buildSense(const SenseValue& v, bool descriptorFormat)
{
    const SenseEntry& e = senseEntry(v.condition);
    if (!descriptorFormat) {
        // Fixed format (SPC-4 §4.5.3): 18 bytes.
        std::vector<uint8_t> s(18, 0);
        s[0] = 0x70;
        s[2] = e.key & 0x0F;
        if (v.filemark) s[2] |= 0x80;
        if (v.eom) s[2] |= 0x40;
        if (v.ili) s[2] |= 0x20;
        if (v.information) {
            // The fixed format holds 32 bits; larger values set VALID = 0 (SPC-4 §4.5.3).
            if (*v.information <= 0xFFFFFFFFull) {
                s[0] |= 0x80;
                put32(&s[3], uint32_t(*v.information));
            }
        }
        s[7] = 10; // additional sense length
        s[12] = e.asc;
        s[13] = e.ascq;
        if (v.fieldPointerValid)
            fieldPointer(v, &s[15]);
        return s;
    }
    // Descriptor format (SPC-4 §4.5.2).
    std::vector<uint8_t> s(8, 0);
    s[0] = 0x72;
    s[1] = e.key & 0x0F;
    s[2] = e.asc;
    s[3] = e.ascq;
    if (v.information) {
        // Information descriptor (SPC-4 §4.5.2.2).
        uint8_t d[12] = {0x00, 0x0A, 0x80, 0};
        put64(&d[4], *v.information);
        s.insert(s.end(), d, d + sizeof d);
    }
    if (v.fieldPointerValid) {
        // Sense key specific descriptor (SPC-4 §4.5.2.3).
        uint8_t d[8] = {0x02, 0x06, 0, 0};
        fieldPointer(v, &d[4]);
        s.insert(s.end(), d, d + sizeof d);
    }
    if (v.filemark || v.eom || v.ili) {
        // Stream commands descriptor (SSC-4 §4.2.25.2 / SPC-4 §4.5.2.5).
        uint8_t d[4] = {0x04, 0x02, 0, 0};
        d[3] = uint8_t((v.filemark ? 0x80 : 0) | (v.eom ? 0x40 : 0) | (v.ili ? 0x20 : 0));
        s.insert(s.end(), d, d + sizeof d);
    }
    s[7] = uint8_t(s.size() - 8);
    return s;
}

std::optional<ParsedSense> parseSense(const std::vector<uint8_t>& d)
{
    if (d.size() < 8)
        return std::nullopt;
    ParsedSense p;
    p.responseCode = d[0] & 0x7F;
    if (p.responseCode == 0x70 || p.responseCode == 0x71) {
        if (d.size() < 14)
            return std::nullopt;
        p.key = d[2] & 0x0F;
        p.asc = d[12];
        p.ascq = d[13];
        if (d[0] & 0x80)
            p.information = be32(&d[3]);
        if (d.size() >= 18 && (d[15] & 0x80)) {
            p.sksv = true;
            p.sks[0] = d[15]; p.sks[1] = d[16]; p.sks[2] = d[17];
        }
        return p;
    }
    if (p.responseCode == 0x72 || p.responseCode == 0x73) {
        p.descriptor = true;
        p.key = d[1] & 0x0F;
        p.asc = d[2];
        p.ascq = d[3];
        size_t end = std::min<size_t>(d.size(), 8 + size_t(d[7]));
        for (size_t i = 8; i + 2 <= end;) {
            uint8_t type = d[i], len = d[i + 1];
            if (i + 2 + len > end)
                break;
            if (type == 0x00 && len >= 0x0A && (d[i + 2] & 0x80))
                p.information = be64(&d[i + 4]);
            if (type == 0x02 && len >= 6 && (d[i + 4] & 0x80)) {
                p.sksv = true;
                p.sks[0] = d[i + 4]; p.sks[1] = d[i + 5]; p.sks[2] = d[i + 6];
            }
            i += 2 + len;
        }
        return p;
    }
    return std::nullopt;
}

} // namespace storlab::scsi
