#pragma once
// Create > New disk: a target with one disk LUN, its portal, ACL and CHAP
// user, created by target.create, lun.add, portal.add, acl.add,
// account.create and target.bindAccount.
#include "gui/rpc_sequence.h"

#include <QWizard>

namespace storlab::gui {

class ConnectionManager;
class DiskAccessPage;
class DiskStoragePage;
class SummaryPage;
class TargetNamePage;

class NewDiskWizard : public QWizard {
    Q_OBJECT
public:
    NewDiskWizard(ConnectionManager* connection, const QStringList& portals, QWidget* parent = nullptr);
    QList<RpcSequence::Step> steps() const;
    SummaryPage* summaryPage() const { return summary_; }
    void reject() override;

private:
    QStringList existingPortals_;
    TargetNamePage* name_;
    DiskStoragePage* storage_;
    DiskAccessPage* access_;
    SummaryPage* summary_;
};

} // namespace storlab::gui
