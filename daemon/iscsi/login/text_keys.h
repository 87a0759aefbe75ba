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

} // namespace storlab::iscsi
