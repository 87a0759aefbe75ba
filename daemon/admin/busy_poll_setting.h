#pragma once
// The busyPollUs setting (shared/PROTOCOL.md "config") as the daemon applies
// and reports it. The key is optional: a configuration without it leaves the
// budget to STORLAB_BUSY_POLL_US (what benchmark scripts set), else 100 us,
// so saving a configuration never pins the environment's value into it.
#include "admin/admin_host.h"
#include "shared/lab_config.h"

#include <QJsonObject>
#include <QString>
#include <chrono>

namespace storlab::admin {

// The budget `config` asks for (0 = off).
std::chrono::microseconds busyPollBudget(const config::LabConfig& config);
// The config.import change line for a new busyPollUs.
QString busyPollChange(const config::LabConfig& next);
// server.info "busyPoll": {budgetUs, source: config|environment|default, hits, misses, preempted}.
QJsonObject busyPollInfo(const AdminHost& host, const config::LabConfig& running);

} // namespace storlab::admin
