#pragma once
// New tape library / DVD jukebox wizard: the changer's personality, drives
// (count, LTO generation), storage slots and import/export ports.
// Fields: "personality", "drives", "generation", "slots", "ieSlots".
#include <QWizardPage>

class QComboBox;
class QSpinBox;

namespace storlab::gui {

class TapeHardwarePage : public QWizardPage {
    Q_OBJECT
public:
    TapeHardwarePage(bool dvd, QWidget* parent = nullptr);

private:
    QComboBox* personality_;
    QSpinBox* drives_;
    QComboBox* generation_ = nullptr;
    QSpinBox* slots_;
    QSpinBox* ie_;
};

} // namespace storlab::gui
