#pragma once
// The SPC-4 part every logical unit shares: the dispatch pipeline (CDB checks,
// unit attentions, reservation conflicts, handler), sense format selection,
// INQUIRY and VPD assembly, MODE SENSE/SELECT, REQUEST SENSE, RESERVE/RELEASE
// and persistent reservations. Device types (SBC here; SSC, SMC, MMC later)
// derive from it and extend spcCommandTable() with their own commands.
//
// Threading: execute() runs on the caller's thread (a reactor) and never
// blocks on I/O; mutable state is guarded by mutex_. Replies are completed
// via finish(), from whatever thread the work ended on.
#include "scsi/command_table.h"
#include "scsi/disk_unit.h"
#include "scsi/logical_unit.h"
#include "scsi/mode_pages.h"
#include "scsi/persistent_reservation.h"

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace storlab::scsi {

struct SpcSettings {
    DeviceIdentity identity;
    uint8_t deviceType = 0x00;
    bool removable = false;
    std::string reservationFile;
};

class SpcUnit : public LogicalUnit, public std::enable_shared_from_this<SpcUnit> {
public:
    SpcUnit(const CommandTable& table, SpcSettings settings);
    ~SpcUnit() override;

    void execute(std::shared_ptr<ScsiTask> task) override;
    void taskManagement(TaskManagement function, const Nexus& nexus) override;
    void nexusLost(const Nexus& nexus) override;
    uint8_t peripheralDeviceType() const override { return settings_.deviceType; }
    void lunInventoryChanged() override { queueUnitAttentionForAll(Sense::ReportedLunsDataChanged); }

    // Completes a task with a reply (any thread).
    void finish(const std::shared_ptr<ScsiTask>& task, Reply reply);

    const CommandTable& table() const { return table_; }
    const SpcSettings& settings() const { return settings_; }
    bool descriptorSense() const { return dSense_.load(std::memory_order_relaxed); }

    // Unit attentions (SAM-5 §5.14, SPC-4 §4.? / §5.?). Queued per I_T nexus.
    void queueUnitAttention(uint64_t nexusId, Sense sense);
    void queueUnitAttentionForAll(Sense sense, std::optional<uint64_t> except = std::nullopt);
    std::optional<Sense> takeUnitAttention(uint64_t nexusId);
    // When false, new nexuses do not get POWER ON (e.g. for tests). Default true.
    void setPowerOnUnitAttention(bool on) { powerOnUa_ = on; }

    // --- SPC command implementations (shared by device types) ---
    Reply inquiry(Command& c);
    Reply requestSense(Command& c);
    Reply testUnitReady(Command& c);
    Reply modeSense(Command& c);
    Reply modeSelect(Command& c);
    Reply reserve(Command& c);
    Reply release(Command& c);
    Reply persistentReserveIn(Command& c);
    Reply persistentReserveOut(Command& c);
    Reply reportSupportedTmf(Command& c);
    Reply startStopUnit(Command& c);
    Reply preventAllow(Command& c);

    // Medium state for removable units.
    bool mediumPresent() const { return mediumPresent_.load(); }

protected:
    // --- hooks for device types ---
    // Supported VPD pages beyond 0x00, 0x80, 0x83 (ascending).
    virtual std::vector<uint8_t> extraVpdPages() const { return {}; }
    // Page contents after the 4-byte VPD header; nullopt if not supported.
    virtual std::optional<std::vector<uint8_t>> vpdPage(uint8_t code, const Command& c) const;
    virtual std::vector<uint16_t> versionDescriptors() const;
    // MODE SENSE device-specific parameter (e.g. SBC WP/DPOFUA) and block descriptor.
    virtual uint8_t modeDeviceSpecific() const { return 0; }
    virtual std::vector<uint8_t> modeBlockDescriptor(bool longLba) const { (void)longLba; return {}; }
    // Validates a MODE SELECT block descriptor (offset = its position in the list).
    virtual std::optional<SenseValue> checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                               size_t offset) const;
    // Called with mutex_ held after MODE SELECT changed pages.
    virtual void modePagesChanged() {}
    // SPC-4 §6.? START STOP UNIT for units that handle it themselves.
    virtual Reply loadEject(Command& c, bool load);

    std::vector<uint8_t> standardInquiry() const;
    std::vector<uint8_t> deviceIdentificationPage(const Command& c) const;
    uint64_t naaIdentifier() const;

    Reply dispatch(Command& c);
    void applyModeCaches(); // mutex_ held

    const CommandTable& table_;
    SpcSettings settings_;
    mutable std::mutex mutex_;
    ModePages modes_;
    PersistentReservations pr_;
    std::atomic<bool> dSense_{false};
    std::atomic<bool> mediumPresent_{true};
    bool powerOnUa_ = true;

private:
    void noteNexus(const Nexus& nexus); // mutex_ held
    void notify(const std::vector<PersistentReservations::Notice>& notices, uint64_t self); // mutex_ held
    bool spc2ReservedByOther(const Nexus& nexus) const; // mutex_ held

    std::map<uint64_t, Nexus> nexuses_;
    std::map<uint64_t, std::deque<Sense>> unitAttentions_;
    std::optional<std::string> spc2Holder_; // initiator port name + target port name
    std::set<uint64_t> preventing_;         // nexuses with PREVENT ALLOW MEDIUM REMOVAL set
};

// The default nexus used when a task has none (unit tests, internal callers).
const Nexus& defaultNexus();

} // namespace storlab::scsi
