#pragma once
// Persistent reservations (SPC-4 §5.13, PERSISTENT RESERVE IN §6.15 and OUT
// §6.16). Pure state machine: the owning unit serialises calls with its
// mutex and turns the returned notices into unit attentions.
#include "scsi/command_table.h"
#include "scsi/scsi_task.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storlab::scsi {

namespace prtype {
inline constexpr uint8_t WriteExclusive = 0x1;
inline constexpr uint8_t ExclusiveAccess = 0x3;
inline constexpr uint8_t WriteExclusiveRegistrantsOnly = 0x5;
inline constexpr uint8_t ExclusiveAccessRegistrantsOnly = 0x6;
inline constexpr uint8_t WriteExclusiveAllRegistrants = 0x7;
inline constexpr uint8_t ExclusiveAccessAllRegistrants = 0x8;
} // namespace prtype

struct PrRegistration {
    uint64_t key = 0;
    std::string initiatorPort;   // Nexus::initiatorPortName()
    std::string targetPort;      // Nexus::targetPortName()
    uint16_t relativeTargetPortId = 1;
    bool allTargetPorts = false; // ALL_TG_PT: the registration covers every target port
    bool matches(const Nexus& nexus) const;
};

class PersistentReservations {
public:
    // A unit attention the unit must queue for every nexus matching the port pair.
    struct Notice {
        std::string initiatorPort;
        std::string targetPort;
        bool allTargetPorts = false;
        Sense sense = Sense::ReservationsPreempted;
        bool matches(const Nexus& nexus) const;
    };
    struct Outcome {
        Reply reply;
        std::vector<Notice> notices;
        bool abortTasksOfPreempted = false; // PREEMPT AND ABORT
    };

    // file: where APTPL state is persisted ("" = APTPL unsupported). Loads it if present.
    explicit PersistentReservations(std::string file = {});

    // SPC-4 §5.13.1: does this command from this nexus conflict with the reservation?
    bool conflicts(const Nexus& nexus, Access access) const;
    bool hasRegistrations() const { return !registrations_.empty(); }
    bool reserved() const { return holder_.has_value() || allRegistrantsType(); }
    bool isRegistered(const Nexus& nexus) const { return find(nexus) != nullptr; }

    Reply in(const uint8_t* cdb, const Nexus& nexus) const;
    Outcome out(const uint8_t* cdb, const std::vector<uint8_t>& parameters, const Nexus& nexus);

    uint32_t generation() const { return generation_; }
    const std::vector<PrRegistration>& registrations() const { return registrations_; }
    uint8_t type() const { return type_; }
    bool aptpl() const { return aptpl_; }
    const std::string& loadError() const { return loadError_; }

private:
    bool allRegistrantsType() const
    {
        return type_ == prtype::WriteExclusiveAllRegistrants || type_ == prtype::ExclusiveAccessAllRegistrants;
    }
    bool isHolder(const PrRegistration& reg) const;
    const PrRegistration* find(const Nexus& nexus) const;
    PrRegistration* find(const Nexus& nexus);
    void removeRegistration(size_t index, std::vector<Notice>* notices, Sense sense, bool notifyReleased);
    void releaseReservation(std::vector<Notice>* notices, const PrRegistration* except);
    Reply readKeys(uint32_t allocationLength) const;
    Reply readReservation(uint32_t allocationLength) const;
    Reply reportCapabilities(uint32_t allocationLength) const;
    Reply readFullStatus(uint32_t allocationLength) const;
    Outcome registerKey(const uint8_t* cdb, const uint8_t* p, const Nexus& nexus, bool ignoreExisting);
    Outcome reserve(uint8_t type, uint64_t key, const Nexus& nexus);
    Outcome release(uint8_t type, uint64_t key, const Nexus& nexus);
    Outcome clear(uint64_t key, const Nexus& nexus);
    Outcome preempt(uint8_t type, uint64_t key, uint64_t serviceKey, const Nexus& nexus, bool abort);
    Outcome registerAndMove(uint8_t type, const std::vector<uint8_t>& p, const Nexus& nexus);
    void persist();
    void load();

    std::string file_;
    std::string loadError_;
    std::vector<PrRegistration> registrations_;
    std::optional<PrRegistration> holder_;  // for non all-registrants types
    uint8_t type_ = 0;                       // 0 = not reserved
    uint32_t generation_ = 0;
    bool aptpl_ = false;
};

// An iSCSI TransportID for an initiator port (SPC-4 §7.6.4.6, format 01b).
std::vector<uint8_t> iscsiTransportId(const std::string& initiatorPort);

} // namespace storlab::scsi
