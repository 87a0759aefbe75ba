#pragma once
// The look shared by the wizards: modern style, a painted banner, a fixed
// comfortable size.
class QWizard;

namespace storlab::gui {
void applyWizardStyle(QWizard* wizard);
}
