#pragma once
// Turns a target's configured iSCSI parameters (config iscsiParams,
// shared/iscsi_params.h) into what its logins negotiate with, and back into
// the text values target.show reports.
#include "iscsi/login/session_params.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace storlab::app {

// `daemonWide` with the keys of `params` applied (values already checked by
// config::checkIscsiParam).
iscsi::TargetLimits buildTargetLimits(const iscsi::TargetLimits& daemonWide, const QMap<QString, QString>& params);

// Every settable key (config::iscsiParamNames) with the value its logins use.
QJsonObject effectiveIscsiParams(const iscsi::TargetLimits& daemonWide, const QMap<QString, QString>& params);

} // namespace storlab::app
