#pragma once
// Factories for the SPC/SBC logical units (SBC-3/4 direct-access block device).
#include "backing/backing_store.h"
#include "scsi/logical_unit.h"

#include <cstdint>
#include <memory>
#include <string>

namespace storlab::scsi {

// Identity reported in INQUIRY and VPD pages 0x80/0x83; generated once by the
// configuration layer and stored, so initiators see the same device after a restart.
struct DeviceIdentity {
    std::string vendor = "STORLAB";        // T10 vendor identification (8 chars, space padded)
    std::string product = "VIRTUAL-DISK";  // product identification (16 chars)
    std::string revision = "0001";         // product revision level (4 chars)
    std::string serial;                    // VPD 0x80 unit serial number
    uint64_t naa = 0;                      // VPD 0x83 NAA identifier (NAA type 6 upper 64 bits; 0 = derive from serial)
};

struct DiskConfig {
    DeviceIdentity identity;
    uint32_t blockSize = 512;         // 512 or 4096
    bool readOnly = false;            // write protected: writes fail with DATA PROTECT / WRITE PROTECTED
    bool writeCache = true;           // caching mode page WCE default; MODE SELECT may change it
    bool thinProvisioning = true;     // LBPME: UNMAP / WRITE SAME(UNMAP) punch holes
    bool removable = false;           // RMB bit in standard INQUIRY
    uint8_t physicalBlockExponent = 0; // READ CAPACITY(16) logical blocks per physical block exponent
                                       // (e.g. 3: 512-byte blocks on 4 KiB); 0 keeps libiscsi's
                                       // GetLBAStatus.UnmapSingle happy (it assumes 1 per physical)
    std::string reservationFile;      // where APTPL persistent reservations are stored ("" = not persisted)
};

std::shared_ptr<LogicalUnit> makeDiskUnit(const DiskConfig& config, std::unique_ptr<backing::BackingStore> store);

// LUN 0 when the configuration has none: a well-behaved storage array
// controller (peripheral device type 0x0C, as tgt does) that answers INQUIRY,
// REPORT LUNS, TEST UNIT READY, REQUEST SENSE, REPORT SUPPORTED OPERATION CODES.
std::shared_ptr<LogicalUnit> makeControllerUnit(const DeviceIdentity& identity);

} // namespace storlab::scsi
