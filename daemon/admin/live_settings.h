#pragma once
// The server-wide settings of config.import that apply without a restart
// (shared/PROTOCOL.md "config"): admin.tls, metrics.listen, reactors,
// nopInterval/nopTimeout, busyPollUs, isns. Planning checks and prepares each one (binds new
// listeners, loads certificates) without changing anything in effect; the
// commit then swaps them in. A plan dropped uncommitted undoes its preparation.
#include "admin/admin_host.h"
#include "admin/rpc_outcome.h"
#include "shared/lab_config.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace storlab::admin {

struct LiveSettingsPlan {
    std::vector<std::function<void()>> commits;
    void commit();
};

// Adds one line per changed setting to `changes`; unless `dryRun`, prepares
// them into `plan`. An error (bad certificate, address in use) changes nothing.
Outcome planLiveSettings(AdminHost& host, const config::LabConfig& current, const config::LabConfig& next, bool dryRun,
                         QStringList& changes, LiveSettingsPlan& plan);

} // namespace storlab::admin
