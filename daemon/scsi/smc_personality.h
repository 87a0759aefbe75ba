#pragma once
// Changer personalities: what a real library reports (INQUIRY strings,
// element address bases, the drive INQUIRY strings it ships with, the DVCID
// format). Values as the vendors' SCSI reference manuals give them (and as
// mhVTL's personality modules use them: IBM 3584 drives at 0x0101, IE 0x0300,
// slots 0x0400; STK L-series and HP EML slots 1000d, drives 500d, CAP 10d;
// HP MSL slots 0x20, IE 0x1C0, drives 0x1E0). Read for behaviour, own code.
#include "scsi/element_map.h"

#include <string>
#include <string_view>
#include <vector>

namespace storlab::scsi {

enum class DvcidFormat : uint8_t {
    VendorProductSerial,  // T10 vendor ID designator: vendor(8) product(16) serial(10), 34 bytes (IBM, STK)
    SerialOnly,           // vendor specific designator: serial number padded to 20 bytes (HP MSL)
};

struct ChangerPersonality {
    std::string_view key;         // config name: "ibm-ts3500", "hp-msl-g3", "stk-l700", "storlab", "storlab-jukebox"
    std::string_view description;
    std::string_view vendor, product, revision;
    uint16_t transportBase, storageBase, importExportBase, dataTransferBase;
    DvcidFormat dvcid;
    // INQUIRY strings of the LTO drives this library ships with; `%d` in the
    // product is the LTO generation number ("ULTRIUM-TD%d" -> "ULTRIUM-TD6").
    std::string_view tapeVendor, tapeProduct, tapeRevision;
    // INQUIRY strings of its optical drives (jukebox personalities).
    std::string_view opticalVendor, opticalProduct, opticalRevision;
};

const std::vector<ChangerPersonality>& changerPersonalities();
// nullptr when unknown.
const ChangerPersonality* findChangerPersonality(std::string_view key);
// The tape drive product string for an LTO generation number (1..10).
std::string tapeDriveProduct(const ChangerPersonality& p, int generation);
// The element layout for a personality and element counts.
ElementLayout personalityLayout(const ChangerPersonality& p, uint16_t storage, uint16_t importExport,
                                uint16_t dataTransfer);

} // namespace storlab::scsi
