#include "admin/stats_json.h"

#include "admin/json_views.h"
#include "scsi/logical_unit.h"

#include <QJsonObject>

namespace storlab::admin {

QString lunTypeName(uint8_t peripheralDeviceType)
{
    switch (peripheralDeviceType) {  // SPC-4 §6.6.2 Table 141
    case 0x00: return QStringLiteral("disk");
    case 0x01: return QStringLiteral("tape");
    case 0x05: return QStringLiteral("dvd");
    case 0x08: return QStringLiteral("changer");
    case 0x0C: return QStringLiteral("controller");
    default: return QStringLiteral("other");
    }
}

namespace {

QJsonObject lunStatsJson(uint64_t lun, const scsi::LogicalUnit& unit)
{
    const scsi::LuStatsSnapshot s = unit.stats()->snapshot();
    return QJsonObject{{QStringLiteral("lun"), qint64(lun)},
                       {QStringLiteral("type"), lunTypeName(unit.peripheralDeviceType())},
                       {QStringLiteral("commands"), qint64(s.commands)},
                       {QStringLiteral("readCommands"), qint64(s.readCommands)},
                       {QStringLiteral("writeCommands"), qint64(s.writeCommands)},
                       {QStringLiteral("bytesRead"), qint64(s.bytesRead)},
                       {QStringLiteral("bytesWritten"), qint64(s.bytesWritten)},
                       {QStringLiteral("errors"), qint64(s.errors)},
                       {QStringLiteral("latencyMicros"), qint64(s.latencyMicros)},
                       {QStringLiteral("inFlight"), qint64(s.inFlight)},
                       {QStringLiteral("health"), QString::fromStdString(unit.health())}};
}

} // namespace

QString liveLunHealth(const AdminHost& host, const QString& iqn, quint64 lun)
{
    if (!host.targets)
        return {};
    const auto target = host.targets->find(iqn.toStdString());
    if (!target)
        return {};
    const auto luns = target->luns.get();
    const auto it = luns->find(lun);
    if (it == luns->end() || !it->second)
        return QStringLiteral("not running");
    return QString::fromStdString(it->second->health());
}

QJsonArray statsJson(const AdminHost& host, const config::LabConfig& running, const QString& onlyIqn)
{
    QJsonArray out;
    if (!host.targets)
        return out;
    for (const auto& target : host.targets->all()) {
        const QString iqn = QString::fromStdString(target->name);
        if (!onlyIqn.isEmpty() && iqn.compare(onlyIqn, Qt::CaseInsensitive) != 0)
            continue;
        QJsonArray luns;
        for (const auto& [lun, unit] : *target->luns.get())
            if (unit)
                luns.append(lunStatsJson(lun, *unit));
        const int sessions = host.server ? int(sessionsOf(host.server->sessions(), iqn).size()) : 0;
        out.append(QJsonObject{{QStringLiteral("target"), iqn},
                               {QStringLiteral("tid"), qint64(running.tidOf(iqn))},
                               {QStringLiteral("sessions"), sessions},
                               {QStringLiteral("luns"), luns}});
    }
    return out;
}

} // namespace storlab::admin
