#include "net/reactor_pool.h"

#include "core/logging.h"

#include <algorithm>

namespace storlab::net {

namespace {
// A retiring reactor is stopped after this many consecutive once-a-second
// checks found it without connections: commands of a connection that has just
// gone get that long to complete on a running reactor.
constexpr int kEmptyChecksBeforeStop = 2;
} // namespace

ReactorPool::ReactorPool(QObject* parent) : QObject(parent)
{
    reaper_.setInterval(std::chrono::seconds(1));
    connect(&reaper_, &QTimer::timeout, this, &ReactorPool::reapIdle);
}

ReactorPool::~ReactorPool()
{
    stopAll();
}

void ReactorPool::resize(int count)
{
    count = std::max(count, 1);
    // Growing: take back retiring reactors first (still running, maybe still serving).
    while (int(active_.size()) < count && !retiring_.empty()) {
        Retiring back = std::move(retiring_.back());
        retiring_.pop_back();
        qCInfo(lcNet) << "reactor" << back.reactor->index() << "takes new connections again";
        active_.push_back(back.reactor.get());
        owned_.push_back(std::move(back.reactor));
    }
    while (int(active_.size()) < count) {
        owned_.push_back(std::make_unique<Reactor>(nextIndex_++));
        owned_.back()->setBusyPollBudget(busyPollBudget_);
        owned_.back()->start();
        active_.push_back(owned_.back().get());
        qCInfo(lcNet) << "reactor" << owned_.back()->index() << "started";
    }
    // Shrinking: retire the least loaded ones (their sessions stay where they are).
    while (int(active_.size()) > count) {
        const auto least = std::min_element(owned_.begin(), owned_.end(), [](const auto& a, const auto& b) {
            return a->connectionCount() < b->connectionCount();
        });
        std::unique_ptr<Reactor> surplus = std::move(*least);
        active_.erase(active_.begin() + (least - owned_.begin()));
        owned_.erase(least);
        retire(std::move(surplus));
    }
    if (!retiring_.empty() && !reaper_.isActive())
        reaper_.start();
}

void ReactorPool::retire(std::unique_ptr<Reactor> reactor)
{
    auto settled = std::make_shared<std::atomic<bool>>(false);
    // Work runs in post order: once this marker has run, the accepts the
    // listeners posted before the reactor left active_ have run too.
    reactor->post([settled] { settled->store(true, std::memory_order_release); });
    qCInfo(lcNet) << "reactor" << reactor->index() << "retiring with" << reactor->connectionCount()
                  << "connection(s): no new ones; stopped when empty";
    retiring_.push_back({std::move(reactor), std::move(settled), 0});
}

void ReactorPool::reapIdle()
{
    for (auto it = retiring_.begin(); it != retiring_.end();) {
        const bool empty = it->acceptsSettled->load(std::memory_order_acquire) && it->reactor->connectionCount() == 0;
        it->emptyChecks = empty ? it->emptyChecks + 1 : 0;
        if (it->emptyChecks < kEmptyChecksBeforeStop) {
            ++it;
            continue;
        }
        it->reactor->stop();
        qCInfo(lcNet) << "reactor" << it->reactor->index() << "stopped (retired)";
        stopped_.push_back(std::move(it->reactor));
        it = retiring_.erase(it);
    }
    if (retiring_.empty())
        reaper_.stop();
}

void ReactorPool::setBusyPollBudget(std::chrono::microseconds budget)
{
    busyPollBudget_ = budget;
    for (const auto& r : owned_)
        r->setBusyPollBudget(budget);
    for (const Retiring& r : retiring_)
        r.reactor->setBusyPollBudget(budget);
}

BusyPollTotals ReactorPool::busyPollTotals() const
{
    BusyPollTotals totals;
    for (const auto& r : owned_)
        totals.add(r->busyPollCounters());
    for (const Retiring& r : retiring_)
        totals.add(r.reactor->busyPollCounters());
    for (const auto& r : stopped_)
        totals.add(r->busyPollCounters());
    return totals;
}

void ReactorPool::stopAll()
{
    reaper_.stop();
    active_.clear();
    owned_.clear();   // ~Reactor stops each thread, deleting its connections there
    retiring_.clear();
    stopped_.clear();
}

} // namespace storlab::net
