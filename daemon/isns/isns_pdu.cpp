#include "isns/isns_pdu.h"

#include "scsi/cdb.h"

#include <arpa/inet.h>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <utility>

namespace storlab::isns {

using scsi::be16;
using scsi::be32;
using scsi::put16;
using scsi::put32;

namespace {
constexpr size_t kHeaderSize = 12;               // §5.1
constexpr size_t kMaxMessage = 1 << 20;          // a multi-PDU message larger than this is refused
constexpr uint16_t kVersion = 1;                 // §5.1.1
} // namespace

const char* statusName(uint32_t status)
{
    static const char* const names[] = {"Successful",
                                        "Unknown Error",
                                        "Message Format Error",
                                        "Invalid Registration",
                                        "RESERVED",
                                        "Invalid Query",
                                        "Source Unknown",
                                        "Source Absent",
                                        "Source Unauthorized",
                                        "No Such Entry",
                                        "Version Not Supported",
                                        "Internal Error",
                                        "Busy",
                                        "Option Not Understood",
                                        "Invalid Update",
                                        "Message (FUNCTION_ID) Not Supported",
                                        "SCN Event Rejected",
                                        "SCN Registration Rejected",
                                        "Attribute Not Implemented",
                                        "FC_DOMAIN_ID Not Available",
                                        "FC_DOMAIN_ID Not Allocated",
                                        "ESI Not Available",
                                        "Invalid Deregistration",
                                        "Registration Feature Not Supported"};
    return status < std::size(names) ? names[status] : "Unknown Status";
}

Attribute Attribute::string(uint32_t tag, const std::string& text)
{
    // §5.5: strings are NUL-terminated UTF-8, padded to a multiple of 4 bytes.
    Attribute a{tag, std::vector<uint8_t>(text.begin(), text.end())};
    a.value.push_back(0);
    return a;
}

Attribute Attribute::u32(uint32_t tag, uint32_t value)
{
    Attribute a{tag, std::vector<uint8_t>(4)};
    put32(a.value.data(), value);
    return a;
}

std::optional<Attribute> Attribute::address(uint32_t tag, const std::string& host)
{
    Attribute a{tag, std::vector<uint8_t>(16, 0)};
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
        a.value[10] = a.value[11] = 0xff;   // §6.3.1: IPv4-mapped IPv6
        std::memcpy(&a.value[12], &v4, 4);
        return a;
    }
    if (inet_pton(AF_INET6, host.c_str(), a.value.data()) == 1)
        return a;
    return std::nullopt;
}

std::string Attribute::asString() const
{
    const auto nul = std::find(value.begin(), value.end(), uint8_t(0));
    return std::string(value.begin(), nul);
}

uint32_t Attribute::asU32() const
{
    return value.size() == 4 ? be32(value.data()) : 0;
}

std::vector<Attribute> Message::operating() const
{
    std::vector<Attribute> out;
    bool after = false;
    for (const Attribute& a : attributes) {
        if (after)
            out.push_back(a);
        else if (a.tag == Delimiter)
            after = true;
    }
    return out;
}

const Attribute* Message::find(uint32_t tag) const
{
    for (const Attribute& a : attributes)
        if (a.tag == tag)
            return &a;
    return nullptr;
}

std::vector<uint8_t> Message::encode() const
{
    std::vector<uint8_t> out(kHeaderSize);
    if (hasStatus) {
        out.resize(out.size() + 4);
        put32(&out[kHeaderSize], status);
    }
    for (const Attribute& a : attributes) {
        const size_t padded = (a.value.size() + 3) & ~size_t(3);
        const size_t at = out.size();
        out.resize(at + 8 + padded, 0);
        put32(&out[at], a.tag);
        put32(&out[at + 4], uint32_t(padded));
        if (!a.value.empty())
            std::memcpy(&out[at + 8], a.value.data(), a.value.size());
    }
    put16(&out[0], kVersion);
    put16(&out[2], function);
    put16(&out[4], uint16_t(out.size() - kHeaderSize));
    put16(&out[6], flags);
    put16(&out[8], transaction);
    put16(&out[10], 0);   // sequence: always one PDU (§5.1.6)
    return out;
}

std::optional<Message> decodePayload(uint16_t function, uint16_t flags, uint16_t transaction, const uint8_t* data,
                                     size_t size, std::string* error)
{
    Message m;
    m.function = function;
    m.flags = flags;
    m.transaction = transaction;
    size_t at = 0;
    if (m.isResponse()) {
        if (size < 4) {
            *error = "response without a status code";
            return std::nullopt;
        }
        m.hasStatus = true;
        m.status = be32(data);
        at = 4;
    }
    while (at < size) {
        if (size - at < 8) {
            *error = "truncated attribute header at offset " + std::to_string(at);
            return std::nullopt;
        }
        const uint32_t tag = be32(data + at);
        const uint32_t length = be32(data + at + 4);
        if (length > size - at - 8) {
            *error = "attribute " + std::to_string(tag) + " length " + std::to_string(length) + " runs past the message";
            return std::nullopt;
        }
        m.attributes.push_back(Attribute{tag, std::vector<uint8_t>(data + at + 8, data + at + 8 + length)});
        at += 8 + length;
    }
    return m;
}

std::optional<Message> FrameReader::next(std::string* error)
{
    for (;;) {
        if (buffer_.size() < kHeaderSize)
            return std::nullopt;
        const uint16_t version = be16(&buffer_[0]);
        const uint16_t length = be16(&buffer_[4]);
        if (version != kVersion) {
            *error = "iSNSP version " + std::to_string(version) + " (expected 1)";
            return std::nullopt;
        }
        if (buffer_.size() < kHeaderSize + length)
            return std::nullopt;
        const uint16_t function = be16(&buffer_[2]);
        const uint16_t flags = be16(&buffer_[6]);
        const uint16_t transaction = be16(&buffer_[8]);
        pending_.insert(pending_.end(), buffer_.begin() + kHeaderSize, buffer_.begin() + kHeaderSize + length);
        buffer_.erase(buffer_.begin(), buffer_.begin() + kHeaderSize + length);
        if (pending_.size() > kMaxMessage) {
            *error = "message larger than 1 MiB";
            return std::nullopt;
        }
        if (!(flags & LastPdu))
            continue;   // §5.4: the payloads of one message's PDUs are concatenated
        std::vector<uint8_t> payload = std::exchange(pending_, {});
        return decodePayload(function, flags, transaction, payload.data(), payload.size(), error);
    }
}

} // namespace storlab::isns
