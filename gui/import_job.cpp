#include "gui/import_job.h"

#include "gui/connection_manager.h"

#include <QFileInfo>
#include <QPointer>
#include <utility>

namespace storlab::gui {

ImportJob::ImportJob(ConnectionManager* connection, const QString& path, const QJsonObject& destination, bool upload,
                     QObject* parent)
    : QObject(parent), connection_(connection), path_(path), destination_(destination), upload_(upload), file_(path)
{
    connect(connection_, &ConnectionManager::eventReceived, this, &ImportJob::onEvent);
    connect(connection_, &ConnectionManager::stateChanged, this, [this](ConnectionManager::State s) {
        if (running_ && s != ConnectionManager::State::Connected)
            finish(false, {}, tr("The connection to the daemon was lost; the import did not finish."), rpc::TransportError);
    });
}

QString ImportJob::fileName() const { return QFileInfo(path_).fileName(); }

void ImportJob::start()
{
    QJsonObject params = destination_;
    const QFileInfo info(path_);
    if (upload_) {
        if (info.isDir()) {
            finish(false, {}, tr("A folder can be imported only from the daemon's own host. Pack it as .zip or .tar and drop that."),
                   rpc::InvalidArgument);
            return;
        }
        if (!file_.open(QIODevice::ReadOnly)) {
            finish(false, {}, tr("%1 cannot be read: %2").arg(fileName(), file_.errorString()), rpc::IoError);
            return;
        }
        params.insert(QStringLiteral("source"),
                      QJsonObject{{QStringLiteral("upload"), QJsonObject{{QStringLiteral("name"), fileName()},
                                                                         {QStringLiteral("size"), double(info.size())}}}});
    } else {
        params.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), info.absoluteFilePath()}});
    }
    running_ = true;
    emit progress(upload_ ? QStringLiteral("receiving") : QStringLiteral("starting"), 0, upload_ ? info.size() : -1);
    QPointer<ImportJob> self(this);
    connection_->call(QStringLiteral("media.import"), params, [self](const rpc::RpcReply& r) {
        if (!self || !self->running_)
            return;
        if (!r.ok()) {
            self->finish(false, {}, r.message, r.code);
            return;
        }
        self->job_ = r.result.toObject().value(QLatin1String("job")).toInteger(-1);
        const auto early = std::exchange(self->early_, {});
        for (const auto& [method, params] : early)
            if (self)
                self->onEvent(method, params);
        if (!self || !self->running_)
            return;
        if (self->cancelRequested_)
            self->cancel();
        else if (self->upload_)
            self->sendNextChunk();
    });
}

void ImportJob::sendNextChunk()
{
    if (!running_ || cancelRequested_ || !file_.isOpen() || sent_ >= file_.size())
        return;
    const QByteArray chunk = file_.read(kChunkBytes);
    if (chunk.isEmpty()) {
        cancel();
        finish(false, {}, tr("%1 could not be read at byte %2: %3").arg(fileName()).arg(sent_).arg(file_.errorString()),
               rpc::IoError);
        return;
    }
    const qint64 offset = sent_;
    sent_ += chunk.size();
    QPointer<ImportJob> self(this);
    connection_->call(QStringLiteral("media.upload"),
                      {{QStringLiteral("job"), double(job_)}, {QStringLiteral("offset"), double(offset)},
                       {QStringLiteral("data"), QString::fromLatin1(chunk.toBase64())}},
                      [self](const rpc::RpcReply& r) {
                          if (!self || !self->running_)
                              return;
                          if (!r.ok()) {
                              self->finish(false, {}, r.message, r.code);
                              return;
                          }
                          emit self->progress(QStringLiteral("receiving"), self->sent_, self->file_.size());
                          self->sendNextChunk();
                      });
}

void ImportJob::cancel()
{
    if (!running_)
        return;
    cancelRequested_ = true;
    if (job_ < 0)
        return;   // the reply with the job id cancels
    connection_->call(QStringLiteral("job.cancel"), {{QStringLiteral("job"), double(job_)}}, {});
    // The job ends with event.job.finished {ok: false, code -32010}.
}

void ImportJob::onEvent(const QString& method, const QJsonObject& params)
{
    if (!running_ || !method.startsWith(QLatin1String("event.job.")))
        return;
    if (job_ < 0) {
        early_.append({method, params});
        return;
    }
    if (params.value(QLatin1String("job")).toInteger(-2) != job_)
        return;
    if (method == QLatin1String("event.job.progress")) {
        const QJsonValue total = params.value(QLatin1String("total"));
        emit progress(params.value(QLatin1String("phase")).toString(), params.value(QLatin1String("done")).toInteger(),
                      total.isDouble() ? total.toInteger() : -1);
    } else if (method == QLatin1String("event.job.finished")) {
        const QJsonObject error = params.value(QLatin1String("error")).toObject();
        finish(params.value(QLatin1String("ok")).toBool(), params.value(QLatin1String("result")).toObject(),
               error.value(QLatin1String("message")).toString(), error.value(QLatin1String("code")).toInt());
    }
}

void ImportJob::finish(bool ok, const QJsonObject& result, const QString& error, int code)
{
    if (ended_)
        return;
    ended_ = true;
    running_ = false;
    file_.close();
    emit finished(ok, result, error, code);
}

} // namespace storlab::gui
