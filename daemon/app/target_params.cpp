// A target's iSCSI parameters -> TargetLimits (RFC 7143 §13 keys).
#include "app/target_params.h"

#include "iscsi/login/negotiation_table.h"
#include "shared/iscsi_params.h"

namespace storlab::app {

iscsi::TargetLimits buildTargetLimits(const iscsi::TargetLimits& daemonWide, const QMap<QString, QString>& params)
{
    iscsi::TargetLimits l = daemonWide;
    const auto number = [&](const char* key, uint32_t& field) {
        if (params.contains(QLatin1String(key)))
            field = params.value(QLatin1String(key)).toUInt();
    };
    const auto yes = [&](const char* key, bool& field, bool whenYes) {
        if (params.contains(QLatin1String(key)))
            field = (params.value(QLatin1String(key)) == QLatin1String("Yes")) == whenYes;
    };
    const auto text = [&](const char* key, std::string& field) {
        if (params.contains(QLatin1String(key)))
            field = params.value(QLatin1String(key)).toStdString();
    };
    number("MaxRecvDataSegmentLength", l.maxRecvDataSegmentLength);  // §13.12, declared by us
    number("MaxBurstLength", l.maxBurstLength);                      // §13.13
    number("FirstBurstLength", l.firstBurstLength);                  // §13.14
    number("MaxOutstandingR2T", l.maxOutstandingR2T);                // §13.17
    number("MaxConnections", l.maxConnections);                      // §13.2
    number("DefaultTime2Wait", l.defaultTime2Wait);                  // §13.15
    number("DefaultTime2Retain", l.defaultTime2Retain);              // §13.16
    yes("ImmediateData", l.allowImmediateData, true);                // §13.11
    yes("InitialR2T", l.requireInitialR2T, true);                    // §13.10
    text("HeaderDigest", l.headerDigest);                            // §13.1
    text("DataDigest", l.dataDigest);
    // DataPDUInOrder/DataSequenceInOrder (Yes), ErrorRecoveryLevel (0) and the
    // markers (No) take only the one value storlab implements: nothing to apply.
    return l;
}

QJsonObject effectiveIscsiParams(const iscsi::TargetLimits& daemonWide, const QMap<QString, QString>& params)
{
    // Our side of each key as the login code computes it, so the report cannot drift from it.
    const iscsi::TargetLimits limits = buildTargetLimits(daemonWide, params);
    QJsonObject out;
    for (const QString& name : config::iscsiParamNames()) {
        const iscsi::KeyRule* rule = iscsi::findKeyRule(name.toStdString());
        out[name] = rule ? QString::fromStdString(iscsi::targetValue(*rule, limits)) : params.value(name);
    }
    return out;
}

} // namespace storlab::app
