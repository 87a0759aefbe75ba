#pragma once
// iSCSI text key=value pairs (RFC 7143 §6): "key=value\0" records.
#include "core/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace storlab::iscsi {

using KeyValueList = std::vector<std::pair<std::string, std::string>>;

// Rejects records without '=', keys longer than 63 bytes, values longer than
// 8192 bytes (RFC 7143 §6.1), and non-UTF-8 garbage with a clear message.
Result<KeyValueList> parseTextKeys(std::span<const uint8_t> data);
std::vector<uint8_t> serializeTextKeys(const KeyValueList& keys);

// Login text arriving over C-bit continuation PDUs (RFC 7143 §6.3), checked as it
// comes: a malformed record fails on the PDU that carries it, and a key name that
// grows past 63 bytes (or a value past 8192) fails as soon as it does (§6.1),
// instead of filling the login buffer first.
class TextKeyStream {
public:
    // Appends one PDU's data segment; an error names what is malformed.
    Result<void> append(std::span<const uint8_t> data);
    std::span<const uint8_t> text() const { return text_; }
    size_t size() const { return text_.size(); }
    void clear();

private:
    std::vector<uint8_t> text_;
    size_t openRecord_ = 0;  // offset of the record whose NUL has not arrived yet
};

} // namespace storlab::iscsi
