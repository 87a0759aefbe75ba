#include "gui/new_jukebox_wizard.h"

#include "gui/jukebox_media_page.h"
#include "gui/summary_page.h"
#include "gui/tape_hardware_page.h"
#include "gui/target_name_page.h"
#include "gui/wizard_style.h"

#include <QJsonArray>

namespace storlab::gui {

NewJukeboxWizard::NewJukeboxWizard(ConnectionManager* connection, QWidget* parent) : QWizard(parent)
{
    setWindowTitle(tr("New DVD Jukebox"));
    setObjectName(QStringLiteral("newJukeboxWizard"));
    applyWizardStyle(this);
    addPage(new TargetNamePage(tr("New DVD jukebox: name"),
                               tr("A DVD jukebox: one iSCSI target with a media changer and DVD drives."),
                               QStringLiteral("jukebox2"), this));
    addPage(new TapeHardwarePage(true, this));
    media_ = new JukeboxMediaPage(this);
    addPage(media_);
    summary_ = new SummaryPage(connection, [this] {
        const QJsonObject cfg = libraryConfig();
        return QList<RpcSequence::Step>{{tr("Create jukebox %1 with its discs").arg(cfg.value(QLatin1String("name")).toString()),
                                         QStringLiteral("library.create"), cfg}};
    }, this);
    addPage(summary_);
}

QJsonObject NewJukeboxWizard::libraryConfig() const
{
    QJsonArray discs;
    if (const int n = field(QStringLiteral("samples")).toInt(); n > 0)
        discs.append(QJsonObject{{QStringLiteral("first"), QStringLiteral("ISO000")}, {QStringLiteral("count"), n},
                                 {QStringLiteral("sample"), true}});
    if (const int n = field(QStringLiteral("blanks")).toInt(); n > 0)
        discs.append(QJsonObject{{QStringLiteral("first"), QStringLiteral("DVDR000")}, {QStringLiteral("count"), n},
                                 {QStringLiteral("blank"), QStringLiteral("dvd+r")}});
    int i = 0;
    for (const QString& image : media_->images())
        discs.append(QJsonObject{{QStringLiteral("first"), QStringLiteral("IMG%1").arg(i++, 3, 10, QLatin1Char('0'))},
                                 {QStringLiteral("image"), image}});
    QJsonObject o{{QStringLiteral("name"), field(QStringLiteral("name")).toString()},
                  {QStringLiteral("iqn"), field(QStringLiteral("iqn")).toString()},
                  {QStringLiteral("personality"), field(QStringLiteral("personality")).toString()},
                  {QStringLiteral("drives"), QJsonObject{{QStringLiteral("count"), field(QStringLiteral("drives")).toInt()},
                                                         {QStringLiteral("type"), QStringLiteral("dvd")}}},
                  {QStringLiteral("slots"), field(QStringLiteral("slots")).toInt()},
                  {QStringLiteral("ieSlots"), field(QStringLiteral("ieSlots")).toInt()},
                  {QStringLiteral("discs"), discs}};
    if (const QString alias = field(QStringLiteral("alias")).toString(); !alias.isEmpty())
        o[QStringLiteral("alias")] = alias;
    return o;
}

void NewJukeboxWizard::reject()
{
    summary_->cancel();
    QWizard::reject();
}

} // namespace storlab::gui
