#include "scsi/osd_attributes.h"

#include "scsi/cdb.h"

#include <cstring>

namespace storlab::scsi::osd {

namespace {
constexpr size_t kHeader = 8;        // type, 3 reserved, list length (4)
constexpr size_t kEntryHeader = 16;  // page (4), number (4), 6 reserved, length (2)
} // namespace

std::vector<uint8_t> u64Value(uint64_t v)
{
    std::vector<uint8_t> out(8);
    put64(out.data(), v);
    return out;
}

std::optional<std::vector<AttributeKey>> parseGetList(const std::vector<uint8_t>& data, size_t offset, size_t length,
                                                      ListError* error)
{
    if (offset + kHeader > data.size() || length < kHeader) {
        *error = {offset};
        return std::nullopt;
    }
    if ((data[offset] & 0x0F) != kListGet) {
        *error = {offset};
        return std::nullopt;
    }
    const size_t listLength = be32(&data[offset + 4]);
    if (listLength % 8 || kHeader + listLength > length || offset + kHeader + listLength > data.size()) {
        *error = {offset + 4};
        return std::nullopt;
    }
    std::vector<AttributeKey> keys;
    for (size_t at = offset + kHeader; at < offset + kHeader + listLength; at += 8)
        keys.emplace_back(be32(&data[at]), be32(&data[at + 4]));
    return keys;
}

std::optional<AttributeMap> parseSetList(const std::vector<uint8_t>& data, size_t offset, size_t length, ListError* error)
{
    if (offset + kHeader > data.size() || length < kHeader) {
        *error = {offset};
        return std::nullopt;
    }
    if ((data[offset] & 0x0F) != kListSetOrRetrieved) {
        *error = {offset};
        return std::nullopt;
    }
    const size_t listLength = be32(&data[offset + 4]);
    const size_t end = offset + kHeader + listLength;
    if (kHeader + listLength > length || end > data.size()) {
        *error = {offset + 4};
        return std::nullopt;
    }
    AttributeMap map;
    size_t at = offset + kHeader;
    while (at < end) {
        if (at + kEntryHeader > end) {
            *error = {at};
            return std::nullopt;
        }
        const uint16_t valueLength = be16(&data[at + 14]);
        const size_t valueBytes = valueLength == kUndefinedLength ? 0 : valueLength;
        if (at + kEntryHeader + valueBytes > end) {
            *error = {at + 14};
            return std::nullopt;
        }
        map[{be32(&data[at]), be32(&data[at + 4])}] =
            std::vector<uint8_t>(data.begin() + long(at + kEntryHeader), data.begin() + long(at + kEntryHeader + valueBytes));
        at += (kEntryHeader + valueBytes + 7) & ~size_t(7);
    }
    return map;
}

void appendEntry(std::vector<uint8_t>& out, AttributeKey key, const std::optional<std::vector<uint8_t>>& value)
{
    const size_t at = out.size();
    const size_t bytes = value ? value->size() : 0;
    out.resize(at + ((kEntryHeader + bytes + 7) & ~size_t(7)), 0);
    put32(&out[at], key.first);
    put32(&out[at + 4], key.second);
    put16(&out[at + 14], value ? uint16_t(bytes) : kUndefinedLength);
    if (bytes)
        std::memcpy(&out[at + kEntryHeader], value->data(), bytes);
}

std::vector<uint8_t> encodeList(const std::vector<std::pair<AttributeKey, std::optional<std::vector<uint8_t>>>>& entries)
{
    std::vector<uint8_t> out(kHeader, 0);
    out[0] = kListSetOrRetrieved;
    for (const auto& [key, value] : entries)
        appendEntry(out, key, value);
    put32(&out[4], uint32_t(out.size() - kHeader));
    return out;
}

} // namespace storlab::scsi::osd
