#pragma once
// The iSCSI target side of the daemon: what every connection shares (targets,
// sessions, limits, NOP timing) and the accept hook the listeners call.
#include "iscsi/login/session_params.h"
#include "iscsi/session.h"
#include "iscsi/target_registry.h"

#include <atomic>
#include <chrono>
#include <cstdint>

namespace storlab::net { class Reactor; }

namespace storlab::iscsi {

// NOP-In timing (RFC 7143 §11.19): changeable while running (config.import).
struct NopTiming {
    std::chrono::seconds interval{30};  // idle time before the target pings (0 = never)
    std::chrono::seconds timeout{30};   // how long a ping (or a stalled login) may stay unanswered
};

struct ServerSettings {
    TargetLimits limits;
    std::chrono::seconds nopInterval{30};  // initial NopTiming
    std::chrono::seconds nopTimeout{30};
};

class IscsiServer {
public:
    IscsiServer(TargetRegistry& targets, ServerSettings settings);
    // Runs on `reactor`'s thread: wraps the connected socket in a Connection.
    void accept(net::Reactor& reactor, int fd);
    TargetRegistry& targets() { return targets_; }
    SessionManager& sessions() { return sessions_; }
    const ServerSettings& settings() const { return settings_; }
    // Thread-safe. As in tgt (iscsi_tcp_conn_login_complete copies the target's
    // nop_interval/nop_count), a connection takes the timing current when it
    // is accepted and again when its login completes: a change applies to
    // connections that log in afterwards; established ones keep theirs.
    NopTiming nopTiming() const;
    void setNopTiming(NopTiming timing);

private:
    TargetRegistry& targets_;
    SessionManager sessions_;
    ServerSettings settings_;
    std::atomic<uint64_t> nopTiming_;   // interval seconds << 32 | timeout seconds: one atomic pair
};

} // namespace storlab::iscsi
