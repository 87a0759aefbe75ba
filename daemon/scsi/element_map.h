#pragma once
// The element map of a media changer (SMC-3 §4.2): medium transport,
// storage, import/export and data transfer elements, their addresses, and
// which medium each holds. Pure bookkeeping, no I/O and no locking: the
// changer (smc_changer.h) guards it and does the drive loads/unloads.
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storlab::scsi {

// ELEMENT TYPE CODE (SMC-3 §6.10.1 table 11); All = 0 in READ ELEMENT STATUS.
enum class ElementType : uint8_t { All = 0, MediumTransport = 1, Storage = 2, ImportExport = 3, DataTransfer = 4 };

// MEDIUM TYPE field of element descriptors (SMC-3 §6.10.3 table 17).
enum class MediumKind : uint8_t { Unspecified = 0, Data = 1, Cleaning = 2, Diagnostic = 3, Worm = 4 };

// One unit of media: a tape cartridge or an optical disc.
struct Medium {
    std::string barcode;                 // primary volume tag (up to 32 characters; "" = no label)
    std::string path;                    // cartridge or disc image file handed to RemovableMediumDevice::load
    MediumKind kind = MediumKind::Data;
    bool operator==(const Medium&) const = default;
};

struct Element {
    ElementType type = ElementType::Storage;
    uint16_t address = 0;
    std::optional<Medium> medium;
    // SVALID + SOURCE STORAGE ELEMENT ADDRESS (SMC-3 §6.10.3): the last storage
    // or import/export element the medium came from; kept across further moves.
    std::optional<uint16_t> source;
    bool imported = false;               // IE only: IMPEXP bit, placed by the operator (not the robot)
    bool except = false;                 // EXCEPT with asc/ascq (e.g. a drive that refused a restored medium)
    uint8_t asc = 0, ascq = 0;
    int index = 0;                       // 0-based number within its type (drive index for data transfer)
};

// Where the element types start and how many of each there are. Addresses
// must not overlap (SMC-3 §4.2: addresses are unique within the changer).
struct ElementLayout {
    uint16_t transportBase = 0, storageBase = 0, importExportBase = 0, dataTransferBase = 0;
    uint16_t transports = 1, storage = 0, importExport = 0, dataTransfer = 0;
    // "" when valid, else what is wrong.
    std::string validate() const;
    uint16_t base(ElementType t) const;
    uint16_t count(ElementType t) const;
};

// A medium's location, for persistence and listings.
struct InventoryEntry {
    uint16_t address = 0;
    Medium medium;
    std::optional<uint16_t> source;
    bool imported = false;
};

struct Inventory {
    std::vector<InventoryEntry> placed;  // media in elements
    std::vector<Medium> vault;           // media known to the library but outside it (exported)
};

class ElementMap {
public:
    explicit ElementMap(const ElementLayout& layout);

    const ElementLayout& layout() const { return layout_; }
    // All elements, sorted by address.
    const std::vector<Element>& elements() const { return elements_; }
    Element* find(uint16_t address);
    const Element* find(uint16_t address) const;
    const Element* at(ElementType type, int index) const;
    Element* at(ElementType type, int index);
    // READ ELEMENT STATUS selection (SMC-3 §6.10): elements of `type` (All =
    // every type) with address >= start, ascending, at most `count`.
    std::vector<const Element*> select(ElementType type, uint16_t start, uint16_t count) const;
    // The element holding the medium with this barcode.
    const Element* findBarcode(const std::string& barcode) const;
    // First empty element of a type (nullptr if none).
    const Element* firstEmpty(ElementType type) const;

    // Moves the medium from `src` to `dst` (both valid, src full, dst empty:
    // the caller has checked). Updates SVALID/source and IMPEXP.
    void move(uint16_t src, uint16_t dst);
    // Puts media in place from a saved inventory. Entries whose address no
    // longer exists (the layout shrank) or is taken go to the first free
    // storage slot, else into the returned list (the caller vaults them).
    std::vector<Medium> place(const std::vector<InventoryEntry>& entries);
    std::vector<InventoryEntry> placed() const;

private:
    ElementLayout layout_;
    std::vector<Element> elements_;
};

const char* elementTypeName(ElementType t); // "transport", "slot", "ie", "drive"

} // namespace storlab::scsi
