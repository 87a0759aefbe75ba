#pragma once
// New disk wizard, page 3: portal, initiator ACL and CHAP.
// Fields: "portal", "aclAddresses", "aclInitiators", "chap", "chapUser", "chapSecret".
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLineEdit;

namespace storlab::gui {

class DiskAccessPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DiskAccessPage(QWidget* parent = nullptr);
    void setPortals(const QStringList& portals);
    bool isComplete() const override;
    bool chapEnabled() const;

private:
    QComboBox* portal_;
    QLineEdit* addresses_;
    QLineEdit* initiators_;
    QGroupBox* chap_;
    QLineEdit* chapUser_;
    QLineEdit* chapSecret_;
};

} // namespace storlab::gui
