#pragma once
// READ ELEMENT STATUS (SMC-3 §6.10) parameter data, built from a snapshot of
// the element map so that encoding never holds the changer's locks.
#include "scsi/element_map.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storlab::scsi {

// What one element descriptor reports (SMC-3 §6.10.3 - §6.10.6).
struct ElementView {
    ElementType type = ElementType::Storage;
    uint16_t address = 0;
    bool full = false;
    bool except = false;
    uint8_t asc = 0, ascq = 0;
    bool access = true;
    bool imported = false;                 // IE: IMPEXP
    bool importEnabled = true;             // IE: INENAB
    bool exportEnabled = true;             // IE: EXENAB
    std::optional<uint16_t> source;        // SVALID + SOURCE STORAGE ELEMENT ADDRESS
    std::string volumeTag;                 // primary volume tag ("" = no label)
    MediumKind kind = MediumKind::Unspecified;
    std::vector<uint8_t> identifier;       // DT: device identifier (DVCID), already padded
};

struct ElementStatusOptions {
    bool volumeTags = false;               // VOLTAG bit
    bool deviceIds = false;                // DVCID bit
    uint8_t idCodeSet = 2;                 // ASCII
    uint8_t idType = 1;                    // T10 vendor ID based (0 = vendor specific)
    size_t idLength = 0;                   // identifier length of every DT descriptor
};

// The whole report (header + element status pages), not yet trimmed to the
// allocation length: the header counts are those of the full report (SMC-3 §6.10.2).
std::vector<uint8_t> encodeElementStatus(const std::vector<ElementView>& elements, const ElementStatusOptions& o);

// A volume tag field (SMC-3 §6.10.? table 18): identifier padded with spaces
// to 32 bytes, 2 reserved bytes, 2-byte volume sequence number (0).
void putVolumeTag(uint8_t* dst36, const std::string& tag);

} // namespace storlab::scsi
