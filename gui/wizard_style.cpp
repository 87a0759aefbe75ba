#include "gui/wizard_style.h"

#include "gui/status_icons.h"

#include <QWizard>

namespace storlab::gui {

void applyWizardStyle(QWizard* wizard)
{
    wizard->setWizardStyle(QWizard::ModernStyle);
    wizard->setOption(QWizard::NoBackButtonOnStartPage, true);
    wizard->setOption(QWizard::HaveHelpButton, false);
    wizard->setPixmap(QWizard::LogoPixmap, StatusIcons::application().pixmap(48, 48));
    wizard->setWindowIcon(StatusIcons::application());
    wizard->resize(720, 520);
    wizard->setAccessibleName(wizard->windowTitle());
}

} // namespace storlab::gui
