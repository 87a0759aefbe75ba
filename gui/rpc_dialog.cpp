#include "gui/rpc_dialog.h"

#include "gui/connection_manager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace storlab::gui {

RpcDialog::RpcDialog(ConnectionManager* connection, QWidget* parent) : QDialog(parent), connection_(connection)
{
    auto* layout = new QVBoxLayout(this);
    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form_->setRowWrapPolicy(QFormLayout::DontWrapRows);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("dialogError"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background: #fbe6e4; border: 1px solid #e6b8b3;"
                                         " border-radius: 4px; padding: 6px; }"));
    error_->hide();
    progress_ = new QProgressBar(this);
    progress_->setAccessibleName(tr("Progress"));
    progress_->hide();
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addLayout(form_);
    layout->addStretch(1);
    layout->addWidget(error_);
    layout->addWidget(progress_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &RpcDialog::apply);
    connect(buttons_, &QDialogButtonBox::rejected, this, &RpcDialog::reject);
}

QString RpcDialog::errorMessage() const { return error_->isVisible() || !error_->text().isEmpty() ? error_->text() : QString(); }

void RpcDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

void RpcDialog::setOkText(const QString& text) { buttons_->button(QDialogButtonBox::Ok)->setText(text); }

void RpcDialog::apply()
{
    if (sequence_)
        return;
    QString problem;
    const QList<RpcSequence::Step> list = steps(&problem);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    if (list.isEmpty()) {
        accept();
        return;
    }
    sequence_ = new RpcSequence(connection_, list, this);
    progress_->setRange(0, int(list.size()));
    progress_->setValue(0);
    progress_->show();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(sequence_, &RpcSequence::progress, this, [this](int index, const QString& what) {
        progress_->setValue(index);
        progress_->setFormat(what);
    });
    connect(sequence_, &RpcSequence::finished, this, [this](bool ok, const QString& error) {
        sequence_->deleteLater();
        sequence_ = nullptr;
        progress_->hide();
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!ok) {
            showError(error);
            reloadState();
            return;
        }
        emit applied();
        accept();
    });
    sequence_->start();
}

// Cancel while calls run: stop after the current one and say what was done.
void RpcDialog::done(int r)
{
    if (r == QDialog::Rejected && sequence_) {
        sequence_->cancel();
        return;   // finished() reports "Cancelled." and keeps the dialog open
    }
    QDialog::done(r);
}

} // namespace storlab::gui
