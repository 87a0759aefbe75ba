#pragma once
// Three live charts (IOPS, MB/s, average latency) of one target or LUN for
// the detail pane, fed by StatsHistory (event.stats pushes, one a second).
#include <QWidget>

class QLabel;

namespace storlab::gui {

class RateChart;
class StatsHistory;

class LiveCharts : public QWidget {
    Q_OBJECT
public:
    explicit LiveCharts(StatsHistory* history, QWidget* parent = nullptr);
    // "iqn" (the target's LUNs summed) or "iqn/lun"; "" hides the charts.
    void setKey(const QString& key, const QString& what);
    QString key() const { return key_; }
    RateChart* iops() const { return iops_; }
    RateChart* throughput() const { return throughput_; }
    RateChart* latency() const { return latency_; }
    // Compact number for chart labels: 950, 1.2 k, 35 k, 1.5 M.
    static QString compact(double v);

private:
    void refresh();
    StatsHistory* history_;
    QString key_;
    QLabel* heading_;
    RateChart* iops_;
    RateChart* throughput_;
    RateChart* latency_;
};

} // namespace storlab::gui
