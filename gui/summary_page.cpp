#include "gui/summary_page.h"

#include "gui/connection_manager.h"

#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace storlab::gui {

SummaryPage::SummaryPage(ConnectionManager* connection, StepsFactory steps, QWidget* parent)
    : QWizardPage(parent), connection_(connection), steps_(std::move(steps))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish sends these changes to the daemon."));
    summary_ = new QTextBrowser(this);
    summary_->setObjectName(QStringLiteral("summaryText"));
    summary_->setAccessibleName(tr("Summary of changes"));
    progress_ = new QProgressBar(this);
    progress_->setAccessibleName(tr("Progress"));
    progress_->setVisible(false);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("statusLabel"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    setCommitPage(false);
}

void SummaryPage::initializePage()
{
    QString html = QStringLiteral("<ol>");
    for (const RpcSequence::Step& s : steps_())
        html += QStringLiteral("<li><b>%1</b><br/><code style='color:#555'>%2 %3</code></li>")
                    .arg(s.description.toHtmlEscaped(), s.method,
                         QString::fromUtf8(QJsonDocument(s.params).toJson(QJsonDocument::Compact)).toHtmlEscaped());
    summary_->setHtml(html + QStringLiteral("</ol>"));
    status_->clear();
    progress_->setVisible(false);
    done_ = false;
}

bool SummaryPage::validatePage()
{
    if (done_)
        return true;
    if (isRunning())
        return false;
    if (connection_->state() != ConnectionManager::State::Connected) {
        status_->setText(tr("Not connected to a daemon: connect first (File > Connect to…), then press Finish again."));
        status_->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return false;
    }
    delete sequence_;
    sequence_ = new RpcSequence(connection_, steps_(), this);
    progress_->setRange(0, sequence_->count());
    progress_->setValue(0);
    progress_->setVisible(true);
    status_->setStyleSheet({});
    connect(sequence_, &RpcSequence::progress, this, [this](int i, const QString& what) {
        progress_->setValue(i);
        status_->setText(what + QStringLiteral("…"));
    });
    connect(sequence_, &RpcSequence::finished, this, [this](bool ok, const QString& error) {
        progress_->setValue(progress_->maximum());
        if (!ok) {
            status_->setText(error);
            status_->setStyleSheet(QStringLiteral("color: #b3261e;"));
            return;
        }
        status_->setText(tr("Done."));
        done_ = true;
        emit succeeded();
        if (wizard())
            wizard()->accept();
    });
    sequence_->start();
    return false;
}

void SummaryPage::cancel()
{
    if (sequence_)
        sequence_->cancel();
}

QString SummaryPage::errorMessage() const
{
    return done_ ? QString() : status_->text();
}

} // namespace storlab::gui
