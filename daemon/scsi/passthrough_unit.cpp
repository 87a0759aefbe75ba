#include "scsi/passthrough_unit.h"

#include "scsi/worker.h"

#include <algorithm>

namespace storlab::scsi {

namespace {

class PassthroughUnit final : public LogicalUnit, public std::enable_shared_from_this<PassthroughUnit> {
public:
    PassthroughUnit(std::unique_ptr<ScsiGenericNode> node, PassthroughTimeouts timeouts, unsigned queueDepth)
        : node_(std::move(node)), timeouts_(std::move(timeouts)), deviceType_(node_->deviceType()),
          worker_(std::clamp(queueDepth, 1u, 64u))
    {
    }

    void execute(std::shared_ptr<ScsiTask> task) override
    {
        worker_.post([self = shared_from_this(), task = std::move(task)] {
            self->node_->execute(*task, self->timeouts_.millisecondsFor(task->cdb.data()));
            task->complete();
        });
    }

    // The transport has aborted what it had to; the device's own state
    // (reservations, position, unit attentions) is the device's business.
    void taskManagement(TaskManagement, const Nexus&) override {}

    uint8_t peripheralDeviceType() const override { return deviceType_; }

private:
    std::unique_ptr<ScsiGenericNode> node_;
    const PassthroughTimeouts timeouts_;
    const uint8_t deviceType_;
    UnitWorker worker_;   // last: its threads stop before node_ closes
};

} // namespace

std::shared_ptr<LogicalUnit> makePassthroughUnit(std::unique_ptr<ScsiGenericNode> node, const PassthroughConfig& config)
{
    PassthroughTimeouts timeouts(node->deviceType(), config.timeoutSeconds);
    // REPORT SUPPORTED OPERATION CODES (SPC-4 §6.35): MAINTENANCE IN, service
    // action 0Ch, reporting options 000b with RCTD (byte 2 bit 7). A device
    // that does not support it keeps the defaults.
    constexpr uint32_t kAllocation = 64 * 1024;
    auto rsoc = makeInternalTask({0xA3, 0x0C, 0x80, 0, 0, 0, 0x00, 0x01, 0x00, 0x00, 0, 0}, kAllocation);
    node->execute(*rsoc, 20000);
    if (rsoc->status == status::Good)
        timeouts.learnFromReportedOperationCodes(rsoc->dataIn);
    return std::make_shared<PassthroughUnit>(std::move(node), std::move(timeouts), config.queueDepth);
}

} // namespace storlab::scsi
