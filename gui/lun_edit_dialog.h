#pragma once
// Edit a LUN's settings with lun.update (PROTOCOL.md "lun"): read-only,
// write cache (SBC-4 §6.5 caching mode page WCE), O_DIRECT/O_SYNC of the
// backing store, thin provisioning, a bigger size, and the INQUIRY strings
// (SPC-5 §6.7.2: vendor 8, product 16, revision 4 ASCII characters). The
// daemon rebuilds the LU; with initiators logged in that needs "force".
#include "gui/rpc_dialog.h"

#include <QJsonObject>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace storlab::gui {

class LunEditDialog : public RpcDialog {
    Q_OBJECT
public:
    LunEditDialog(ConnectionManager* connection, const QString& iqn, const QJsonObject& lun, int sessions,
                  QWidget* parent = nullptr);
    QCheckBox* readOnly() const { return readOnly_; }
    QCheckBox* writeCache() const { return writeCache_; }
    QCheckBox* force() const { return force_; }
    QDoubleSpinBox* sizeGiB() const { return size_; }
    QLineEdit* vendor() const { return vendor_; }

protected:
    QList<RpcSequence::Step> steps(QString* problem) override;

private:
    QCheckBox* flag(const QString& key, const QString& label, const QString& help);
    QString iqn_;
    QJsonObject lun_;
    QCheckBox* readOnly_;
    QCheckBox* writeCache_;
    QCheckBox* direct_;
    QCheckBox* sync_;
    QCheckBox* thin_;
    QDoubleSpinBox* size_ = nullptr;
    QLineEdit* vendor_;
    QLineEdit* product_;
    QLineEdit* revision_;
    QCheckBox* force_ = nullptr;
    QList<QPair<QString, QCheckBox*>> flags_;
};

} // namespace storlab::gui
