#pragma once
// First page of every wizard: a short name and the target IQN suggested from
// it (iqn.YYYY-MM.<reversed host>:<name>) until the user edits the IQN.
// Fields: "name", "iqn", "alias".
#include <QWizardPage>

class QLineEdit;

namespace storlab::gui {

class TargetNamePage : public QWizardPage {
    Q_OBJECT
public:
    TargetNamePage(const QString& title, const QString& subtitle, const QString& defaultName, QWidget* parent = nullptr);
    void setHostName(const QString& host) { host_ = host; suggest(); }
    bool isComplete() const override;

private:
    void suggest();
    QLineEdit* name_;
    QLineEdit* iqn_;
    QLineEdit* alias_;
    QString host_;
    bool iqnEdited_ = false;
};

} // namespace storlab::gui
