#pragma once
// The one table of login keys (RFC 7143 §13) and the value rules of §6.2:
// kind, range, default, where the key is relevant. Internal to the login code.
#include "iscsi/login/session_params.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace storlab::iscsi {

enum class KeyKind {
    BooleanAnd,   // result = offer AND ours (§6.2.2)
    BooleanOr,    // result = offer OR ours
    NumericalMin, // result = min(offer, ours) (§6.2.2)
    NumericalMax, // result = max(offer, ours)
    List,         // first value of the offer's list that we support (§6.2.1)
    Declarative,  // each side declares its own value; nothing is negotiated (§6.2)
};

enum KeyScope : uint8_t { kNormal = 1, kDiscovery = 2, kBoth = 3 };

struct KeyRule {
    std::string_view name;
    KeyKind kind;
    uint32_t min = 0;              // numerical range (inclusive)
    uint32_t max = 0;
    std::string_view defaultValue; // RFC 7143 default, used when the key is not negotiated
    uint8_t scope = kBoth;         // session types where the key is relevant
    bool leadingOnly = false;      // "LO": only on the leading connection of a session
    bool securityStage = false;    // only in the SecurityNegotiation stage
    bool targetOnly = false;       // sent by the target only
};

std::span<const KeyRule> keyRules();
const KeyRule* findKeyRule(std::string_view key);

// Numbers per §6.1: decimal or 0x-prefixed hexadecimal, fitting in 32 bits.
std::optional<uint32_t> parseNumber(std::string_view value);
std::optional<bool> parseBoolean(std::string_view value);
// True when the comma-separated `list` (§6.1 list-of-values) holds `item`.
bool listContains(std::string_view list, std::string_view item);
inline std::string_view booleanText(bool b) { return b ? "Yes" : "No"; }

// Applies the rule of `rule.kind` to the initiator's `offer` and our value `ours`.
// Returns the result value, or nullopt when the offer is ill-formed or out of
// range (answered "Reject", §6.2). Not for Declarative keys.
std::optional<std::string> negotiateValue(const KeyRule& rule, std::string_view offer, std::string_view ours);

// Our side of each negotiable key, from the target's limits.
std::string targetValue(const KeyRule& rule, const TargetLimits& limits);

// Stores a negotiated result into the session parameters (unknown keys ignored).
void applyResult(std::string_view key, std::string_view value, SessionParams& params);

} // namespace storlab::iscsi
