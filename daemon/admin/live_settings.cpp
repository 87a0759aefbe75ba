#include "admin/live_settings.h"

#include "admin/busy_poll_setting.h"
#include "shared/rpc_errors.h"

namespace storlab::admin {

namespace {

// A privileged port ("permission denied", Qt's "The address is protected") is
// PermissionDenied; the rest is a bad value (address in use, bad certificate).
Outcome refused(const QString& error)
{
    const bool denied = error.contains(QLatin1String("ermission")) || error.contains(QLatin1String("protected"));
    return Outcome::error(denied ? rpc::PermissionDenied : rpc::InvalidArgument, error);
}

// Prepares one listener change through `prepare` (null: the daemon cannot apply it live).
Outcome planListener(const std::function<PreparedChange()>& prepare, bool available, const QString& name, bool dryRun,
                     LiveSettingsPlan& plan)
{
    if (!available)
        return Outcome::error(rpc::Unsupported, QStringLiteral("%1 cannot change while this daemon runs: restart it").arg(name));
    if (dryRun)
        return {};
    PreparedChange prepared = prepare();
    if (!prepared.error.isEmpty())
        return refused(prepared.error);
    plan.commits.push_back(std::move(prepared.commit));
    return {};
}

} // namespace

void LiveSettingsPlan::commit()
{
    for (auto& c : commits)
        c();
    commits.clear();
}

Outcome planLiveSettings(AdminHost& host, const config::LabConfig& current, const config::LabConfig& next, bool dryRun,
                         QStringList& changes, LiveSettingsPlan& plan)
{
    const config::AdminConfig& a = current.admin;
    const config::AdminConfig& b = next.admin;
    if (a.tlsListen != b.tlsListen || a.tlsCert != b.tlsCert || a.tlsKey != b.tlsKey) {
        changes << (b.tlsListen.isEmpty() ? QStringLiteral("admin.tls: listener stopped")
                                          : QStringLiteral("admin.tls: listening on %1 with %2").arg(b.tlsListen, b.tlsCert));
        const auto prepare = [&] { return host.prepareTls(b.tlsListen, b.tlsCert, b.tlsKey); };
        if (Outcome e = planListener(prepare, bool(host.prepareTls), QStringLiteral("admin.tls"), dryRun, plan); !e.ok())
            return e;
    }
    if (current.metricsListen != next.metricsListen) {
        changes << (next.metricsListen.isEmpty() ? QStringLiteral("metrics: endpoint stopped")
                                                 : QStringLiteral("metrics: serving http://%1/metrics").arg(next.metricsListen));
        const auto prepare = [&] { return host.prepareMetrics(next.metricsListen); };
        if (Outcome e = planListener(prepare, bool(host.prepareMetrics), QStringLiteral("metrics.listen"), dryRun, plan); !e.ok())
            return e;
    }
    if (current.reactors != next.reactors) {
        if (!host.setReactors)
            return Outcome::error(rpc::Unsupported, QStringLiteral("reactors cannot change while this daemon runs: restart it"));
        changes << QStringLiteral("reactors: %1 (existing connections stay on their reactors; surplus ones stop when empty)")
                       .arg(next.reactors ? QString::number(next.reactors) : QStringLiteral("one per core"));
        const int reactors = next.reactors;
        plan.commits.push_back([&host, reactors] { host.setReactors(reactors); });
    }
    if (current.nopInterval != next.nopInterval || current.nopTimeout != next.nopTimeout) {
        changes << QStringLiteral("nopInterval %1 s, nopTimeout %2 s: for connections that log in from now on")
                       .arg(next.nopInterval)
                       .arg(next.nopTimeout);
        const iscsi::NopTiming timing{std::chrono::seconds(next.nopInterval), std::chrono::seconds(next.nopTimeout)};
        if (host.server)
            plan.commits.push_back([&host, timing] { host.server->setNopTiming(timing); });
    }
    if (current.isns != next.isns) {
        if (!host.setIsns)
            return Outcome::error(rpc::Unsupported, QStringLiteral("isns cannot change while this daemon runs: restart it"));
        changes << (next.isns.active() ? QStringLiteral("isns: registering with %1 port %2").arg(next.isns.server).arg(next.isns.port)
                                       : QStringLiteral("isns: off"));
        const config::IsnsConfig isns = next.isns;
        plan.commits.push_back([&host, isns] { host.setIsns(isns); });
    }
    if (current.busyPollUs != next.busyPollUs) {
        if (!host.setBusyPollBudget)
            return Outcome::error(rpc::Unsupported, QStringLiteral("busyPollUs cannot change while this daemon runs: restart it"));
        changes << busyPollChange(next);
        const std::chrono::microseconds budget = busyPollBudget(next);
        plan.commits.push_back([&host, budget] { host.setBusyPollBudget(budget); });
    }
    return {};
}

} // namespace storlab::admin
