// ScsiTask <-> sg_io_hdr / sg_io_v4 (see sg_io_mapping.h). Field meanings:
// the Linux SCSI generic HOWTO (sg v3 interface) and include/uapi/linux/bsg.h.
#include "scsi/sg_io_mapping.h"

#include "scsi/cdb.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace storlab::scsi {

namespace {

// Host adapter (transport) results, the DID_* codes of include/scsi/scsi_status.h.
constexpr uint16_t kHostOk = 0x00;
constexpr uint16_t kHostTimeOut = 0x03;
// Driver results (low nibble): DRIVER_TIMEOUT.
constexpr uint16_t kDriverTimeout = 0x06;

unsigned cdbLengthOf(const ScsiTask& task)
{
    if (task.cdbLength)
        return task.cdbLength;
    const unsigned n = cdbLengthForOpcode(task.cdb[0]);
    return n ? n : 16;
}

enum class Direction { None, FromDevice, ToDevice, Both };

Direction directionOf(const ScsiTask& task)
{
    const bool in = task.readFlag && task.expectedDataInLength > 0;
    const bool out = task.writeFlag && !task.dataOut.empty();
    if (in && out)
        return Direction::Both;
    return in ? Direction::FromDevice : out ? Direction::ToDevice : Direction::None;
}

} // namespace

std::optional<SenseValue> fillSgIoV3(sg_io_hdr& header, ScsiTask& task, SgBuffers& buffers, unsigned timeoutMs)
{
    std::memset(&header, 0, sizeof header);
    header.interface_id = 'S';
    header.cmdp = task.cdb.data();
    header.cmd_len = static_cast<unsigned char>(cdbLengthOf(task));
    header.sbp = buffers.sense;
    header.mx_sb_len = sizeof buffers.sense;
    header.timeout = timeoutMs;
    switch (directionOf(task)) {
    case Direction::Both:
        return SenseValue::invalidCdb(0);
    case Direction::FromDevice:
        task.dataIn.assign(task.expectedDataInLength, 0);
        header.dxfer_direction = SG_DXFER_FROM_DEV;
        header.dxferp = task.dataIn.data();
        header.dxfer_len = static_cast<unsigned>(task.dataIn.size());
        break;
    case Direction::ToDevice:
        header.dxfer_direction = SG_DXFER_TO_DEV;
        header.dxferp = task.dataOut.data();
        header.dxfer_len = static_cast<unsigned>(task.dataOut.size());
        break;
    case Direction::None:
        header.dxfer_direction = SG_DXFER_NONE;
        break;
    }
    return std::nullopt;
}

std::optional<SenseValue> fillSgIoV4(sg_io_v4& header, ScsiTask& task, SgBuffers& buffers, unsigned timeoutMs)
{
    std::memset(&header, 0, sizeof header);
    header.guard = 'Q';
    header.protocol = BSG_PROTOCOL_SCSI;
    header.subprotocol = BSG_SUB_PROTOCOL_SCSI_CMD;
    header.request = reinterpret_cast<uintptr_t>(task.cdb.data());
    header.request_len = cdbLengthOf(task);
    header.response = reinterpret_cast<uintptr_t>(buffers.sense);
    header.max_response_len = sizeof buffers.sense;
    header.timeout = timeoutMs;
    switch (directionOf(task)) {
    case Direction::Both:
        return SenseValue::invalidCdb(0);
    case Direction::FromDevice:
        task.dataIn.assign(task.expectedDataInLength, 0);
        header.din_xferp = reinterpret_cast<uintptr_t>(task.dataIn.data());
        header.din_xfer_len = static_cast<uint32_t>(task.dataIn.size());
        break;
    case Direction::ToDevice:
        header.dout_xferp = reinterpret_cast<uintptr_t>(task.dataOut.data());
        header.dout_xfer_len = static_cast<uint32_t>(task.dataOut.size());
        break;
    case Direction::None:
        break;
    }
    return std::nullopt;
}

SgAnswer answerOfV3(const sg_io_hdr& header)
{
    SgAnswer a;
    a.deviceStatus = header.status;
    a.hostStatus = header.host_status;
    a.driverStatus = header.driver_status & 0x0F;
    a.dataInResidual = header.dxfer_direction == SG_DXFER_FROM_DEV ? header.resid : 0;
    a.senseLength = header.sb_len_wr;
    a.timedOut = a.hostStatus == kHostTimeOut || a.driverStatus == kDriverTimeout;
    return a;
}

SgAnswer answerOfV4(const sg_io_v4& header)
{
    SgAnswer a;
    a.deviceStatus = static_cast<uint8_t>(header.device_status);
    a.hostStatus = static_cast<uint16_t>(header.transport_status);
    a.driverStatus = header.driver_status & 0x0F;
    a.dataInResidual = header.din_resid;
    a.senseLength = header.response_len;
    a.timedOut = a.hostStatus == kHostTimeOut || a.driverStatus == kDriverTimeout;
    return a;
}

void applySgAnswer(const SgAnswer& answer, const SgBuffers& buffers, ScsiTask& task, bool descriptorSense)
{
    if (answer.timedOut)
        return applyRefusal(Sense::LogicalUnitCommunicationTimeout, task, descriptorSense);
    if (answer.hostStatus != kHostOk)
        return applyRefusal(Sense::LogicalUnitCommunicationFailure, task, descriptorSense);
    // The device answered: its status byte, its sense bytes, and the data it
    // transferred (data may come with CHECK CONDITION, e.g. an SSC read of a
    // shorter block with ILI set), as they are.
    task.status = answer.deviceStatus;
    const uint32_t senseLength = std::min<uint32_t>(answer.senseLength, sizeof buffers.sense);
    task.sense.assign(buffers.sense, buffers.sense + senseLength);
    const size_t residual = answer.dataInResidual > 0 ? size_t(answer.dataInResidual) : 0;
    task.dataIn.resize(task.dataIn.size() > residual ? task.dataIn.size() - residual : 0);
}

void applyRefusal(const SenseValue& refusal, ScsiTask& task, bool descriptorSense)
{
    task.dataIn.clear();
    task.status = status::CheckCondition;
    task.sense = buildSense(refusal, descriptorSense);
}

void applySgIoFailure(int error, ScsiTask& task, bool descriptorSense)
{
    applyRefusal(error == ETIMEDOUT ? Sense::LogicalUnitCommunicationTimeout : Sense::LogicalUnitCommunicationFailure, task,
                 descriptorSense);
}

} // namespace storlab::scsi
