#pragma once
// A SCSI command as this transport carries it: the transport-independent task
// plus what is needed to answer it (the connection link, the session, the
// ITT) and the queue node its completion travels on to the connection's
// reactor. Tasks come from a bounded per-reactor pool and keep their data
// buffers' capacity between commands, so a command in steady state allocates
// nothing (issue #8).
#include "net/reactor.h"
#include "scsi/scsi_task.h"

#include <memory>

namespace storlab::iscsi {

class Session;
struct ConnectionLink;

class IscsiTask final : public scsi::ScsiTask, public net::Reactor::Work,
                        public std::enable_shared_from_this<IscsiTask> {
public:
    IscsiTask();
    // A task ready for a new command: from this thread's pool when one is free
    // (nobody else holds it any more), else new.
    static std::shared_ptr<IscsiTask> acquire();
    // Gives the task back to this thread's pool once the transport is done with
    // it; it is reused only after every other holder has let go.
    static void recycle(std::shared_ptr<IscsiTask> task);

    // Set by the connection before execution.
    std::shared_ptr<ConnectionLink> link;
    std::shared_ptr<Session> session;
    uint32_t itt = 0;

private:
    void completed();        // ScsiTask::onComplete, on any thread
    void run() override;     // on the link's reactor
    void deliver(const std::shared_ptr<IscsiTask>& self);
    void resetForReuse();

    std::shared_ptr<IscsiTask> inQueue_;  // keeps the task alive while its completion is queued
};

} // namespace storlab::iscsi
