#pragma once
// New disk wizard, page 2: backing store, image file, size, LUN, block size.
// Fields: "store", "path", "sizeValue", "sizeUnit", "lun", "blockSize", "thin".
// The store list is what the daemon reports (server.info "stores"); the
// network stores show their own fields: rbd a Ceph image, conf file, client
// id and keyring; glfs a volume@host:/file and glusterd's port (bsopts()).
#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QFormLayout;
class QHBoxLayout;

namespace storlab::gui {

class DiskStoragePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DiskStoragePage(QWidget* parent = nullptr);
    void setStateDir(const QString& dir) { stateDir_ = dir; }
    void initializePage() override;
    bool isComplete() const override;
    qint64 sizeBytes() const;
    // Offer exactly these stores (server.info "stores"); empty keeps the file stores.
    void setAvailableStores(const QStringList& stores);
    // tgt's --bsopts for the chosen network store ("" for the others).
    QString bsopts() const;
    // Whether the size applies (rbd images keep the size they have in Ceph).
    bool sizeApplies() const;

private:
    QComboBox* store_;
    QLineEdit* path_;
    QSpinBox* size_;
    QComboBox* unit_;
    QSpinBox* lun_;
    QComboBox* blockSize_;
    QCheckBox* thin_;
    QLineEdit* cephConf_;
    QLineEdit* cephId_;
    QLineEdit* cephKeyring_;
    QLineEdit* glusterPort_;
    QFormLayout* form_ = nullptr;
    QHBoxLayout* sizeRow_ = nullptr;
    QString filePath_; // the file path, kept while a network store is chosen
    void storeChanged();
    QString stateDir_;
    bool pathEdited_ = false;
};

} // namespace storlab::gui
