#pragma once
// The targets this daemon serves, as immutable snapshots: lookups from any
// reactor take a shared_ptr and never hold a lock while using it.
#include "iscsi/login/session_params.h"
#include "iscsi/target_access.h"
#include "scsi/logical_unit.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace storlab::iscsi {

// A target's current LUN map, swapped as a whole by the admin plane (LUNs
// added or removed live): readers take a snapshot per command and keep it
// while they use it, so a swap never frees a map under a reader.
class LunMapSlot {
public:
    LunMapSlot() : value_(std::make_shared<const scsi::LunMap>()) {}
    LunMapSlot(std::shared_ptr<const scsi::LunMap> map) : value_(std::move(map)) {}
    LunMapSlot(const LunMapSlot& other) : value_(other.get()) {}
    LunMapSlot& operator=(const LunMapSlot& other) { set(other.get()); return *this; }
    LunMapSlot& operator=(std::shared_ptr<const scsi::LunMap> map) { set(std::move(map)); return *this; }
    std::shared_ptr<const scsi::LunMap> get() const { return value_.load(std::memory_order_acquire); }
    void set(std::shared_ptr<const scsi::LunMap> map) const { value_.store(std::move(map), std::memory_order_release); }

private:
    mutable std::atomic<std::shared_ptr<const scsi::LunMap>> value_;
};

struct Target {
    std::string name;                          // IQN
    std::string alias;
    uint16_t tpgt = 1;
    LunMapSlot luns;                           // luns.get(): the current map (live changes)
    // Accounts and ACL (target_access.h), swapped atomically by the admin plane.
    TargetAccessSlot accessSlot;
    std::shared_ptr<const TargetAccess> access() const { return accessSlot.get(); }
    // The target's own login parameters (config iscsiParams); none = the daemon-wide
    // ones. A change makes a new Target object: sessions keep what they negotiated.
    std::optional<TargetLimits> limits;
};

struct PortalAddress {
    std::string host;                          // "127.0.0.1" or "::1"
    uint16_t port = 3260;
    // SendTargets TargetAddress value (RFC 7143 §13.9): "host:port,tpgt", IPv6 in brackets.
    std::string targetAddress(uint16_t tpgt) const;
};

class TargetRegistry {
public:
    void add(std::shared_ptr<const Target> target);
    void remove(const std::string& name);
    std::shared_ptr<const Target> find(const std::string& name) const;
    std::vector<std::shared_ptr<const Target>> all() const;
    void setPortals(std::vector<PortalAddress> portals);
    std::vector<PortalAddress> portals() const;
    // Discovery sessions: CHAP accounts required for SendTargets (tgt's "global" account binding).
    void setDiscoveryAccess(std::shared_ptr<const TargetAccess> access) { discoveryAccess_.set(std::move(access)); }
    std::shared_ptr<const TargetAccess> discoveryAccess() const { return discoveryAccess_.get(); }
    AuthFailureLimiter& authFailures() { return authFailures_; }
    // Called after every add, remove and setPortals, on the caller's thread with no
    // lock held (the iSNS client re-registers); empty = nobody.
    void setObserver(std::function<void()> observer);

private:
    void notify() const;
    std::function<void()> observer_;
    TargetAccessSlot discoveryAccess_;
    AuthFailureLimiter authFailures_;
    mutable std::mutex mutex_;
    std::vector<std::shared_ptr<const Target>> targets_;
    std::vector<PortalAddress> portals_;
};

} // namespace storlab::iscsi
