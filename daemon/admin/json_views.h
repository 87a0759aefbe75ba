#pragma once
// JSON shapes of the protocol's objects (shared/PROTOCOL.md §6-7).
#include "iscsi/session.h"
#include "shared/lab_config.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storlab::admin {

QJsonObject lunJson(const config::LunConfig& lun);
// The target as `target.show` returns it; `sessions` = its live session count.
QJsonObject targetJson(const config::TargetConfig& target, int sessions);
QJsonObject sessionJson(const iscsi::Session& session, quint32 tid);
// Sessions (Normal ones) whose TargetName is `iqn`.
std::vector<std::shared_ptr<iscsi::Session>> sessionsOf(const iscsi::SessionManager& sessions, const QString& iqn);

} // namespace storlab::admin
