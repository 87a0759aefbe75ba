#pragma once
// The protocol's methods (shared/PROTOCOL.md §7) over the running
// configuration. Mutations edit a copy of the configuration, apply it
// (ConfigApplier) and save it (ConfigStore); a failure changes nothing.
#include "admin/admin_host.h"
#include "admin/config_applier.h"
#include "admin/config_store.h"
#include "admin/job_registry.h"
#include "admin/params.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <functional>

namespace storlab::admin {

struct DriveRef;   // drive_json.h
struct ImportJobs; // media_import.h

// Who is calling: the transport and the logged-in admin user (TLS).
struct CallContext {
    bool tls = false;
    QString user;
};

class AdminService {
public:
    AdminService(AdminHost& host, config::LabConfig running, QString statePath);
    Outcome call(const QString& method, const QJsonObject& params, const CallContext& context);
    const config::LabConfig& running() const { return running_; }
    // Events produced by the last call (drained by the server).
    QList<QPair<QString, QJsonObject>> takeEvents() { return std::exchange(events_, {}); }
    QStringList capabilities() const;
    QJsonArray stats() const;               // stats.get for every target (event.stats)
    QString socketPath;                      // for server.info
    QString logLevel = QStringLiteral("info");

private:
    using Handler = std::function<Outcome(Params&, const CallContext&)>;
    void registerMethods();
    void registerObjectMethods();   // target, lun, account, acl (admin_service_objects.cpp)
    void registerLibraryMethods();  // library.*, changer.* (library_methods.cpp)
    void registerMediaMethods();    // media.*, library.addCartridges (library_media_methods.cpp)
    void registerDriveMethods();    // drive.* (drive_methods.cpp)
    void registerJobMethods();      // job.*, media.import, media.upload (media_import_methods.cpp)
    void registerMetricsMethods();  // metrics.* (metrics_methods.cpp)
    void registerIsnsMethods();     // isns.* (isns_methods.cpp)
    void startImport(const std::shared_ptr<Job>& job);
    // Ends an upload that is still receiving (cancelled or abandoned) with `why`; its file is removed.
    void endReceiving(quint64 job, Outcome why);
    std::optional<DriveRef> driveParam(Params& p, Outcome* error, quint32* tid);
    Outcome recordDriveMedium(const QString& iqn, quint64 lun, const QString& path, QJsonValue result);
    // Applies `next` (edited copy of the running config), saves it, queues events.
    Outcome commit(const config::LabConfig& next, bool force, QJsonValue result = QJsonObject{});
    // Finds the target named by params "target" (IQN) or "tid".
    config::TargetConfig* target(config::LabConfig& config, Params& p, Outcome* error);
    int sessionCount(const QString& iqn) const;
    // target.show's object: targetJson plus the iscsiParams its logins use.
    QJsonObject targetView(const config::TargetConfig& t) const;

    AdminHost& host_;
    config::LabConfig running_;
    ConfigApplier applier_;
    ConfigStore store_;
    QHash<QString, Handler> methods_;
    QList<QPair<QString, QJsonObject>> events_;
    QElapsedTimer uptime_;
    std::shared_ptr<ImportJobs> imports_;
    std::unique_ptr<JobRegistry> jobs_;   // last: destroyed first (cancels and waits for running jobs)
};

} // namespace storlab::admin
