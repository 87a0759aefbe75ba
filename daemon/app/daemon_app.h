#pragma once
// storlabd as a whole: options, configuration, targets, reactors, listeners,
// signals. main() only constructs this and runs the event loop.
#include "app/library_registry.h"
#include "iscsi/iscsi_server.h"
#include "iscsi/target_registry.h"
#include "net/listener.h"
#include "net/reactor_pool.h"
#include "shared/lab_config.h"

#include <QObject>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace storlab::admin {
struct AdminHost;
class AdminService;
class MetricsServer;
class RpcServer;
}

namespace storlab::isns {
class IsnsClient;
}

namespace storlab::app {

class IdentityStore;
class ServiceNotifier;

struct DaemonOptions {
    QString configPath;          // empty: <state dir>/config.json if present, else the default lab
    QString stateDir;
    QStringList portals;         // overrides the configuration's portals
    int reactors = -1;           // -1: from the configuration
    bool foreground = false;
    QString logLevel = QStringLiteral("info");
    QString socketPath;          // admin socket; empty: rpc::defaultSocketPath() (skipped if another daemon serves it), "none": off
};

// Parses argv; on --help/--version or an error prints and returns false with `exitCode`.
bool parseDaemonOptions(const QStringList& arguments, DaemonOptions& options, int& exitCode);

class Daemon : public QObject {
    Q_OBJECT
public:
    explicit Daemon(DaemonOptions options, QObject* parent = nullptr);
    ~Daemon() override;
    // Loads the configuration, opens backing stores, starts reactors and listeners.
    // Returns an error message (and starts nothing) on failure.
    QString start();
    void stop();
    // Tape libraries (changer.*, library.*, media.* RPCs; see library_registry.h).
    LibraryRegistry& libraries() { return libraries_; }
    // "3 target(s), 1 session(s); iSCSI on 127.0.0.1:3260": systemd's STATUS=.
    QString statusLine() const;

private:
    QString buildTargets(const config::LabConfig& config);
    QString buildLibraryTargets(const config::LabConfig& config, IdentityStore& identities);
    void installSignalHandlers();
    // --- admin plane (daemon/admin, shared/PROTOCOL.md) ---
    QString startAdmin(const config::LabConfig& config, const QString& loadedFrom);
    QString addPortal(const QString& text, QString* actual);
    bool removePortal(const QString& text);
    // --- iSNS registration (daemon/isns) ---
    void startIsns(const config::LabConfig& config);
    QString isnsEntityId() const;

    DaemonOptions options_;
    iscsi::TargetRegistry targets_;
    LibraryRegistry libraries_;
    std::unique_ptr<iscsi::IscsiServer> server_;
    std::unique_ptr<net::ReactorPool> reactors_;   // resized live by config.import
    std::vector<net::Listener*> listeners_;
    QSocketNotifier* signalNotifier_ = nullptr;
    std::vector<QString> listenerAddresses_;   // parallel to listeners_
    std::unique_ptr<admin::AdminHost> adminHost_;
    std::unique_ptr<admin::AdminService> adminService_;
    std::unique_ptr<admin::RpcServer> rpc_;
    std::unique_ptr<admin::MetricsServer> metrics_;   // GET /metrics when metrics.listen is set
    std::unique_ptr<isns::IsnsClient> isns_;
    std::unique_ptr<ServiceNotifier> notifier_;       // sd_notify (Type=notify, watchdog)
};

// The default state directory: /var/lib/storlab for root, else $XDG_STATE_HOME/storlab.
QString defaultStateDir();

} // namespace storlab::app
