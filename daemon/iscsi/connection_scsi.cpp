// The SCSI data path of Connection: SCSI Command, Data-Out/R2T, Data-In and
// SCSI Response (RFC 7143 §4.2.2, §11.3-§11.8).
#include "iscsi/connection.h"

#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "net/reactor.h"
#include "scsi/lu_stats.h"

#include <algorithm>
#include <cstring>

namespace storlab::iscsi {

namespace {

constexpr uint8_t kFlagRead = 0x40;      // SCSI Command R bit
constexpr uint8_t kFlagWrite = 0x20;     // SCSI Command W bit
constexpr uint8_t kAttrMask = 0x07;
constexpr uint8_t kResidualOverflow = 0x04;   // O (RFC 7143 §11.4.5)
constexpr uint8_t kResidualUnderflow = 0x02;  // U
constexpr uint8_t kStatusInData = 0x01;       // Data-In S bit (§11.7.3)
constexpr uint8_t kAhsExtendedCdb = 1;        // RFC 7143 §11.2.2
constexpr uint8_t kAhsBidiReadLength = 2;

struct CommandAhs {
    std::vector<uint8_t> extendedCdb;
    bool hasBidiReadLength = false;
    uint32_t bidiReadLength = 0;
    bool malformed = false;
};

CommandAhs parseAhs(const std::vector<uint8_t>& ahs)
{
    CommandAhs out;
    size_t at = 0;
    while (at + 3 <= ahs.size()) {
        const size_t length = size_t(ahs[at]) << 8 | ahs[at + 1];  // AHS-specific bytes
        const uint8_t type = ahs[at + 2];
        if (at + 3 + length > ahs.size() || length == 0) {
            out.malformed = true;
            return out;
        }
        const uint8_t* specific = ahs.data() + at + 3;  // first byte is reserved for both types
        if (type == kAhsExtendedCdb) {
            out.extendedCdb.assign(specific + 1, specific + length);
        } else if (type == kAhsBidiReadLength) {
            if (length != 5) {
                out.malformed = true;
                return out;
            }
            out.hasBidiReadLength = true;
            out.bidiReadLength = uint32_t(specific[1]) << 24 | uint32_t(specific[2]) << 16 | uint32_t(specific[3]) << 8 | specific[4];
        }
        at += (3 + length + 3) & ~size_t(3);
    }
    return out;
}

} // namespace

void Connection::handleScsiCommand(Pdu& pdu)
{
    if (params_.isDiscovery()) {
        // Discovery sessions carry only Text and Logout (RFC 7143 §4.3).
        sendReject(pdu.bhs, RejectReason::ProtocolError);
        return;
    }
    admitThen(pdu, &Connection::startCommand);
}

void Connection::startCommand(Pdu& pdu)
{
    const Bhs& h = pdu.bhs;
    const uint8_t flags = h.u8(field::CmdFlags);
    const uint32_t itt = h.itt();
    const uint32_t edtl = h.u32(field::ExpectedDataTransferLength);
    const bool read = flags & kFlagRead;
    const bool write = flags & kFlagWrite;
    const uint32_t immediateLength = uint32_t(pdu.data.size());

    const CommandAhs ahs = parseAhs(pdu.ahs);
    if (ahs.malformed || ahs.extendedCdb.size() > 260 - 16) {
        sendReject(h, RejectReason::InvalidPduField);
        return;
    }
    // Immediate data only with W, only when negotiated, never beyond EDTL or
    // FirstBurstLength (RFC 7143 §4.2.2.3, §13.10, §13.14).
    if (immediateLength > 0
        && (!write || !params_.immediateData || immediateLength > edtl || immediateLength > params_.firstBurstLength)) {
        sendReject(h, RejectReason::ProtocolError);
        return;
    }

    // A pooled task: its buffers keep their capacity (no allocation per command).
    auto task = IscsiTask::acquire();
    scsi::commandArrived(*task);
    std::memcpy(task->cdb.data(), h.bytes.data() + field::Cdb, 16);
    std::copy(ahs.extendedCdb.begin(), ahs.extendedCdb.end(), task->cdb.begin() + 16);
    task->cdbLength = uint16_t(16 + ahs.extendedCdb.size());
    task->lun = decodeLun(h.lunField());
    task->tag = itt;
    task->attribute = scsi::TaskAttribute(std::min<uint8_t>(flags & kAttrMask, 4));
    task->nexus = session_->nexus();
    task->readFlag = read;
    task->writeFlag = write;
    task->expectedDataInLength = read ? (write ? ahs.bidiReadLength : edtl) : 0;
    task->expectedDataOutLength = write ? edtl : 0;
    task->itt = itt;
    task->link = link_;
    task->session = session_;

    if (!session_->addTask(itt, {task, link_, h.u32(field::CmdSN), false, {}})) {
        sendReject(h, RejectReason::TaskInProgress);
        IscsiTask::recycle(std::move(task));
        return;
    }
    if (!write || edtl == 0) {
        execute(std::move(task));
        return;
    }
    if (immediateLength == edtl) {
        // All data came as immediate data (the common small write): swap buffers,
        // so the task takes the data and the reader gets a buffer to fill next.
        task->dataOut.swap(pdu.data);
        execute(std::move(task));
        return;
    }
    task->dataOut.resize(edtl);
    if (immediateLength)
        std::memcpy(task->dataOut.data(), pdu.data.data(), immediateLength);
    WriteTransfer& t = addTransfer(itt);
    t.task = std::move(task);
    t.lunField = h.lunField();
    t.edtl = edtl;
    t.received = immediateLength;
    t.unsolicitedNext = immediateLength;
    t.unsolicitedEnd = params_.initialR2T ? immediateLength : std::min(edtl, params_.firstBurstLength);
    t.nextR2TOffset = t.unsolicitedEnd;
    sendR2Ts(itt, t);
}

Connection::WriteTransfer& Connection::addTransfer(uint32_t itt)
{
    // ITTs are unique among the session's tasks (addTask checked), so the slot is free.
    if (spareTransfers_.empty())
        return transfers_[itt];
    auto node = std::move(spareTransfers_.back());
    spareTransfers_.pop_back();
    node.key() = itt;
    return transfers_.insert(std::move(node)).position->second;
}

void Connection::endTransfer(uint32_t itt)
{
    auto node = transfers_.extract(itt);
    if (node.empty())
        return;
    // Back to its initial state, keeping the burst list's capacity for the next write.
    WriteTransfer& t = node.mapped();
    t.task.reset();
    t.bursts.clear();
    t.lunField = 0;
    t.edtl = t.received = t.unsolicitedEnd = t.unsolicitedNext = t.unsolicitedDataSN = 0;
    t.nextR2TOffset = t.r2tSN = 0;
    if (spareTransfers_.size() < Session::kMaxTasks)
        spareTransfers_.push_back(std::move(node));
}

void Connection::sendR2Ts(uint32_t itt, WriteTransfer& t)
{
    // At most MaxOutstandingR2T bursts of at most MaxBurstLength each (RFC 7143 §13.13, §13.17).
    while (t.bursts.size() < std::max<uint32_t>(1, params_.maxOutstandingR2T) && t.nextR2TOffset < t.edtl) {
        const uint32_t length = std::min(params_.maxBurstLength, t.edtl - t.nextR2TOffset);
        uint32_t ttt = nextTtt_++;
        if (ttt == kReservedTag)
            ttt = nextTtt_++;
        t.bursts.push_back({ttt, {t.nextR2TOffset, length, 0, 0}});
        Bhs r;
        r.setOpcode(Opcode::ReadyToTransfer);
        r.setFinal(true);
        r.setLunField(t.lunField);
        r.setItt(itt);
        r.set32(field::TargetTransferTag, ttt);
        stampSequence(r, false);
        r.set32(field::DataSN, t.r2tSN++);
        r.set32(field::BufferOffset, t.nextR2TOffset);
        r.set32(field::DesiredDataTransferLength, length);
        queuePdu(r);
        t.nextR2TOffset += length;
    }
}

void Connection::handleDataOut(Pdu& pdu)
{
    const Bhs& h = pdu.bhs;
    const uint32_t itt = h.itt();
    auto it = transfers_.find(itt);
    if (it == transfers_.end()) {
        // Data for a task that was aborted (or never existed) is discarded (RFC 7143 §11.5.1).
        qCDebug(lcIscsi) << "Data-Out for unknown ITT" << Qt::hex << itt << "discarded";
        return;
    }
    WriteTransfer& t = it->second;
    const uint32_t offset = h.u32(field::BufferOffset);
    const uint32_t length = uint32_t(pdu.data.size());
    const uint32_t ttt = h.u32(field::TargetTransferTag);
    const uint32_t dataSN = h.u32(field::DataSN);
    if (uint64_t(offset) + length > t.edtl) {
        // More data than the command announced (RFC 7143 §11.7.5).
        sendReject(h, RejectReason::ProtocolError);
        return;
    }
    if (ttt == kReservedTag) {
        // Unsolicited Data-Out (§4.2.2.3): in order, within FirstBurstLength.
        if (offset != t.unsolicitedNext || offset + length > t.unsolicitedEnd || dataSN != t.unsolicitedDataSN) {
            sendReject(h, RejectReason::ProtocolError);
            return;
        }
        t.unsolicitedNext += length;
        ++t.unsolicitedDataSN;
    } else {
        auto b = std::find_if(t.bursts.begin(), t.bursts.end(), [ttt](const auto& e) { return e.first == ttt; });
        if (b == t.bursts.end()) {
            sendReject(h, RejectReason::InvalidPduField);
            return;
        }
        Burst& burst = b->second;
        if (offset != burst.offset + burst.received || length > burst.length - burst.received || dataSN != burst.nextDataSN) {
            sendReject(h, RejectReason::ProtocolError);
            return;
        }
        burst.received += length;
        ++burst.nextDataSN;
        if (burst.received == burst.length)
            t.bursts.erase(b);
    }
    if (length)
        std::memcpy(t.task->dataOut.data() + offset, pdu.data.data(), length);
    t.received += length;
    if (t.received == t.edtl) {
        auto task = std::move(t.task);
        endTransfer(itt);
        execute(std::move(task));
        return;
    }
    sendR2Ts(itt, t);
}

void Connection::execute(std::shared_ptr<IscsiTask> task)
{
    session_->markExecuting(task->itt);
    // The LU completes on any thread; IscsiTask brings the answer back to this
    // connection's reactor (batched) or, if the connection has gone meanwhile,
    // ends the task in the session.
    auto target = session_->target();
    scsi::dispatchToTarget(*target->luns.get(), std::move(task));
}

void Connection::taskDone(const std::shared_ptr<IscsiTask>& task)
{
    const uint32_t itt = task->itt;
    auto waiting = session_->finishTask(itt);
    if (!task->aborted && state_ != State::Closing) {
        const scsi::ScsiTask& t = *task;
        uint8_t residualFlags = 0;
        uint32_t residual = 0;
        size_t total = 0;
        if (t.writeFlag && !t.readFlag && t.dataOutTransferLength >= 0) {
            // SPDTL vs. EDTL for writes: the LU used at most EDTL bytes (RFC 7143 §11.4.5).
            const uint64_t spdtl = uint64_t(t.dataOutTransferLength);
            if (spdtl > t.expectedDataOutLength) {
                residualFlags = kResidualOverflow;
                residual = uint32_t(std::min<uint64_t>(spdtl - t.expectedDataOutLength, UINT32_MAX));
            } else if (spdtl < t.expectedDataOutLength) {
                residualFlags = kResidualUnderflow;
                residual = uint32_t(t.expectedDataOutLength - spdtl);
            }
        }
        if (t.readFlag) {
            total = std::min<size_t>(t.dataIn.size(), t.expectedDataInLength);
            if (t.dataIn.size() < t.expectedDataInLength) {
                residualFlags = kResidualUnderflow;
                residual = uint32_t(t.expectedDataInLength - t.dataIn.size());
            } else if (t.dataIn.size() > t.expectedDataInLength) {
                residualFlags = kResidualOverflow;
                residual = uint32_t(t.dataIn.size() - t.expectedDataInLength);
            }
        }
        // Status rides in the last Data-In when there is no sense (RFC 7143 §11.7.3).
        const bool statusInData = total > 0 && t.sense.empty()
                                  && (t.status == scsi::status::Good || t.status == scsi::status::ConditionMet);
        const uint32_t segment = std::max<uint32_t>(512, params_.initiatorMaxRecvDataSegmentLength);
        const uint32_t burstLimit = std::max<uint32_t>(512, params_.maxBurstLength);
        const uint64_t lunField = encodeLun(t.lun);
        uint32_t dataSN = 0;
        size_t offset = 0;
        uint32_t inBurst = 0;
        while (offset < total) {
            const uint32_t length = uint32_t(std::min<size_t>({segment, total - offset, size_t(burstLimit - inBurst)}));
            const bool last = offset + length == total;
            inBurst += length;
            const bool burstEnd = last || inBurst == burstLimit;
            Bhs d;
            d.setOpcode(Opcode::DataIn);
            uint8_t f = burstEnd ? 0x80 : 0;
            if (last && statusInData) {
                f |= kStatusInData | residualFlags;
                d.set8(field::Status, t.status);
                d.set32(field::ResidualCount, residual);
            }
            d.set8(field::RespFlags, f);
            d.setLunField(lunField);
            d.setItt(itt);
            d.set32(field::TargetTransferTag, kReservedTag);
            stampSequence(d, last && statusInData);
            d.set32(field::DataSN, dataSN++);
            d.set32(field::BufferOffset, uint32_t(offset));
            // Sent from the task's buffer; the task stays out of the pool until then.
            queuePdu(d, std::span<const uint8_t>(t.dataIn.data() + offset, length), task);
            offset += length;
            if (burstEnd)
                inBurst = 0;
        }
        if (!statusInData)
            sendScsiResponse(itt, t, dataSN, residualFlags, residual);
    }
    for (auto& fn : waiting)
        fn();
    IscsiTask::recycle(task);
}

void Connection::sendScsiResponse(uint32_t itt, const scsi::ScsiTask& task, uint32_t expDataSN,
                                  uint8_t residualFlags, uint32_t residual)
{
    Bhs r;
    r.setOpcode(Opcode::ScsiResponse);
    r.set8(field::RespFlags, uint8_t(0x80 | residualFlags));
    r.set8(field::Response, 0);  // Command Completed at Target
    r.set8(field::Status, task.status);
    r.setItt(itt);
    stampSequence(r, true);
    r.set32(field::ExpDataSN, expDataSN);
    r.set32(field::ResidualCount, residual);
    // Sense data is preceded by its 2-byte length (RFC 7143 §11.4.7.2).
    std::vector<uint8_t> data;
    if (!task.sense.empty()) {
        data.resize(2 + task.sense.size());
        data[0] = uint8_t(task.sense.size() >> 8);
        data[1] = uint8_t(task.sense.size());
        std::memcpy(data.data() + 2, task.sense.data(), task.sense.size());
    }
    queuePdu(r, data);
}

} // namespace storlab::iscsi
