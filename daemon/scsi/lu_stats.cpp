// Per-LU counters (shared/PROTOCOL.md "stats"): which commands move data.
#include "scsi/lu_stats.h"

#include "scsi/scsi_task.h"

#include <algorithm>

namespace storlab::scsi {
namespace {

enum class Transfer { None, Read, Write };

// Commands that move data from or to the medium: READ/WRITE (6/10/12/16) of
// SBC-3 §5, SSC-4 READ(6)/WRITE(6) (same opcodes), MMC-6 READ(10/12)/WRITE(10/12)
// and READ CD, and SBC WRITE AND VERIFY (it writes its data-out). VERIFY,
// WRITE SAME and COMPARE AND WRITE are not counted as data transfers.
Transfer transferOf(uint8_t opcode)
{
    switch (opcode) {
    case 0x08: case 0x28: case 0xA8: case 0x88: case 0xBE:
        return Transfer::Read;
    case 0x0A: case 0x2A: case 0xAA: case 0x8A: case 0x2E: case 0xAE: case 0x8E:
        return Transfer::Write;
    default:
        return Transfer::None;
    }
}

bool succeeded(uint8_t status) { return status == status::Good || status == status::ConditionMet; }

} // namespace

void LuStats::finished(const ScsiTask& task, uint64_t serviceMicros)
{
    constexpr auto relaxed = std::memory_order_relaxed;
    commands_.fetch_add(1, relaxed);
    latencyMicros_.fetch_add(serviceMicros, relaxed);
    const bool ok = succeeded(task.status) && !task.aborted.load(relaxed);
    if (!ok)
        errors_.fetch_add(1, relaxed);
    switch (transferOf(task.cdb[0])) {
    case Transfer::Read: {
        // What went to the initiator: the LU's data, cut to EDTL. A tape read
        // that hit a filemark still moves its data with CHECK CONDITION.
        const uint64_t moved = std::min<uint64_t>(task.dataIn.size(), task.expectedDataInLength);
        if (ok || moved > 0) {
            readCommands_.fetch_add(1, relaxed);
            bytesRead_.fetch_add(moved, relaxed);
        }
        break;
    }
    case Transfer::Write:
        if (ok) {
            // The initiator sent EDTL bytes (the task runs only once all Data-Out
            // is in); the LU used what the CDB asked for (SPDTL), at most that.
            // dataOut itself may have been handed to the store by then.
            const uint64_t sent = task.expectedDataOutLength;
            const uint64_t used = task.dataOutTransferLength >= 0 ? std::min<uint64_t>(uint64_t(task.dataOutTransferLength), sent) : sent;
            writeCommands_.fetch_add(1, relaxed);
            bytesWritten_.fetch_add(used, relaxed);
        }
        break;
    case Transfer::None:
        break;
    }
    inFlight_.fetch_sub(1, relaxed);
}

LuStatsSnapshot LuStats::snapshot() const
{
    constexpr auto relaxed = std::memory_order_relaxed;
    LuStatsSnapshot s;
    s.commands = commands_.load(relaxed);
    s.readCommands = readCommands_.load(relaxed);
    s.writeCommands = writeCommands_.load(relaxed);
    s.bytesRead = bytesRead_.load(relaxed);
    s.bytesWritten = bytesWritten_.load(relaxed);
    s.errors = errors_.load(relaxed);
    s.latencyMicros = latencyMicros_.load(relaxed);
    s.inFlight = uint64_t(std::max<int64_t>(0, inFlight_.load(relaxed)));
    return s;
}

void commandArrived(ScsiTask& task)
{
    task.arrived = std::chrono::steady_clock::now();
}

void commandCompleted(ScsiTask& task)
{
    if (!task.stats)
        return;
    const auto elapsed = std::chrono::steady_clock::now() - task.arrived;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
    task.stats->finished(task, uint64_t(std::max<int64_t>(0, micros)));
    task.stats.reset();  // once only, even if a second path reaches here
}

} // namespace storlab::scsi
