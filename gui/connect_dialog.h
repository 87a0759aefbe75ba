#pragma once
// File > Connect to…: a saved connection or a new one (local socket path or
// tls://host:3262) with user + password or a token. Secrets are not saved.
#include "gui/connection_profile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace storlab::gui {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const QList<ConnectionProfile>& saved, QWidget* parent = nullptr);
    ConnectionProfile profile() const;
    QString password() const;
    QString token() const;

private:
    void fillFrom(int index);
    void updateEnabled();
    QList<ConnectionProfile> saved_;
    QComboBox* savedCombo_;
    QLineEdit* name_;
    QLineEdit* url_;
    QRadioButton* usePassword_;
    QRadioButton* useToken_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLineEdit* token_;
};

} // namespace storlab::gui
