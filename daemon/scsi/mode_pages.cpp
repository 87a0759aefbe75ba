#include "scsi/mode_pages.h"

#include "scsi/cdb.h"

#include <algorithm>

namespace storlab::scsi {
namespace {

std::vector<uint8_t> withHeader(uint8_t code, uint8_t subpage, const std::vector<uint8_t>& body)
{
    std::vector<uint8_t> p;
    if (subpage == 0) {
        p = {uint8_t(code & 0x3F), uint8_t(body.size())};
    } else {
        p = {uint8_t(0x40 | (code & 0x3F)), subpage, 0, 0};
        put16(&p[2], uint16_t(body.size()));
    }
    p.insert(p.end(), body.begin(), body.end());
    return p;
}

} // namespace

void ModePages::add(uint8_t code, uint8_t subpage, std::vector<uint8_t> body, std::vector<uint8_t> changeableBody)
{
    changeableBody.resize(body.size(), 0);
    ModePage p;
    p.code = code;
    p.subpage = subpage;
    p.current = withHeader(code, subpage, body);
    p.defaults = p.current;
    p.changeable = withHeader(code, subpage, changeableBody);
    pages_.erase(std::remove_if(pages_.begin(), pages_.end(),
                                [&](const ModePage& q) { return q.code == code && q.subpage == subpage; }),
                 pages_.end());
    pages_.push_back(std::move(p));
    std::sort(pages_.begin(), pages_.end(), [](const ModePage& a, const ModePage& b) {
        return a.code != b.code ? a.code < b.code : a.subpage < b.subpage;
    });
}

const ModePage* ModePages::find(uint8_t code, uint8_t subpage) const
{
    for (const auto& p : pages_)
        if (p.code == code && p.subpage == subpage)
            return &p;
    return nullptr;
}

ModePage* ModePages::find(uint8_t code, uint8_t subpage)
{
    for (auto& p : pages_)
        if (p.code == code && p.subpage == subpage)
            return &p;
    return nullptr;
}

std::optional<std::vector<uint8_t>> ModePages::sense(PageControl pc, uint8_t page, uint8_t subpage) const
{
    // SPC-4 §6.11 table 156.
    std::vector<uint8_t> out;
    bool any = false;
    for (const auto& p : pages_) {
        bool wanted;
        if (page == 0x3F)
            wanted = subpage == 0xFF || p.subpage == subpage;
        else
            wanted = p.code == page && (subpage == 0xFF || p.subpage == subpage);
        if (!wanted)
            continue;
        any = true;
        const std::vector<uint8_t>* src = &p.current;
        if (pc == PageControl::Changeable)
            src = &p.changeable;
        else if (pc == PageControl::Default || pc == PageControl::Saved)
            src = &p.defaults; // saving is not supported: saved values are the defaults
        out.insert(out.end(), src->begin(), src->end());
    }
    if (!any)
        return std::nullopt;
    return out;
}

std::optional<SenseValue> ModePages::select(const uint8_t* data, size_t length, size_t offset)
{
    // Validate everything first, then apply (SPC-4 §6.9: no change on error).
    std::vector<std::pair<ModePage*, std::vector<uint8_t>>> updates;
    size_t pos = 0;
    while (pos < length) {
        const uint8_t* h = data + pos;
        if (length - pos < 2)
            return Sense::ParameterListLengthError;
        const bool spf = h[0] & 0x40;
        const uint8_t code = h[0] & 0x3F;
        size_t hdr = spf ? 4 : 2;
        if (length - pos < hdr)
            return Sense::ParameterListLengthError;
        const uint8_t sub = spf ? h[1] : 0;
        const size_t bodyLen = spf ? be16(&h[2]) : h[1];
        ModePage* page = find(code, sub);
        if (!page)
            return SenseValue::invalidParameter(uint16_t(offset + pos), 5);
        if (bodyLen + hdr != page->current.size())
            return SenseValue::invalidParameter(uint16_t(offset + pos + (spf ? 2 : 1)));
        if (length - pos < hdr + bodyLen)
            return Sense::ParameterListLengthError;
        std::vector<uint8_t> next(h, h + hdr + bodyLen);
        next[0] &= 0x7F; // PS is reserved in MODE SELECT
        for (size_t i = hdr; i < next.size(); ++i) {
            const uint8_t diff = uint8_t(next[i] ^ page->current[i]);
            const uint8_t fixed = uint8_t(diff & ~page->changeable[i]);
            if (fixed) {
                int bit = 7;
                while (bit > 0 && !(fixed & (1u << bit)))
                    --bit;
                return SenseValue::invalidParameter(uint16_t(offset + pos + i), bit);
            }
        }
        updates.emplace_back(page, std::move(next));
        pos += hdr + bodyLen;
    }
    for (auto& [page, bytes] : updates) {
        bytes[0] = page->current[0];
        page->current = std::move(bytes);
    }
    return std::nullopt;
}

uint8_t ModePages::byte(uint8_t code, uint8_t subpage, size_t index) const
{
    const ModePage* p = find(code, subpage);
    if (!p || index >= p->current.size())
        return 0;
    return p->current[index];
}

void ModePages::setBits(uint8_t code, uint8_t subpage, size_t index, uint8_t mask, bool on)
{
    ModePage* p = find(code, subpage);
    if (!p || index >= p->current.size())
        return;
    if (on)
        p->current[index] |= mask;
    else
        p->current[index] &= uint8_t(~mask);
}

void ModePages::resetToDefaults()
{
    for (auto& p : pages_)
        p.current = p.defaults;
}

} // namespace storlab::scsi
