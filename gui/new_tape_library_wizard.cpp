#include "gui/new_tape_library_wizard.h"

#include "gui/summary_page.h"
#include "gui/tape_hardware_page.h"
#include "gui/tape_media_page.h"
#include "gui/target_name_page.h"
#include "gui/wizard_style.h"

#include <QJsonArray>

namespace storlab::gui {

NewTapeLibraryWizard::NewTapeLibraryWizard(ConnectionManager* connection, QWidget* parent) : QWizard(parent)
{
    setWindowTitle(tr("New Tape Library"));
    setObjectName(QStringLiteral("newTapeLibraryWizard"));
    applyWizardStyle(this);
    addPage(new TargetNamePage(tr("New tape library: name"),
                               tr("A virtual tape library: one iSCSI target with a media changer and tape drives."),
                               QStringLiteral("tapelib2"), this));
    addPage(new TapeHardwarePage(false, this));
    addPage(new TapeMediaPage(this));
    summary_ = new SummaryPage(connection, [this] {
        const QJsonObject cfg = libraryConfig();
        return QList<RpcSequence::Step>{{tr("Create library %1 with its cartridges").arg(cfg.value(QLatin1String("name")).toString()),
                                         QStringLiteral("library.create"), cfg}};
    }, this);
    addPage(summary_);
}

QJsonObject NewTapeLibraryWizard::libraryConfig() const
{
    const QString gen = field(QStringLiteral("generation")).toString();
    const QString prefix = field(QStringLiteral("firstBarcode")).toString();
    const QString capacity = QStringLiteral("%1G").arg(field(QStringLiteral("capacityGiB")).toInt());
    QJsonArray cartridges;
    if (const int n = field(QStringLiteral("cartridges")).toInt(); n > 0)
        cartridges.append(QJsonObject{{QStringLiteral("first"), prefix + TapeMediaPage::mediaId(gen, false)},
                                      {QStringLiteral("count"), n}, {QStringLiteral("capacity"), capacity}});
    if (const int n = field(QStringLiteral("wormCartridges")).toInt(); n > 0)
        cartridges.append(QJsonObject{{QStringLiteral("first"), QLatin1Char('W') + prefix.mid(1) + TapeMediaPage::mediaId(gen, true)},
                                      {QStringLiteral("count"), n}, {QStringLiteral("capacity"), capacity},
                                      {QStringLiteral("worm"), true}});
    QJsonObject o{{QStringLiteral("name"), field(QStringLiteral("name")).toString()},
                  {QStringLiteral("iqn"), field(QStringLiteral("iqn")).toString()},
                  {QStringLiteral("personality"), field(QStringLiteral("personality")).toString()},
                  {QStringLiteral("drives"), QJsonObject{{QStringLiteral("count"), field(QStringLiteral("drives")).toInt()},
                                                         {QStringLiteral("generation"), gen}}},
                  {QStringLiteral("slots"), field(QStringLiteral("slots")).toInt()},
                  {QStringLiteral("ieSlots"), field(QStringLiteral("ieSlots")).toInt()},
                  {QStringLiteral("cartridges"), cartridges}};
    if (const QString alias = field(QStringLiteral("alias")).toString(); !alias.isEmpty())
        o[QStringLiteral("alias")] = alias;
    return o;
}

void NewTapeLibraryWizard::reject()
{
    summary_->cancel();
    QWizard::reject();
}

} // namespace storlab::gui
