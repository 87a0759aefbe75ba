#include "iscsi/iscsi_task.h"

#include "iscsi/connection.h"
#include "iscsi/session.h"
#include "scsi/lu_stats.h"

#include <array>

namespace storlab::iscsi {

namespace {

// Bounds of the per-reactor pool: enough tasks for the CmdSN windows of a few
// busy sessions, and no buffer larger than a big transfer is kept.
constexpr size_t kPoolTasks = 256;
constexpr size_t kKeptBufferBytes = 1u << 20;
// acquire() looks at this many pooled tasks for one nobody holds any more.
constexpr size_t kScan = 4;

// A ring, oldest first: a task just recycled is usually still being sent
// (its Data-In is pinned until the flush), the oldest ones are free.
struct TaskPool {
    std::array<std::shared_ptr<IscsiTask>, kPoolTasks> ring;
    size_t head = 0;
    size_t count = 0;
    std::shared_ptr<IscsiTask>& at(size_t i) { return ring[(head + i) % kPoolTasks]; }
};
thread_local TaskPool pool;

template <typename Buffer>
void clearKeepingCapacity(Buffer& b)
{
    if (b.capacity() > kKeptBufferBytes)
        Buffer().swap(b);
    else
        b.clear();
}

} // namespace

IscsiTask::IscsiTask()
{
    // Captures one pointer: std::function keeps it inline (no allocation), and it
    // is set once for the life of the pooled task.
    onComplete = [this] { completed(); };
}

std::shared_ptr<IscsiTask> IscsiTask::acquire()
{
    for (size_t tries = 0; tries < kScan && pool.count > 0; ++tries) {
        auto task = std::move(pool.at(0));
        pool.head = (pool.head + 1) % kPoolTasks;
        --pool.count;
        if (task.use_count() == 1) {
            task->resetForReuse();
            return task;
        }
        pool.at(pool.count++) = std::move(task);  // still held elsewhere: to the back
    }
    return std::make_shared<IscsiTask>();
}

void IscsiTask::recycle(std::shared_ptr<IscsiTask> task)
{
    task->link.reset();
    task->session.reset();
    if (pool.count < kPoolTasks)
        pool.at(pool.count++) = std::move(task);
}

void IscsiTask::resetForReuse()
{
    // Every request and response field back to its default (scsi_task.h);
    // the data buffers keep their capacity.
    if (cdbLength > 16)
        cdb.fill(0);
    else
        std::fill_n(cdb.begin(), 16, uint8_t(0));
    cdbLength = 0;
    lun = 0;
    tag = 0;
    attribute = scsi::TaskAttribute::Simple;
    nexus.reset();
    readFlag = false;
    writeFlag = false;
    expectedDataInLength = 0;
    expectedDataOutLength = 0;
    clearKeepingCapacity(dataOut);
    aborted = false;
    status = scsi::status::Good;
    clearKeepingCapacity(dataIn);
    sense.clear();
    dataOutTransferLength = -1;
    arrived = {};
    stats.reset();
    itt = 0;
}

void IscsiTask::completed()
{
    // The logical unit holds the task while it completes it, so it is alive here.
    auto self = shared_from_this();
    if (link->reactor->isCurrentThread()) {
        // A store that completes inline (null, cached) is already on this reactor:
        // answer now; the read loop's single flush sends it.
        deliver(self);
        return;
    }
    inQueue_ = std::move(self);
    link->reactor->post(static_cast<net::Reactor::Work*>(this));
}

void IscsiTask::run()
{
    auto self = std::move(inQueue_);
    auto via = link;   // deliver() recycles the task, which drops its link
    deliver(self);
    if (Connection* c = via->connection)
        c->flushAtBatchEnd();
}

void IscsiTask::deliver(const std::shared_ptr<IscsiTask>& self)
{
    scsi::commandCompleted(*this);  // status about to be sent (per-LU stats)
    if (Connection* c = link->connection) {
        c->taskDone(self);
        return;
    }
    // The connection is gone: the session still ends the task (ERL 0).
    session->endTask(itt);
    recycle(self);
}

} // namespace storlab::iscsi
