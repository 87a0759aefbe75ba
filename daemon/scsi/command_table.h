#pragma once
// Opcode tables (design.md §2): one CommandTable per device type, built on
// the common SPC table. Each entry maps opcode (+ service action) to a small
// handler plus the metadata REPORT SUPPORTED OPERATION CODES needs (CDB usage
// data, timeouts) and the metadata the dispatcher needs (reservation class,
// unit attention behaviour). SSC/SMC/MMC tables start from spcCommandTable().
#include "scsi/scsi_task.h"
#include "scsi/sense.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace storlab::scsi {

class SpcUnit;

// What a handler returns: data (GOOD / CONDITION MET), a sense condition
// (CHECK CONDITION), RESERVATION CONFLICT, or "deferred" (the handler has
// started asynchronous work and will call SpcUnit::finish() later).
struct Reply {
    uint8_t status = status::Good;
    std::optional<std::vector<uint8_t>> data;  // nullopt: leave task->dataIn as is
    std::optional<SenseValue> sense;
    bool deferred = false;

    static Reply good() { return Reply{}; }
    static Reply good(std::vector<uint8_t> d) { Reply r; r.data = std::move(d); return r; }
    static Reply check(SenseValue s) { Reply r; r.status = status::CheckCondition; r.sense = std::move(s); return r; }
    static Reply conditionMet() { Reply r; r.status = status::ConditionMet; return r; }
    static Reply conflict() { Reply r; r.status = status::ReservationConflict; return r; }
    static Reply later() { Reply r; r.deferred = true; return r; }
    bool ok() const { return status == status::Good || status == status::ConditionMet; }
};

// The execution context of one command.
struct Command {
    std::shared_ptr<ScsiTask> task;
    SpcUnit& unit;
    const uint8_t* cdb;       // task->cdb.data()
    unsigned cdbLength;       // from the opcode's group code (or the table entry)
    const Nexus& nexus;       // task->nexus, or a default nexus when the transport gave none
    ScsiTask& t() const { return *task; }
};

using Handler = Reply (*)(Command&);

// How a command interacts with persistent reservations (SPC-4 §5.13.1, table 63/64):
// Unrestricted never conflicts, Read conflicts with Exclusive Access types only,
// Write conflicts with Write Exclusive and Exclusive Access types.
enum class Access : uint8_t { Unrestricted, Read, Write };

struct CommandInfo {
    uint8_t opcode = 0;
    std::optional<uint16_t> serviceAction;  // byte 1 bits 4..0 (SPC-4 §4.2.5.2)
    std::string_view name;
    Handler handler = nullptr;
    // CDB USAGE DATA (SPC-4 §6.35.3): byte 0 is the opcode, then a bit mask of
    // the bits the device server looks at. Its size is the CDB length.
    std::vector<uint8_t> usage;
    Access access = Access::Write;
    bool reportsUnitAttention = true;   // false: INQUIRY, REPORT LUNS, REQUEST SENSE (SAM-5 §5.14)
    bool allowedUnderReserve = false;   // allowed while another nexus holds RESERVE(6)/(10) (SPC-2 §5.5.1)
    uint32_t nominalTimeout = 0;        // seconds (SPC-4 §6.35.4)
    uint32_t recommendedTimeout = 0;
    bool needsMedium = false;           // fails with MEDIUM NOT PRESENT when unloaded (removable units)
};

class CommandTable {
public:
    CommandTable() { reindex(); }
    // Adds or replaces the entry for (opcode, serviceAction).
    void add(CommandInfo info);
    void remove(uint8_t opcode, std::optional<uint16_t> serviceAction = std::nullopt);
    // The entry for this CDB: opcode, plus service action when the opcode uses them.
    const CommandInfo* find(uint8_t opcode, uint16_t serviceAction) const;
    bool hasOpcode(uint8_t opcode) const;
    bool usesServiceActions(uint8_t opcode) const;
    // Sorted by opcode then service action.
    const std::vector<CommandInfo>& entries() const { return entries_; }

private:
    void reindex();
    std::vector<CommandInfo> entries_;
    std::array<int16_t, 256> first_{};      // index of the first entry per opcode, -1 if none
    std::array<bool, 256> serviceActions_{}; // opcode uses service actions
};

// The SPC-4 commands every device type shares.
CommandTable spcCommandTable();

// REPORT SUPPORTED OPERATION CODES (SPC-4 §6.35) answer for a table.
Reply reportSupportedOperationCodes(const CommandTable& table, const uint8_t* cdb);

} // namespace storlab::scsi
