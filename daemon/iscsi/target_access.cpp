// Initiator ACL matching (names, addresses, CIDR for IPv4 and IPv6) and the
// failed-login limiter.
#include "iscsi/target_access.h"

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>
#include <cstring>
#include <netinet/in.h>

namespace storlab::iscsi {

namespace {

// The peer as 4 or 16 bytes; IPv4-mapped IPv6 becomes IPv4.
std::vector<uint8_t> peerBytes(const sockaddr_storage& peer)
{
    if (peer.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&peer);
        const auto* p = reinterpret_cast<const uint8_t*>(&a->sin_addr);
        return {p, p + 4};
    }
    if (peer.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&peer);
        const auto* p = reinterpret_cast<const uint8_t*>(&a->sin6_addr);
        if (IN6_IS_ADDR_V4MAPPED(&a->sin6_addr))
            return {p + 12, p + 16};
        return {p, p + 16};
    }
    return {};
}

bool equalFold(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(uint8_t(x)) == std::tolower(uint8_t(y));
           });
}

} // namespace

bool addressMatches(const std::string& entry, const sockaddr_storage& peer)
{
    if (entry == "ALL")
        return true;
    std::string host = entry;
    int prefix = -1;
    if (const size_t slash = host.find('/'); slash != std::string::npos) {
        const std::string bits = host.substr(slash + 1);
        auto [end, ec] = std::from_chars(bits.data(), bits.data() + bits.size(), prefix);
        if (ec != std::errc() || end != bits.data() + bits.size() || prefix < 0)
            return false;
        host.resize(slash);
    }
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    uint8_t buf[16];
    std::vector<uint8_t> want;
    if (inet_pton(AF_INET, host.c_str(), buf) == 1) {
        want.assign(buf, buf + 4);
    } else if (inet_pton(AF_INET6, host.c_str(), buf) == 1) {
        const bool mapped = std::all_of(buf, buf + 10, [](uint8_t b) { return b == 0; }) && buf[10] == 0xff && buf[11] == 0xff;
        if (mapped) {
            want.assign(buf + 12, buf + 16);
            if (prefix >= 96) prefix -= 96;
        } else {
            want.assign(buf, buf + 16);
        }
    } else {
        return false;
    }
    const std::vector<uint8_t> have = peerBytes(peer);
    if (have.size() != want.size())
        return false;
    const int bits = prefix < 0 ? int(want.size() * 8) : prefix;
    if (bits > int(want.size() * 8))
        return false;
    for (int i = 0; i < bits; i += 8) {
        const int n = std::min(8, bits - i);
        const uint8_t mask = uint8_t(0xff00 >> n);
        if ((have[size_t(i / 8)] & mask) != (want[size_t(i / 8)] & mask))
            return false;
    }
    return true;
}

bool TargetAccess::admits(const std::string& initiatorName, const sockaddr_storage& peer) const
{
    const bool addressOk = initiatorAddresses.empty() ||
                           std::any_of(initiatorAddresses.begin(), initiatorAddresses.end(),
                                       [&](const std::string& e) { return addressMatches(e, peer); });
    const bool nameOk = initiatorNames.empty() ||
                        std::any_of(initiatorNames.begin(), initiatorNames.end(),
                                    [&](const std::string& n) { return equalFold(n, initiatorName); });
    return addressOk && nameOk;
}

void AuthFailureLimiter::recordFailure(const std::string& address, Clock::time_point now)
{
    std::lock_guard l(m_);
    Entry& e = entries_[address];
    if (e.count == 0 || now - e.first > window_)
        e = Entry{0, now};
    ++e.count;
    if (entries_.size() > 4096)  // bound memory: forget expired entries
        std::erase_if(entries_, [&](const auto& kv) { return now - kv.second.first > window_; });
}

bool AuthFailureLimiter::blocked(const std::string& address, Clock::time_point now)
{
    std::lock_guard l(m_);
    auto it = entries_.find(address);
    if (it == entries_.end())
        return false;
    if (now - it->second.first > window_) {
        entries_.erase(it);
        return false;
    }
    return it->second.count >= limit_;
}

} // namespace storlab::iscsi
