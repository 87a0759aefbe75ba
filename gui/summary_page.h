#pragma once
// Last page of every wizard: what will be done, then Finish runs the admin
// calls (RpcSequence) with progress; an error shows the daemon's message and
// keeps the wizard open so nothing typed is lost.
#include "gui/rpc_sequence.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QProgressBar;
class QTextBrowser;

namespace storlab::gui {

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    using StepsFactory = std::function<QList<RpcSequence::Step>()>;
    SummaryPage(ConnectionManager* connection, StepsFactory steps, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    void cancel();
    QString errorMessage() const;
    bool isRunning() const { return sequence_ && sequence_->running(); }

signals:
    void succeeded();

private:
    ConnectionManager* connection_;
    StepsFactory steps_;
    RpcSequence* sequence_ = nullptr;
    QTextBrowser* summary_;
    QProgressBar* progress_;
    QLabel* status_;
    bool done_ = false;
};

} // namespace storlab::gui
