#pragma once
// A small line chart of one rate over the last minute (QPainter; no Qt
// Charts dependency): title with the current value, a filled line, three
// horizontal grid lines with a rounded scale, and "-60 s … now" under it.
#include <QList>
#include <QPointF>
#include <QWidget>
#include <functional>

namespace storlab::gui {

class RateChart : public QWidget {
    Q_OBJECT
public:
    using Formatter = std::function<QString(double)>;
    RateChart(const QString& title, QColor color, Formatter format, QWidget* parent = nullptr);

    // points: (seconds before now, value); x in [-spanSeconds, 0].
    void setPoints(const QList<QPointF>& points, int spanSeconds);
    void setPlaceholder(const QString& text);
    const QList<QPointF>& points() const { return points_; }
    QString currentText() const;

    QSize sizeHint() const override { return {280, 170}; }
    QSize minimumSizeHint() const override { return {180, 120}; }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    static double niceCeiling(double v);
    QString title_;
    QColor color_;
    Formatter format_;
    QList<QPointF> points_;
    int span_ = 60;
    QString placeholder_;
};

} // namespace storlab::gui
