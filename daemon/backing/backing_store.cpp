// The store-independent parts of the interface: the blocking execute()
// wrapper, the default map, and the factory.
#include "backing/backing_store.h"

#include "backing/file_io.h"

#include <cerrno>
#include <condition_variable>
#include <mutex>

namespace storlab::backing {

int BackingStore::mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const
{
    uint64_t total = size();
    if (offset >= total)
        return -EINVAL;
    mapped = true;
    runLength = total - offset;
    return 0;
}

int BackingStore::execute(const IoRequest& request)
{
    // The completion may run inline (null store, validation errors) or on any
    // other thread; the shared state lives until both sides are done with it.
    struct Waiter {
        std::mutex mutex;
        std::condition_variable cv;
        bool done = false;
        int result = 0;
    };
    auto waiter = std::make_shared<Waiter>();
    submit(request, [waiter](int result) {
        std::lock_guard lock(waiter->mutex);
        waiter->result = result;
        waiter->done = true;
        waiter->cv.notify_all(); // under the lock: the waiter may free nothing we still touch
    });
    std::unique_lock lock(waiter->mutex);
    waiter->cv.wait(lock, [&] { return waiter->done; });
    return waiter->result;
}

std::vector<std::string> backingStoreTypes()
{
    std::vector<std::string> types{"rdwr"};
#ifdef STORLAB_HAVE_LIBAIO
    types.emplace_back("aio");
#endif
#ifdef STORLAB_HAVE_LIBURING
    types.emplace_back("uring");
#endif
    types.emplace_back("null");
    types.emplace_back("sheepdog");
#ifdef STORLAB_HAVE_RBD
    types.emplace_back("rbd");
#endif
#ifdef STORLAB_HAVE_GLFS
    types.emplace_back("glfs");
#endif
    return types;
}

std::vector<std::pair<std::string, std::string>> missingBackingStoreTypes()
{
    std::vector<std::pair<std::string, std::string>> missing;
#ifndef STORLAB_HAVE_LIBAIO
    missing.emplace_back("aio", "libaio");
#endif
#ifndef STORLAB_HAVE_LIBURING
    missing.emplace_back("uring", "liburing");
#endif
#ifndef STORLAB_HAVE_RBD
    missing.emplace_back("rbd", "librbd/librados");
#endif
#ifndef STORLAB_HAVE_GLFS
    missing.emplace_back("glfs", "glusterfs-api");
#endif
    return missing;
}

Result<std::unique_ptr<BackingStore>> openBackingStore(std::string_view type, const BackingOptions& options)
{
    if (type == "rdwr")
        return detail::openRdwrStore(options);
    if (type == "null")
        return detail::openNullStore(options);
    if (type == "aio") {
#ifdef STORLAB_HAVE_LIBAIO
        return detail::openAioStore(options);
#else
        return Error{-ENOTSUP, "backing store 'aio' is not available: storlab was built without libaio"};
#endif
    }
    if (type == "uring") {
#ifdef STORLAB_HAVE_LIBURING
        return detail::openUringStore(options);
#else
        return Error{-ENOTSUP, "backing store 'uring' is not available: storlab was built without liburing"};
#endif
    }
    if (type == "sheepdog")
        return detail::openSheepdogStore(options);
    if (type == "rbd") {
#ifdef STORLAB_HAVE_RBD
        return detail::openRbdStore(options);
#else
        return Error{-ENOTSUP, "backing store 'rbd' is not available: storlab was built without librbd/librados"};
#endif
    }
    if (type == "glfs") {
#ifdef STORLAB_HAVE_GLFS
        return detail::openGlfsStore(options);
#else
        return Error{-ENOTSUP, "backing store 'glfs' is not available: storlab was built without glusterfs-api"};
#endif
    }
    std::string known;
    for (const auto& t : backingStoreTypes())
        known += (known.empty() ? "" : ", ") + t;
    return Error{-EINVAL, "unknown backing store type '" + std::string(type) + "' (known: " + known + ")"};
}

} // namespace storlab::backing
