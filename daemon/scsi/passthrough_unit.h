#pragma once
// A logical unit that is a real SCSI device of this machine (tgt's "pt"
// device type with its sg and bsg stores): every CDB the initiator sends,
// INQUIRY and MODE SENSE included, goes to the device through SG_IO, and the
// device's status, sense and data come back unchanged. So a passed-through
// disk, tape drive or medium changer appears to initiators as exactly that.
// The target keeps REPORT LUNS and the LUN inventory (SPC-4 §6.33).
//
// Commands run on the unit's worker threads (ScsiGenericNode::execute blocks),
// never on the reactor that received them; completion goes back to the
// transport through task->complete() as with every other unit. Task
// management stays with the transport: aborted tasks are still answered by
// the device and then dropped by the transport; no reset is sent to the device.
#include "scsi/logical_unit.h"
#include "scsi/passthrough_timeouts.h"
#include "scsi/scsi_generic_node.h"

#include <memory>

namespace storlab::scsi {

struct PassthroughConfig {
    unsigned timeoutSeconds = 60;   // commands the device and the table do not time otherwise
    unsigned queueDepth = 4;        // commands sent to the device at once (worker threads)
};

// Asks the device for its command timeouts (REPORT SUPPORTED OPERATION CODES,
// RCTD = 1) and builds the unit. Blocks for the device's answer: call it when
// the LUN is created, not on a reactor.
std::shared_ptr<LogicalUnit> makePassthroughUnit(std::unique_ptr<ScsiGenericNode> node, const PassthroughConfig& config);

} // namespace storlab::scsi
