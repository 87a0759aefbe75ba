#include "app/daemon_app.h"
#include "app/service_notifier.h"

#include "admin/admin_service.h"
#include "admin/busy_poll_setting.h"
#include "admin/config_store.h"
#include "admin/drive_events.h"
#include "admin/library_events.h"
#include "admin/metrics_server.h"
#include "admin/metrics_text.h"
#include "admin/rpc_server.h"
#include "admin/session_events.h"
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "app/library_builder.h"
#include "app/target_access_builder.h"
#include "app/target_params.h"
#include "core/logging.h"
#include "isns/isns_client.h"
#include "admin/json_views.h"
#include "scsi/disk_unit.h"
#include "shared/rpc_paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QThread>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace storlab::app {

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

bool applyLogLevel(const QString& level)
{
    static const QStringList levels{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info"),
                                    QStringLiteral("debug")};
    const int i = levels.indexOf(level);
    if (i < 0)
        return false;
    QString rules;
    rules += QStringLiteral("storlab.*.debug=%1\n").arg(i >= 3 ? "true" : "false");
    rules += QStringLiteral("storlab.*.info=%1\n").arg(i >= 2 ? "true" : "false");
    rules += QStringLiteral("storlab.*.warning=%1\n").arg(i >= 1 ? "true" : "false");
    QLoggingCategory::setFilterRules(rules);
    return true;
}

isns::IsnsSettings isnsSettings(const config::IsnsConfig& c)
{
    return isns::IsnsSettings{c.server, c.port, c.enabled, c.accessControl};
}
} // namespace

QString defaultStateDir()
{
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/storlab");
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/storlab");
}

bool parseDaemonOptions(const QStringList& arguments, DaemonOptions& options, int& exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("storlab daemon: iSCSI target with emulated disks, tapes and DVD drives"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption foreground(QStringList{QStringLiteral("f"), QStringLiteral("foreground")},
                                        QStringLiteral("Stay in the foreground (do not detach)."));
    const QCommandLineOption config(QStringList{QStringLiteral("c"), QStringLiteral("config")},
                                    QStringLiteral("Configuration file (JSON, see shared/CONFIG.md)."), QStringLiteral("file"));
    const QCommandLineOption portal(QStringList{QStringLiteral("p"), QStringLiteral("portal")},
                                    QStringLiteral("Listen on ADDR:PORT (repeatable; [::1]:3260 for IPv6). Overrides the configuration."),
                                    QStringLiteral("addr:port"));
    const QCommandLineOption reactors(QStringLiteral("reactors"), QStringLiteral("Number of I/O reactor threads (default: one per core)."),
                                      QStringLiteral("n"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QStringLiteral("State directory for identities, default lab images and config (default: %1).").arg(defaultStateDir()),
                                      QStringLiteral("dir"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("error, warning, info (default) or debug."),
                                      QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption socket(QStringLiteral("socket"),
                                    QStringLiteral("Admin socket path (default: %1; \"none\": no admin socket).").arg(rpc::defaultSocketPath()),
                                    QStringLiteral("path"));
    p.addOptions({foreground, config, portal, reactors, stateDir, logLevel, socket});
    if (!p.parse(arguments)) {
        std::fprintf(stderr, "storlabd: %s\nTry 'storlabd --help'.\n", qPrintable(p.errorText()));
        exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        exitCode = 0;
        return false;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("storlabd %s\n", qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return false;
    }
    options.foreground = p.isSet(foreground);
    options.configPath = p.value(config);
    options.portals = p.values(portal);
    options.stateDir = p.isSet(stateDir) ? p.value(stateDir) : defaultStateDir();
    options.logLevel = p.value(logLevel);
    options.socketPath = p.value(socket);
    if (p.isSet(reactors)) {
        bool ok = false;
        options.reactors = p.value(reactors).toInt(&ok);
        if (!ok || options.reactors < 1 || options.reactors > 256) {
            std::fprintf(stderr, "storlabd: --reactors must be a number from 1 to 256\n");
            exitCode = 2;
            return false;
        }
    }
    if (!applyLogLevel(options.logLevel)) {
        std::fprintf(stderr, "storlabd: --log-level must be error, warning, info or debug\n");
        exitCode = 2;
        return false;
    }
    for (const QString& text : options.portals) {
        QString host;
        quint16 port;
        if (!config::parsePortal(text, &host, &port)) {
            std::fprintf(stderr, "storlabd: --portal %s: expected ADDRESS:PORT, e.g. 127.0.0.1:3260 or [::1]:3260\n", qPrintable(text));
            exitCode = 2;
            return false;
        }
    }
    return true;
}

Daemon::Daemon(DaemonOptions options, QObject* parent) : QObject(parent), options_(std::move(options)) {}

Daemon::~Daemon()
{
    stop();
}

QString Daemon::start()
{
    if (!QDir().mkpath(options_.stateDir))
        return QStringLiteral("cannot create the state directory %1").arg(options_.stateDir);

    QString configPath = options_.configPath;
    const QString statePath = options_.stateDir + QStringLiteral("/config.json");
    if (configPath.isEmpty() && QFile::exists(statePath))
        configPath = statePath;
    config::LabConfig cfg;
    if (configPath == statePath) {
        // The running configuration the admin plane saves: fall back to the last good generation.
        QString used, warning, error;
        auto loaded = admin::ConfigStore(statePath).load(&used, &warning, &error);
        if (!loaded)
            return error;
        if (!warning.isEmpty())
            qCWarning(lcConfig).noquote() << warning;
        cfg = *loaded;
        configPath = used;
        qCInfo(lcConfig).noquote() << "configuration" << used;
    } else if (configPath.isEmpty()) {
        cfg = config::LabConfig::defaultLab(options_.stateDir);
        qCInfo(lcConfig).noquote() << "no configuration: starting the default lab in" << options_.stateDir;
    } else {
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read the configuration %1: %2").arg(configPath, f.errorString());
        QString error;
        auto parsed = config::LabConfig::fromJson(f.readAll(), &error);
        if (!parsed)
            return QStringLiteral("%1: %2").arg(configPath, error);
        cfg = *parsed;
        qCInfo(lcConfig).noquote() << "configuration" << configPath;
    }
    if (!options_.portals.isEmpty())
        cfg.portals = options_.portals;
    if (cfg.portals.isEmpty())
        cfg.portals << QStringLiteral("127.0.0.1:3260");
    if (options_.reactors > 0)
        cfg.reactors = options_.reactors;

    if (QString err = buildTargets(cfg); !err.isEmpty())
        return err;

    iscsi::ServerSettings settings;
    settings.nopInterval = std::chrono::seconds(cfg.nopInterval);
    settings.nopTimeout = std::chrono::seconds(cfg.nopTimeout);
    server_ = std::make_unique<iscsi::IscsiServer>(targets_, settings);

    const int nReactors = cfg.reactors > 0 ? cfg.reactors : std::max(1, QThread::idealThreadCount());
    reactors_ = std::make_unique<net::ReactorPool>();
    reactors_->setBusyPollBudget(admin::busyPollBudget(cfg));
    reactors_->resize(nReactors);

    for (QString& text : cfg.portals) {
        QString actual;
        if (QString err = addPortal(text, &actual); !err.isEmpty()) {
            stop();
            return err;
        }
        text = actual;   // port 0 becomes the port the kernel chose
    }
    startIsns(cfg);
    if (QString err = startAdmin(cfg, configPath); !err.isEmpty()) {
        stop();
        return err;
    }
    installSignalHandlers();
    qCInfo(lcDaemon).noquote() << "storlabd ready:" << targets_.all().size() << "target(s)," << nReactors << "reactor(s)";
    notifier_ = std::make_unique<ServiceNotifier>([this] { return statusLine(); });
    notifier_->ready();   // the portals listen: systemd's Type=notify start is done
    return {};
}

QString Daemon::statusLine() const
{
    QStringList portals;
    for (const QString& a : listenerAddresses_)
        portals << a;
    const size_t sessions = server_ ? server_->sessions().all().size() : 0;
    return QStringLiteral("%1 target(s), %2 session(s); iSCSI on %3")
        .arg(targets_.all().size()).arg(sessions).arg(portals.isEmpty() ? QStringLiteral("no portal") : portals.join(QStringLiteral(", ")));
}

QString Daemon::buildTargets(const config::LabConfig& cfg)
{
    targets_.setDiscoveryAccess(buildDiscoveryAccess(cfg));
    warnAboutWeakSecrets(cfg);
    IdentityStore identities(options_.stateDir + QStringLiteral("/identities.json"));
    if (QString err = identities.load(); !err.isEmpty())
        return err;
    for (const config::TargetConfig& tc : cfg.targets) {
        auto luns = std::make_shared<scsi::LunMap>();
        for (const config::LunConfig& lc : tc.luns) {
            const QString where = QStringLiteral("target %1 LUN %2").arg(tc.iqn).arg(lc.lun);
            const DeviceResult built = buildDevice({tc, lc, identities, options_.stateDir, unitFinder(&targets_, cfg)});
            if (!built.unit)
                return QStringLiteral("%1: %2").arg(where, built.error);
            (*luns)[lc.lun] = built.unit;
            qCInfo(lcScsi).noquote() << where << ":" << built.summary;
        }
        if (!luns->count(0)) {
            // LUN 0 must answer (SPC-4 §4.6.4): a controller LU, as tgt provides.
            scsi::DeviceIdentity controller;
            controller.product = "CONTROLLER";
            QString err;
            const StoredIdentity id = identities.identityFor(tc.iqn, 0, &err);
            controller.serial = id.serial.toStdString();
            controller.naa = id.naa;
            (*luns)[0] = scsi::makeControllerUnit(controller);
        }
        auto target = std::make_shared<iscsi::Target>();
        target->name = tc.iqn.toStdString();
        target->alias = tc.alias.toStdString();
        target->tpgt = tc.tpgt;
        target->luns = luns;
        target->accessSlot.set(buildTargetAccess(cfg, tc));
        // Over the daemon-wide limits (ServerSettings::limits: built-in, the server is made after the targets).
        target->limits = buildTargetLimits(iscsi::TargetLimits{}, tc.iscsiParams);
        targets_.add(target);
        qCInfo(lcDaemon).noquote() << "target" << tc.iqn << "with" << tc.luns.size() << "LUN(s)";
    }
    if (QString err = buildLibraryTargets(cfg, identities); !err.isEmpty())
        return err;
    return {};
}

// Tape libraries: one target each, changer + drives (library_builder.cpp).
QString Daemon::buildLibraryTargets(const config::LabConfig& cfg, IdentityStore& identities)
{
    for (const config::LibraryConfig& lib : cfg.libraries) {
        BuiltLibrary built;
        if (QString err = buildLibrary(lib, identities, options_.stateDir, &libraries_, built); !err.isEmpty())
            return QStringLiteral("library %1: %2").arg(lib.name, err);
        for (const QString& w : built.warnings)
            qCWarning(lcScsi).noquote() << "library" << lib.name << ":" << w;
        auto target = std::make_shared<iscsi::Target>();
        target->name = lib.iqn.toStdString();
        target->alias = lib.alias.toStdString();
        target->tpgt = lib.tpgt;
        target->luns = built.luns;
        targets_.add(target);
        libraries_.add(std::move(built.handle));
        qCInfo(lcDaemon).noquote() << "library" << lib.name << "target" << lib.iqn << ": changer LUN" << lib.changerLun
                                   << "," << lib.driveCount << lib.driveGeneration << "drive(s)," << lib.slotCount << "slots,"
                                   << lib.ieSlots << "IE slots";
    }
    return {};
}

void Daemon::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    signalNotifier_ = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(signalNotifier_, &QSocketNotifier::activated, this, [this] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        qCInfo(lcDaemon) << "signal received: shutting down";
        stop();
        QCoreApplication::quit();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

QString Daemon::addPortal(const QString& text, QString* actual)
{
    QString host;
    quint16 port = 0;
    static const QRegularExpression anyPort(QStringLiteral(":0$"));
    QString probe = text;
    if (!config::parsePortal(probe.replace(anyPort, QStringLiteral(":1")), &host, &port))
        return QStringLiteral("portal %1: expected ADDRESS:PORT").arg(text);
    port = text.endsWith(QLatin1String(":0")) ? 0 : port;
    const QHostAddress address(host);
    if (address.isNull())
        return QStringLiteral("portal %1: '%2' is not an IP address").arg(text, host);
    auto* server = server_.get();
    auto* listener = new net::Listener(*reactors_, [server](net::Reactor& r, int fd) { server->accept(r, fd); }, this);
    if (!listener->listen(address, port)) {
        const QString err = QStringLiteral("cannot listen on %1: %2").arg(text, listener->errorString());
        delete listener;
        return err;
    }
    *actual = (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host) + QStringLiteral(":%1").arg(listener->serverPort());
    listeners_.push_back(listener);
    listenerAddresses_.push_back(*actual);
    auto portals = targets_.portals();
    portals.push_back({host.toStdString(), listener->serverPort()});
    targets_.setPortals(portals);
    qCInfo(lcNet).noquote() << "iSCSI portal" << *actual << "listening";
    return {};
}

bool Daemon::removePortal(const QString& text)
{
    for (size_t i = 0; i < listeners_.size(); ++i) {
        if (listenerAddresses_[i] != text)
            continue;
        const quint16 port = listeners_[i]->serverPort();
        listeners_[i]->close();
        delete listeners_[i];
        listeners_.erase(listeners_.begin() + long(i));
        listenerAddresses_.erase(listenerAddresses_.begin() + long(i));
        auto portals = targets_.portals();
        std::erase_if(portals, [&](const iscsi::PortalAddress& p) {
            QString h;
            quint16 pt;
            config::parsePortal(text, &h, &pt);
            return p.port == port && p.host == h.toStdString();
        });
        targets_.setPortals(portals);
        return true;
    }
    return false;
}

QString Daemon::startAdmin(const config::LabConfig& cfg, const QString& loadedFrom)
{
    adminHost_ = std::make_unique<admin::AdminHost>();
    adminHost_->targets = &targets_;
    adminHost_->server = server_.get();
    adminHost_->libraries = &libraries_;
    adminHost_->stateDir = options_.stateDir;
    adminHost_->loadedFrom = loadedFrom;
    adminHost_->version = QCoreApplication::applicationVersion();
    adminHost_->addPortal = [this](const QString& a, QString* actual) { return addPortal(a, actual); };
    adminHost_->removePortal = [this](const QString& a) { return removePortal(a); };
    adminHost_->shutdown = [this] {
        QTimer::singleShot(100, this, [this] {
            stop();
            QCoreApplication::quit();
        });
    };
    adminHost_->setLogLevel = [](const QString& level) { return applyLogLevel(level); };
    adminService_ = std::make_unique<admin::AdminService>(*adminHost_, cfg, options_.stateDir + QStringLiteral("/config.json"));
    adminService_->logLevel = options_.logLevel;
    rpc_ = std::make_unique<admin::RpcServer>(*adminService_);
    admin::forwardLibraryEvents(libraries_, rpc_.get());   // changer events -> event.media.moved (main thread)
    admin::forwardDriveEvents(*adminHost_, *adminService_, rpc_.get());   // loads/ejects -> event.drive.changed
    QPointer<admin::RpcServer> events = rpc_.get();
    adminHost_->broadcast = [events](const QString& method, const QJsonObject& params) {
        if (!events)
            return;   // shutting down
        QMetaObject::invokeMethod(events, [events, method, params] {
            if (events)
                events->broadcast(method, params);
        }, Qt::QueuedConnection);
    };
    admin::forwardSessionEvents(server_->sessions(), *adminService_, rpc_.get());   // event.session.* with the tid
    if (options_.socketPath != QLatin1String("none")) {
        const bool explicitPath = !options_.socketPath.isEmpty();
        const QString path = explicitPath ? options_.socketPath : rpc::defaultSocketPath();
        if (QString err = rpc_->listenLocal(path, false); !err.isEmpty()) {
            if (explicitPath)
                return err;
            qCWarning(lcDaemon).noquote() << err << "- running without an admin socket";
        }
        adminService_->socketPath = path;
    }
    if (!cfg.admin.tlsListen.isEmpty())
        if (QString err = rpc_->listenTls(cfg.admin.tlsListen, cfg.admin.tlsCert, cfg.admin.tlsKey); !err.isEmpty())
            return err;
    // Live changes (config.import, metrics.set): admin/live_settings.h.
    adminHost_->prepareTls = [this](const QString& listen, const QString& cert, const QString& key) {
        return rpc_->prepareTls(listen, cert, key);
    };
    adminHost_->prepareMetrics = [this](const QString& listen) {
        return admin::prepareMetricsServer(metrics_, listen, [this] { return admin::metricsText(*adminHost_, adminService_->running()); });
    };
    adminHost_->setReactors = [this](int n) { reactors_->resize(n > 0 ? n : std::max(1, QThread::idealThreadCount())); };
    adminHost_->metricsPort = [this] { return metrics_ ? metrics_->port() : quint16(0); };
    adminHost_->reactorCounts = [this] {
        return QJsonObject{{QStringLiteral("active"), int(reactors_->active().size())}, {QStringLiteral("retiring"), reactors_->retiringCount()}};
    };
    adminHost_->setIsns = [this](const config::IsnsConfig& isns) { isns_->configure(isnsSettings(isns)); };
    adminHost_->isnsStatus = [this] { return isns_->status(); };
    adminHost_->setBusyPollBudget = [this](std::chrono::microseconds budget) { reactors_->setBusyPollBudget(budget); };
    adminHost_->busyPollBudget = [this] { return reactors_->busyPollBudget(); };
    adminHost_->busyPollTotals = [this] { return reactors_->busyPollTotals(); };
    if (!cfg.metricsListen.isEmpty()) {
        admin::PreparedChange metrics = adminHost_->prepareMetrics(cfg.metricsListen);
        if (!metrics.error.isEmpty())
            return metrics.error;
        metrics.commit();
    }
    return {};
}

// The entity identifier (RFC 4171 §6.2.1): this host, and the state directory
// when it is not the default one, so two daemons on one host stay apart.
QString Daemon::isnsEntityId() const
{
    QString id = QStringLiteral("storlab:") + QSysInfo::machineHostName();
    if (options_.stateDir != defaultStateDir())
        id += QLatin1Char(':') + QString::fromLatin1(QCryptographicHash::hash(QDir(options_.stateDir).absolutePath().toUtf8(),
                                                                              QCryptographicHash::Sha1).toHex().left(8));
    return id;
}

void Daemon::startIsns(const config::LabConfig& cfg)
{
    auto snapshot = [this] {
        isns::EntityView view;
        for (const iscsi::PortalAddress& p : targets_.portals())
            view.portals.push_back({p.host, p.port});
        for (const auto& t : targets_.all())
            view.nodes.push_back({t->name, t->alias, t->tpgt});
        return view;
    };
    isns_ = std::make_unique<isns::IsnsClient>(isnsEntityId(), snapshot);
    QPointer<isns::IsnsClient> client = isns_.get();
    targets_.setObserver([client] {
        if (client)
            client->changed();
    });
    isns_->configure(isnsSettings(cfg.isns));
}

void Daemon::stop()
{
    if (isns_) {
        // Deregistered while the targets still exist; a server that does not answer costs at most 2 s.
        targets_.setObserver({});
        isns_->shutdown(std::chrono::milliseconds(2000));
        isns_.reset();
    }
    if (notifier_)
        notifier_->stopping();
    notifier_.reset();
    if (server_)
        admin::stopSessionEvents(server_->sessions());
    libraries_.setEventSink({});
    admin::stopDriveEvents();
    metrics_.reset();
    rpc_.reset();
    adminService_.reset();
    for (auto* l : listeners_) {
        l->close();
        delete l;
    }
    listeners_.clear();
    listenerAddresses_.clear();
    // Reactors delete their connections (ending sessions) before the targets go.
    reactors_.reset();
    for (const auto& t : targets_.all())
        targets_.remove(t->name);
    server_.reset();
}

} // namespace storlab::app
