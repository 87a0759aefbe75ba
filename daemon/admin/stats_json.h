#pragma once
// `stats.get` / `event.stats` (shared/PROTOCOL.md "stats"): the per-LU
// counters of the live targets, read without stopping the data path.
#include "admin/admin_host.h"
#include "shared/lab_config.h"

#include <QJsonArray>

namespace storlab::admin {

// One entry per live target (configured targets and library targets) whose
// IQN equals `onlyIqn` (case-insensitive), or all when it is empty.
QJsonArray statsJson(const AdminHost& host, const config::LabConfig& running, const QString& onlyIqn = {});

// The live LU's health ("ok", or what its store lacks, e.g. "failing:
// Connection timed out ..."); "not running" when the LU failed to start,
// "" when the target is not live.
QString liveLunHealth(const AdminHost& host, const QString& iqn, quint64 lun);

// "disk", "tape", "changer", "dvd", "controller" for an SPC peripheral device type.
QString lunTypeName(uint8_t peripheralDeviceType);

} // namespace storlab::admin
