#include "media/tape_format.h"

#include "media/crc32c.h"

namespace storlab::media::format {

void encodeRecordHeader(const RecordHeader& h, uint8_t out[kRecordHeader])
{
    std::memset(out, 0, kRecordHeader);
    putLe32(out, kRecordMagic);
    out[4] = uint8_t(h.type);
    putLe32(out + 8, h.length);
    putLe32(out + 12, h.payloadCrc);
    putLe64(out + 16, h.object);
    putLe32(out + 28, crc32c(out, 28));
}

std::optional<RecordHeader> decodeRecordHeader(const uint8_t in[kRecordHeader])
{
    if (le32(in) != kRecordMagic || le32(in + 28) != crc32c(in, 28))
        return std::nullopt;
    RecordHeader h;
    if (in[4] < uint8_t(RecordType::Data) || in[4] > uint8_t(RecordType::Setmark))
        return std::nullopt;
    h.type = RecordType(in[4]);
    h.length = le32(in + 8);
    h.payloadCrc = le32(in + 12);
    h.object = le64(in + 16);
    if (h.type != RecordType::Data && h.length != 0)
        return std::nullopt;
    return h;
}

std::vector<uint8_t> encodeHeaderSlot(const CartridgeHeader& h, uint64_t sequence)
{
    std::vector<uint8_t> p;
    auto u8 = [&](uint8_t v) { p.push_back(v); };
    auto u16 = [&](uint16_t v) { uint8_t b[2]; putLe16(b, v); p.insert(p.end(), b, b + 2); };
    auto u32 = [&](uint32_t v) { uint8_t b[4]; putLe32(b, v); p.insert(p.end(), b, b + 4); };
    auto u64 = [&](uint64_t v) { uint8_t b[8]; putLe64(b, v); p.insert(p.end(), b, b + 8); };
    u8(uint8_t(h.generation));
    u8(uint8_t((h.worm ? 1 : 0) | (h.writeProtected ? 2 : 0)));
    u16(0);
    u64(h.capacity);
    u64(h.earlyWarningGap);
    u16(uint16_t(h.barcode.size()));
    p.insert(p.end(), h.barcode.begin(), h.barcode.end());
    u32(uint32_t(h.attributes.size()));
    for (const auto& [id, a] : h.attributes) {
        u16(id);
        u8(a.format);
        u8(a.readOnly ? 1 : 0);
        u16(uint16_t(a.value.size()));
        p.insert(p.end(), a.value.begin(), a.value.end());
    }
    std::vector<uint8_t> slot(kSlotHeader, 0);
    std::memcpy(slot.data(), kMagic, 8);
    putLe32(&slot[8], kVersion);
    putLe32(&slot[12], uint32_t(p.size()));
    putLe64(&slot[16], sequence);
    putLe32(&slot[24], crc32c(p.data(), p.size()));
    putLe32(&slot[28], crc32c(slot.data(), 28));
    slot.insert(slot.end(), p.begin(), p.end());
    return slot;
}

std::optional<DecodedSlot> decodeHeaderSlot(const uint8_t* d, size_t n)
{
    if (n < kSlotHeader || std::memcmp(d, kMagic, 8) != 0 || le32(d + 28) != crc32c(d, 28))
        return std::nullopt;
    if (le32(d + 8) != kVersion)
        return std::nullopt;
    const uint32_t len = le32(d + 12);
    if (len > kMaxHeaderPayload || kSlotHeader + len > n)
        return std::nullopt;
    const uint8_t* p = d + kSlotHeader;
    if (le32(d + 24) != crc32c(p, len))
        return std::nullopt;
    DecodedSlot out;
    out.sequence = le64(d + 16);
    size_t at = 0;
    auto need = [&](size_t k) { return at + k <= len; };
    if (!need(4 + 16 + 2))
        return std::nullopt;
    const uint8_t gen = p[0];
    if (gen < 1 || gen > uint8_t(TapeGeneration::Lto10))
        return std::nullopt;
    CartridgeHeader& h = out.header;
    h.generation = TapeGeneration(gen);
    h.worm = p[1] & 1;
    h.writeProtected = p[1] & 2;
    at = 4;
    h.capacity = le64(p + at); at += 8;
    h.earlyWarningGap = le64(p + at); at += 8;
    const uint16_t bl = le16(p + at); at += 2;
    if (!need(bl + 4))
        return std::nullopt;
    h.barcode.assign(reinterpret_cast<const char*>(p + at), bl);
    at += bl;
    const uint32_t count = le32(p + at); at += 4;
    for (uint32_t i = 0; i < count; ++i) {
        if (!need(6))
            return std::nullopt;
        MamAttribute a;
        a.id = le16(p + at);
        a.format = p[at + 2];
        a.readOnly = p[at + 3] != 0;
        const uint16_t vl = le16(p + at + 4);
        at += 6;
        if (!need(vl))
            return std::nullopt;
        a.value.assign(p + at, p + at + vl);
        at += vl;
        h.attributes[a.id] = std::move(a);
    }
    return out;
}

} // namespace storlab::media::format
