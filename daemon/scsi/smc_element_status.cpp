#include "scsi/smc_element_status.h"

#include "scsi/cdb.h"

#include <cstring>

namespace storlab::scsi {

void putVolumeTag(uint8_t* dst, const std::string& tag)
{
    // SMC-3 §6.10.? (volume tag information): VOLUME IDENTIFICATION, left
    // aligned, space padded; no embedded spaces; then reserved and sequence.
    std::memset(dst, ' ', 32);
    for (size_t i = 0; i < 32 && i < tag.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(tag[i]);
        dst[i] = (ch > 0x20 && ch < 0x7F) ? ch : '_';
    }
    std::memset(dst + 32, 0, 4);
}

namespace {

size_t descriptorLength(ElementType t, const ElementStatusOptions& o)
{
    // 12 fixed bytes, primary volume tag (36) when VOLTAG, then the device
    // identification header (4) and, for data transfer elements with DVCID,
    // the identifier (SMC-3 §6.10.3 table 16 and §6.10.6 table 20).
    size_t n = 12 + (o.volumeTags ? 36 : 0) + 4;
    if (t == ElementType::DataTransfer && o.deviceIds)
        n += o.idLength;
    return n;
}

void putDescriptor(uint8_t* d, const ElementView& e, const ElementStatusOptions& o)
{
    put16(d, e.address);
    uint8_t flags = e.full ? 0x01 : 0x00;                 // FULL
    if (e.except)
        flags |= 0x04;                                    // EXCEPT
    switch (e.type) {
    case ElementType::MediumTransport:
        break;                                            // no ACCESS bit for the transport
    case ElementType::ImportExport:
        if (e.imported)
            flags |= 0x02;                                // IMPEXP: placed by an operator
        if (e.access)
            flags |= 0x08;                                // ACCESS
        if (e.exportEnabled)
            flags |= 0x10;                                // EXENAB
        if (e.importEnabled)
            flags |= 0x20;                                // INENAB
        break;
    default:
        if (e.access)
            flags |= 0x08;                                // ACCESS
        break;
    }
    d[2] = flags;
    if (e.except) {
        d[4] = e.asc;
        d[5] = e.ascq;
    }
    uint8_t b9 = e.full ? uint8_t(e.kind) & 0x07 : 0;     // MEDIUM TYPE
    if (e.full && e.source) {
        b9 |= 0x80;                                       // SVALID
        put16(d + 10, *e.source);
    }
    d[9] = b9;
    size_t off = 12;
    if (o.volumeTags) {
        if (e.full && !e.volumeTag.empty())
            putVolumeTag(d + off, e.volumeTag);           // else all zero: no label (SMC-3 §6.10.?)
        off += 36;
    }
    if (e.type == ElementType::DataTransfer && o.deviceIds) {
        d[off] = o.idCodeSet & 0x0F;
        d[off + 1] = o.idType & 0x0F;                     // association 0: the logical unit
        d[off + 3] = uint8_t(o.idLength);
        for (size_t i = 0; i < o.idLength; ++i)
            d[off + 4 + i] = i < e.identifier.size() ? e.identifier[i] : ' ';
    }
}

} // namespace

std::vector<uint8_t> encodeElementStatus(const std::vector<ElementView>& elements, const ElementStatusOptions& o)
{
    // SMC-3 §6.10.2 element status data header (8 bytes), then one element
    // status page (8-byte header + descriptors) per run of the same type.
    std::vector<uint8_t> d(8, 0);
    size_t i = 0;
    while (i < elements.size()) {
        const ElementType t = elements[i].type;
        size_t j = i;
        while (j < elements.size() && elements[j].type == t)
            ++j;
        const size_t len = descriptorLength(t, o);
        const size_t page = d.size();
        d.resize(page + 8 + len * (j - i), 0);
        d[page] = uint8_t(t);
        d[page + 1] = o.volumeTags ? 0x80 : 0x00;         // PVOLTAG (no alternate tags)
        put16(&d[page + 2], uint16_t(len));
        put24(&d[page + 5], uint32_t(len * (j - i)));
        for (size_t k = i; k < j; ++k)
            putDescriptor(&d[page + 8 + len * (k - i)], elements[k], o);
        i = j;
    }
    if (!elements.empty())
        put16(&d[0], elements.front().address);
    put16(&d[2], uint16_t(elements.size()));
    put24(&d[5], uint32_t(d.size() - 8));
    return d;
}

} // namespace storlab::scsi
