#pragma once
// The last minute of I/O rates per target and per LUN, computed from the
// daemon's pushed `event.stats` samples (PROTOCOL.md "stats": monotonic
// counters once per second; rates are deltas between two samples). The
// GUI subscribes to event.stats by name and never polls.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace storlab::gui {

class ConnectionManager;

struct RatePoint {
    qint64 timeMs = 0;        // end of the interval (daemon clock)
    double iops = 0;          // commands completed per second
    double megabytesPerSecond = 0;   // (read + written) / 10^6 per second
    double latencyMicros = 0; // average service time of the interval's commands (0 without commands)
};

class StatsHistory : public QObject {
    Q_OBJECT
public:
    static constexpr int kSeconds = 60;
    explicit StatsHistory(ConnectionManager* connection, QObject* parent = nullptr);

    // Feeds one event.stats payload ({time, targets: [...]}); public for tests.
    void addSample(const QJsonObject& sample);
    void clear();
    // key: "iqn" (a target: the sum of its LUNs) or "iqn/lun".
    QList<RatePoint> series(const QString& key) const { return series_.value(key); }
    bool hasCounters(const QString& key) const { return last_.contains(key); }
    bool receiving() const { return samples_ > 0; }

signals:
    void updated();

private:
    struct Counters {
        qint64 timeMs = 0;
        double commands = 0, bytes = 0, latencyMicros = 0;
    };
    void account(const QString& key, const Counters& now);

    QHash<QString, Counters> last_;
    QHash<QString, QList<RatePoint>> series_;
    int samples_ = 0;
};

} // namespace storlab::gui
