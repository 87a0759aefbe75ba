#include "gui/import_progress_dialog.h"

#include "gui/connection_manager.h"
#include "gui/import_job.h"

#include <QLocale>
#include <QPushButton>

namespace storlab::gui {

ImportProgressDialog* ImportProgressDialog::start(QWidget* parent, ConnectionManager* connection, const QString& path,
                                                  const QJsonObject& destination, Done done, bool upload)
{
    auto* job = new ImportJob(connection, path, destination, upload || connection->isRemote());
    auto* dialog = new ImportProgressDialog(parent, job);
    job->setParent(dialog);
    QObject::connect(job, &ImportJob::finished, dialog,
                     [dialog, done](bool ok, const QJsonObject& result, const QString& error, int) {
                         dialog->hide();
                         dialog->deleteLater();
                         if (done)
                             done(ok, result, error);
                     });
    job->start();
    return dialog;
}

ImportProgressDialog::ImportProgressDialog(QWidget* parent, ImportJob* job) : QProgressDialog(parent), job_(job)
{
    setObjectName(QStringLiteral("importProgress"));
    setWindowTitle(tr("Importing %1").arg(job->fileName()));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(400);   // quick imports finish without a flash of a dialog
    setMinimumWidth(460);
    setRange(0, 0);
    setLabelText(tr("Starting the import of %1…").arg(job->fileName()));
    // Cancel asks the daemon to stop (job.cancel); the dialog stays until the job says it ended.
    auto* cancelButton = new QPushButton(tr("&Cancel import"), this);
    setCancelButton(cancelButton);
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, [this, cancelButton] {
        setLabelText(tr("Cancelling the import of %1…").arg(job_->fileName()));
        cancelButton->setEnabled(false);
        job_->cancel();
    });
    connect(job, &ImportJob::progress, this, &ImportProgressDialog::onProgress);
}

QString ImportProgressDialog::phaseText(const QString& phase)
{
    if (phase == QLatin1String("receiving"))
        return tr("Uploading");
    if (phase == QLatin1String("expanding"))
        return tr("Expanding");
    if (phase == QLatin1String("mastering"))
        return tr("Mastering an ISO image");
    if (phase == QLatin1String("verifying"))
        return tr("Verifying");
    if (phase == QLatin1String("loading"))
        return tr("Loading into the drive");
    if (phase == QLatin1String("starting"))
        return tr("Starting");
    return phase;
}

void ImportProgressDialog::onProgress(const QString& phase, qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        setRange(0, 1000);
        setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        setLabelText(tr("%1 %2: %3 of %4").arg(phaseText(phase), job_->fileName(), locale.formattedDataSize(done),
                                               locale.formattedDataSize(total)));
    } else {
        setRange(0, 0);
        setLabelText(done > 0 ? tr("%1 %2: %3").arg(phaseText(phase), job_->fileName(), locale.formattedDataSize(done))
                              : tr("%1 %2…").arg(phaseText(phase), job_->fileName()));
    }
}

} // namespace storlab::gui
