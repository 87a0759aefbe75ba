#include "scsi/worker.h"

namespace storlab::scsi {

UnitWorker::UnitWorker(unsigned threads) : state_(std::make_shared<State>())
{
    if (threads == 0)
        threads = 1;
    for (unsigned i = 0; i < threads; ++i) {
        threads_.emplace_back([state = state_] {
            for (;;) {
                std::function<void()> job;
                {
                    std::unique_lock lock(state->mutex);
                    state->cv.wait(lock, [&] { return state->stop || !state->jobs.empty(); });
                    if (state->jobs.empty())
                        return; // stopping and drained
                    job = std::move(state->jobs.front());
                    state->jobs.pop_front();
                }
                job();
            }
        });
    }
}

UnitWorker::~UnitWorker()
{
    {
        std::lock_guard lock(state_->mutex);
        state_->stop = true;
    }
    state_->cv.notify_all();
    for (auto& t : threads_) {
        // The last reference to the unit may be dropped by one of our own jobs.
        if (t.get_id() == std::this_thread::get_id())
            t.detach();
        else if (t.joinable())
            t.join();
    }
}

void UnitWorker::post(std::function<void()> job)
{
    {
        std::lock_guard lock(state_->mutex);
        state_->jobs.push_back(std::move(job));
    }
    state_->cv.notify_one();
}

void WriteGate::enterSharedBlocking()
{
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !exclusive_ && exclusiveWaiting_ == 0; });
    ++shared_;
}

void WriteGate::leaveShared()
{
    std::lock_guard lock(mutex_);
    --shared_;
    if (shared_ == 0)
        cv_.notify_all();
}

void WriteGate::enterExclusive()
{
    std::unique_lock lock(mutex_);
    ++exclusiveWaiting_;
    cv_.wait(lock, [&] { return !exclusive_ && shared_ == 0; });
    --exclusiveWaiting_;
    exclusive_ = true;
}

void WriteGate::leaveExclusive()
{
    std::deque<std::function<void()>> parked;
    {
        std::lock_guard lock(mutex_);
        exclusive_ = false;
        if (exclusiveWaiting_ == 0) {
            parked.swap(parked_);
            shared_ += unsigned(parked.size());
        }
        cv_.notify_all();
    }
    for (auto& start : parked)
        start();
}

} // namespace storlab::scsi
