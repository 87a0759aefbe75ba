#pragma once
// The base of the edit dialogs: a form, a line that says what went wrong
// (and what to do), and OK that runs the changes as a list of admin calls
// (RpcSequence) with a progress bar; Cancel during the run stops after the
// current call. The dialog stays open on an error so nothing typed is lost.
#include "gui/rpc_sequence.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;

namespace storlab::gui {

class ConnectionManager;

class RpcDialog : public QDialog {
    Q_OBJECT
public:
    RpcDialog(ConnectionManager* connection, QWidget* parent);
    QString errorMessage() const;
    bool running() const { return sequence_ != nullptr; }

signals:
    void applied();   // every call succeeded

protected:
    // The calls that make the form true; an empty list with *problem set
    // refuses (the problem is shown), an empty list without one just closes.
    virtual QList<RpcSequence::Step> steps(QString* problem) = 0;
    // After a failed run (some calls may have been applied): re-read the daemon's state.
    virtual void reloadState() {}
    QFormLayout* form() const { return form_; }
    ConnectionManager* connection() const { return connection_; }
    void showError(const QString& text);
    void setOkText(const QString& text);
    void done(int r) override;

private:
    void apply();
    ConnectionManager* connection_;
    QFormLayout* form_;
    QLabel* error_;
    QProgressBar* progress_;
    QDialogButtonBox* buttons_;
    RpcSequence* sequence_ = nullptr;
};

} // namespace storlab::gui
