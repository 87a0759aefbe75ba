#pragma once
// SMC-3 medium changer logical unit (peripheral device type 08h): a tape
// library's robot or a DVD jukebox's. It owns the element map (which medium is
// in which slot / drive / import-export port), moves media into and out of its
// drives only through RemovableMediumDevice (so tape and optical drives are the
// same to it), and reports every change to a persistence callback.
//
// SCSI commands (SMC-3 §6): READ ELEMENT STATUS, MOVE MEDIUM, EXCHANGE MEDIUM,
// INITIALIZE ELEMENT STATUS (+ WITH RANGE), POSITION TO ELEMENT, PREVENT ALLOW
// MEDIUM REMOVAL (locks the import/export ports), MODE SENSE pages 1Dh/1Eh/1Fh,
// plus the SPC set of SpcUnit.
//
// Admin API (for the RPC plane: changer.move, media.import/export, the GUI's
// drag and drop). All of it is thread-safe. Calls that move media block for
// the drive's load/unload and the state file's fsync (milliseconds): call
// them from a worker thread, not from a reactor. They return errors with the
// changer_error codes below and a message that says what to do. Every
// successful admin change queues a unit attention for all initiators
// (28h/01h IMPORT OR EXPORT ELEMENT ACCESSED when an IE port was involved,
// else 28h/00h NOT READY TO READY CHANGE, MEDIUM MAY HAVE CHANGED) and calls
// the event handler.
//
//   move(src, dst)            MOVE MEDIUM as an operator would (element addresses)
//   importMedium(m, ie)       an operator puts a medium into an IE port (nullopt: first empty one)
//   exportMedium(ie)          an operator takes the medium out of an IE port (it goes to the vault)
//   elements()                a snapshot for listings (ElementStatus, includes drive state)
//   inventory()               placed media + vault (what persist() receives)
//   addressOf(type, index)    element address of e.g. drive 0, slot 5
//
// Drive load errors: RemovableMediumDevice::load() errors with code -EBUSY
// mean "drive already loaded" (MEDIUM DESTINATION ELEMENT FULL), -EMEDIUMTYPE
// or media::tape_error::BadFormat-like codes >= 1000 that mean "cannot use this
// medium" become INCOMPATIBLE MEDIUM INSTALLED; unload() errors with -EPERM or
// -EBUSY mean removal prevented (MEDIUM REMOVAL PREVENTED); anything else is
// MEDIA LOAD OR EJECT FAILED. The medium then stays where it was.
#include "core/result.h"
#include "scsi/element_map.h"
#include "scsi/removable_medium.h"
#include "scsi/smc_personality.h"
#include "scsi/spc_unit.h"
#include "scsi/worker.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace storlab::scsi {

namespace changer_error {
inline constexpr int InvalidAddress = 2001;     // no such element
inline constexpr int SourceEmpty = 2002;
inline constexpr int DestinationFull = 2003;
inline constexpr int RemovalPrevented = 2004;   // drive PREVENT, or IE port locked by an initiator
inline constexpr int IncompatibleMedium = 2005; // the drive refused the medium
inline constexpr int DriveFailed = 2006;        // load/unload failed otherwise
inline constexpr int NoFreeElement = 2007;      // import: every IE port is full
inline constexpr int InvalidMedium = 2008;      // import: no path, or a barcode already in the library
inline constexpr int PersistFailed = 2009;      // the move happened, the state file could not be written
} // namespace changer_error

// One data transfer element: the drive LU and what DVCID reports for it.
struct ChangerDrive {
    std::shared_ptr<RemovableMediumDevice> device;
    DeviceIdentity identity;                       // vendor/product/serial for DVCID
    uint64_t lun = 0;                              // for listings only
    // When set, asked instead of identity at each READ ELEMENT STATUS: the drive is another
    // LU that may be made or rebuilt after the changer (app/linked_drive.h).
    std::function<DeviceIdentity()> currentIdentity = {};
};

struct ChangerConfig {
    DeviceIdentity identity;                       // INQUIRY and VPD 80h/83h of the changer
    ElementLayout layout;
    DvcidFormat dvcid = DvcidFormat::VendorProductSerial;
    std::vector<ChangerDrive> drives;              // one per data transfer element, in address order
    Inventory inventory;                           // where the media are at start (restored or initial)
    // Called after every change of the inventory, serialized, from the thread
    // that made the change. Empty: not persisted (tests).
    std::function<Result<void>(const Inventory&)> persist;
    std::string reservationFile;
};

// An element as listings show it.
struct ElementStatus {
    Element element;
    bool driveLoaded = false;                      // DT: a medium is in the drive (tray open or closed)
    bool driveReady = false;                       // DT: the drive itself reports it (tray closed / tape threaded)
    bool drivePrevented = false;                   // DT: an initiator prevents removal in the drive
    uint64_t lun = 0;                              // DT: the drive's LUN
};

struct ChangerEvent {
    enum class Kind { Moved, Imported, Exported, Warning } kind = Kind::Moved;
    uint16_t from = 0, to = 0;                     // element addresses (Imported: to; Exported: from)
    Medium medium;
    bool byInitiator = false;                      // a SCSI MOVE/EXCHANGE MEDIUM (else the admin plane)
    std::string message;                           // Warning: what went wrong
};

class SmcChanger : public SpcUnit {
public:
    // Fails when the layout is invalid or the drive count does not match it.
    static Result<std::shared_ptr<SmcChanger>> create(ChangerConfig config);
    ~SmcChanger() override;

    // --- admin API (see the header comment) ---
    Result<void> move(uint16_t src, uint16_t dst);
    Result<uint16_t> importMedium(const Medium& medium, std::optional<uint16_t> ie = std::nullopt);
    Result<Medium> exportMedium(uint16_t ie);
    std::vector<ElementStatus> elements() const;
    Inventory inventory() const;
    const ElementLayout& layout() const { return layout_; }
    std::optional<uint16_t> addressOf(ElementType type, int index) const;
    std::optional<uint16_t> addressOfBarcode(const std::string& barcode) const;
    bool importExportLocked() const;               // an initiator holds PREVENT MEDIUM REMOVAL
    void setEventHandler(std::function<void(const ChangerEvent&)> handler);
    // Loads every drive the inventory says is full (at start-up). A medium a
    // drive refuses goes back to its source slot (or the first free one) and a
    // Warning event is emitted; returns the warnings.
    std::vector<std::string> restoreDrives();

    // --- SCSI handlers (SMC-3 §6) ---
    Reply readElementStatus(Command& c);
    Reply moveMedium(Command& c);
    Reply exchangeMedium(Command& c);
    Reply initializeElementStatus(Command& c);
    Reply initializeElementStatusWithRange(Command& c);
    Reply positionToElement(Command& c);
    Reply preventAllowIe(Command& c);

    void taskManagement(TaskManagement function, const Nexus& nexus) override;
    void nexusLost(const Nexus& nexus) override;

private:
    explicit SmcChanger(ChangerConfig config);
    static const CommandTable& table();
    std::vector<uint16_t> versionDescriptors() const override;

    enum class Actor { Initiator, Admin };
    // The robot: one move at a time (robot_ held), drive I/O outside mapMutex_.
    Result<void> doMove(uint16_t src, uint16_t dst, Actor actor);          // robot_ held
    Result<void> doExchange(uint16_t src, uint16_t dst1, uint16_t dst2);  // robot_ held
    Result<void> unloadDrive(const Element& e, bool force);                 // robot_ held
    Result<void> persistLocked();                                          // robot_ held
    void publishEvent(const ChangerEvent& event);
    Reply runOnRobot(Command& c, std::function<Result<void>()> job);
    Reply checkTransport(uint16_t address, uint16_t byte) const;
    std::vector<uint8_t> driveIdentifier(int index) const;

    ChangerConfig config_;
    ElementLayout layout_;
    mutable std::mutex robot_;          // serializes moves (held across drive I/O and fsync)
    mutable std::mutex mapMutex_;       // guards map_, vault_ and ieLocks_ (never held across I/O)
    ElementMap map_;
    std::vector<Medium> vault_;
    std::set<uint64_t> ieLocks_;        // nexuses holding PREVENT MEDIUM REMOVAL (SMC-3 §6.? / SPC-4 §6.13)
    std::mutex eventMutex_;
    std::function<void(const ChangerEvent&)> onEvent_;
    UnitWorker worker_{1};
};

// Maps a changer_error code to the SMC-3 sense condition an initiator sees.
Sense changerErrorSense(int code);

} // namespace storlab::scsi
