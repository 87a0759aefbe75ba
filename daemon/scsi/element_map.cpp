#include "scsi/element_map.h"

#include <algorithm>

namespace storlab::scsi {

namespace {
constexpr ElementType kTypes[] = {ElementType::MediumTransport, ElementType::Storage, ElementType::ImportExport,
                                  ElementType::DataTransfer};
}

const char* elementTypeName(ElementType t)
{
    switch (t) {
    case ElementType::MediumTransport: return "transport";
    case ElementType::Storage: return "slot";
    case ElementType::ImportExport: return "ie";
    case ElementType::DataTransfer: return "drive";
    case ElementType::All: break;
    }
    return "all";
}

uint16_t ElementLayout::base(ElementType t) const
{
    switch (t) {
    case ElementType::MediumTransport: return transportBase;
    case ElementType::Storage: return storageBase;
    case ElementType::ImportExport: return importExportBase;
    case ElementType::DataTransfer: return dataTransferBase;
    case ElementType::All: break;
    }
    return 0;
}

uint16_t ElementLayout::count(ElementType t) const
{
    switch (t) {
    case ElementType::MediumTransport: return transports;
    case ElementType::Storage: return storage;
    case ElementType::ImportExport: return importExport;
    case ElementType::DataTransfer: return dataTransfer;
    case ElementType::All: break;
    }
    return 0;
}

std::string ElementLayout::validate() const
{
    if (transports == 0)
        return "a changer needs one medium transport element";
    for (ElementType a : kTypes) {
        if (uint32_t(base(a)) + count(a) > 0x10000)
            return std::string(elementTypeName(a)) + " addresses run past 0xFFFF";
        for (ElementType b : kTypes) {
            if (a >= b || !count(a) || !count(b))
                continue;
            const uint32_t a0 = base(a), a1 = a0 + count(a), b0 = base(b), b1 = b0 + count(b);
            if (a0 < b1 && b0 < a1)
                return std::string(elementTypeName(a)) + " and " + elementTypeName(b) + " addresses overlap";
        }
    }
    return {};
}

ElementMap::ElementMap(const ElementLayout& layout) : layout_(layout)
{
    for (ElementType t : kTypes)
        for (int i = 0; i < layout.count(t); ++i) {
            Element e;
            e.type = t;
            e.address = uint16_t(layout.base(t) + i);
            e.index = i;
            elements_.push_back(e);
        }
    std::sort(elements_.begin(), elements_.end(), [](const Element& a, const Element& b) { return a.address < b.address; });
}

Element* ElementMap::find(uint16_t address)
{
    auto it = std::lower_bound(elements_.begin(), elements_.end(), address,
                               [](const Element& e, uint16_t a) { return e.address < a; });
    return it != elements_.end() && it->address == address ? &*it : nullptr;
}

const Element* ElementMap::find(uint16_t address) const { return const_cast<ElementMap*>(this)->find(address); }

Element* ElementMap::at(ElementType type, int index)
{
    if (index < 0 || index >= layout_.count(type))
        return nullptr;
    return find(uint16_t(layout_.base(type) + index));
}

const Element* ElementMap::at(ElementType type, int index) const { return const_cast<ElementMap*>(this)->at(type, index); }

std::vector<const Element*> ElementMap::select(ElementType type, uint16_t start, uint16_t count) const
{
    std::vector<const Element*> out;
    for (const Element& e : elements_) {
        if (out.size() >= count)
            break;
        if (e.address >= start && (type == ElementType::All || e.type == type))
            out.push_back(&e);
    }
    return out;
}

const Element* ElementMap::findBarcode(const std::string& barcode) const
{
    if (barcode.empty())
        return nullptr;
    for (const Element& e : elements_)
        if (e.medium && e.medium->barcode == barcode)
            return &e;
    return nullptr;
}

const Element* ElementMap::firstEmpty(ElementType type) const
{
    for (const Element& e : elements_)
        if (e.type == type && !e.medium)
            return &e;
    return nullptr;
}

void ElementMap::move(uint16_t src, uint16_t dst)
{
    Element* s = find(src);
    Element* d = find(dst);
    if (!s || !d || s == d || !s->medium || d->medium)
        return;
    d->medium = std::move(s->medium);
    s->medium.reset();
    // SMC-3 §6.10.3: the source is the storage (or import/export) element the
    // medium was last taken from; moving on from a drive keeps it.
    if (s->type == ElementType::Storage || s->type == ElementType::ImportExport)
        d->source = s->address;
    else
        d->source = s->source;
    s->source.reset();
    s->imported = false;
    d->imported = false;   // placed by the robot
    s->except = false;
    s->asc = s->ascq = 0;
}

std::vector<Medium> ElementMap::place(const std::vector<InventoryEntry>& entries)
{
    std::vector<Medium> homeless;
    for (const InventoryEntry& in : entries) {
        Element* e = find(in.address);
        if (!e || e->medium || e->type == ElementType::MediumTransport) {
            homeless.push_back(in.medium);
            continue;
        }
        e->medium = in.medium;
        e->source = in.source;
        e->imported = e->type == ElementType::ImportExport && in.imported;
    }
    std::vector<Medium> left;
    for (Medium& m : homeless) {
        const Element* free = firstEmpty(ElementType::Storage);
        if (!free) {
            left.push_back(std::move(m));
            continue;
        }
        find(free->address)->medium = std::move(m);
    }
    return left;
}

std::vector<InventoryEntry> ElementMap::placed() const
{
    std::vector<InventoryEntry> out;
    for (const Element& e : elements_)
        if (e.medium)
            out.push_back({e.address, *e.medium, e.source, e.imported});
    return out;
}

} // namespace storlab::scsi
