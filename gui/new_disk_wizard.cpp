#include "gui/new_disk_wizard.h"

#include "gui/connection_manager.h"
#include "gui/disk_access_page.h"
#include "gui/disk_storage_page.h"
#include "gui/summary_page.h"
#include "gui/target_name_page.h"
#include "gui/wizard_style.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storlab::gui {

NewDiskWizard::NewDiskWizard(ConnectionManager* connection, const QStringList& portals, QWidget* parent)
    : QWizard(parent), existingPortals_(portals)
{
    setWindowTitle(tr("New Disk"));
    setObjectName(QStringLiteral("newDiskWizard"));
    applyWizardStyle(this);
    name_ = new TargetNamePage(tr("New disk: name"), tr("A target with one disk LUN that initiators can log in to."),
                               QStringLiteral("disk2"), this);
    storage_ = new DiskStoragePage(this);
    storage_->setStateDir(connection->serverInfo().value(QLatin1String("stateDir")).toString());
    // Every store the daemon has (server.info "stores"; an older daemon: the file stores).
    QStringList stores;
    for (const QJsonValue& s : connection->serverInfo().value(QLatin1String("stores")).toArray())
        stores << s.toString();
    storage_->setAvailableStores(stores);
    access_ = new DiskAccessPage(this);
    access_->setPortals(portals.isEmpty() ? QStringList{QStringLiteral("127.0.0.1:3260")} : portals);
    summary_ = new SummaryPage(connection, [this] { return steps(); }, this);
    addPage(name_);
    addPage(storage_);
    addPage(access_);
    addPage(summary_);
}

static QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& s : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

QList<RpcSequence::Step> NewDiskWizard::steps() const
{
    const QString iqn = field(QStringLiteral("iqn")).toString();
    QList<RpcSequence::Step> out;
    QJsonObject create{{QStringLiteral("iqn"), iqn}};
    if (const QString alias = field(QStringLiteral("alias")).toString(); !alias.isEmpty())
        create[QStringLiteral("alias")] = alias;
    out.append({tr("Create target %1").arg(iqn), QStringLiteral("target.create"), create});

    const QString store = field(QStringLiteral("store")).toString();
    QJsonObject lun{{QStringLiteral("target"), iqn},
                    {QStringLiteral("lun"), field(QStringLiteral("lun")).toInt()},
                    {QStringLiteral("store"), store},
                    {QStringLiteral("blockSize"), field(QStringLiteral("blockSize")).toInt()},
                    {QStringLiteral("thinProvisioning"), field(QStringLiteral("thin")).toBool()}};
    if (storage_->sizeApplies())
        lun[QStringLiteral("size")] = double(storage_->sizeBytes());
    if (store != QLatin1String("null"))
        lun[QStringLiteral("path")] = field(QStringLiteral("path")).toString().trimmed();
    if (const QString bsopts = storage_->bsopts(); !bsopts.isEmpty())
        lun[QStringLiteral("bsopts")] = bsopts;
    out.append({tr("Add LUN %1 (%2)").arg(field(QStringLiteral("lun")).toInt()).arg(store), QStringLiteral("lun.add"), lun});

    const QString portal = field(QStringLiteral("portal")).toString().trimmed();
    if (!portal.isEmpty() && !existingPortals_.contains(portal))
        out.append({tr("Listen on portal %1").arg(portal), QStringLiteral("portal.add"), {{QStringLiteral("address"), portal}}});
    for (const QString& a : splitList(field(QStringLiteral("aclAddresses")).toString()))
        out.append({tr("Allow address %1").arg(a), QStringLiteral("acl.add"),
                    {{QStringLiteral("target"), iqn}, {QStringLiteral("address"), a}}});
    for (const QString& n : splitList(field(QStringLiteral("aclInitiators")).toString()))
        out.append({tr("Allow initiator %1").arg(n), QStringLiteral("acl.add"),
                    {{QStringLiteral("target"), iqn}, {QStringLiteral("initiator"), n}}});
    if (access_->chapEnabled()) {
        const QString user = field(QStringLiteral("chapUser")).toString();
        out.append({tr("Create CHAP user %1").arg(user), QStringLiteral("account.create"),
                    {{QStringLiteral("user"), user}, {QStringLiteral("password"), field(QStringLiteral("chapSecret")).toString()}}});
        out.append({tr("Require CHAP user %1 for the target").arg(user), QStringLiteral("target.bindAccount"),
                    {{QStringLiteral("target"), iqn}, {QStringLiteral("user"), user}, {QStringLiteral("direction"), QStringLiteral("incoming")}}});
    }
    return out;
}

void NewDiskWizard::reject()
{
    summary_->cancel();
    QWizard::reject();
}

} // namespace storlab::gui
