#pragma once
// Edit a target: alias, who may log in (ACL by initiator name and address,
// RFC 7143 §12 login), and CHAP (incoming users the initiator authenticates
// as, the outgoing user for mutual CHAP, RFC 7143 §12.1.3). OK applies only
// the differences (target.update, acl.add/remove, account.create,
// target.bindAccount/unbindAccount).
#include "gui/rpc_dialog.h"

#include <QJsonObject>
#include <QSet>

class QLineEdit;

namespace storlab::gui {

class StringListEditor;

class TargetEditDialog : public RpcDialog {
    Q_OBJECT
public:
    TargetEditDialog(ConnectionManager* connection, const QJsonObject& target, QWidget* parent = nullptr);

    QLineEdit* alias() const { return alias_; }
    StringListEditor* initiatorNames() const { return names_; }
    StringListEditor* initiatorAddresses() const { return addresses_; }
    StringListEditor* incomingUsers() const { return incoming_; }
    QLineEdit* incomingSecret() const { return incomingSecret_; }
    QLineEdit* outgoingUser() const { return outgoing_; }
    QLineEdit* outgoingSecret() const { return outgoingSecret_; }
    bool accountsLoaded() const { return accountsLoaded_; }

protected:
    QList<RpcSequence::Step> steps(QString* problem) override;
    void reloadState() override;

private:
    QJsonObject target_;
    QString iqn_;
    QLineEdit* alias_;
    StringListEditor* names_;
    StringListEditor* addresses_;
    StringListEditor* incoming_;
    QLineEdit* incomingSecret_;
    QLineEdit* outgoing_;
    QLineEdit* outgoingSecret_;
    QSet<QString> accounts_;
    bool accountsLoaded_ = false;
};

} // namespace storlab::gui
