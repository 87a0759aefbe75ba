#pragma once
// The translation between one ScsiTask and the Linux SCSI generic request
// headers, without a device: sg_io_hdr (sg driver, interface 'S', version 3)
// and sg_io_v4 (bsg driver, interface 'Q', version 4). The pass-through unit
// (passthrough_unit.h) fills a header, hands it to ioctl(SG_IO) and maps the
// answer back: the device's status, sense and data go to the initiator
// unchanged (SAM-5 §5.3); only a failure below the device (no answer, host
// adapter error, timeout) becomes a sense condition of our own.
#include "scsi/scsi_task.h"
#include "scsi/sense.h"

#include <linux/bsg.h>
#include <scsi/sg.h>

#include <cstdint>
#include <optional>

namespace storlab::scsi {

// Room for the device's sense data (SPC-4 §4.5.1: at most 252 bytes).
inline constexpr size_t kPassthroughSenseMax = 252;

// The buffers of one request. dataIn is sized to the initiator's expected
// Data-In length before the request is sent and trimmed to what the device
// returned afterwards; sense receives the device's sense bytes.
struct SgBuffers {
    uint8_t sense[kPassthroughSenseMax]{};
};

// Why a request could not be expressed in a header (the task is then
// finished with this sense condition, nothing reaches the device).
// Linux removed bidirectional commands from its block layer (5.1), so a
// command with both Data-In and Data-Out is refused (INVALID FIELD IN CDB).
std::optional<SenseValue> fillSgIoV3(sg_io_hdr& header, ScsiTask& task, SgBuffers& buffers, unsigned timeoutMs);
std::optional<SenseValue> fillSgIoV4(sg_io_v4& header, ScsiTask& task, SgBuffers& buffers, unsigned timeoutMs);

// What came back, in the fields both versions share.
struct SgAnswer {
    uint8_t deviceStatus = 0;  // SAM-5 status byte from the device
    uint16_t hostStatus = 0;   // DID_* of the host adapter (transport_status in v4)
    uint16_t driverStatus = 0; // DRIVER_* (the low nibble; DRIVER_SENSE is 0x08)
    int32_t dataInResidual = 0;
    uint32_t senseLength = 0;  // bytes of sense the device wrote
    bool timedOut = false;     // the kernel gave up after the request's timeout
};
SgAnswer answerOfV3(const sg_io_hdr& header);
SgAnswer answerOfV4(const sg_io_v4& header);

// Fills the task's status, sense and data from the answer: the device's own
// status and sense unchanged; Data-In trimmed by the residual. A failure of the
// path to the device (no status from it) becomes CHECK CONDITION with
// ABORTED COMMAND, LOGICAL UNIT COMMUNICATION TIME-OUT (08h/01h) after a
// timeout or LOGICAL UNIT COMMUNICATION FAILURE (08h/00h) otherwise, both of
// which initiators retry (SPC-4 Annex D).
void applySgAnswer(const SgAnswer& answer, const SgBuffers& buffers, ScsiTask& task, bool descriptorSense = false);

// Finishes a task that fill*() refused with CHECK CONDITION and that sense.
void applyRefusal(const SenseValue& refusal, ScsiTask& task, bool descriptorSense = false);

// The same for a request the kernel refused outright (ioctl(SG_IO) failed
// with `error`, a positive errno): the device never saw it.
void applySgIoFailure(int error, ScsiTask& task, bool descriptorSense = false);

} // namespace storlab::scsi
