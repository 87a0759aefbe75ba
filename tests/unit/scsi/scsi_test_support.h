#pragma once
// Shared helpers for the SCSI unit tests: an in-memory backing store and a
// synchronous way to run a CDB against a logical unit.
#include "backing/backing_store.h"
#include "scsi/cdb.h"
#include "scsi/logical_unit.h"
#include "scsi/sense.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <future>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace storlab::scsi::test {

// In-memory store: tracks mapped blocks (4 KiB granules) for GET LBA STATUS,
// discards zero the range, records the last write's FUA flag. Completions run
// on a separate thread when `asyncCompletions` is set (like real stores).
class MemStore final : public backing::BackingStore {
public:
    explicit MemStore(uint64_t size, bool asyncCompletions = true)
        : data_(size, 0), mapped_((size + kGranule - 1) / kGranule, false), async_(asyncCompletions) {}

    std::string_view kind() const override { return "mem"; }
    uint64_t size() const override
    {
        std::lock_guard lock(mutex_);
        return data_.size();
    }
    unsigned capabilities() const override { return backing::CapDiscard | backing::CapFlush | backing::CapMapStatus; }

    void submit(const backing::IoRequest& r, backing::IoCompletion done) override
    {
        int rc = perform(r);
        if (async_) {
            std::thread([done = std::move(done), rc] { done(rc); }).detach();
        } else {
            done(rc);
        }
    }

    int mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const override
    {
        std::lock_guard lock(mutex_);
        if (offset >= data_.size())
            return -EINVAL;
        size_t g = offset / kGranule;
        mapped = mapped_[g];
        size_t end = g;
        while (end < mapped_.size() && mapped_[end] == mapped)
            ++end;
        runLength = std::min<uint64_t>(end * kGranule, data_.size()) - offset;
        return 0;
    }

    std::vector<uint8_t> bytes(uint64_t offset, uint64_t length) const
    {
        std::lock_guard lock(mutex_);
        return {data_.begin() + long(offset), data_.begin() + long(offset + length)};
    }
    void fill(uint64_t offset, uint64_t length, uint8_t value)
    {
        std::lock_guard lock(mutex_);
        std::memset(&data_[offset], value, length);
        markMapped(offset, length, true);
    }
    void resize(uint64_t size)
    {
        std::lock_guard lock(mutex_);
        data_.resize(size, 0);
        mapped_.resize((size + kGranule - 1) / kGranule, false);
    }
    std::atomic<int> writes{0};
    std::atomic<int> flushes{0};
    std::atomic<int> discards{0};
    std::atomic<bool> lastWriteFua{false};

    static constexpr uint64_t kGranule = 4096;

private:
    void markMapped(uint64_t offset, uint64_t length, bool on)
    {
        if (!length)
            return;
        for (uint64_t g = offset / kGranule; g <= (offset + length - 1) / kGranule; ++g)
            mapped_[g] = on;
    }
    int perform(const backing::IoRequest& r)
    {
        std::lock_guard lock(mutex_);
        if (r.op != backing::IoOp::Flush && r.offset + r.length > data_.size())
            return -EIO;
        switch (r.op) {
        case backing::IoOp::Read:
            std::memcpy(r.buffer, &data_[r.offset], r.length);
            break;
        case backing::IoOp::Write:
            std::memcpy(&data_[r.offset], r.buffer, r.length);
            markMapped(r.offset, r.length, true);
            ++writes;
            lastWriteFua = r.fua;
            break;
        case backing::IoOp::WriteZeroes:
            std::memset(&data_[r.offset], 0, r.length);
            ++writes;
            break;
        case backing::IoOp::Discard:
            std::memset(&data_[r.offset], 0, r.length);
            // Only whole granules become unmapped.
            {
                uint64_t first = (r.offset + kGranule - 1) / kGranule * kGranule;
                uint64_t last = (r.offset + r.length) / kGranule * kGranule;
                if (last > first)
                    markMapped(first, last - first, false);
            }
            ++discards;
            break;
        case backing::IoOp::Flush:
            ++flushes;
            break;
        }
        return 0;
    }

    mutable std::mutex mutex_;
    std::vector<uint8_t> data_;
    std::vector<bool> mapped_;
    bool async_;
};

inline std::shared_ptr<Nexus> makeNexus(uint64_t id, const std::string& initiator = "iqn.2024-01.test:init1",
                                        uint8_t isidLast = 1)
{
    auto n = std::make_shared<Nexus>();
    n->id = id;
    n->initiatorName = initiator;
    n->isid = {0x40, 0, 0, 0, 0, isidLast};
    n->targetName = "iqn.2024-01.test:target";
    n->tpgt = 1;
    n->relativeTargetPortId = 1;
    return n;
}

// Runs one CDB and waits for completion (which may happen on any thread).
inline std::shared_ptr<ScsiTask> run(const std::function<void(std::shared_ptr<ScsiTask>)>& exec,
                                     const std::vector<uint8_t>& cdb, std::vector<uint8_t> dataOut = {},
                                     std::shared_ptr<const Nexus> nexus = nullptr, uint64_t lun = 0)
{
    auto task = std::make_shared<ScsiTask>();
    std::copy(cdb.begin(), cdb.end(), task->cdb.begin());
    task->cdbLength = uint16_t(std::max<size_t>(16, cdb.size()));
    task->lun = lun;
    task->nexus = std::move(nexus);
    task->dataOut = std::move(dataOut);
    task->writeFlag = !task->dataOut.empty();
    task->expectedDataOutLength = uint32_t(task->dataOut.size());
    auto done = std::make_shared<std::promise<void>>();
    auto fut = done->get_future();
    auto count = std::make_shared<std::atomic<int>>(0);
    task->onComplete = [done, count] {
        if (count->fetch_add(1) == 0)
            done->set_value();
    };
    exec(task);
    if (fut.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
        return nullptr;
    return task;
}

inline std::shared_ptr<ScsiTask> run(LogicalUnit& unit, std::initializer_list<uint8_t> cdb,
                                     std::vector<uint8_t> dataOut = {}, std::shared_ptr<const Nexus> nexus = nullptr)
{
    return run([&unit](std::shared_ptr<ScsiTask> t) { unit.execute(std::move(t)); }, cdb, std::move(dataOut),
               std::move(nexus));
}

struct SenseTriple {
    uint8_t key = 0xFF, asc = 0xFF, ascq = 0xFF;
};
inline SenseTriple senseOf(const ScsiTask& t)
{
    auto p = parseSense(t.sense);
    if (!p)
        return {};
    return {p->key, p->asc, p->ascq};
}

// Clears the POWER ON unit attention a new nexus starts with.
inline void clearUnitAttention(LogicalUnit& unit, std::shared_ptr<const Nexus> nexus = nullptr)
{
    for (int i = 0; i < 8; ++i) {
        auto t = run(unit, {0x00, 0, 0, 0, 0, 0}, {}, nexus);
        if (!t || t->status == status::Good)
            return;
    }
}

inline std::vector<uint8_t> cdb16(uint8_t op, uint64_t lba, uint32_t blocks, uint8_t byte1 = 0)
{
    std::vector<uint8_t> c(16, 0);
    c[0] = op;
    c[1] = byte1;
    put64(&c[2], lba);
    put32(&c[10], blocks);
    return c;
}

inline std::shared_ptr<ScsiTask> runv(LogicalUnit& unit, const std::vector<uint8_t>& cdb,
                                      std::vector<uint8_t> dataOut = {}, std::shared_ptr<const Nexus> nexus = nullptr)
{
    return run([&unit](std::shared_ptr<ScsiTask> t) { unit.execute(std::move(t)); }, cdb, std::move(dataOut),
               std::move(nexus));
}

} // namespace storlab::scsi::test
