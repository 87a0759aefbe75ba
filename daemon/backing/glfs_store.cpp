// "glfs": a file in a GlusterFS volume through glusterfs-api's asynchronous
// calls, like tgt's bs_glfs. Path "volume@host:/path/in/volume" (tgt's
// form); --bsopts: port (glusterd's, 24007), timeout (seconds a brick may
// be silent before its requests fail, gluster's ping-timeout), logfile,
// loglevel. All LUNs on one volume share one glfs_t; when the last of them
// goes, glfs_fini (about 10 s with glusterfs 10) runs on a thread of its
// own, and exit waits for it at most kFiniBoundSeconds. The callbacks use
// glusterfs >= 6's glfs_io_cbk (pre- and post-op stat).
#ifdef STORLAB_HAVE_GLFS
#include "backing/file_io.h"
#include "backing/remote_store.h"
#include "backing/store_options.h"

#include <cerrno>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <glusterfs/api/glfs.h>
#include <sys/stat.h>

namespace storlab::backing::detail {
namespace {

constexpr unsigned kDefaultPort = 24007;
constexpr unsigned kDefaultTimeout = 20; // s; initiators wait 30 s for a command
constexpr int kFiniBoundSeconds = 15;

struct GlfsPath {
    std::string volume;
    std::string host;
    std::string file;
};

Result<GlfsPath> parseGlfsPath(const std::string& path)
{
    GlfsPath p;
    const size_t at = path.find('@');
    const size_t colon = at == std::string::npos ? std::string::npos : path.find(':', at + 1);
    if (at == std::string::npos || colon == std::string::npos)
        return Error{-EINVAL, "path: '" + path + "' is not volume@host:/path (tgt's glfs form)"};
    p.volume = path.substr(0, at);
    p.host = path.substr(at + 1, colon - at - 1);
    p.file = path.substr(colon + 1);
    if (p.volume.empty() || p.host.empty() || p.file.empty())
        return Error{-EINVAL, "path: '" + path + "' has an empty volume, host or file name (volume@host:/path)"};
    if (p.file.front() != '/')
        p.file.insert(p.file.begin(), '/');
    return p;
}

// One glfs_t per (volume, host, port), shared by the stores on it.
struct GlfsVolume {
    glfs_t* fs = nullptr;
};

class GlfsVolumes {
public:
    static GlfsVolumes& instance()
    {
        // Never destroyed: a glfs_fini thread may still use it at exit.
        static GlfsVolumes* volumes = new GlfsVolumes;
        return *volumes;
    }

    Result<std::shared_ptr<GlfsVolume>> acquire(const GlfsPath& p, unsigned port, unsigned timeout,
                                                const std::string& logfile, int loglevel)
    {
        const std::string key = p.volume + '@' + p.host + ':' + std::to_string(port);
        std::lock_guard lock(mutex_);
        if (auto it = open_.find(key); it != open_.end())
            if (auto v = it->second.lock())
                return v;
        glfs_t* fs = glfs_new(p.volume.c_str());
        if (!fs)
            return Error{-errno, "cannot create a gfapi client for volume '" + p.volume + "'"};
        glfs_set_volfile_server(fs, "tcp", p.host.c_str(), int(port));
        glfs_set_logging(fs, logfile.c_str(), loglevel);
        // A brick that stops answering fails its requests after `timeout`.
        const std::string t = std::to_string(timeout);
        glfs_set_xlator_option(fs, "*-client-*", "ping-timeout", t.c_str());
        // A write-behind write whose flush failed is retried by the next
        // fsync instead of being dropped (what QEMU's gluster driver sets).
        glfs_set_xlator_option(fs, "*-write-behind", "resync-failed-syncs-after-fsync", "on");
        if (glfs_init(fs) != 0) {
            const int err = errno ? errno : EIO;
            retire(fs);
            return Error{-err, "path: volume '" + p.volume + "' on " + p.host + ":" + std::to_string(port) + ": " +
                                   errnoText(err) +
                                   (err == ENOENT ? " (no such volume, or it is not started)"
                                                  : err == ECONNREFUSED || err == ENOTCONN ? " (is glusterd running there? bsopts port)" : "")};
        }
        auto v = std::shared_ptr<GlfsVolume>(new GlfsVolume{fs}, [this](GlfsVolume* gone) {
            retire(gone->fs);
            delete gone;
        });
        open_[key] = v;
        return v;
    }

    // Waits (bounded) for the glfs_fini threads still running.
    void waitForFinis()
    {
        std::unique_lock lock(finiMutex_);
        finisDone_.wait_for(lock, std::chrono::seconds(kFiniBoundSeconds), [this] { return finishing_ == 0; });
    }

private:
    // glfs_fini takes about 10 s: never on the caller's thread.
    void retire(glfs_t* fs)
    {
        {
            std::lock_guard lock(finiMutex_);
            ++finishing_;
        }
        std::thread([this, fs] {
            glfs_fini(fs);
            std::lock_guard lock(finiMutex_);
            --finishing_;
            finisDone_.notify_all();
        }).detach();
    }

    std::mutex mutex_;
    std::map<std::string, std::weak_ptr<GlfsVolume>> open_;
    std::mutex finiMutex_;
    std::condition_variable finisDone_;
    unsigned finishing_ = 0;
};

// At exit, the volumes' glfs_fini threads get kFiniBoundSeconds to end.
struct FiniAtExit {
    ~FiniAtExit() { GlfsVolumes::instance().waitForFinis(); }
} finiAtExit;

class GlfsStore final : public RemoteStore {
public:
    GlfsStore(std::shared_ptr<GlfsVolume> volume, glfs_fd_t* fd, uint64_t size, bool readOnly, unsigned depth)
        : RemoteStore(size, readOnly, depth), volume_(std::move(volume)), fd_(fd)
    {
    }

    ~GlfsStore() override
    {
        drain();
        glfs_close(fd_);
    }

    std::string_view kind() const override { return "glfs"; }
    unsigned capabilities() const override { return CapAsync | CapDiscard | CapWriteZeroes | CapFlush; }

    static void glfsDone(glfs_fd_t*, ssize_t ret, struct glfs_stat*, struct glfs_stat*, void* data)
    {
        auto* op = static_cast<RemoteOp*>(data);
        op->store->completed(op, ret < 0 ? -(errno ? errno : EIO) : long(ret));
    }

protected:
    int start(RemoteOp* op) override
    {
        int rc = 0;
        if (op->flushing) {
            rc = glfs_fdatasync_async(fd_, &GlfsStore::glfsDone, op);
        } else {
            switch (op->request.op) {
            case IoOp::Read:
                rc = glfs_pread_async(fd_, op->cursor(), op->remaining(), off_t(op->offset()), 0, &GlfsStore::glfsDone, op);
                break;
            case IoOp::Write:
                rc = glfs_pwrite_async(fd_, op->cursor(), int(std::min<uint64_t>(op->remaining(), INT_MAX & ~4095)),
                                       off_t(op->offset()), 0, &GlfsStore::glfsDone, op);
                break;
            case IoOp::Flush:
                rc = glfs_fsync_async(fd_, &GlfsStore::glfsDone, op);
                break;
            case IoOp::Discard:
                rc = glfs_discard_async(fd_, off_t(op->request.offset), size_t(op->request.length), &GlfsStore::glfsDone, op);
                break;
            case IoOp::WriteZeroes:
                rc = glfs_zerofill_async(fd_, off_t(op->request.offset), off_t(op->request.length), &GlfsStore::glfsDone, op);
                break;
            }
        }
        return rc < 0 ? -(errno ? errno : EIO) : 0;
    }

private:
    std::shared_ptr<GlfsVolume> volume_;
    glfs_fd_t* fd_;
};

} // namespace

Result<std::unique_ptr<BackingStore>> openGlfsStore(const BackingOptions& options)
{
    auto path = parseGlfsPath(options.path);
    if (!path)
        return path.error();
    auto opts = parseStoreOptions(options.storeOptions, "glfs", {"port", "timeout", "logfile", "loglevel"});
    if (!opts)
        return opts.error();
    auto port = numberOption(*opts, "port", kDefaultPort, 1, 65535);
    auto level = numberOption(*opts, "loglevel", 3, 0, 9);
    auto timeout = secondsOption(*opts, "timeout", kDefaultTimeout);
    if (!port)
        return port.error();
    if (!level)
        return level.error();
    if (!timeout)
        return timeout.error();
    const std::string logfile = opts->count("logfile") ? opts->find("logfile")->second : "/dev/null";

    auto volume = GlfsVolumes::instance().acquire(*path, *port, *timeout, logfile, int(*level));
    if (!volume)
        return volume.error();
    glfs_t* fs = (*volume)->fs;
    const std::string where = "'" + path->file + "' in volume '" + path->volume + "'";
    glfs_fd_t* fd = glfs_open(fs, path->file.c_str(), options.readOnly ? O_RDONLY : O_RDWR);
    bool created = false;
    if (!fd && errno == ENOENT && options.create && options.size && !options.readOnly) {
        fd = glfs_creat(fs, path->file.c_str(), O_RDWR | O_EXCL, 0644);
        created = fd != nullptr;
        if (created && glfs_ftruncate(fd, off_t(options.size), nullptr, nullptr) != 0) {
            const int err = errno;
            glfs_close(fd);
            glfs_unlink(fs, path->file.c_str()); // nothing half-created
            return Error{-err, "size: cannot size new file " + where + ": " + errnoText(err)};
        }
    }
    if (!fd) {
        const int err = errno ? errno : EIO;
        return Error{-err, "path: file " + where + ": " + errnoText(err) +
                               (err == ENOENT ? " (give a size to create it)" : "")};
    }
    struct stat st {};
    if (glfs_fstat(fd, &st) != 0) {
        const int err = errno;
        glfs_close(fd);
        return Error{-err, "cannot stat " + where + ": " + errnoText(err)};
    }
    uint64_t size = uint64_t(st.st_size);
    if (!created && options.size && options.size != size) {
        glfs_close(fd);
        return Error{-EINVAL, "size: file " + where + " has " + std::to_string(size) + " bytes, not " +
                                  std::to_string(options.size)};
    }
    return std::unique_ptr<BackingStore>(
        new GlfsStore(std::move(*volume), fd, size, options.readOnly, options.queueDepth));
}

} // namespace storlab::backing::detail
#endif
