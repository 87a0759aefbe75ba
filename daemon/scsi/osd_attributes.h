#pragma once
// OSD-2 attribute lists and pages (§7.1): the get list the initiator sends,
// the set list, and the retrieved attributes list storlab returns; plus the
// attributes the device computes (information and current command pages).
#include "scsi/osd_store.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storlab::scsi::osd {

// Attribute pages (§7.1.2, Table 172) and numbers storlab computes.
inline constexpr uint32_t kUserObjectInformationPage = 0x00000001;
inline constexpr uint32_t kPartitionInformationPage = 0x30000001;
inline constexpr uint32_t kRootInformationPage = 0x90000001;
inline constexpr uint32_t kCurrentCommandPage = 0xFFFFFFFE;
inline constexpr uint32_t kAllPages = 0xFFFFFFFF;       // §7.1.3.2: every page / every attribute
inline constexpr uint32_t kAttrPartitionId = 0x1;
inline constexpr uint32_t kAttrObjectId = 0x2;
inline constexpr uint32_t kAttrUsername = 0x9;
inline constexpr uint32_t kAttrUsedCapacity = 0x81;
inline constexpr uint32_t kAttrLogicalLength = 0x82;
inline constexpr uint32_t kAttrTotalCapacity = 0x80;
inline constexpr uint32_t kAttrPartitionCount = 0xC0;
inline constexpr uint32_t kAttrObjectCount = 0xC1;
inline constexpr uint32_t kAttrVendor = 0x4;
inline constexpr uint32_t kAttrProduct = 0x5;
// Current Command attributes page (§7.1.2.24).
inline constexpr uint32_t kCcObjectType = 0x2;
inline constexpr uint32_t kCcPartitionId = 0x3;
inline constexpr uint32_t kCcObjectId = 0x4;
inline constexpr uint32_t kCcAppendStart = 0x5;
inline constexpr uint16_t kUndefinedLength = 0xFFFF;   // §7.1.3.3: attribute not defined

// §7.1.3.1 list types.
inline constexpr uint8_t kListGet = 0x1;
inline constexpr uint8_t kListSetOrRetrieved = 0x9;

struct ListError {
    size_t byte = 0;      // offset in the Data-Out buffer, for the field pointer
};

// A get list (§7.1.3.2): (page, number) pairs. Parsed from `data` at `offset` (`length` bytes).
std::optional<std::vector<AttributeKey>> parseGetList(const std::vector<uint8_t>& data, size_t offset, size_t length,
                                                      ListError* error);
// A set list (§7.1.3.3): page, number and value entries, 8-byte aligned.
std::optional<AttributeMap> parseSetList(const std::vector<uint8_t>& data, size_t offset, size_t length, ListError* error);
// A retrieved attributes list (§7.1.3.3) with header; values of kUndefinedLength have no bytes.
std::vector<uint8_t> encodeList(const std::vector<std::pair<AttributeKey, std::optional<std::vector<uint8_t>>>>& entries);
// Appends one list entry (without list header).
void appendEntry(std::vector<uint8_t>& out, AttributeKey key, const std::optional<std::vector<uint8_t>>& value);

std::vector<uint8_t> u64Value(uint64_t v);

} // namespace storlab::scsi::osd
