#pragma once
// Long operations (shared/PROTOCOL.md, "jobs"): a job has an id, a kind and a
// title, reports progress as event.job.progress (at most 10 per second), can
// be cancelled (a flag its work polls), and ends with exactly one
// event.job.finished. Work runs on the registry's own thread pool; the
// registry lives on the RPC server's thread, where `finish` callbacks run.
#include "admin/rpc_outcome.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace storlab::admin {

class Job {
public:
    Job(quint64 id, QString kind, QString title) : id(id), kind(std::move(kind)), title(std::move(title)) { sinceEvent_.start(); }
    const quint64 id;
    const QString kind;
    const QString title;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    std::atomic<bool> cancelled{false};
    // Any thread. Pushes event.job.progress unless one went out less than 100 ms ago.
    void progress(const QString& phase, quint64 done, std::optional<quint64> total);
    QJsonObject json() const;   // job.list entry

private:
    friend class JobRegistry;
    std::function<void(const QString&, const QJsonObject&)> broadcast_;
    mutable std::mutex mutex_;
    QString phase_;
    quint64 done_ = 0;
    std::optional<quint64> total_;
    QElapsedTimer sinceEvent_;
    bool anyEvent_ = false;
};

class JobRegistry : public QObject {
public:
    using Broadcast = std::function<void(const QString& method, const QJsonObject& params)>;
    explicit JobRegistry(Broadcast broadcast);
    ~JobRegistry() override;   // cancels every job and waits for their work
    std::shared_ptr<Job> create(const QString& kind, const QString& title);
    std::shared_ptr<Job> find(quint64 id) const;
    QJsonArray list() const;
    // Runs `work` on the pool, then `done` with its Outcome on this object's thread;
    // `done` returns the final Outcome, which ends the job.
    void run(const std::shared_ptr<Job>& job, std::function<Outcome()> work, std::function<Outcome(Outcome)> done);
    // Ends the job: one event.job.finished {job, kind, ok, result | error}; forgets it.
    void finish(const std::shared_ptr<Job>& job, const Outcome& outcome);

private:
    Broadcast broadcast_;
    mutable std::mutex mutex_;
    std::map<quint64, std::shared_ptr<Job>> jobs_;
    quint64 next_ = 1;
    QThreadPool pool_;
};

} // namespace storlab::admin
