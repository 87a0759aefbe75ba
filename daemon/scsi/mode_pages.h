#pragma once
// Mode pages (SPC-4 §7.5): current, changeable, default and saved values,
// MODE SENSE page assembly and MODE SELECT validation. Not thread safe: the
// owning unit guards it with its mutex.
#include "scsi/sense.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storlab::scsi {

struct ModePage {
    uint8_t code = 0;         // PAGE CODE (6 bits)
    uint8_t subpage = 0;      // SUBPAGE CODE (0 = page_0 format)
    std::vector<uint8_t> current;     // whole page including its header
    std::vector<uint8_t> changeable;  // mask of bits MODE SELECT may change
    std::vector<uint8_t> defaults;
    // Header size: 2 for page_0 format, 4 for sub_page format (SPC-4 §7.5.7).
    size_t headerSize() const { return subpage ? 4 : 2; }
};

// Page control (SPC-4 §6.11 table 155).
enum class PageControl : uint8_t { Current = 0, Changeable = 1, Default = 2, Saved = 3 };

class ModePages {
public:
    // `body` excludes the page header; the header is generated.
    void add(uint8_t code, uint8_t subpage, std::vector<uint8_t> body, std::vector<uint8_t> changeableBody);
    const ModePage* find(uint8_t code, uint8_t subpage) const;
    ModePage* find(uint8_t code, uint8_t subpage);

    // Concatenated pages for MODE SENSE; nullopt when the page/subpage is not supported.
    // page 0x3F = all pages; subpage 0xFF = all subpages.
    std::optional<std::vector<uint8_t>> sense(PageControl pc, uint8_t page, uint8_t subpage) const;

    // Applies the pages in a MODE SELECT parameter list (after header and
    // block descriptors). `offset` is the position of `data` in the whole
    // parameter list, for the field pointer. Nothing changes on error.
    std::optional<SenseValue> select(const uint8_t* data, size_t length, size_t offset);

    // Current value of a byte of a page, for handlers (e.g. WCE, D_SENSE).
    uint8_t byte(uint8_t code, uint8_t subpage, size_t index) const;
    void setBits(uint8_t code, uint8_t subpage, size_t index, uint8_t mask, bool on);
    // Resets current values to the defaults (e.g. after a LUN reset when not saved).
    void resetToDefaults();

private:
    std::vector<ModePage> pages_; // in page code order
};

} // namespace storlab::scsi
