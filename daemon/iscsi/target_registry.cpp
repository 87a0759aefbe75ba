#include "iscsi/target_registry.h"

#include <algorithm>

namespace storlab::iscsi {

std::string PortalAddress::targetAddress(uint16_t tpgt) const
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "," + std::to_string(tpgt);
}

void TargetRegistry::add(std::shared_ptr<const Target> target)
{
    {
        std::lock_guard lock(mutex_);
        std::erase_if(targets_, [&](const auto& t) { return t->name == target->name; });
        targets_.push_back(std::move(target));
    }
    notify();
}

void TargetRegistry::remove(const std::string& name)
{
    {
        std::lock_guard lock(mutex_);
        std::erase_if(targets_, [&](const auto& t) { return t->name == name; });
    }
    notify();
}

void TargetRegistry::setObserver(std::function<void()> observer)
{
    std::lock_guard lock(mutex_);
    observer_ = std::move(observer);
}

void TargetRegistry::notify() const
{
    std::function<void()> observer;
    {
        std::lock_guard lock(mutex_);
        observer = observer_;
    }
    if (observer)
        observer();
}

std::shared_ptr<const Target> TargetRegistry::find(const std::string& name) const
{
    std::lock_guard lock(mutex_);
    // iSCSI names are compared case-insensitively after stringprep (RFC 3722); IQNs here are lower case.
    for (const auto& t : targets_) {
        if (t->name.size() == name.size()
            && std::equal(t->name.begin(), t->name.end(), name.begin(),
                          [](char a, char b) { return std::tolower(uint8_t(a)) == std::tolower(uint8_t(b)); }))
            return t;
    }
    return nullptr;
}

std::vector<std::shared_ptr<const Target>> TargetRegistry::all() const
{
    std::lock_guard lock(mutex_);
    return targets_;
}

void TargetRegistry::setPortals(std::vector<PortalAddress> portals)
{
    {
        std::lock_guard lock(mutex_);
        portals_ = std::move(portals);
    }
    notify();
}

std::vector<PortalAddress> TargetRegistry::portals() const
{
    std::lock_guard lock(mutex_);
    return portals_;
}

} // namespace storlab::iscsi
