#include "admin/busy_poll_setting.h"

#include "net/busy_poll.h"

namespace storlab::admin {

namespace {
QString sourceOf(const config::LabConfig& config)
{
    if (config.busyPollUs >= 0)
        return QStringLiteral("config");
    return net::BusyPoll::budgetFromEnvironment() ? QStringLiteral("environment") : QStringLiteral("default");
}
} // namespace

std::chrono::microseconds busyPollBudget(const config::LabConfig& config)
{
    return config.busyPollUs >= 0 ? std::chrono::microseconds(config.busyPollUs) : net::BusyPoll::defaultBudget();
}

QString busyPollChange(const config::LabConfig& next)
{
    const qint64 us = busyPollBudget(next).count();
    const QString budget = us ? QStringLiteral("%1 us").arg(us) : QStringLiteral("off");
    return QStringLiteral("busyPollUs: %1 (from the %2; connections take it up at their next command)").arg(budget, sourceOf(next));
}

QJsonObject busyPollInfo(const AdminHost& host, const config::LabConfig& running)
{
    const net::BusyPollTotals totals = host.busyPollTotals ? host.busyPollTotals() : net::BusyPollTotals{};
    // The reactors' budget, not the configuration's: server.info shows what is in effect.
    const std::chrono::microseconds budget = host.busyPollBudget ? host.busyPollBudget() : busyPollBudget(running);
    return QJsonObject{{QStringLiteral("budgetUs"), qint64(budget.count())},
                       {QStringLiteral("source"), sourceOf(running)},
                       {QStringLiteral("hits"), qint64(totals.hits)},
                       {QStringLiteral("misses"), qint64(totals.misses)},
                       {QStringLiteral("preempted"), qint64(totals.preempted)}};
}

} // namespace storlab::admin
