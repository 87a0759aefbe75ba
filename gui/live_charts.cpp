#include "gui/live_charts.h"

#include "gui/rate_chart.h"
#include "gui/stats_history.h"

#include <QGridLayout>
#include <QLabel>

namespace storlab::gui {

QString LiveCharts::compact(double v)
{
    if (v >= 1e6)
        return QStringLiteral("%1 M").arg(v / 1e6, 0, 'f', 1);
    if (v >= 1e4)
        return QStringLiteral("%1 k").arg(v / 1e3, 0, 'f', 0);
    if (v >= 1e3)
        return QStringLiteral("%1 k").arg(v / 1e3, 0, 'f', 1);
    if (v >= 10 || v == 0)
        return QString::number(v, 'f', 0);
    return QString::number(v, 'f', v >= 1 ? 1 : 2);
}

LiveCharts::LiveCharts(StatsHistory* history, QWidget* parent) : QWidget(parent), history_(history)
{
    setObjectName(QStringLiteral("liveCharts"));
    setAccessibleName(tr("Live I/O charts"));
    heading_ = new QLabel(this);
    QFont f = heading_->font();
    f.setBold(true);
    heading_->setFont(f);
    iops_ = new RateChart(tr("IOPS"), QColor(0x2a, 0x7a, 0xc8), compact, this);
    throughput_ = new RateChart(tr("MB/s"), QColor(0x2e, 0x9a, 0x5a), compact, this);
    latency_ = new RateChart(tr("Latency (µs)"), QColor(0xc8, 0x6a, 0x1e), compact, this);
    iops_->setObjectName(QStringLiteral("iopsChart"));
    throughput_->setObjectName(QStringLiteral("throughputChart"));
    latency_->setObjectName(QStringLiteral("latencyChart"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(heading_, 0, 0, 1, 3);
    grid->addWidget(iops_, 1, 0);
    grid->addWidget(throughput_, 1, 1);
    grid->addWidget(latency_, 1, 2);
    connect(history_, &StatsHistory::updated, this, &LiveCharts::refresh);
    setVisible(false);
}

void LiveCharts::setKey(const QString& key, const QString& what)
{
    key_ = key;
    heading_->setText(tr("Live I/O of %1 (last %2 s)").arg(what).arg(StatsHistory::kSeconds));
    setVisible(!key.isEmpty());
    refresh();
}

void LiveCharts::refresh()
{
    if (key_.isEmpty())
        return;
    const QList<RatePoint> series = history_->series(key_);
    if (series.isEmpty()) {
        QString why = !history_->receiving() ? tr("Waiting for statistics from the daemon (event.stats)…")
                      : history_->hasCounters(key_) ? tr("Measuring…")
                                                    : tr("The daemon sends no counters for this object.");
        for (RateChart* c : {iops_, throughput_, latency_})
            c->setPlaceholder(why);
        return;
    }
    const qint64 now = series.last().timeMs;
    QList<QPointF> iops, mbps, latency;
    for (const RatePoint& p : series) {
        const double x = (p.timeMs - now) / 1000.0;
        iops << QPointF(x, p.iops);
        mbps << QPointF(x, p.megabytesPerSecond);
        latency << QPointF(x, p.latencyMicros);
    }
    iops_->setPoints(iops, StatsHistory::kSeconds);
    throughput_->setPoints(mbps, StatsHistory::kSeconds);
    latency_->setPoints(latency, StatsHistory::kSeconds);
}

} // namespace storlab::gui
