#pragma once
// Builds logical units from configuration entries. One factory per device
// type ("disk", later "tape", "changer", "dvd"), registered by name, so a new
// device type adds a file with its factory and touches nothing else.
#include "app/linked_drive.h"
#include "scsi/logical_unit.h"
#include "shared/lab_config.h"

#include <QString>
#include <functional>
#include <memory>

namespace storlab::app {

class IdentityStore;

struct DeviceContext {
    const config::TargetConfig& target;
    const config::LunConfig& lun;
    IdentityStore& identities;
    QString stateDir;
    UnitFinder findUnit;   // other LUs by target id (a changer's drives); may be empty
};

struct DeviceResult {
    std::shared_ptr<scsi::LogicalUnit> unit;
    QString error;   // set when unit is null: what went wrong and what to do
    QString summary; // one line for the log
};

using DeviceFactory = std::function<DeviceResult(const DeviceContext&)>;

// Registers `factory` for `type`.
void registerDeviceType(const QString& type, DeviceFactory factory);
// The built-in device types (each defined in its own <type>_device.cpp);
// buildDevice() registers them on first use. A new type adds one line there.
void registerDiskDevice();
void registerTapeDevice();   // tape_device.cpp (SSC LTO drive)
void registerDvdDevice();    // dvd_device.cpp (MMC DVD drive)
void registerChangerLunDevice();   // changer_lun_device.cpp (SMC changer built element by element)
void registerPassthroughDevice();  // passthrough_device.cpp (a SCSI device of the machine, sg/bsg)
void registerOsdDevice();    // osd_device.cpp (OSD-2 object store)
// Builds the unit for `context.lun.type`, or returns an error for an unknown type.
DeviceResult buildDevice(const DeviceContext& context);

} // namespace storlab::app
