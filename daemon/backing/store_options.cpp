#include "backing/store_options.h"

#include <cerrno>
#include <charconv>

namespace storlab::backing::detail {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

Result<StoreOptions> parseStoreOptions(std::string_view text, std::string_view store,
                                       std::initializer_list<std::string_view> known)
{
    StoreOptions out;
    std::string knownList;
    for (std::string_view k : known)
        knownList += (knownList.empty() ? "" : ", ") + std::string(k);
    const std::string prefix = "bsopts of the " + std::string(store) + " store: ";
    while (!text.empty()) {
        const size_t semi = text.find(';');
        std::string_view item = trim(text.substr(0, semi));
        text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
        if (item.empty())
            continue;
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos)
            return Error{-EINVAL, prefix + "'" + std::string(item) + "' is not key=value"};
        std::string_view key = trim(item.substr(0, eq));
        std::string_view value = trim(item.substr(eq + 1));
        bool isKnown = false;
        for (std::string_view k : known)
            isKnown = isKnown || k == key;
        if (!isKnown)
            return Error{-EINVAL, prefix + "unknown key '" + std::string(key) + "' (known: " + knownList + ")"};
        if (value.empty())
            return Error{-EINVAL, prefix + "key '" + std::string(key) + "' has no value"};
        out[std::string(key)] = std::string(value);
    }
    return out;
}

Result<unsigned> numberOption(const StoreOptions& options, std::string_view key, unsigned fallback, unsigned lo, unsigned hi)
{
    auto it = options.find(key);
    if (it == options.end())
        return fallback;
    unsigned v = 0;
    const std::string& s = it->second;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || v < lo || v > hi)
        return Error{-EINVAL, "bsopts key '" + std::string(key) + "': '" + s + "' is not a number " + std::to_string(lo) +
                                  ".." + std::to_string(hi)};
    return v;
}

Result<unsigned> secondsOption(const StoreOptions& options, std::string_view key, unsigned fallback)
{
    return numberOption(options, key, fallback, 1, 3600);
}

} // namespace storlab::backing::detail
