// Text key=value records (RFC 7143 §6.1): each "key=value" is terminated by a
// NUL byte. Keys are at most 63 bytes of letters, digits, '.', '-', '+', '@',
// '_'; values at most 8192 bytes of UTF-8 (the largest limit §6.1 allows).
#include "iscsi/login/text_keys.h"

#include <algorithm>
#include <string_view>

namespace storlab::iscsi {

namespace {
constexpr size_t kMaxKeyLength = 63;
constexpr size_t kMaxValueLength = 8192;

bool validKeyChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '+' || c == '@' || c == '_';
}

// Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF); NUL cannot occur here.
bool validUtf8(std::string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t extra;
        uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xc2 && c <= 0xdf) { extra = 1; cp = c & 0x1f; }
        else if (c >= 0xe0 && c <= 0xef) { extra = 2; cp = c & 0x0f; }
        else if (c >= 0xf0 && c <= 0xf4) { extra = 3; cp = c & 0x07; }
        else return false;
        if (i + extra >= s.size())
            return false;
        for (size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = cp << 6 | (cc & 0x3f);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += extra + 1;
    }
    return true;
}

Error malformed(std::string message) { return Error{-22, "malformed iSCSI text: " + std::move(message)}; }
} // namespace

Result<KeyValueList> parseTextKeys(std::span<const uint8_t> data)
{
    KeyValueList out;
    std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\0', pos);
        if (end == std::string_view::npos)
            end = text.size();  // tolerate a missing NUL after the last record
        const std::string_view record = text.substr(pos, end - pos);
        pos = end + 1;
        if (record.empty())
            continue;  // padding / stray NULs between records
        const size_t eq = record.find('=');
        if (eq == std::string_view::npos)
            return malformed("record without '=' (" + std::string(record.substr(0, 64)) + ")");
        const std::string_view key = record.substr(0, eq);
        const std::string_view value = record.substr(eq + 1);
        if (key.empty() || key.size() > kMaxKeyLength)
            return malformed("key length " + std::to_string(key.size()) + " outside 1..63");
        for (unsigned char c : key)
            if (!validKeyChar(c))
                return malformed("invalid character in key name");
        if (value.size() > kMaxValueLength)
            return malformed("value of " + std::string(key) + " longer than 8192 bytes");
        if (!validUtf8(value))
            return malformed("value of " + std::string(key) + " is not UTF-8");
        out.emplace_back(std::string(key), std::string(value));
    }
    return out;
}

Result<void> TextKeyStream::append(std::span<const uint8_t> data)
{
    text_.insert(text_.end(), data.begin(), data.end());
    // Records completed by this PDU are checked whole, once.
    size_t lastNul = text_.size();
    for (size_t i = text_.size(); i > openRecord_; --i)
        if (text_[i - 1] == 0) {
            lastNul = i - 1;
            break;
        }
    if (lastNul != text_.size()) {
        auto complete = parseTextKeys(std::span(text_).subspan(openRecord_, lastNul + 1 - openRecord_));
        if (!complete)
            return complete.error();
        openRecord_ = lastNul + 1;
    }
    // The open record: its key must show its '=' within 64 bytes, its value stay within 8192.
    const auto open = std::span(text_).subspan(openRecord_);
    const auto keyPart = open.first(std::min(open.size(), kMaxKeyLength + 1));
    const auto eq = std::find(keyPart.begin(), keyPart.end(), uint8_t('='));
    if (eq == keyPart.end()) {
        if (open.size() > kMaxKeyLength)
            return malformed("key name longer than 63 bytes");
    } else if (open.size() - size_t(eq - keyPart.begin()) - 1 > kMaxValueLength) {
        return malformed("value longer than 8192 bytes");
    }
    return {};
}

void TextKeyStream::clear()
{
    text_.clear();
    openRecord_ = 0;
}

std::vector<uint8_t> serializeTextKeys(const KeyValueList& keys)
{
    size_t size = 0;
    for (const auto& [k, v] : keys)
        size += k.size() + v.size() + 2;
    std::vector<uint8_t> out;
    out.reserve(size);
    for (const auto& [k, v] : keys) {
        out.insert(out.end(), k.begin(), k.end());
        out.push_back('=');
        out.insert(out.end(), v.begin(), v.end());
        out.push_back('\0');
    }
    return out;
}

} // namespace storlab::iscsi
