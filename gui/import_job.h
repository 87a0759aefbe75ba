#pragma once
// One media.import (PROTOCOL.md "media.import", "jobs") driven from the GUI:
// starts the job with the file's path (local socket: the daemon reads the
// file itself) or as an upload (TLS: the bytes go in media.upload chunks,
// one at a time, never blocking the event loop), follows event.job.progress
// and event.job.finished of its job id, and cancels with job.cancel.
#include "shared/rpc_client.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>

namespace storlab::gui {

class ConnectionManager;

class ImportJob : public QObject {
    Q_OBJECT
public:
    // destination: the media.import keys besides `source` ({library, to} or
    // {library, drive} or {target, lun}).
    ImportJob(ConnectionManager* connection, const QString& path, const QJsonObject& destination, bool upload,
              QObject* parent = nullptr);
    void start();
    void cancel();
    qint64 jobId() const { return job_; }
    QString fileName() const;
    bool running() const { return running_; }
    static constexpr qint64 kChunkBytes = 1 << 20;   // 1 MiB per media.upload (the daemon takes up to 4 MiB)

signals:
    // phase as the daemon names it ("receiving", "expanding", …); total < 0 when unknown.
    void progress(const QString& phase, qint64 done, qint64 total);
    // ok: result is the job's result; else error is the daemon's message as is.
    void finished(bool ok, const QJsonObject& result, const QString& error, int code);

private:
    void onEvent(const QString& method, const QJsonObject& params);
    void sendNextChunk();
    void finish(bool ok, const QJsonObject& result, const QString& error, int code);

    ConnectionManager* connection_;
    QString path_;
    QJsonObject destination_;
    bool upload_;
    QFile file_;
    qint64 job_ = -1;
    qint64 sent_ = 0;
    bool running_ = false;
    bool cancelRequested_ = false;
    bool ended_ = false;
    QList<QPair<QString, QJsonObject>> early_;   // job events that arrived before the reply with the id
};

} // namespace storlab::gui
