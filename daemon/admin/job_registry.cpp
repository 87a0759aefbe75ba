#include "admin/job_registry.h"

#include <QDateTime>
#include <QPointer>

namespace storlab::admin {

namespace {
constexpr qint64 kMinEventGapMs = 100;   // PROTOCOL "jobs": at most 10 progress events per second
}

void Job::progress(const QString& phase, quint64 done, std::optional<quint64> total)
{
    QJsonObject params;
    {
        std::lock_guard lock(mutex_);
        phase_ = phase;
        done_ = done;
        total_ = total;
        if (anyEvent_ && sinceEvent_.elapsed() < kMinEventGapMs)
            return;
        anyEvent_ = true;
        sinceEvent_.restart();
        params = QJsonObject{{QStringLiteral("job"), qint64(id)}, {QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                             {QStringLiteral("phase"), phase}, {QStringLiteral("done"), qint64(done)},
                             {QStringLiteral("total"), total ? QJsonValue(qint64(*total)) : QJsonValue(QJsonValue::Null)}};
    }
    if (broadcast_)
        broadcast_(QStringLiteral("event.job.progress"), params);
}

QJsonObject Job::json() const
{
    std::lock_guard lock(mutex_);
    return QJsonObject{{QStringLiteral("job"), qint64(id)}, {QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                       {QStringLiteral("phase"), phase_}, {QStringLiteral("done"), qint64(done_)},
                       {QStringLiteral("total"), total_ ? QJsonValue(qint64(*total_)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("started"), started}};
}

JobRegistry::JobRegistry(Broadcast broadcast) : broadcast_(std::move(broadcast))
{
    pool_.setMaxThreadCount(2);
}

JobRegistry::~JobRegistry()
{
    {
        std::lock_guard lock(mutex_);
        for (auto& [id, job] : jobs_)
            job->cancelled = true;
    }
    pool_.waitForDone();
}

std::shared_ptr<Job> JobRegistry::create(const QString& kind, const QString& title)
{
    std::lock_guard lock(mutex_);
    auto job = std::make_shared<Job>(next_++, kind, title);
    job->broadcast_ = broadcast_;
    jobs_[job->id] = job;
    return job;
}

std::shared_ptr<Job> JobRegistry::find(quint64 id) const
{
    std::lock_guard lock(mutex_);
    auto it = jobs_.find(id);
    return it == jobs_.end() ? nullptr : it->second;
}

QJsonArray JobRegistry::list() const
{
    std::vector<std::shared_ptr<Job>> jobs;
    {
        std::lock_guard lock(mutex_);
        for (const auto& [id, job] : jobs_)
            jobs.push_back(job);
    }
    QJsonArray out;
    for (const auto& j : jobs)
        out.append(j->json());
    return out;
}

void JobRegistry::run(const std::shared_ptr<Job>& job, std::function<Outcome()> work, std::function<Outcome(Outcome)> done)
{
    QPointer<JobRegistry> self = this;
    pool_.start([self, job, work = std::move(work), done = std::move(done)] {
        Outcome o = work();
        // The destructor waits for the pool, so `self` is alive here; the hop may find it gone later.
        QMetaObject::invokeMethod(self.data(), [self, job, o, done] {
            if (self)
                self->finish(job, done ? done(o) : o);
        }, Qt::QueuedConnection);
    });
}

void JobRegistry::finish(const std::shared_ptr<Job>& job, const Outcome& o)
{
    {
        std::lock_guard lock(mutex_);
        if (jobs_.erase(job->id) == 0)
            return;   // finished already
    }
    QJsonObject params{{QStringLiteral("job"), qint64(job->id)}, {QStringLiteral("kind"), job->kind}, {QStringLiteral("ok"), o.ok()}};
    if (o.ok()) {
        params[QStringLiteral("result")] = o.result.isUndefined() ? QJsonValue(QJsonObject{}) : o.result;
    } else {
        QJsonObject error{{QStringLiteral("code"), o.code}, {QStringLiteral("message"), o.message}};
        if (!o.data.isEmpty())
            error[QStringLiteral("data")] = o.data;
        params[QStringLiteral("error")] = error;
    }
    if (broadcast_)
        broadcast_(QStringLiteral("event.job.finished"), params);
}

} // namespace storlab::admin
