#pragma once
// The connection state in the desktop's system tray (when the desktop has
// one; the status bar indicator is always there): the storlab mark with a
// coloured state dot, the state as tooltip, a balloon when the connection is
// lost or comes back, and a menu (show the window, retry now, quit).
#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace storlab::gui {

class ConnectionManager;

class TrayIndicator : public QObject {
    Q_OBJECT
public:
    // nullptr when the desktop has no system tray.
    static TrayIndicator* createIfAvailable(ConnectionManager* connection, QWidget* window);
    TrayIndicator(ConnectionManager* connection, QWidget* window);
    ~TrayIndicator() override;
    QSystemTrayIcon* icon() const { return tray_; }

private:
    void update();
    ConnectionManager* connection_;
    QWidget* window_;
    QSystemTrayIcon* tray_;
    QMenu* menu_;
    bool wasConnected_ = false;
    bool lost_ = false;   // a balloon said the connection was lost
};

} // namespace storlab::gui
