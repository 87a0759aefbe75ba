#pragma once
// Add cartridges (tape library) or blank DVD+R discs (jukebox) to a library:
// library.addCartridges one medium per call (PROTOCOL.md "library"), so the
// progress bar moves and Cancel stops after the medium being created. The
// first barcode is suggested after the highest one the library holds.
#include "gui/rpc_dialog.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace storlab::gui {

class AddMediaDialog : public RpcDialog {
    Q_OBJECT
public:
    // library: an entry of library.list.
    AddMediaDialog(ConnectionManager* connection, const QJsonObject& library, QWidget* parent = nullptr);
    QLineEdit* firstBarcode() const { return first_; }
    QSpinBox* count() const { return count_; }
    QCheckBox* worm() const { return worm_; }
    // "A00009L6" -> "A00010L6": the longest run of digits counts up, keeping its width; "" when it overflows.
    static QString nextBarcode(const QString& barcode);

protected:
    QList<RpcSequence::Step> steps(QString* problem) override;
    void reloadState() override;

private:
    void suggest(const QStringList& barcodes);
    void updateSummary();
    QJsonObject library_;
    bool dvd_;
    QLineEdit* first_;
    QSpinBox* count_;
    QComboBox* generation_ = nullptr;
    QCheckBox* worm_ = nullptr;
    QLabel* summary_;
};

} // namespace storlab::gui
