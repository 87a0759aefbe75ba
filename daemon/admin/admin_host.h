#pragma once
// What the admin plane needs from the daemon, as plain references and
// callbacks (the daemon fills it in daemon_app.cpp; tests can too).
#include "iscsi/iscsi_server.h"
#include "iscsi/target_registry.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace storlab::app {
class LibraryRegistry;
}

namespace storlab::admin {

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
    // Pushes an event to subscribed clients from any thread (posted to the RPC server's thread): jobs.
    std::function<void(const QString& method, const QJsonObject& params)> broadcast;
};

} // namespace storlab::admin
