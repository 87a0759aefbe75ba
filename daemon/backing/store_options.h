#pragma once
// tgt's --bsopts string for the network stores: "key=value;key=value"
// (e.g. "conf=/etc/ceph/ceph.conf;id=admin"). Parsing refuses keys the
// store does not know and names them, so a typo never goes unnoticed.
#include "core/result.h"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

namespace storlab::backing::detail {

using StoreOptions = std::map<std::string, std::string, std::less<>>;

// `store` names the store in messages; `known` lists the accepted keys.
Result<StoreOptions> parseStoreOptions(std::string_view text, std::string_view store,
                                       std::initializer_list<std::string_view> known);

// A whole number in [lo, hi] from options[key], or `fallback` when absent;
// an error names the key.
Result<unsigned> numberOption(const StoreOptions& options, std::string_view key, unsigned fallback, unsigned lo, unsigned hi);

// numberOption for a number of seconds, 1..3600.
Result<unsigned> secondsOption(const StoreOptions& options, std::string_view key, unsigned fallback);

} // namespace storlab::backing::detail
