// "rbd": a Ceph RBD image through librbd's asynchronous API, like tgt's
// bs_rbd. Path "[pool/]image[@snapshot]" (pool "rbd" when omitted); a
// snapshot is opened read-only, so writes fail with DATA PROTECT. --bsopts:
// conf (ceph.conf), id (client id, "admin"), keyring, mount_timeout and
// op_timeout (seconds: a cluster that is gone fails requests instead of
// hanging them). SYNCHRONIZE CACHE, UNMAP and WRITE SAME with zeroes map to
// rbd_aio_flush, rbd_aio_discard and rbd_aio_write_zeroes. A resize done
// in Ceph reaches the LU through an image update watch.
#ifdef STORLAB_HAVE_RBD
#include "backing/file_io.h"
#include "backing/remote_store.h"
#include "backing/store_options.h"

#include <cerrno>

#include <rados/librados.h>
#include <rbd/librbd.h>

namespace storlab::backing::detail {
namespace {

constexpr unsigned kDefaultMountTimeout = 15; // s: connecting to the monitors
constexpr unsigned kDefaultOpTimeout = 20;    // s: one request to an OSD/monitor (initiators wait 30 s)

struct RbdPath {
    std::string pool = "rbd";
    std::string image;
    std::string snapshot;
};

Result<RbdPath> parseRbdPath(const std::string& path)
{
    RbdPath p;
    std::string rest = path;
    if (auto at = rest.find('@'); at != std::string::npos) {
        p.snapshot = rest.substr(at + 1);
        rest.resize(at);
        if (p.snapshot.empty())
            return Error{-EINVAL, "rbd path '" + path + "': empty snapshot name after '@'"};
    }
    if (auto slash = rest.find('/'); slash != std::string::npos) {
        p.pool = rest.substr(0, slash);
        rest = rest.substr(slash + 1);
        if (p.pool.empty())
            return Error{-EINVAL, "rbd path '" + path + "': empty pool name before '/'"};
    }
    if (rest.empty() || rest.find('/') != std::string::npos)
        return Error{-EINVAL, "rbd path '" + path + "' is not [pool/]image[@snapshot]"};
    p.image = rest;
    return p;
}

// librados/librbd handles, released in reverse order of acquisition.
struct RbdHandles {
    rados_t cluster = nullptr;
    rados_ioctx_t io = nullptr;
    rbd_image_t image = nullptr;
    uint64_t watch = 0;
    bool watching = false;

    RbdHandles() = default;
    RbdHandles(const RbdHandles&) = delete;
    RbdHandles& operator=(const RbdHandles&) = delete;
    ~RbdHandles()
    {
        if (watching)
            rbd_update_unwatch(image, watch);
        if (image)
            rbd_close(image);
        if (io)
            rados_ioctx_destroy(io);
        if (cluster)
            rados_shutdown(cluster);
    }
};

class RbdStore final : public RemoteStore {
public:
    RbdStore(std::unique_ptr<RbdHandles> h, uint64_t size, bool readOnly, unsigned depth)
        : RemoteStore(size, readOnly, depth), h_(std::move(h))
    {
    }

    ~RbdStore() override
    {
        drain();
        h_.reset();
    }

    std::string_view kind() const override { return "rbd"; }

    unsigned capabilities() const override
    {
        return CapAsync | CapDiscard | CapWriteZeroes | CapFlush | (readOnly() ? unsigned(CapReadOnly) : 0u);
    }

    // Image header changed (rbd_update_watch): re-read the size.
    void headerChanged()
    {
        uint64_t now = 0;
        if (rbd_get_size(h_->image, &now) == 0)
            sizeChanged(now);
    }

    // librbd's callback, on its own thread.
    static void rbdDone(rbd_completion_t c, void* arg)
    {
        auto* op = static_cast<RemoteOp*>(arg);
        long result = long(rbd_aio_get_return_value(c));
        // A write completes with 0 (all of it), a read with the bytes read.
        if (result == 0 && !op->flushing && op->request.op == IoOp::Write)
            result = long(op->remaining());
        rbd_aio_release(c);
        op->store->completed(op, result);
    }

protected:
    int start(RemoteOp* op) override
    {
        rbd_completion_t c = nullptr;
        if (int rc = rbd_aio_create_completion(op, &RbdStore::rbdDone, &c); rc < 0)
            return rc;
        rbd_image_t img = h_->image;
        int rc = 0;
        if (op->flushing) {
            rc = rbd_aio_flush(img, c);
        } else {
            switch (op->request.op) {
            case IoOp::Read:
                rc = rbd_aio_read(img, op->offset(), op->remaining(), reinterpret_cast<char*>(op->cursor()), c);
                break;
            case IoOp::Write:
                rc = rbd_aio_write(img, op->offset(), op->remaining(), reinterpret_cast<const char*>(op->cursor()), c);
                break;
            case IoOp::Flush:
                rc = rbd_aio_flush(img, c);
                break;
            case IoOp::Discard:
                rc = rbd_aio_discard(img, op->request.offset, op->request.length, c);
                break;
            case IoOp::WriteZeroes:
                rc = rbd_aio_write_zeroes(img, op->request.offset, op->request.length, c, 0, 0);
                break;
            }
        }
        if (rc < 0)
            rbd_aio_release(c);
        return rc < 0 ? rc : 0;
    }

private:
    std::unique_ptr<RbdHandles> h_;
};

void onImageUpdate(void* arg)
{
    static_cast<RbdStore*>(arg)->headerChanged();
}

Error rbdError(int rc, const std::string& what)
{
    return Error{rc, what + ": " + errnoText(rc)};
}

} // namespace

Result<std::unique_ptr<BackingStore>> openRbdStore(const BackingOptions& options)
{
    if (options.path.empty())
        return Error{-EINVAL, "path: the rbd store needs [pool/]image[@snapshot]"};
    auto path = parseRbdPath(options.path);
    if (!path)
        return Error{path.error().code, "path: " + path.error().message};
    auto opts = parseStoreOptions(options.storeOptions, "rbd", {"conf", "id", "keyring", "mount_timeout", "op_timeout"});
    if (!opts)
        return opts.error();
    auto mountTimeout = secondsOption(*opts, "mount_timeout", kDefaultMountTimeout);
    auto opTimeout = secondsOption(*opts, "op_timeout", kDefaultOpTimeout);
    if (!mountTimeout)
        return mountTimeout.error();
    if (!opTimeout)
        return opTimeout.error();
    auto value = [&](const char* key, std::string fallback) {
        auto it = opts->find(key);
        return it == opts->end() ? fallback : it->second;
    };
    const std::string id = value("id", "admin");
    const std::string conf = value("conf", "");
    const std::string keyring = value("keyring", "");

    auto h = std::make_unique<RbdHandles>();
    if (int rc = rados_create(&h->cluster, id.c_str()); rc < 0)
        return rbdError(rc, "bsopts id '" + id + "': cannot create a Ceph client");
    // conf=... names the file; without it librados reads the default locations.
    if (int rc = rados_conf_read_file(h->cluster, conf.empty() ? nullptr : conf.c_str()); rc < 0)
        return rbdError(rc, conf.empty() ? std::string("bsopts conf: no readable default ceph.conf (give conf=PATH)")
                                         : "bsopts conf '" + conf + "': cannot read it");
    if (!keyring.empty())
        if (int rc = rados_conf_set(h->cluster, "keyring", keyring.c_str()); rc < 0)
            return rbdError(rc, "bsopts keyring '" + keyring + "'");
    const std::string mount = std::to_string(*mountTimeout), op = std::to_string(*opTimeout);
    rados_conf_set(h->cluster, "client_mount_timeout", mount.c_str());
    rados_conf_set(h->cluster, "rados_mon_op_timeout", op.c_str());
    rados_conf_set(h->cluster, "rados_osd_op_timeout", op.c_str());
    // No client-side write-back cache: GOOD means the OSD has the data, so a
    // lost client never loses an acknowledged write. Partial discards zero
    // their range, so deallocated blocks read as zeroes.
    rados_conf_set(h->cluster, "rbd_cache", "false");
    rados_conf_set(h->cluster, "rbd_skip_partial_discard", "false");
    // Many LUNs share one client id: no per-client admin socket (they would collide).
    rados_conf_set(h->cluster, "admin_socket", "");
    if (int rc = rados_connect(h->cluster); rc < 0) {
        std::string hint = rc == -EACCES || rc == -EPERM || rc == -ENOENT || rc == -EIO || rc == -EINVAL
                               ? " (check bsopts id '" + id + "' and its keyring" + (keyring.empty() ? "" : " '" + keyring + "'") + ")"
                               : rc == -ETIMEDOUT || rc == -EINTR ? " (no monitor answered within mount_timeout " + mount + " s)" : "";
        rados_shutdown(h->cluster);
        h->cluster = nullptr;
        return rbdError(rc, "cannot connect to the Ceph cluster as client." + id + hint);
    }
    if (int rc = rados_ioctx_create(h->cluster, path->pool.c_str(), &h->io); rc < 0)
        return rbdError(rc, "path: pool '" + path->pool + "'" + (rc == -ENOENT ? " does not exist" : ""));
    const bool snapshot = !path->snapshot.empty();
    const bool readOnly = options.readOnly || snapshot;
    int rc = readOnly ? rbd_open_read_only(h->io, path->image.c_str(), &h->image, snapshot ? path->snapshot.c_str() : nullptr)
                      : rbd_open(h->io, path->image.c_str(), &h->image, nullptr);
    if (rc < 0) {
        h->image = nullptr;
        if (rc == -ENOENT && snapshot) {
            // Tell a missing image from a missing snapshot.
            rbd_image_t probe = nullptr;
            if (rbd_open_read_only(h->io, path->image.c_str(), &probe, nullptr) == 0) {
                rbd_close(probe);
                return Error{rc, "path: snapshot '" + path->snapshot + "' of image '" + path->pool + "/" + path->image + "' does not exist"};
            }
        }
        return rbdError(rc, "path: image '" + path->pool + "/" + path->image + "'" + (rc == -ENOENT ? " does not exist" : ""));
    }
    uint64_t size = 0;
    if (int r = rbd_get_size(h->image, &size); r < 0)
        return rbdError(r, "cannot read the size of image '" + options.path + "'");
    if (options.size && options.size != size)
        return Error{-EINVAL, "size: image '" + options.path + "' has " + std::to_string(size) + " bytes, not " +
                                  std::to_string(options.size) + " (resize it with `rbd resize`, or give no size)"};
    RbdHandles* raw = h.get();
    auto store = std::make_unique<RbdStore>(std::move(h), size, readOnly, options.queueDepth);
    if (rbd_update_watch(raw->image, &raw->watch, &onImageUpdate, store.get()) == 0)
        raw->watching = true;
    return std::unique_ptr<BackingStore>(std::move(store));
}

} // namespace storlab::backing::detail
#endif
