#include "gui/rate_chart.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace storlab::gui {

RateChart::RateChart(const QString& title, QColor color, Formatter format, QWidget* parent)
    : QWidget(parent), title_(title), color_(color), format_(std::move(format))
{
    setAccessibleName(title);
    setFocusPolicy(Qt::TabFocus);   // reachable with Tab; the accessible description reads the value
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RateChart::setPoints(const QList<QPointF>& points, int spanSeconds)
{
    points_ = points;
    span_ = qMax(1, spanSeconds);
    placeholder_.clear();
    setAccessibleDescription(tr("%1: %2 now").arg(title_, currentText()));
    update();
}

void RateChart::setPlaceholder(const QString& text)
{
    points_.clear();
    placeholder_ = text;
    setAccessibleDescription(text);
    update();
}

QString RateChart::currentText() const
{
    return points_.isEmpty() ? QStringLiteral("–") : format_(points_.last().y());
}

// 1, 2, 5 × 10^n at or above v (a scale people read at a glance).
double RateChart::niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double base = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * base >= v)
            return m * base;
    return 10 * base;
}

void RateChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 4, 4);

    const int pad = 8;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const QRect titleRect(pad, pad, width() - 2 * pad, fm.height());
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title_);
    p.setPen(color_.darker(115));
    p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, currentText());
    p.setFont(font());

    const int axisWidth = fm.horizontalAdvance(QStringLiteral("0000.0 k")) ;
    const QRect plot(pad + axisWidth, titleRect.bottom() + pad, width() - 2 * pad - axisWidth, 0);
    QRect area = plot;
    area.setBottom(height() - pad - fm.height() - 4);
    if (area.height() < 20 || area.width() < 40)
        return;

    double top = 0;
    for (const QPointF& pt : points_)
        top = qMax(top, pt.y());
    top = niceCeiling(top);

    const QColor grid = pal.color(QPalette::Mid);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int i = 0; i <= 2; ++i) {
        const double value = top * (2 - i) / 2.0;
        const int y = area.top() + area.height() * i / 2;
        p.setPen(QPen(grid, 1, i == 2 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(area.left(), y, area.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(pad, y - fm.height() / 2, axisWidth - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   points_.isEmpty() ? QString() : format_(value));
    }
    const QRect xLabels(area.left(), area.bottom() + 4, area.width(), fm.height());
    p.drawText(xLabels, Qt::AlignLeft, tr("-%1 s").arg(span_));
    p.drawText(xLabels, Qt::AlignHCenter, tr("-%1 s").arg(span_ / 2));
    p.drawText(xLabels, Qt::AlignRight, tr("now"));

    if (points_.isEmpty()) {
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    auto map = [&](const QPointF& pt) {
        const double x = area.left() + area.width() * (1.0 + pt.x() / span_);
        const double y = area.bottom() - area.height() * (pt.y() / top);
        return QPointF(qBound<double>(area.left(), x, area.right()), y);
    };
    QPainterPath line;
    line.moveTo(map(points_.first()));
    for (int i = 1; i < points_.size(); ++i)
        line.lineTo(map(points_[i]));
    QPainterPath fill = line;
    fill.lineTo(map(points_.last()).x(), area.bottom());
    fill.lineTo(map(points_.first()).x(), area.bottom());
    fill.closeSubpath();
    QColor soft = color_;
    soft.setAlpha(50);
    p.fillPath(fill, soft);
    p.setPen(QPen(color_, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
}

} // namespace storlab::gui
