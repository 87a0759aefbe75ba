#pragma once
// The daemon's reactors, resizable while it runs (config.import `reactors`,
// shared/PROTOCOL.md "config"). Listeners hand new connections only to the
// active reactors. Growing starts reactors at once. Shrinking never moves or
// drops a connection (a connection lives on one reactor for life, design.md
// §2): the surplus reactors only stop receiving new connections, and each is
// stopped once its last connection has gone. A stopped reactor object is kept
// until the pool is destroyed, so work posted to it late (the completion of a
// command whose connection is gone) still has a valid queue; it runs when the
// pool ends, as at daemon shutdown. Main thread only.
#include "net/reactor.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

namespace storlab::net {

class ReactorPool : public QObject {
    Q_OBJECT
public:
    explicit ReactorPool(QObject* parent = nullptr);
    ~ReactorPool() override;
    // Makes `count` (>= 1) reactors active: new ones start, surplus ones retire.
    void resize(int count);
    // The reactors that take new connections.
    const std::vector<Reactor*>& active() const { return active_; }
    // Reactors that take no new connections but still serve some (or have work queued).
    int retiringCount() const { return int(retiring_.size()); }
    // Sets the busy poll budget of every running reactor and of those started later.
    void setBusyPollBudget(std::chrono::microseconds budget);
    std::chrono::microseconds busyPollBudget() const { return busyPollBudget_; }
    // Busy polling outcomes summed over every reactor, retired ones included.
    BusyPollTotals busyPollTotals() const;
    // Stops every reactor (their connections are deleted on their threads).
    void stopAll();

private:
    struct Retiring {
        std::unique_ptr<Reactor> reactor;
        // Set on the reactor thread by a marker posted when it retired: every
        // accept handed to it before then has made its connection by now.
        std::shared_ptr<std::atomic<bool>> acceptsSettled;
        int emptyChecks = 0;
    };
    void reapIdle();
    void retire(std::unique_ptr<Reactor> reactor);

    std::vector<std::unique_ptr<Reactor>> owned_;   // parallel to active_
    std::vector<Reactor*> active_;
    std::vector<Retiring> retiring_;
    std::vector<std::unique_ptr<Reactor>> stopped_;
    QTimer reaper_;
    int nextIndex_ = 0;
    std::chrono::microseconds busyPollBudget_ = BusyPoll::kDefaultBudget;
};

} // namespace storlab::net
