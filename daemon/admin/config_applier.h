#pragma once
// Applies a new configuration to the running daemon as a difference
// (shared/PROTOCOL.md config.import): unchanged targets/LUNs and their
// sessions are untouched, changed LUNs are rebuilt, everything new is built
// and validated before anything is swapped in (a failure changes nothing).
// Every admin method is "edit a copy of the running config, then apply it".
#include "admin/admin_host.h"
#include "admin/library_plan.h"
#include "admin/rpc_outcome.h"
#include "shared/lab_config.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <map>

namespace storlab::admin {

struct ApplyResult {
    Outcome error;                              // ok() when applied
    QStringList changes;                        // human-readable, one per change
    QList<QPair<QString, QJsonObject>> events;  // (event method, params) to broadcast
};

class ConfigApplier {
public:
    explicit ConfigApplier(AdminHost& host) : host_(host) {}
    // `force`: drop sessions / remove LUs in use instead of refusing with Busy.
    ApplyResult apply(const config::LabConfig& current, const config::LabConfig& next, bool force, bool dryRun);
    // Re-installs the accounts/ACL snapshots of every target (cheap; after any change).
    void refreshAccess(const config::LabConfig& config);

private:
    // libraries[] (library_applier.cpp): planLibraries checks (busy, names,
    // IQNs) and builds new libraries before anything is swapped in;
    // swapLibraries tears down removed ones and installs the new ones.
    Outcome planLibraries(const config::LabConfig& current, const config::LabConfig& next, bool force, bool dryRun,
                          std::vector<LibraryPlan>& plans, QStringList& changes);
    void swapLibraries(std::vector<LibraryPlan>& plans, ApplyResult& res);
    void tearDownLibrary(const config::LibraryConfig& library, bool keepInventory);
    void installLibrary(const config::LibraryConfig& library, LibraryPlan& plan);
    void setLuns(const std::string& iqn, std::shared_ptr<const scsi::LunMap> map);
    AdminHost& host_;
    // Older Target objects still used by sessions after an alias/tpgt change:
    // they keep receiving LUN and access updates.
    std::map<std::string, std::vector<std::weak_ptr<const iscsi::Target>>> retired_;
};

} // namespace storlab::admin
