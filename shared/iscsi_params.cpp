// Per-target iSCSI parameters: names, allowed values (RFC 7143 §13) and what
// storlab implements of them.
#include "shared/iscsi_params.h"

#include <array>

namespace storlab::config {

namespace {

constexpr quint32 k24 = (1u << 24) - 1;

enum class Kind { Number, Boolean, Digest };

struct Rule {
    const char* name;
    Kind kind;
    quint32 min = 0, max = 0;  // Number: the RFC 7143 range
    const char* only = nullptr;  // the one value storlab implements, when narrower than the RFC's
    const char* why = "";        // spec reference for the message
    const char* tgtDefault = "";
};

// clang-format off
constexpr std::array kRules = {
    Rule{"MaxRecvDataSegmentLength", Kind::Number,  512, k24,   nullptr, "RFC 7143 §13.12", "8192"},
    Rule{"HeaderDigest",             Kind::Digest,  0,   0,     nullptr, "RFC 7143 §13.1",  "None"},
    Rule{"DataDigest",               Kind::Digest,  0,   0,     nullptr, "RFC 7143 §13.1",  "None"},
    Rule{"InitialR2T",               Kind::Boolean, 0,   0,     nullptr, "RFC 7143 §13.10", "Yes"},
    Rule{"MaxOutstandingR2T",        Kind::Number,  1,   65535, nullptr, "RFC 7143 §13.17", "1"},
    Rule{"ImmediateData",            Kind::Boolean, 0,   0,     nullptr, "RFC 7143 §13.11", "Yes"},
    Rule{"FirstBurstLength",         Kind::Number,  512, k24,   nullptr, "RFC 7143 §13.14", "65536"},
    Rule{"MaxBurstLength",           Kind::Number,  512, k24,   nullptr, "RFC 7143 §13.13", "262144"},
    // storlab needs data in order (it has no reassembly of out-of-order Data-Out).
    Rule{"DataPDUInOrder",           Kind::Boolean, 0,   0,     "Yes",   "RFC 7143 §13.18", "Yes"},
    Rule{"DataSequenceInOrder",      Kind::Boolean, 0,   0,     "Yes",   "RFC 7143 §13.19", "Yes"},
    // Only error recovery level 0 (session restart) is implemented.
    Rule{"ErrorRecoveryLevel",       Kind::Number,  0,   2,     "0",     "RFC 7143 §13.20", "0"},
    // Markers were removed by RFC 7143 (RFC 3720 Appendix A.3); storlab answers No.
    Rule{"IFMarker",                 Kind::Boolean, 0,   0,     "No",    "RFC 3720 §A.3.1", "No"},
    Rule{"OFMarker",                 Kind::Boolean, 0,   0,     "No",    "RFC 3720 §A.3.1", "No"},
    Rule{"DefaultTime2Wait",         Kind::Number,  0,   3600,  nullptr, "RFC 7143 §13.15", "2"},
    Rule{"DefaultTime2Retain",       Kind::Number,  0,   3600,  nullptr, "RFC 7143 §13.16", "20"},
    Rule{"MaxConnections",           Kind::Number,  1,   65535, nullptr, "RFC 7143 §13.2",  "1"},
};
// clang-format on

// Keys tgt has per target that storlab does not implement: marker intervals
// (RFC 3720 §A.3.2), iSER (RFC 7145 §6.3), tgt-local queue/transmit sizes,
// NOP timing (daemon-wide in storlab: nopInterval/nopTimeout), login redirection.
constexpr std::array kUnsupported = {"OFMarkInt", "IFMarkInt", "RDMAExtensions", "TargetRecvDataSegmentLength",
                                     "InitiatorRecvDataSegmentLength", "MaxOutstandingUnexpectedPDUs",
                                     "MaxXmitDataSegmentLength", "MaxQueueCmd", "nop_interval", "nop_count",
                                     "RedirectAddress", "RedirectPort", "RedirectReason", "RedirectCallback"};

// RFC 7143 §6.1: decimal or 0x-prefixed hexadecimal.
std::optional<quint32> number(const QString& text)
{
    bool ok = false;
    const bool hex = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const qulonglong n = hex ? text.mid(2).toULongLong(&ok, 16) : text.toULongLong(&ok, 10);
    if (!ok || text.isEmpty() || text.startsWith(QLatin1Char('+')) || n > 0xffffffffull)
        return std::nullopt;
    return quint32(n);
}

QString checkValue(const Rule& rule, QString& value)
{
    switch (rule.kind) {
    case Kind::Number: {
        const auto n = number(value);
        if (!n || *n < rule.min || *n > rule.max)
            return QStringLiteral("must be a number from %1 to %2 (%3)").arg(rule.min).arg(rule.max).arg(QLatin1String(rule.why));
        value = QString::number(*n);
        break;
    }
    case Kind::Boolean:
        if (value != QLatin1String("Yes") && value != QLatin1String("No"))
            return QStringLiteral("must be Yes or No (%1)").arg(QLatin1String(rule.why));
        break;
    case Kind::Digest: {
        // A list of values in order of preference (§6.2.1): what the target accepts.
        const QStringList items = value.split(QLatin1Char(','));
        for (const QString& item : items)
            if ((item != QLatin1String("CRC32C") && item != QLatin1String("None")) || items.count(item) > 1)
                return QStringLiteral("must be CRC32C, None, \"CRC32C,None\" or \"None,CRC32C\" (%1)").arg(QLatin1String(rule.why));
        break;
    }
    }
    if (rule.only && value != QLatin1String(rule.only))
        return QStringLiteral("storlab supports only %1 (%2)").arg(QLatin1String(rule.only), QLatin1String(rule.why));
    return {};
}

} // namespace

IscsiParamCheck checkIscsiParam(const QString& name, const QString& value)
{
    IscsiParamCheck out;
    for (const Rule& rule : kRules) {
        if (name.compare(QLatin1String(rule.name), Qt::CaseInsensitive) != 0)
            continue;
        out.name = QLatin1String(rule.name);
        out.value = value;
        out.error = checkValue(rule, out.value);
        return out;
    }
    for (const char* known : kUnsupported)
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0) {
            out.name = QLatin1String(known);
            out.unsupported = true;
            out.error = QStringLiteral("storlab does not implement %1 per target").arg(out.name);
            return out;
        }
    out.error = QStringLiteral("unknown iSCSI parameter '%1' (expected one of: %2)").arg(name, iscsiParamNames().join(QStringLiteral(", ")));
    return out;
}

const QStringList& iscsiParamNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const Rule& rule : kRules)
            n << QLatin1String(rule.name);
        return n;
    }();
    return names;
}

QMap<QString, QString> tgtDefaultIscsiParams()
{
    QMap<QString, QString> out;
    for (const Rule& rule : kRules)
        out.insert(QLatin1String(rule.name), QLatin1String(rule.tgtDefault));
    return out;
}

} // namespace storlab::config
