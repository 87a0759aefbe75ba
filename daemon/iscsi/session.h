#pragma once
// An iSCSI session (RFC 7143 §4.2): the I_T nexus, its negotiated parameters,
// the CmdSN window shared by its connections, and the registry of the SCSI
// tasks in flight (for task management from any of its connections).
// Connections may live on different reactors, so the session guards itself
// with a mutex; it is never held while calling into a logical unit.
#include "iscsi/login/session_params.h"
#include "iscsi/target_registry.h"
#include "scsi/scsi_task.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace storlab::net { class Reactor; }

namespace storlab::iscsi {

class Connection;

// A handle to a connection that other threads may hold: `connection` is only
// read and cleared on `reactor`'s thread, so a posted closure can check it.
struct ConnectionLink {
    net::Reactor* reactor = nullptr;
    Connection* connection = nullptr;
    uint16_t cid = 0;
    std::string peer;    // "ip:port" of the initiator, set before the link is shared (admin listings)
    std::string local;   // "ip:port" of our portal
};

class Session : public std::enable_shared_from_this<Session> {
public:
    // The CmdSN window is at most this many commands wide: a bounded task queue
    // (RFC 7143 §4.2.2.1). MaxCmdSN shrinks as tasks are in flight.
    static constexpr uint32_t kMaxTasks = 128;

    Session(uint16_t tsih, std::array<uint8_t, 6> isid, SessionParams params,
            std::shared_ptr<const Target> target, uint64_t nexusId);
    ~Session();

    uint16_t tsih() const { return tsih_; }
    const std::array<uint8_t, 6>& isid() const { return isid_; }
    const SessionParams& params() const { return params_; }
    std::shared_ptr<const Target> target() const { return target_; }  // null for discovery
    std::shared_ptr<const scsi::Nexus> nexus() const { return nexus_; }

    // --- CmdSN window ---
    enum class Admission { Accept, Drop, Queued };
    // Non-immediate commands must arrive in CmdSN order across connections:
    // CmdSN == ExpCmdSN is accepted; a later one within the window waits for the
    // gap (MC/S) and `deliver` runs once it is filled; anything else is dropped
    // silently as RFC 7143 §4.2.2.1 requires. Immediate commands are accepted
    // without advancing the window.
    Admission admit(uint32_t cmdSN, bool immediate, std::function<void()> deliver);
    // The same, building the delivery only when the command has to wait: the
    // in-order command (the steady state) allocates nothing.
    Admission admitLazy(uint32_t cmdSN, bool immediate, const std::function<std::function<void()>()>& makeDelivery);
    void initCmdSN(uint32_t cmdSN);
    // RFC 7143 §11.5.1 a): a command aborted before it arrived counts as received.
    // When `cmdSN` lies in the window [ExpCmdSN, MaxCmdSN] it stops holding the
    // window back (a queued command with that CmdSN is discarded; one arriving
    // later is stale) and true is returned; false when it is outside the window.
    bool consumeCmdSN(uint32_t cmdSN);
    uint32_t expCmdSN() const;
    uint32_t maxCmdSN() const;
    // Both under one lock (every response PDU carries them).
    struct Window {
        uint32_t expCmdSN;
        uint32_t maxCmdSN;
    };
    Window window() const;

    // --- tasks ---
    struct TaskEntry {
        std::shared_ptr<scsi::ScsiTask> task;
        std::shared_ptr<ConnectionLink> link;  // the connection with allegiance
        uint32_t cmdSN = 0;
        bool executing = false;                // handed to the logical unit
        std::vector<std::function<void()>> finished; // run once the task is gone (TMF waits)
    };
    // False when a task with this ITT is already in flight (RFC 7143 §11.17.1 "Task in progress").
    bool addTask(uint32_t itt, TaskEntry entry);
    void markExecuting(uint32_t itt);
    // Removes the task and returns the callbacks waiting for it.
    std::vector<std::function<void()>> finishTask(uint32_t itt);
    // finishTask() and then runs the waiting callbacks (outside the lock).
    void endTask(uint32_t itt);
    // Runs `fn` when the task finishes; false (and `fn` not kept) when it is already gone.
    bool watchTask(uint32_t itt, std::function<void()> fn);
    void removeTask(uint32_t itt);
    std::shared_ptr<scsi::ScsiTask> findTask(uint32_t itt) const;
    // Marks matching tasks aborted; returns them (both executing and waiting for data).
    std::vector<TaskEntry> abortTasks(const std::function<bool(uint32_t itt, const TaskEntry&)>& match);
    size_t taskCount() const;

    // --- connections ---
    void addConnection(std::shared_ptr<ConnectionLink> link);
    // Returns true when that was the last connection.
    bool removeConnection(const std::shared_ptr<ConnectionLink>& link);
    std::vector<std::shared_ptr<ConnectionLink>> connections() const;
    size_t connectionCount() const;

private:
    uint32_t maxCmdSNLocked() const;
    void advanceLocked(std::vector<std::function<void()>>& ready);
    const uint16_t tsih_;
    const std::array<uint8_t, 6> isid_;
    const SessionParams params_;
    const std::shared_ptr<const Target> target_;
    std::shared_ptr<scsi::Nexus> nexus_;

    mutable std::mutex mutex_;
    uint32_t expCmdSN_ = 0;
    std::map<uint32_t, std::function<void()>> waiting_;  // CmdSN -> delivery (MC/S gaps)
    std::map<uint32_t, TaskEntry> tasks_;                 // by ITT
    // Map nodes of finished tasks, reused by addTask() (no allocation per command).
    std::vector<std::map<uint32_t, TaskEntry>::node_type> spareNodes_;
    std::vector<std::shared_ptr<ConnectionLink>> connections_;
};

// All sessions of the daemon, keyed by TSIH; finds a session to reinstate or
// join by (InitiatorName, ISID, TargetName) (RFC 7143 §6.3.5).
class SessionManager {
public:
    std::shared_ptr<Session> create(const std::array<uint8_t, 6>& isid, const SessionParams& params,
                                    std::shared_ptr<const Target> target);
    std::shared_ptr<Session> find(uint16_t tsih) const;
    // The existing session of this initiator port with this target, if any.
    std::shared_ptr<Session> findByIdentity(const std::string& initiatorName, const std::array<uint8_t, 6>& isid,
                                            const std::string& targetName) const;
    void remove(uint16_t tsih);
    std::vector<std::shared_ptr<Session>> all() const;
    // Called (on the calling reactor's thread, no lock held) when a session is
    // created or removed; the admin plane turns these into events.
    enum class Change { Added, Removed };
    using Observer = std::function<void(Change, const std::shared_ptr<Session>&)>;
    void setObserver(Observer observer);

private:
    mutable std::mutex mutex_;
    std::map<uint16_t, std::shared_ptr<Session>> sessions_;
    uint16_t nextTsih_ = 1;
    uint64_t nextNexusId_ = 1;
    std::shared_ptr<const Observer> observer_;
};

} // namespace storlab::iscsi
