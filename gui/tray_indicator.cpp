#include "gui/tray_indicator.h"

#include "gui/connection_indicator.h"
#include "gui/connection_manager.h"
#include "gui/status_icons.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace storlab::gui {

TrayIndicator* TrayIndicator::createIfAvailable(ConnectionManager* connection, QWidget* window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    return new TrayIndicator(connection, window);
}

TrayIndicator::TrayIndicator(ConnectionManager* connection, QWidget* window)
    : QObject(window), connection_(connection), window_(window)
{
    menu_ = new QMenu;
    menu_->addAction(tr("&Show storlab"), window_, [this] {
        window_->showNormal();
        window_->raise();
        window_->activateWindow();
    });
    menu_->addAction(tr("&Retry the connection now"), connection_, &ConnectionManager::retryNow);
    menu_->addSeparator();
    menu_->addAction(tr("&Quit"), window_, &QWidget::close);
    tray_ = new QSystemTrayIcon(this);
    tray_->setContextMenu(menu_);
    connect(tray_, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger)
            window_->setVisible(!window_->isVisible() || window_->isMinimized());
    });
    connect(connection_, &ConnectionManager::stateChanged, this, &TrayIndicator::update);
    update();
    tray_->show();
}

TrayIndicator::~TrayIndicator() { delete menu_; }

void TrayIndicator::update()
{
    using S = ConnectionManager::State;
    const S s = connection_->state();
    // The application mark with the state dot in its lower right corner.
    QPixmap pm = StatusIcons::application().pixmap(32, 32);
    {
        QPainter p(&pm);
        StatusIcons::dot(StatusIcons::Level(ConnectionIndicator::levelOf(int(s)))).paint(&p, QRect(16, 16, 16, 16));
    }
    tray_->setIcon(QIcon(pm));
    tray_->setToolTip(tr("storlab: %1").arg(connection_->stateText()));
    if (s == S::Reconnecting && wasConnected_) {
        lost_ = true;
        tray_->showMessage(tr("storlab lost the daemon"), connection_->stateText(), QSystemTrayIcon::Warning, 5000);
    } else if (s == S::Connected && lost_) {
        lost_ = false;
        tray_->showMessage(tr("storlab is connected again"), connection_->stateText(), QSystemTrayIcon::Information, 3000);
    }
    wasConnected_ = s == S::Connected;
}

} // namespace storlab::gui
