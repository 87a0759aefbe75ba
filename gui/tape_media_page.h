#pragma once
// New tape library wizard: the barcoded cartridges created in the slots.
// Fields: "firstBarcode", "cartridges", "wormCartridges", "capacityGiB".
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace storlab::gui {

class TapeMediaPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TapeMediaPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // "L6" / "LW" for a generation ("LTO-6").
    static QString mediaId(const QString& generation, bool worm);

private:
    void updateRange();
    QLineEdit* prefix_;
    QSpinBox* count_;
    QSpinBox* worm_;
    QSpinBox* capacity_;
    QLabel* range_;
};

} // namespace storlab::gui
