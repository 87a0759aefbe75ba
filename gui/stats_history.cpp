#include "gui/stats_history.h"

#include "gui/connection_manager.h"

#include <QDateTime>
#include <QJsonArray>

namespace storlab::gui {

StatsHistory::StatsHistory(ConnectionManager* connection, QObject* parent) : QObject(parent)
{
    connection->subscribeByName(QStringLiteral("event.stats"));
    connect(connection, &ConnectionManager::eventReceived, this, [this](const QString& method, const QJsonObject& params) {
        if (method == QLatin1String("event.stats"))
            addSample(params);
    });
    // A new connection (or a restarted daemon) starts new counters.
    connect(connection, &ConnectionManager::connected, this, &StatsHistory::clear);
}

void StatsHistory::clear()
{
    last_.clear();
    series_.clear();
    samples_ = 0;
    emit updated();
}

void StatsHistory::addSample(const QJsonObject& sample)
{
    const double t = sample.value(QLatin1String("time")).toDouble();
    const qint64 timeMs = t > 0 ? qint64(t) : QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue& tv : sample.value(QLatin1String("targets")).toArray()) {
        const QJsonObject target = tv.toObject();
        const QString iqn = target.value(QLatin1String("target")).toString();
        Counters sum{timeMs, 0, 0, 0};
        for (const QJsonValue& lv : target.value(QLatin1String("luns")).toArray()) {
            const QJsonObject lun = lv.toObject();
            const Counters c{timeMs, lun.value(QLatin1String("commands")).toDouble(),
                             lun.value(QLatin1String("bytesRead")).toDouble() + lun.value(QLatin1String("bytesWritten")).toDouble(),
                             lun.value(QLatin1String("latencyMicros")).toDouble()};
            account(iqn + QLatin1Char('/') + QString::number(lun.value(QLatin1String("lun")).toInteger()), c);
            sum.commands += c.commands;
            sum.bytes += c.bytes;
            sum.latencyMicros += c.latencyMicros;
        }
        account(iqn, sum);
    }
    ++samples_;
    emit updated();
}

void StatsHistory::account(const QString& key, const Counters& now)
{
    const auto prev = last_.constFind(key);
    const bool haveBase = prev != last_.constEnd();
    const Counters before = haveBase ? *prev : Counters{};
    last_.insert(key, now);
    const double seconds = (now.timeMs - before.timeMs) / 1000.0;
    // Counters restart when an LU is rebuilt (lun.update, daemon restart):
    // a decrease is a new baseline, not a negative rate.
    if (!haveBase || seconds <= 0 || now.commands < before.commands || now.bytes < before.bytes)
        return;
    RatePoint p;
    p.timeMs = now.timeMs;
    const double commands = now.commands - before.commands;
    p.iops = commands / seconds;
    p.megabytesPerSecond = (now.bytes - before.bytes) / seconds / 1e6;
    p.latencyMicros = commands > 0 ? qMax(0.0, now.latencyMicros - before.latencyMicros) / commands : 0;
    QList<RatePoint>& s = series_[key];
    s.append(p);
    while (!s.isEmpty() && s.first().timeMs < now.timeMs - kSeconds * 1000)
        s.removeFirst();
}

} // namespace storlab::gui
