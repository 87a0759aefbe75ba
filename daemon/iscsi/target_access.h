#pragma once
// Who may log in to a target and how they must prove it (issue 4: accounts,
// CHAP, ACLs). One immutable snapshot per target (and one for discovery
// sessions), replaced as a whole by the admin plane and read at login.
//
// ACL semantics (shared/PROTOCOL.md "acl"): an empty address list admits every
// address, an empty name list every name; a non-empty list must match; both
// must admit the initiator. "ALL" matches every address.
#include "iscsi/login/chap_authenticator.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <vector>

namespace storlab::iscsi {

// An ACL address entry: "ALL", "10.0.0.5", "10.0.0.0/24", "fd00::/64", "[::1]".
// IPv4-mapped IPv6 peers (::ffff:a.b.c.d) match IPv4 entries.
bool addressMatches(const std::string& entry, const sockaddr_storage& peer);

struct TargetAccess {
    std::vector<ChapCredential> incoming;     // CHAP accounts bound incoming; empty = no CHAP
    std::optional<ChapCredential> outgoing;   // mutual CHAP answer
    std::vector<std::string> initiatorAddresses;
    std::vector<std::string> initiatorNames;  // compared case-insensitively (RFC 3722 folds case)

    bool admits(const std::string& initiatorName, const sockaddr_storage& peer) const;
    AuthPolicy authPolicy() const { return AuthPolicy{!incoming.empty(), incoming, outgoing}; }
};

// A copyable, thread-safe slot holding a target's current snapshot.
class TargetAccessSlot {
public:
    TargetAccessSlot() : value_(std::make_shared<const TargetAccess>()) {}
    TargetAccessSlot(const TargetAccessSlot& other) : value_(other.get()) {}
    TargetAccessSlot& operator=(const TargetAccessSlot& other) { set(other.get()); return *this; }
    std::shared_ptr<const TargetAccess> get() const { std::lock_guard l(m_); return value_; }
    void set(std::shared_ptr<const TargetAccess> v) const
    {
        if (!v) v = std::make_shared<const TargetAccess>();
        std::lock_guard l(m_);
        value_ = std::move(v);
    }

private:
    mutable std::mutex m_;
    mutable std::shared_ptr<const TargetAccess> value_;
};

// Failed CHAP logins per peer address (RFC 7143 §9.2.1: CHAP over a cleartext
// channel invites guessing): after `limit` failures within `window`, further
// logins from that address are refused until the window has passed.
class AuthFailureLimiter {
public:
    using Clock = std::chrono::steady_clock;
    explicit AuthFailureLimiter(int limit = 10, std::chrono::seconds window = std::chrono::seconds(60))
        : limit_(limit), window_(window) {}
    void recordFailure(const std::string& address, Clock::time_point now = Clock::now());
    bool blocked(const std::string& address, Clock::time_point now = Clock::now());

private:
    struct Entry { int count = 0; Clock::time_point first; };
    std::mutex m_;
    std::map<std::string, Entry> entries_;
    int limit_;
    std::chrono::seconds window_;
};

} // namespace storlab::iscsi
