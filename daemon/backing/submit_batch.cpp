// SubmitBatch (backing_store.h): a per-thread list of the async stores that
// queued requests while a batch was open on this thread. When the outermost
// batch ends each of them submits its queue in one system call.
#include "backing/kernel_queue.h"

#include <algorithm>
#include <iterator>

namespace storlab::backing {
namespace {

struct ThreadBatch {
    unsigned depth = 0;
    // A reactor touches few stores per wakeup; past this many, later stores
    // simply submit at once.
    detail::KernelQueueStore* stores[32];
    size_t count = 0;
};

thread_local ThreadBatch tlsBatch;

} // namespace

SubmitBatch::SubmitBatch()
{
    ++tlsBatch.depth;
}

SubmitBatch::~SubmitBatch()
{
    if (--tlsBatch.depth > 0)
        return;
    // flushBatch() may complete requests whose callbacks submit again: those
    // go straight to the kernel (depth is 0), never into this list.
    while (tlsBatch.count > 0) {
        detail::KernelQueueStore* store = tlsBatch.stores[--tlsBatch.count];
        store->flushBatch();
    }
}

namespace detail {

BatchJoin joinBatch(KernelQueueStore* store)
{
    ThreadBatch& b = tlsBatch;
    if (b.depth == 0)
        return BatchJoin::NotBatching;
    auto* end = b.stores + b.count;
    if (std::find(b.stores, end, store) != end)
        return BatchJoin::AlreadyHeld;
    if (b.count == std::size(b.stores))
        return BatchJoin::NotBatching;
    b.stores[b.count++] = store;
    return BatchJoin::Joined;
}

bool leaveBatch(KernelQueueStore* store)
{
    ThreadBatch& b = tlsBatch;
    auto* end = b.stores + b.count;
    auto* it = std::find(b.stores, end, store);
    if (it == end)
        return false;
    std::copy(it + 1, end, it);
    --b.count;
    return true;
}

} // namespace detail
} // namespace storlab::backing
