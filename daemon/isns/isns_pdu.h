#pragma once
// iSNSP messages (RFC 4171 §5): a 12-byte header, then tag-length-value
// attributes. Pure C++, no sockets: the client (isns_client.h) and the ESI/SCN
// listener frame bytes with IsnsFrameReader and build replies with encode().
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storlab::isns {

inline constexpr uint16_t kDefaultPort = 3205;   // RFC 4171 §5.1

// Function IDs (RFC 4171 §6.1). A response is the request's ID | 0x8000.
enum Function : uint16_t {
    DevAttrReg = 0x0001,
    DevAttrQry = 0x0002,
    DevDereg = 0x0004,
    SCNReg = 0x0005,
    SCNDereg = 0x0006,
    SCN = 0x0008,
    ESI = 0x000D,
    kResponse = 0x8000,
};

// Header flags (RFC 4171 §5.1.4).
enum Flags : uint16_t {
    FromClient = 0x8000,
    FromServer = 0x4000,
    Replace = 0x1000,
    LastPdu = 0x0800,
    FirstPdu = 0x0400,
};

// Attribute tags (RFC 4171 §6.1).
enum Tag : uint32_t {
    Delimiter = 0,
    EntityIdentifier = 1,
    EntityProtocol = 2,
    Timestamp = 4,
    RegistrationPeriod = 6,
    PortalIpAddress = 16,
    PortalPort = 17,
    PortalSymbolicName = 18,
    EsiInterval = 19,
    EsiPort = 20,
    ScnPort = 23,
    IscsiName = 32,
    IscsiNodeType = 33,
    IscsiAlias = 34,
    IscsiScnBitmap = 35,
    PgIscsiName = 48,
    PgPortalIpAddress = 49,
    PgPortalPort = 50,
    PgTag = 51,
};

inline constexpr uint32_t kEntityProtocolIscsi = 2;   // §6.2.2
inline constexpr uint32_t kNodeTypeTarget = 0x1;      // §6.4.2 bit 31
inline constexpr uint32_t kNodeTypeInitiator = 0x2;   // §6.4.2 bit 30
// iSCSI SCN Bitmap (§6.4.4): bit 31 is the least significant.
inline constexpr uint32_t kScnObjectUpdated = 0x04;
inline constexpr uint32_t kScnObjectAdded = 0x08;
inline constexpr uint32_t kScnObjectRemoved = 0x10;
inline constexpr uint32_t kScnInitiatorAndSelfOnly = 0x80;

// Status codes (RFC 4171 §6.1 table, "Status Code").
enum Status : uint32_t {
    Success = 0,
    MessageFormatError = 2,
    InvalidRegistration = 3,
    SourceUnknown = 6,
    NoSuchEntry = 9,
    MessageNotSupported = 15,
};
const char* statusName(uint32_t status);

struct Attribute {
    uint32_t tag = 0;
    std::vector<uint8_t> value;   // unpadded for strings as sent: NUL-terminated, padded to 4 on the wire
    static Attribute string(uint32_t tag, const std::string& text);
    static Attribute u32(uint32_t tag, uint32_t value);
    // An IPv4 ("10.0.0.1") or IPv6 address as the 16-byte field of §6.3.1 (IPv4-mapped).
    static std::optional<Attribute> address(uint32_t tag, const std::string& host);
    static Attribute empty(uint32_t tag) { return Attribute{tag, {}}; }
    std::string asString() const;    // up to the first NUL
    uint32_t asU32() const;          // 0 unless 4 bytes
};

struct Message {
    uint16_t function = 0;
    uint16_t flags = FromClient | FirstPdu | LastPdu;
    uint16_t transaction = 0;
    bool hasStatus = false;          // responses start with a 4-byte status code
    uint32_t status = 0;
    std::vector<Attribute> attributes;

    bool isResponse() const { return function & kResponse; }
    // The attributes after the first delimiter (the operating attributes of §5.6.4).
    std::vector<Attribute> operating() const;
    const Attribute* find(uint32_t tag) const;
    std::vector<uint8_t> encode() const;
};

// Splits a byte stream into messages; multi-PDU messages (§5.4) are joined.
class FrameReader {
public:
    void append(const uint8_t* data, size_t size) { buffer_.insert(buffer_.end(), data, data + size); }
    // The next complete message, nullopt when more bytes are needed; sets `error` on a malformed stream.
    std::optional<Message> next(std::string* error);

private:
    std::vector<uint8_t> buffer_;
    std::vector<uint8_t> pending_;   // payloads of a multi-PDU message so far
};

// Decodes one message payload (after the header).
std::optional<Message> decodePayload(uint16_t function, uint16_t flags, uint16_t transaction, const uint8_t* data,
                                     size_t size, std::string* error);

} // namespace storlab::isns
