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

// "disk", "tape", "changer", "dvd", "controller" for an SPC peripheral device type.
QString lunTypeName(uint8_t peripheralDeviceType);

} // namespace storlab::admin
