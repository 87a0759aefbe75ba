// The process-wide sink of drive medium events (removable_medium.h).
#include "scsi/removable_medium.h"

#include <memory>
#include <mutex>

namespace storlab::scsi {

namespace {
std::mutex sinkMutex;
std::shared_ptr<const MediumEventSink> currentSink;
} // namespace

const char* mediumChangeName(MediumChange change)
{
    switch (change) {
    case MediumChange::Loaded: return "loaded";
    case MediumChange::Ejected: return "ejected";
    case MediumChange::Unloaded: return "unloaded";
    }
    return "";
}

void setMediumEventSink(MediumEventSink sink)
{
    std::lock_guard lock(sinkMutex);
    currentSink = sink ? std::make_shared<const MediumEventSink>(std::move(sink)) : nullptr;
}

void publishMediumEvent(const MediumEvent& event)
{
    std::shared_ptr<const MediumEventSink> sink;
    {
        std::lock_guard lock(sinkMutex);
        sink = currentSink;
    }
    if (sink)
        (*sink)(event);   // outside the lock: the sink may take a while to post
}

} // namespace storlab::scsi
