#pragma once
// New disk wizard, page 2: backing store, image file, size, LUN, block size.
// Fields: "store", "path", "sizeValue", "sizeUnit", "lun", "blockSize", "thin".
#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace storlab::gui {

class DiskStoragePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DiskStoragePage(QWidget* parent = nullptr);
    void setStateDir(const QString& dir) { stateDir_ = dir; }
    void initializePage() override;
    bool isComplete() const override;
    qint64 sizeBytes() const;

private:
    QComboBox* store_;
    QLineEdit* path_;
    QSpinBox* size_;
    QComboBox* unit_;
    QSpinBox* lun_;
    QComboBox* blockSize_;
    QCheckBox* thin_;
    QString stateDir_;
    bool pathEdited_ = false;
};

} // namespace storlab::gui
