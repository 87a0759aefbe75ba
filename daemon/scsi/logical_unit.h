#pragma once
// A logical unit (SAM-5 §4.6): executes SCSI tasks. Implementations are
// shared by all sessions and reactors, so they guard their own state.
#include "scsi/lu_stats.h"
#include "scsi/scsi_task.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace storlab::scsi {

// Task management functions that reach a logical unit (SAM-5 §7, RFC 7143 §11.5.1).
enum class TaskManagement {
    AbortTaskSet,   // tasks of this nexus were aborted by the transport
    ClearTaskSet,   // tasks of all nexuses were aborted by the transport
    LogicalUnitReset,
    TargetWarmReset,
    TargetColdReset,
};

class LogicalUnit {
public:
    virtual ~LogicalUnit() = default;
    // Runs the task; must eventually call task->complete() exactly once (any thread).
    virtual void execute(std::shared_ptr<ScsiTask> task) = 0;
    // Reset side effects (unit attentions, releasing RESERVE(6)/(10), ...) after
    // the transport has aborted the affected tasks. `nexus` is the requester.
    virtual void taskManagement(TaskManagement function, const Nexus& nexus) = 0;
    // The nexus ended (session logged out or dropped).
    virtual void nexusLost(const Nexus& nexus) { (void)nexus; }
    // The target's LUN inventory changed: establish REPORTED LUNS DATA HAS
    // CHANGED for every nexus (SPC-4 §6.33, SAM-5 unit attention conditions).
    virtual void lunInventoryChanged() {}
    // The backing store was resized: re-read the capacity and, if it changed,
    // establish CAPACITY DATA HAS CHANGED for every nexus (SBC-3 §4.?).
    virtual void refreshCapacity() {}
    // "ok", or what is wrong with the unit's backing store right now (a
    // network store that cannot reach its cluster), for `lun show`.
    virtual std::string health() const { return "ok"; }
    // SPC-4 peripheral device type (0x00 disk, 0x01 tape, 0x05 MMC, 0x08 changer, 0x0C controller).
    virtual uint8_t peripheralDeviceType() const = 0;
    // I/O counters of this LU (admin `stats.get`); a rebuilt LU starts at zero.
    const std::shared_ptr<LuStats>& stats() const { return stats_; }

private:
    const std::shared_ptr<LuStats> stats_ = std::make_shared<LuStats>();
};

// The LUNs of one target, keyed by LUN number. Targets hold it as an
// immutable snapshot (std::shared_ptr<const LunMap>) and replace it on change.
using LunMap = std::map<uint64_t, std::shared_ptr<LogicalUnit>>;

// Target-level dispatch (SPC-4 §4.6.4, §6.33): REPORT LUNS from any LUN, and
// commands to a LUN that does not exist (INQUIRY with peripheral qualifier 011b,
// REQUEST SENSE, otherwise LOGICAL UNIT NOT SUPPORTED). Everything else goes
// to the unit. Completes the task exactly once.
void dispatchToTarget(const LunMap& luns, std::shared_ptr<ScsiTask> task);

} // namespace storlab::scsi
