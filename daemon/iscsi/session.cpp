#include "iscsi/session.h"

#include "iscsi/serial_number.h"

namespace storlab::iscsi {

Session::Session(uint16_t tsih, std::array<uint8_t, 6> isid, SessionParams params,
                 std::shared_ptr<const Target> target, uint64_t nexusId)
    : tsih_(tsih), isid_(isid), params_(std::move(params)), target_(std::move(target)),
      nexus_(std::make_shared<scsi::Nexus>())
{
    nexus_->id = nexusId;
    nexus_->initiatorName = params_.initiatorName;
    nexus_->isid = isid_;
    nexus_->targetName = params_.targetName;
    nexus_->tpgt = target_ ? target_->tpgt : 1;
    nexus_->relativeTargetPortId = nexus_->tpgt;
}

Session::~Session() = default;

void Session::initCmdSN(uint32_t cmdSN)
{
    std::lock_guard lock(mutex_);
    expCmdSN_ = cmdSN;
}

uint32_t Session::expCmdSN() const
{
    std::lock_guard lock(mutex_);
    return expCmdSN_;
}

uint32_t Session::maxCmdSNLocked() const
{
    // The window is as wide as the free task slots; with none free it closes
    // (MaxCmdSN = ExpCmdSN - 1, RFC 7143 §4.2.2.1).
    const size_t inFlight = tasks_.size() + waiting_.size();
    const uint32_t free = inFlight >= kMaxTasks ? 0 : uint32_t(kMaxTasks - inFlight);
    return expCmdSN_ + free - 1;
}

uint32_t Session::maxCmdSN() const
{
    std::lock_guard lock(mutex_);
    return maxCmdSNLocked();
}

Session::Window Session::window() const
{
    std::lock_guard lock(mutex_);
    return {expCmdSN_, maxCmdSNLocked()};
}

void Session::advanceLocked(std::vector<std::function<void()>>& ready)
{
    // ExpCmdSN moves past this command and past every queued one it unblocks.
    ++expCmdSN_;
    for (auto it = waiting_.find(expCmdSN_); it != waiting_.end(); it = waiting_.find(expCmdSN_)) {
        ready.push_back(std::move(it->second));
        waiting_.erase(it);
        ++expCmdSN_;
    }
}

Session::Admission Session::admit(uint32_t cmdSN, bool immediate, std::function<void()> deliver)
{
    return admitLazy(cmdSN, immediate, [&deliver] { return std::move(deliver); });
}

Session::Admission Session::admitLazy(uint32_t cmdSN, bool immediate,
                                      const std::function<std::function<void()>()>& makeDelivery)
{
    std::vector<std::function<void()>> ready;
    {
        std::lock_guard lock(mutex_);
        if (immediate)
            return Admission::Accept;
        if (cmdSN != expCmdSN_) {
            if (snGreater(cmdSN, expCmdSN_) && snLessEqual(cmdSN, maxCmdSNLocked()) && !waiting_.count(cmdSN)) {
                waiting_.emplace(cmdSN, makeDelivery());
                return Admission::Queued;
            }
            return Admission::Drop;
        }
        advanceLocked(ready);
    }
    for (auto& fn : ready)
        fn();
    return Admission::Accept;
}

bool Session::consumeCmdSN(uint32_t cmdSN)
{
    std::vector<std::function<void()>> ready;
    {
        std::lock_guard lock(mutex_);
        if (snLess(cmdSN, expCmdSN_) || snGreater(cmdSN, maxCmdSNLocked()))
            return false;
        if (cmdSN != expCmdSN_) {
            waiting_[cmdSN] = [] {};  // fills the gap with nothing once ExpCmdSN gets there
            return true;
        }
        advanceLocked(ready);
    }
    for (auto& fn : ready)
        fn();
    return true;
}

bool Session::addTask(uint32_t itt, TaskEntry entry)
{
    std::lock_guard lock(mutex_);
    if (spareNodes_.empty())
        return tasks_.emplace(itt, std::move(entry)).second;
    auto node = std::move(spareNodes_.back());
    spareNodes_.pop_back();
    node.key() = itt;
    node.mapped() = std::move(entry);
    auto result = tasks_.insert(std::move(node));
    if (!result.inserted) {
        result.node.mapped() = TaskEntry{};
        spareNodes_.push_back(std::move(result.node));
    }
    return result.inserted;
}

void Session::markExecuting(uint32_t itt)
{
    std::lock_guard lock(mutex_);
    auto it = tasks_.find(itt);
    if (it != tasks_.end())
        it->second.executing = true;
}

std::vector<std::function<void()>> Session::finishTask(uint32_t itt)
{
    std::lock_guard lock(mutex_);
    auto it = tasks_.find(itt);
    if (it == tasks_.end())
        return {};
    auto callbacks = std::move(it->second.finished);
    auto node = tasks_.extract(it);
    node.mapped() = TaskEntry{};   // drop the task and link references now
    if (spareNodes_.size() < kMaxTasks)
        spareNodes_.push_back(std::move(node));
    return callbacks;
}

void Session::endTask(uint32_t itt)
{
    for (auto& fn : finishTask(itt))
        fn();
}

bool Session::watchTask(uint32_t itt, std::function<void()> fn)
{
    std::lock_guard lock(mutex_);
    auto it = tasks_.find(itt);
    if (it == tasks_.end())
        return false;
    it->second.finished.push_back(std::move(fn));
    return true;
}

void Session::removeTask(uint32_t itt)
{
    std::lock_guard lock(mutex_);
    tasks_.erase(itt);
}

std::shared_ptr<scsi::ScsiTask> Session::findTask(uint32_t itt) const
{
    std::lock_guard lock(mutex_);
    auto it = tasks_.find(itt);
    return it == tasks_.end() ? nullptr : it->second.task;
}

std::vector<Session::TaskEntry> Session::abortTasks(const std::function<bool(uint32_t, const TaskEntry&)>& match)
{
    std::vector<TaskEntry> hit;
    std::lock_guard lock(mutex_);
    for (auto& [itt, entry] : tasks_) {
        if (match(itt, entry)) {
            entry.task->aborted = true;
            hit.push_back(entry);
        }
    }
    return hit;
}

size_t Session::taskCount() const
{
    std::lock_guard lock(mutex_);
    return tasks_.size();
}

void Session::addConnection(std::shared_ptr<ConnectionLink> link)
{
    std::lock_guard lock(mutex_);
    connections_.push_back(std::move(link));
}

bool Session::removeConnection(const std::shared_ptr<ConnectionLink>& link)
{
    std::lock_guard lock(mutex_);
    std::erase(connections_, link);
    return connections_.empty();
}

std::vector<std::shared_ptr<ConnectionLink>> Session::connections() const
{
    std::lock_guard lock(mutex_);
    return connections_;
}

size_t Session::connectionCount() const
{
    std::lock_guard lock(mutex_);
    return connections_.size();
}

std::shared_ptr<Session> SessionManager::create(const std::array<uint8_t, 6>& isid, const SessionParams& params,
                                                std::shared_ptr<const Target> target)
{
    std::unique_lock lock(mutex_);
    // TSIH 0 is reserved (RFC 7143 §11.12.6); skip values still in use after wrap-around.
    while (nextTsih_ == 0 || sessions_.count(nextTsih_))
        ++nextTsih_;
    const uint16_t tsih = nextTsih_++;
    auto session = std::make_shared<Session>(tsih, isid, params, std::move(target), nextNexusId_++);
    sessions_[tsih] = session;
    if (auto observer = observer_) {
        lock.unlock();
        (*observer)(Change::Added, session);
    }
    return session;
}

std::shared_ptr<Session> SessionManager::find(uint16_t tsih) const
{
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(tsih);
    return it == sessions_.end() ? nullptr : it->second;
}

std::shared_ptr<Session> SessionManager::findByIdentity(const std::string& initiatorName,
                                                        const std::array<uint8_t, 6>& isid,
                                                        const std::string& targetName) const
{
    std::lock_guard lock(mutex_);
    for (const auto& [tsih, s] : sessions_) {
        if (s->isid() == isid && s->params().initiatorName == initiatorName && s->params().targetName == targetName)
            return s;
    }
    return nullptr;
}

void SessionManager::remove(uint16_t tsih)
{
    std::unique_lock lock(mutex_);
    auto it = sessions_.find(tsih);
    if (it == sessions_.end())
        return;
    auto session = std::move(it->second);
    sessions_.erase(it);
    if (auto observer = observer_) {
        lock.unlock();
        (*observer)(Change::Removed, session);
    }
}

void SessionManager::setObserver(Observer observer)
{
    std::lock_guard lock(mutex_);
    observer_ = observer ? std::make_shared<const Observer>(std::move(observer)) : nullptr;
}

std::vector<std::shared_ptr<Session>> SessionManager::all() const
{
    std::lock_guard lock(mutex_);
    std::vector<std::shared_ptr<Session>> out;
    for (const auto& [tsih, s] : sessions_)
        out.push_back(s);
    return out;
}

} // namespace storlab::iscsi
