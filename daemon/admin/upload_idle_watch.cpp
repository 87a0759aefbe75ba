#include "admin/upload_idle_watch.h"

#include <chrono>
#include <vector>

namespace storlab::admin {

UploadIdleWatch::UploadIdleWatch(Expired expired) : expired_(std::move(expired))
{
    timer_.setInterval(std::chrono::seconds(1));
    QObject::connect(&timer_, &QTimer::timeout, [this] { check(); });
}

void UploadIdleWatch::watch(quint64 job, int idleSeconds)
{
    entries_[job] = {idleSeconds, QDeadlineTimer(std::chrono::seconds(idleSeconds))};
    if (!timer_.isActive())
        timer_.start();
}

void UploadIdleWatch::renew(quint64 job)
{
    auto it = entries_.find(job);
    if (it != entries_.end())
        it->second.deadline.setRemainingTime(std::chrono::seconds(it->second.idleSeconds));
}

void UploadIdleWatch::forget(quint64 job)
{
    entries_.erase(job);
    if (entries_.empty())
        timer_.stop();
}

void UploadIdleWatch::check()
{
    // Collected first: `expired` ends jobs, which may forget() others.
    std::vector<std::pair<quint64, int>> due;
    for (const auto& [job, entry] : entries_)
        if (entry.deadline.hasExpired())
            due.emplace_back(job, entry.idleSeconds);
    for (const auto& [job, seconds] : due) {
        forget(job);
        expired_(job, seconds);
    }
}

} // namespace storlab::admin
