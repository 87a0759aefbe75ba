#pragma once
// What the admin plane needs from the daemon, as plain references and
// callbacks (the daemon fills it in daemon_app.cpp; tests can too).
#include "iscsi/iscsi_server.h"
#include "iscsi/target_registry.h"
#include "net/busy_poll_counters.h"
#include "shared/lab_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace storlab::app {
class LibraryRegistry;
}

namespace storlab::admin {

// A live settings change checked and made ready but not yet in effect
// (config.import puts it in effect only when every other part succeeded).
struct PreparedChange {
    QString error;                  // non-empty: refused, nothing changed
    std::function<void()> commit;   // puts it in effect; dropped uncalled, the preparation is undone
};

struct AdminHost {
    iscsi::TargetRegistry* targets = nullptr;
    iscsi::IscsiServer* server = nullptr;
    app::LibraryRegistry* libraries = nullptr;            // tape libraries / DVD jukeboxes (library.*, changer.*, media.*)
    QString stateDir;
    QString loadedFrom;                                   // the config file read at start ("" = default lab)
    QString version;
    // Listens on "ADDR:PORT" (port 0 = any free one); returns "" and the real address, or an error.
    std::function<QString(const QString& address, QString* actual)> addPortal;
    std::function<bool(const QString& address)> removePortal;
    std::function<void()> shutdown;                       // stop after the current reply is sent
    std::function<bool(const QString& level)> setLogLevel;
    // Live settings (config.import; each may be left unset: the setting then needs a restart).
    // admin.tls: listen "" = off; else binds the new listener / loads the pair now, swaps at commit.
    std::function<PreparedChange(const QString& listen, const QString& cert, const QString& key)> prepareTls;
    // metrics.listen: "" = off.
    std::function<PreparedChange(const QString& listen)> prepareMetrics;
    // reactors: 0 = one per core. Surplus reactors retire when their connections are gone.
    std::function<void(int reactors)> setReactors;
    std::function<quint16()> metricsPort;                 // the metrics endpoint's bound port; 0 = off
    std::function<QJsonObject()> reactorCounts;           // server.info reactors: {active, retiring}
    // busyPollUs: every reactor's busy poll budget (0 = off), read at each spin.
    std::function<void(std::chrono::microseconds budget)> setBusyPollBudget;
    std::function<std::chrono::microseconds()> busyPollBudget;   // the budget in effect on the reactors
    std::function<net::BusyPollTotals()> busyPollTotals;  // server.info busyPoll counters, over all reactors
    // isns: registers with the new server (or stops: not active), deregistering from the old one.
    std::function<void(const config::IsnsConfig& isns)> setIsns;
    std::function<QJsonObject()> isnsStatus;              // isns.get's "status" (daemon/isns/isns_client.h)
    // Pushes an event to subscribed clients from any thread (posted to the RPC server's thread): jobs.
    std::function<void(const QString& method, const QJsonObject& params)> broadcast;
};

} // namespace storlab::admin
