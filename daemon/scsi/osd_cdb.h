#pragma once
// OSD-2 (T10/1729-D) variable-length CDBs: operation code 7Fh, 236 bytes
// (additional CDB length 228, §5.2.1), service action in bytes 8-9. Parses
// and checks the fields every OSD command shares; an error names the byte
// (and bit) for the sense-key specific field pointer (SPC-4 §4.5.2.4.2).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <variant>

namespace storlab::scsi::osd {

inline constexpr uint8_t kOpcode = 0x7F;
inline constexpr unsigned kCdbLength = 236;               // OSD-2 §5.2.1
inline constexpr uint8_t kAdditionalCdbLength = 228;
inline constexpr uint64_t kFirstId = 0x10000;             // §4.6.3/§4.6.4: lower ids are reserved

// OSD-2 §6.1, Table 27 (OSD-2 service actions; OSD-1's 88xxh without 80h are refused).
enum ServiceAction : uint16_t {
    FormatOsd = 0x8881,
    Create = 0x8882,
    List = 0x8883,
    Read = 0x8885,
    Write = 0x8886,
    Append = 0x8887,
    Flush = 0x8888,
    Remove = 0x888A,
    CreatePartition = 0x888B,
    RemovePartition = 0x888C,
    GetAttributes = 0x888E,
    SetAttributes = 0x888F,
    CreateAndWrite = 0x8892,
    FlushPartition = 0x889B,
    FlushOsd = 0x889C,
};
const char* serviceActionName(uint16_t action);   // nullptr: not supported here

// §5.2.6 get and set attributes CDB formats (byte 11 bits 5-4).
enum class AttributeMode : uint8_t { One = 1, Page = 2, List = 3 };

// §5.2.6: where the attributes to get and set are, in the Data-Out and Data-In buffers.
struct AttributeParams {
    AttributeMode mode = AttributeMode::List;
    // Page mode (§5.2.6.3): one page to get, one attribute to set.
    uint32_t getPage = 0;
    uint32_t setPage = 0;
    uint32_t setId = 0;
    uint32_t setLength = 0;
    // List mode (§5.2.6.4): get list (in Data-Out) and set list (in Data-Out).
    uint32_t getListLength = 0;
    std::optional<uint64_t> getListOffset;
    uint32_t setListLength = 0;
    std::optional<uint64_t> setListOffset;
    // Both: where the retrieved attributes go in Data-In, and how many bytes they may take.
    uint32_t allocationLength = 0;
    std::optional<uint64_t> retrievedOffset;
    std::optional<uint64_t> setValueOffset;   // page mode: the set value in Data-Out
    // One-attribute mode (§5.2.6.2): the value sits in the CDB.
    uint8_t oneValue[18] = {};
    // The CDB byte of each offset field, for field pointers.
    uint16_t getListOffsetByte = 0, setListOffsetByte = 0, retrievedOffsetByte = 0, setValueOffsetByte = 0;
};

// §4.11.2.2 capability (104 bytes at CDB byte 80): parsed for the NOSEC method only.
struct Capability {
    uint8_t format = 0;            // 0 none, 1 OSD-1, 2 OSD-2
    uint8_t securityMethod = 0;    // 0 NOSEC (§4.11.1)
    uint8_t objectType = 0;        // 01h root, 02h partition, 40h collection, 80h user object
    uint64_t permissions = 0;      // 5-byte permissions bit mask
    uint8_t descriptorType = 0;    // high nibble of byte 55
};

struct Cdb {
    uint16_t serviceAction = 0;
    uint8_t options = 0;           // byte 10: DPO 10h, FUA 08h, isolation
    uint8_t timestampControl = 0;  // 00h normal, 7Fh bypass
    uint64_t partition = 0;        // bytes 16-23
    uint64_t object = 0;           // bytes 24-31
    uint64_t length = 0;           // bytes 32-39 (allocation length, formatted capacity)
    uint64_t startAddress = 0;     // bytes 40-47 (starting byte address, initial object id)
    uint32_t listIdentifier = 0;   // bytes 48-51
    AttributeParams attributes;
    Capability capability;
};

struct FieldError {
    uint16_t byte = 0;
    int bit = -1;
};

// A Data-In/Data-Out buffer offset (§4.14.5): 28-bit mantissa, signed 4-bit
// exponent, bytes = mantissa << (exponent + 8); FFFFFFFFh = not used.
std::optional<uint64_t> decodeOffset(uint32_t encoded);
uint32_t encodeOffset(uint64_t bytes);   // smallest exponent that holds it (for clients and tests)

std::variant<Cdb, FieldError> parseCdb(const uint8_t* cdb, size_t length);

} // namespace storlab::scsi::osd
