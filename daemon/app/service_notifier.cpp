#include "app/service_notifier.h"

#include "core/logging.h"

#ifdef STORLAB_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace storlab::app {

namespace {

void notify(const QString& state)
{
#ifdef STORLAB_HAVE_SYSTEMD
    sd_notify(0, state.toUtf8().constData());
#else
    Q_UNUSED(state);
#endif
}

} // namespace

ServiceNotifier::ServiceNotifier(std::function<QString()> status, QObject* parent)
    : QObject(parent), status_(std::move(status))
{
    statusTimer_.setInterval(5000);
    connect(&statusTimer_, &QTimer::timeout, this, &ServiceNotifier::sendStatus);
#ifdef STORLAB_HAVE_SYSTEMD
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Half the timeout, as sd_watchdog_enabled(3) recommends.
        watchdogTimer_.setInterval(std::max<int>(1, int(usec / 2000)));
        connect(&watchdogTimer_, &QTimer::timeout, this, [] { notify(QStringLiteral("WATCHDOG=1")); });
        qCInfo(lcDaemon).noquote() << "systemd watchdog: pinging every" << watchdogTimer_.interval() << "ms";
    }
#endif
}

void ServiceNotifier::ready()
{
    lastStatus_ = status_();
    notify(QStringLiteral("READY=1\nSTATUS=") + lastStatus_);
    statusTimer_.start();
    if (watchdogTimer_.interval() > 0 && !watchdogTimer_.isActive()) {
        notify(QStringLiteral("WATCHDOG=1"));
        watchdogTimer_.start();
    }
}

void ServiceNotifier::stopping()
{
    statusTimer_.stop();
    notify(QStringLiteral("STOPPING=1\nSTATUS=Stopping"));
}

void ServiceNotifier::sendStatus()
{
    const QString s = status_();
    if (s == lastStatus_)
        return;
    lastStatus_ = s;
    notify(QStringLiteral("STATUS=") + s);
}

} // namespace storlab::app
