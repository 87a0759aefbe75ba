#include "scsi/osd_cdb.h"

#include "scsi/cdb.h"

namespace storlab::scsi::osd {

const char* serviceActionName(uint16_t action)
{
    switch (action) {
    case FormatOsd: return "FORMAT OSD";
    case Create: return "CREATE";
    case List: return "LIST";
    case Read: return "READ";
    case Write: return "WRITE";
    case Append: return "APPEND";
    case Flush: return "FLUSH";
    case Remove: return "REMOVE";
    case CreatePartition: return "CREATE PARTITION";
    case RemovePartition: return "REMOVE PARTITION";
    case GetAttributes: return "GET ATTRIBUTES";
    case SetAttributes: return "SET ATTRIBUTES";
    case CreateAndWrite: return "CREATE AND WRITE";
    case FlushPartition: return "FLUSH PARTITION";
    case FlushOsd: return "FLUSH OSD";
    default: return nullptr;
    }
}

std::optional<uint64_t> decodeOffset(uint32_t encoded)
{
    if (encoded == 0xFFFFFFFF)
        return std::nullopt;
    int exponent = int(encoded >> 28);
    if (exponent >= 8)
        exponent -= 16;   // OSD-2: signed, -8..7
    return uint64_t(encoded & 0x0FFFFFFF) << (exponent + 8);
}

uint32_t encodeOffset(uint64_t bytes)
{
    for (int shift = 0; shift < 16; ++shift) {
        if (bytes & ((uint64_t(1) << shift) - 1))
            break;   // not a multiple of 2^shift: the previous shift was the last exact one
        if ((bytes >> shift) < (uint64_t(1) << 28))
            return uint32_t((shift - 8) & 0xF) << 28 | uint32_t(bytes >> shift);
    }
    return 0xFFFFFFFF;
}

std::variant<Cdb, FieldError> parseCdb(const uint8_t* p, size_t length)
{
    // SPC-4 §4.2.3: variable-length CDB; OSD-2 §5.2.1 fixes its length.
    if (length < kCdbLength || p[7] != kAdditionalCdbLength)
        return FieldError{7};
    Cdb c;
    c.serviceAction = be16(p + 8);
    if (!serviceActionName(c.serviceAction))
        return FieldError{8};
    c.options = p[10];
    const uint8_t format = (p[11] >> 4) & 0x3;
    if (format == 0)
        return FieldError{11, 5};   // 00b is reserved (§5.2.6.1)
    c.timestampControl = p[12];
    if (c.timestampControl != 0x00 && c.timestampControl != 0x7F)
        return FieldError{12};
    c.partition = be64(p + 16);
    c.object = be64(p + 24);
    if (c.partition && c.partition < kFirstId)
        return FieldError{16};
    if (c.object && c.object < kFirstId)
        return FieldError{24};
    c.length = be64(p + 32);
    c.startAddress = be64(p + 40);
    c.listIdentifier = be32(p + 48);

    AttributeParams& a = c.attributes;
    a.mode = AttributeMode(format);
    const auto offsetAt = [&](uint16_t byte, std::optional<uint64_t>& out, uint16_t& where) {
        out = decodeOffset(be32(p + byte));
        where = byte;
    };
    switch (a.mode) {
    case AttributeMode::One:   // §5.2.6.2
        a.setPage = be32(p + 52);
        a.setId = be32(p + 56);
        a.setLength = be16(p + 60);
        if (a.setLength > 18 && a.setLength != 0xFFFF)
            return FieldError{60};
        std::copy(p + 62, p + 80, a.oneValue);
        break;
    case AttributeMode::Page:   // §5.2.6.3
        a.getPage = be32(p + 52);
        a.allocationLength = be32(p + 56);
        offsetAt(60, a.retrievedOffset, a.retrievedOffsetByte);
        a.setPage = be32(p + 64);
        a.setId = be32(p + 68);
        a.setLength = be32(p + 72);
        offsetAt(76, a.setValueOffset, a.setValueOffsetByte);
        if (a.setPage && !a.setValueOffset && a.setLength)
            return FieldError{76};
        break;
    case AttributeMode::List:   // §5.2.6.4
        a.getListLength = be32(p + 52);
        offsetAt(56, a.getListOffset, a.getListOffsetByte);
        a.allocationLength = be32(p + 60);
        offsetAt(64, a.retrievedOffset, a.retrievedOffsetByte);
        a.setListLength = be32(p + 68);
        offsetAt(72, a.setListOffset, a.setListOffsetByte);
        if (a.getListLength && !a.getListOffset)
            return FieldError{56};
        if (a.setListLength && !a.setListOffset)
            return FieldError{72};
        break;
    }
    if (a.allocationLength && !a.retrievedOffset)
        return FieldError{a.mode == AttributeMode::Page ? uint16_t(60) : uint16_t(64)};

    // §4.11.2.2 capability at byte 80; only NOSEC (§4.11.1) is offered.
    const uint8_t* cap = p + 80;
    c.capability.format = cap[0] & 0x0F;
    if (c.capability.format > 2)
        return FieldError{80, 3};
    c.capability.securityMethod = cap[2] & 0x0F;
    if (c.capability.securityMethod != 0)
        return FieldError{82, 3};
    c.capability.objectType = cap[48];
    c.capability.permissions = uint64_t(be32(cap + 49)) << 8 | cap[53];
    c.capability.descriptorType = cap[55] >> 4;
    return c;
}

} // namespace storlab::scsi::osd
