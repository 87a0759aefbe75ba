#pragma once
// An upload (media.import with source.upload, shared/PROTOCOL.md "media")
// whose client went away - it crashed, lost its network, or its user closed
// the GUI - would otherwise wait for its bytes forever and keep its partial
// file. Each receiving job has a deadline that every chunk renews; a check
// once a second (only while some upload is receiving) hands the jobs past
// their deadline to `expired`, which ends them.
#include <QDeadlineTimer>
#include <QTimer>
#include <QtGlobal>
#include <functional>
#include <map>

namespace storlab::admin {

class UploadIdleWatch {
public:
    using Expired = std::function<void(quint64 job, int idleSeconds)>;
    explicit UploadIdleWatch(Expired expired);

    // Starts watching `job` (or renews it): it expires after idleSeconds without renew().
    void watch(quint64 job, int idleSeconds);
    void renew(quint64 job);
    void forget(quint64 job);

private:
    void check();

    struct Entry {
        int idleSeconds;
        QDeadlineTimer deadline;
    };
    std::map<quint64, Entry> entries_;
    QTimer timer_;
    Expired expired_;
};

} // namespace storlab::admin
