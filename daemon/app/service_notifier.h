#pragma once
// storlabd under systemd (Type=notify, sd_notify(3)): READY=1 once the portals
// listen, STATUS= with the number of targets and sessions, and WATCHDOG=1 from
// the main event loop when the unit sets WatchdogSec (sd_watchdog_enabled(3)):
// a loop that stops turning stops the pings and systemd restarts the daemon.
// Without libsystemd at build time, or when not started by systemd, it does
// nothing.
#include <QObject>
#include <QTimer>
#include <functional>

namespace storlab::app {

class ServiceNotifier : public QObject {
    Q_OBJECT
public:
    // `status` gives the STATUS= text; asked again every few seconds.
    explicit ServiceNotifier(std::function<QString()> status, QObject* parent = nullptr);
    void ready();
    void stopping();

private:
    void sendStatus();
    std::function<QString()> status_;
    QString lastStatus_;
    QTimer statusTimer_;
    QTimer watchdogTimer_;
};

} // namespace storlab::app
