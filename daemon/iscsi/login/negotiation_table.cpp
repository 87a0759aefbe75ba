// RFC 7143 §13 key table and §6.2 negotiation rules.
#include "iscsi/login/negotiation_table.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace storlab::iscsi {

namespace {
constexpr uint32_t k24 = (1u << 24) - 1;

// clang-format off
constexpr std::array kRules = {
    //       name                         kind                      min  max     default        scope      LO     sec    tgt
    KeyRule{"AuthMethod",                 KeyKind::List,            0,   0,      "None",        kBoth,     false, true,  false}, // §12.1
    KeyRule{"HeaderDigest",               KeyKind::List,            0,   0,      "None",        kBoth,     false, false, false}, // §13.1
    KeyRule{"DataDigest",                 KeyKind::List,            0,   0,      "None",        kBoth,     false, false, false}, // §13.1
    KeyRule{"MaxConnections",             KeyKind::NumericalMin,    1,   65535,  "1",           kNormal,   true,  false, false}, // §13.2
    KeyRule{"TargetAlias",                KeyKind::Declarative,     0,   0,      "",            kNormal,   false, false, true},  // §13.6
    KeyRule{"InitiatorAlias",             KeyKind::Declarative,     0,   0,      "",            kBoth,     false, false, false}, // §13.7
    KeyRule{"TargetAddress",              KeyKind::Declarative,     0,   0,      "",            kBoth,     false, false, true},  // §13.8
    KeyRule{"TargetPortalGroupTag",       KeyKind::Declarative,     0,   65535,  "",            kNormal,   false, false, true},  // §13.9
    KeyRule{"InitialR2T",                 KeyKind::BooleanOr,       0,   0,      "Yes",         kNormal,   true,  false, false}, // §13.10
    KeyRule{"ImmediateData",              KeyKind::BooleanAnd,      0,   0,      "Yes",         kNormal,   true,  false, false}, // §13.11
    KeyRule{"MaxRecvDataSegmentLength",   KeyKind::Declarative,     512, k24,    "8192",        kBoth,     false, false, false}, // §13.12
    KeyRule{"MaxBurstLength",             KeyKind::NumericalMin,    512, k24,    "262144",      kNormal,   true,  false, false}, // §13.13
    KeyRule{"FirstBurstLength",           KeyKind::NumericalMin,    512, k24,    "65536",       kNormal,   true,  false, false}, // §13.14
    KeyRule{"DefaultTime2Wait",           KeyKind::NumericalMax,    0,   3600,   "2",           kBoth,     true,  false, false}, // §13.15
    KeyRule{"DefaultTime2Retain",         KeyKind::NumericalMin,    0,   3600,   "20",          kBoth,     true,  false, false}, // §13.16
    KeyRule{"MaxOutstandingR2T",          KeyKind::NumericalMin,    1,   65535,  "1",           kNormal,   true,  false, false}, // §13.17
    KeyRule{"DataPDUInOrder",             KeyKind::BooleanOr,       0,   0,      "Yes",         kNormal,   true,  false, false}, // §13.18
    KeyRule{"DataSequenceInOrder",        KeyKind::BooleanOr,       0,   0,      "Yes",         kNormal,   true,  false, false}, // §13.19
    KeyRule{"ErrorRecoveryLevel",         KeyKind::NumericalMin,    0,   2,      "0",           kBoth,     true,  false, false}, // §13.20
    // Markers (RFC 3720 §A.3) were dropped by RFC 7143; older initiators still offer them: answer No.
    KeyRule{"OFMarker",                   KeyKind::BooleanAnd,      0,   0,      "No",          kBoth,     false, false, false},
    KeyRule{"IFMarker",                   KeyKind::BooleanAnd,      0,   0,      "No",          kBoth,     false, false, false},
    // iSER (RFC 7145 §6.3): we are TCP only.
    KeyRule{"RDMAExtensions",             KeyKind::BooleanAnd,      0,   0,      "No",          kNormal,   true,  false, false},
};
// clang-format on

} // namespace

bool listContains(std::string_view list, std::string_view item)
{
    size_t pos = 0;
    while (pos <= list.size()) {
        size_t comma = list.find(',', pos);
        if (comma == std::string_view::npos)
            comma = list.size();
        if (list.substr(pos, comma - pos) == item)
            return true;
        pos = comma + 1;
    }
    return false;
}

std::span<const KeyRule> keyRules() { return kRules; }

const KeyRule* findKeyRule(std::string_view key)
{
    for (const auto& rule : kRules)
        if (rule.name == key)
            return &rule;
    return nullptr;
}

std::optional<uint32_t> parseNumber(std::string_view value)
{
    int base = 10;
    if (value.size() > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X')) {
        value.remove_prefix(2);
        base = 16;
    }
    if (value.empty())
        return std::nullopt;
    uint64_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n, base);
    if (ec != std::errc() || end != value.data() + value.size() || n > 0xffffffffu)
        return std::nullopt;
    return uint32_t(n);
}

std::optional<bool> parseBoolean(std::string_view value)
{
    if (value == "Yes")
        return true;
    if (value == "No")
        return false;
    return std::nullopt;
}

std::optional<std::string> negotiateValue(const KeyRule& rule, std::string_view offer, std::string_view ours)
{
    switch (rule.kind) {
    case KeyKind::BooleanAnd:
    case KeyKind::BooleanOr: {
        const auto a = parseBoolean(offer);
        const auto b = parseBoolean(ours);
        if (!a || !b)
            return std::nullopt;
        return std::string(booleanText(rule.kind == KeyKind::BooleanAnd ? (*a && *b) : (*a || *b)));
    }
    case KeyKind::NumericalMin:
    case KeyKind::NumericalMax: {
        const auto a = parseNumber(offer);
        const auto b = parseNumber(ours);
        if (!a || !b || *a < rule.min || *a > rule.max)
            return std::nullopt;
        return std::to_string(rule.kind == KeyKind::NumericalMin ? std::min(*a, *b) : std::max(*a, *b));
    }
    case KeyKind::List: {
        // The offer is in order of preference; pick its first value we support.
        size_t pos = 0;
        while (pos <= offer.size()) {
            size_t comma = offer.find(',', pos);
            if (comma == std::string_view::npos)
                comma = offer.size();
            const std::string_view item = offer.substr(pos, comma - pos);
            if (!item.empty() && listContains(ours, item))
                return std::string(item);
            pos = comma + 1;
        }
        return std::nullopt;
    }
    case KeyKind::Declarative:
        break;
    }
    return std::nullopt;
}

std::string targetValue(const KeyRule& rule, const TargetLimits& limits)
{
    const std::string_view n = rule.name;
    if (n == "HeaderDigest")
        return limits.headerDigest;
    if (n == "DataDigest")
        return limits.dataDigest;
    if (n == "MaxConnections")
        return std::to_string(std::clamp<uint32_t>(limits.maxConnections, 1, 65535));
    if (n == "InitialR2T")
        return std::string(booleanText(limits.requireInitialR2T));
    if (n == "ImmediateData")
        return std::string(booleanText(limits.allowImmediateData));
    if (n == "MaxRecvDataSegmentLength")
        return std::to_string(std::clamp<uint32_t>(limits.maxRecvDataSegmentLength, 512, k24));
    if (n == "MaxBurstLength")
        return std::to_string(std::clamp<uint32_t>(limits.maxBurstLength, 512, k24));
    if (n == "FirstBurstLength")
        return std::to_string(std::clamp<uint32_t>(limits.firstBurstLength, 512, k24));
    if (n == "MaxOutstandingR2T")
        return std::to_string(std::clamp<uint32_t>(limits.maxOutstandingR2T, 1, 65535));
    if (n == "DataPDUInOrder" || n == "DataSequenceInOrder")
        return "Yes";  // we need in-order data (OR: the result is always Yes)
    if (n == "ErrorRecoveryLevel")
        return "0";    // only ERL 0 is implemented
    if (n == "DefaultTime2Wait")
        return std::to_string(std::min<uint32_t>(limits.defaultTime2Wait, 3600));
    if (n == "DefaultTime2Retain")
        return std::to_string(std::min<uint32_t>(limits.defaultTime2Retain, 3600));
    return std::string(rule.defaultValue);  // markers, RDMAExtensions, AuthMethod
}

void applyResult(std::string_view key, std::string_view value, SessionParams& p)
{
    const auto number = [&](uint32_t& field) { if (auto n = parseNumber(value)) field = *n; };
    const auto boolean = [&](bool& field) { if (auto b = parseBoolean(value)) field = *b; };
    if (key == "HeaderDigest") p.headerDigest = value == "CRC32C";
    else if (key == "DataDigest") p.dataDigest = value == "CRC32C";
    else if (key == "MaxConnections") number(p.maxConnections);
    else if (key == "InitialR2T") boolean(p.initialR2T);
    else if (key == "ImmediateData") boolean(p.immediateData);
    else if (key == "MaxBurstLength") number(p.maxBurstLength);
    else if (key == "FirstBurstLength") number(p.firstBurstLength);
    else if (key == "DefaultTime2Wait") number(p.defaultTime2Wait);
    else if (key == "DefaultTime2Retain") number(p.defaultTime2Retain);
    else if (key == "MaxOutstandingR2T") number(p.maxOutstandingR2T);
    else if (key == "DataPDUInOrder") boolean(p.dataPduInOrder);
    else if (key == "DataSequenceInOrder") boolean(p.dataSequenceInOrder);
    else if (key == "ErrorRecoveryLevel") number(p.errorRecoveryLevel);
}

} // namespace storlab::iscsi
