#pragma once
// Per-logical-unit I/O counters for the admin plane (`stats.get`,
// `event.stats`, shared/PROTOCOL.md "stats"). They live with the LU, so a
// rebuilt LU starts from zero. The data path only does relaxed atomic adds:
// no lock, no allocation. Readers take a snapshot that is consistent per
// counter (not across counters), which is all rate computations need.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace storlab::scsi {

struct ScsiTask;

struct LuStatsSnapshot {
    uint64_t commands = 0;
    uint64_t readCommands = 0;
    uint64_t writeCommands = 0;
    uint64_t bytesRead = 0;
    uint64_t bytesWritten = 0;
    uint64_t errors = 0;
    uint64_t latencyMicros = 0;
    uint64_t inFlight = 0;
};

class LuStats {
public:
    // The task reached this LU (called by target dispatch, before execute()).
    void started() { inFlight_.fetch_add(1, std::memory_order_relaxed); }
    // The task's status was produced and is being sent; `serviceMicros` is the
    // time since its command PDU arrived.
    void finished(const ScsiTask& task, uint64_t serviceMicros);
    LuStatsSnapshot snapshot() const;

private:
    std::atomic<uint64_t> commands_{0};
    std::atomic<uint64_t> readCommands_{0};
    std::atomic<uint64_t> writeCommands_{0};
    std::atomic<uint64_t> bytesRead_{0};
    std::atomic<uint64_t> bytesWritten_{0};
    std::atomic<uint64_t> errors_{0};
    std::atomic<uint64_t> latencyMicros_{0};
    std::atomic<int64_t> inFlight_{0};
};

// The transport's two hooks. commandArrived() stamps the arrival time when the
// command PDU has been received; commandCompleted() runs once when the status
// is sent (or the task ends without one) and charges the LU the task reached,
// if any (commands for missing LUNs and REPORT LUNS reach none).
void commandArrived(ScsiTask& task);
void commandCompleted(ScsiTask& task);

} // namespace storlab::scsi
