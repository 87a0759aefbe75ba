#include "gui/status_icons.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace storlab::gui {

static QIcon standard(QStyle::StandardPixmap p)
{
    return QApplication::style()->standardIcon(p);
}

QColor StatusIcons::color(Level level)
{
    switch (level) {
    case Ok: return QColor(0x2e, 0xa0, 0x43);
    case Idle: return QColor(0x9a, 0xa0, 0xa6);
    case Warning: return QColor(0xe0, 0x9b, 0x1a);
    case Error: return QColor(0xd0, 0x3b, 0x2f);
    case Busy: return QColor(0x1f, 0x6f, 0xd0);
    }
    return Qt::gray;
}

QIcon StatusIcons::dot(Level level)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color(level).darker(130), 1));
    p.setBrush(color(level));
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pm);
}

QIcon StatusIcons::group() { return standard(QStyle::SP_DirIcon); }
QIcon StatusIcons::portal() { return standard(QStyle::SP_DriveNetIcon); }
QIcon StatusIcons::target() { return standard(QStyle::SP_ComputerIcon); }
QIcon StatusIcons::session() { return standard(QStyle::SP_DialogYesButton); }

QIcon StatusIcons::lun(const QString& type)
{
    if (type == QLatin1String("dvd") || type == QLatin1String("cd"))
        return standard(QStyle::SP_DriveCDIcon);
    if (type == QLatin1String("tape") || type == QLatin1String("changer"))
        return standard(QStyle::SP_DriveFDIcon);
    return standard(QStyle::SP_DriveHDIcon);
}

QIcon StatusIcons::library(bool dvd)
{
    return standard(dvd ? QStyle::SP_DriveCDIcon : QStyle::SP_DriveFDIcon);
}

static QPixmap applicationPixmap(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.drawRoundedRect(QRectF(4, 4, 56, 56), 10, 10);
    for (int i = 0; i < 3; ++i) {
        p.setBrush(QColor(0xe8, 0xee, 0xf4));
        p.drawRoundedRect(QRectF(14, 14 + i * 13, 36, 9), 2, 2);
        p.setBrush(QColor(0x2e, 0xa0, 0x43));
        p.drawEllipse(QRectF(42, 16 + i * 13, 5, 5));
    }
    return pm;
}

QIcon StatusIcons::application()
{
    QIcon icon;
    for (int size : {16, 32, 64})
        icon.addPixmap(applicationPixmap(size));
    return icon;
}

} // namespace storlab::gui
