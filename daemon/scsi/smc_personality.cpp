#include "scsi/smc_personality.h"

namespace storlab::scsi {

const std::vector<ChangerPersonality>& changerPersonalities()
{
    static const std::vector<ChangerPersonality> all = {
        // IBM System Storage TS3500 (3584) with LTO drives: product 03584L32 for
        // an L32 frame (LTO); drives report ULTRIUM-TDn inside the library.
        {"ibm-ts3500", "IBM TS3500 (3584 L32) with IBM LTO drives", "IBM", "03584L32", "A460",
         0x0001, 0x0400, 0x0300, 0x0101, DvcidFormat::VendorProductSerial,
         "IBM", "ULTRIUM-TD%d", "G9N1", "", "", ""},
        // HP StorageWorks MSL G3 series (MSL2024/4048/8096) with HP LTO drives.
        {"hp-msl-g3", "HP StorageWorks MSL G3 Series with HP LTO drives", "HP", "MSL G3 Series", "9.30",
         0x0001, 0x0020, 0x01C0, 0x01E0, DvcidFormat::SerialOnly,
         "HP", "Ultrium %d-SCSI", "J5SW", "", "", ""},
        // StorageTek L700 (L-series address plan: CAP 10d, drives 500d, slots 1000d).
        {"stk-l700", "StorageTek L700 with IBM LTO drives", "STK", "L700", "550V",
         0x0001, 0x03E8, 0x000A, 0x01F4, DvcidFormat::VendorProductSerial,
         "IBM", "ULT3580-TD%d", "G9N1", "", "", ""},
        // Generic storlab library (the default lab): drives first, as tgt's VTL example does.
        {"storlab", "storlab virtual tape library", "STORLAB", "VIRTUAL-LIBRARY", "0001",
         0x0000, 0x0400, 0x0300, 0x0100, DvcidFormat::VendorProductSerial,
         "IBM", "ULTRIUM-TD%d", "G9N1", "", "", ""},
        // Generic optical jukebox (issue 6): the same changer with optical drives.
        {"storlab-jukebox", "storlab virtual DVD jukebox", "STORLAB", "DVD-JUKEBOX", "0001",
         0x0000, 0x0400, 0x0300, 0x0100, DvcidFormat::VendorProductSerial,
         "", "", "", "STORLAB", "VIRTUAL-DVD-RW", "0001"},
    };
    return all;
}

const ChangerPersonality* findChangerPersonality(std::string_view key)
{
    for (const ChangerPersonality& p : changerPersonalities())
        if (p.key == key)
            return &p;
    return nullptr;
}

std::string tapeDriveProduct(const ChangerPersonality& p, int generation)
{
    std::string s(p.tapeProduct);
    const auto at = s.find("%d");
    if (at != std::string::npos)
        s.replace(at, 2, std::to_string(generation));
    return s.substr(0, 16);
}

ElementLayout personalityLayout(const ChangerPersonality& p, uint16_t storage, uint16_t importExport,
                                uint16_t dataTransfer)
{
    ElementLayout l;
    l.transportBase = p.transportBase;
    l.storageBase = p.storageBase;
    l.importExportBase = p.importExportBase;
    l.dataTransferBase = p.dataTransferBase;
    l.transports = 1;
    l.storage = storage;
    l.importExport = importExport;
    l.dataTransfer = dataTransfer;
    return l;
}

} // namespace storlab::scsi
