#pragma once
// The progress of a media.import with a Cancel button (job.cancel): one
// dialog per job, window-modal on its parent but never blocking the event
// loop. start() is what a drop or a Load… action calls.
#include <QJsonObject>
#include <QProgressDialog>
#include <functional>

namespace storlab::gui {

class ConnectionManager;
class ImportJob;

class ImportProgressDialog : public QProgressDialog {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QJsonObject& result, const QString& error)>;
    // Checks nothing: the caller ran checkMediaFile(). Starts the job (path for
    // a local daemon, upload over TLS or when `upload`), shows the dialog
    // (after 400 ms), calls done at the end.
    static ImportProgressDialog* start(QWidget* parent, ConnectionManager* connection, const QString& path,
                                       const QJsonObject& destination, Done done, bool upload = false);
    ImportJob* job() const { return job_; }
    static QString phaseText(const QString& phase);

private:
    ImportProgressDialog(QWidget* parent, ImportJob* job);
    void onProgress(const QString& phase, qint64 done, qint64 total);
    ImportJob* job_;
};

} // namespace storlab::gui
