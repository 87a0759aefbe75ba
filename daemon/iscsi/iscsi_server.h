#pragma once
// The iSCSI target side of the daemon: what every connection shares (targets,
// sessions, limits, NOP timing) and the accept hook the listeners call.
#include "iscsi/login/session_params.h"
#include "iscsi/session.h"
#include "iscsi/target_registry.h"

#include <chrono>

namespace storlab::net { class Reactor; }

namespace storlab::iscsi {

struct ServerSettings {
    TargetLimits limits;
    std::chrono::seconds nopInterval{30};  // idle time before the target pings (0 = never)
    std::chrono::seconds nopTimeout{30};   // how long a ping may stay unanswered
};

class IscsiServer {
public:
    IscsiServer(TargetRegistry& targets, ServerSettings settings);
    // Runs on `reactor`'s thread: wraps the connected socket in a Connection.
    void accept(net::Reactor& reactor, int fd);
    TargetRegistry& targets() { return targets_; }
    SessionManager& sessions() { return sessions_; }
    const ServerSettings& settings() const { return settings_; }

private:
    TargetRegistry& targets_;
    SessionManager sessions_;
    ServerSettings settings_;
};

} // namespace storlab::iscsi
