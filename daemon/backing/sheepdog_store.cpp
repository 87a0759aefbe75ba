// "sheepdog": a LUN stored in a VDI of a sheepdog cluster, spoken to over
// TCP or a unix socket with the client protocol of sheepdog_wire.h.
//
// One connection and one I/O thread per store. submit() only queues the
// request and wakes the thread; the thread splits it into object requests
// (one per data object touched), pipelines them on the connection, matches
// responses by id and calls the completion when the last piece is back. So no
// reactor ever waits for the cluster.
//
// Writing to an object the VDI does not own yet (never written, or inherited
// from the snapshot it was cloned from) creates it (CREATE_AND_WRITE_OBJ, as
// a copy of the parent's object for a clone) and then records the VDI as its
// owner in the inode (data_vdi_id[index]); only then is the write complete.
// Other writes to that object wait for it meanwhile.
//
// Losing the cluster: a closed connection, or a request without answer for
// kIoTimeout, fails every request in flight with -ENOTCONN / -ETIMEDOUT (the
// disk answers NOT READY / COMMUNICATION TIME-OUT, both retried by
// initiators) and new requests with -ENOTCONN at once; the thread reconnects
// every second and re-reads the inode. A write is acknowledged only after the
// cluster acknowledged it, so a lost connection loses no acknowledged write.
#include "backing/file_io.h"
#include "backing/sheepdog_wire.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <set>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace storlab::backing::detail {

namespace {

using namespace sheepdog;
using Clock = std::chrono::steady_clock;

constexpr auto kConnectTimeout = std::chrono::seconds(3);
constexpr auto kIoTimeout = std::chrono::seconds(15);
constexpr auto kReconnectInterval = std::chrono::seconds(1);

struct Fd {
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) {}
    Fd(Fd&& o) noexcept : fd(std::exchange(o.fd, -1)) {}
    Fd& operator=(Fd&& o) noexcept { reset(); fd = std::exchange(o.fd, -1); return *this; }
    ~Fd() { reset(); }
    void reset() { if (fd >= 0) ::close(fd); fd = -1; }
};

// Blocking helpers with a deadline, for connecting and the start-up exchange.
bool waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(left));
        if (rc > 0)
            return true;
        if (rc < 0 && errno != EINTR)
            return false;
    }
}

int sendAll(int fd, const uint8_t* data, size_t length, Clock::time_point deadline)
{
    while (length) {
        const ssize_t n = ::send(fd, data, length, MSG_NOSIGNAL);
        if (n > 0) {
            data += n;
            length -= size_t(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            if (!waitFor(fd, POLLOUT, deadline))
                return -ETIMEDOUT;
        } else {
            return n < 0 ? -errno : -EPIPE;
        }
    }
    return 0;
}

int recvAll(int fd, uint8_t* data, size_t length, Clock::time_point deadline)
{
    while (length) {
        const ssize_t n = ::recv(fd, data, length, 0);
        if (n > 0) {
            data += n;
            length -= size_t(n);
        } else if (n == 0) {
            return -ECONNRESET;
        } else if (errno == EAGAIN || errno == EINTR) {
            if (!waitFor(fd, POLLIN, deadline))
                return -ETIMEDOUT;
        } else {
            return -errno;
        }
    }
    return 0;
}

// A non-blocking socket connected to the cluster, or -errno.
int connectTo(const Address& a, Clock::time_point deadline, Fd& out)
{
    std::vector<std::pair<sockaddr_storage, socklen_t>> targets;
    int family = AF_UNIX;
    if (a.unixSocket) {
        sockaddr_un un{};
        un.sun_family = AF_UNIX;
        if (a.path.size() >= sizeof un.sun_path)
            return -ENAMETOOLONG;
        std::memcpy(un.sun_path, a.path.c_str(), a.path.size() + 1);
        sockaddr_storage s{};
        std::memcpy(&s, &un, sizeof un);
        targets.push_back({s, socklen_t(sizeof un)});
    } else {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* list = nullptr;
        if (::getaddrinfo(a.host.c_str(), std::to_string(a.port).c_str(), &hints, &list) != 0 || !list)
            return -EHOSTUNREACH;
        for (addrinfo* i = list; i; i = i->ai_next) {
            sockaddr_storage s{};
            std::memcpy(&s, i->ai_addr, i->ai_addrlen);
            targets.push_back({s, i->ai_addrlen});
        }
        ::freeaddrinfo(list);
    }
    int last = -ECONNREFUSED;
    for (auto& [addr, len] : targets) {
        family = addr.ss_family;
        Fd fd(::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (fd.fd < 0)
            return -errno;
        if (::connect(fd.fd, reinterpret_cast<sockaddr*>(&addr), len) != 0) {
            if (errno != EINPROGRESS) {
                last = -errno;
                continue;
            }
            if (!waitFor(fd.fd, POLLOUT, deadline)) {
                last = -ETIMEDOUT;
                continue;
            }
            int err = 0;
            socklen_t errLen = sizeof err;
            ::getsockopt(fd.fd, SOL_SOCKET, SO_ERROR, &err, &errLen);
            if (err) {
                last = -err;
                continue;
            }
        }
        if (family != AF_UNIX) {
            const int one = 1;
            ::setsockopt(fd.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        out = std::move(fd);
        return 0;
    }
    return last;
}

uint32_t readLe32(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
uint64_t readLe64(const uint8_t* p) { return uint64_t(readLe32(p)) | uint64_t(readLe32(p + 4)) << 32; }

// What the start-up exchange learns about the VDI.
struct Vdi {
    uint32_t id = 0;
    uint64_t size = 0;
    unsigned objectShift = kDefaultBlockSizeShift;
    std::vector<uint32_t> owners;   // data_vdi_id[] for the objects of the VDI
};

// One synchronous request on a connected socket (start-up only).
int exchange(int fd, Request r, const uint8_t* out, uint8_t* in, uint32_t inLength, Response& rsp, Clock::time_point deadline)
{
    const auto h = encodeRequest(r);
    if (int rc = sendAll(fd, h.data(), h.size(), deadline); rc)
        return rc;
    if (out && r.dataLength)
        if (int rc = sendAll(fd, out, r.dataLength, deadline); rc)
            return rc;
    uint8_t hdr[kHeaderSize];
    if (int rc = recvAll(fd, hdr, sizeof hdr, deadline); rc)
        return rc;
    rsp = decodeResponse(hdr);
    std::vector<uint8_t> body(rsp.dataLength);
    if (int rc = recvAll(fd, body.data(), body.size(), deadline); rc)
        return rc;
    if (in)
        std::memcpy(in, body.data(), std::min<size_t>(inLength, body.size()));
    return 0;
}

// Looks the VDI up by name and reads its inode. Returns 0, or -errno with
// `error` saying what failed.
int loadVdi(int fd, const Address& a, Vdi& vdi, std::string& error)
{
    const auto deadline = Clock::now() + kIoTimeout;
    std::vector<uint8_t> names(kMaxVdiNameLength + kMaxVdiTagLength, 0);
    std::memcpy(names.data(), a.vdi.data(), a.vdi.size());
    Request lookup;
    lookup.opcode = op::GetVdiInfo;
    lookup.flags = flag::CmdWrite;
    lookup.dataLength = uint32_t(names.size());
    Response rsp;
    if (int rc = exchange(fd, lookup, names.data(), nullptr, 0, rsp, deadline); rc) {
        error = "VDI lookup: " + errnoText(-rc);
        return rc;
    }
    if (rsp.result != result::Success) {
        error = rsp.result == result::NoVdi ? "no VDI '" + a.vdi + "' on this cluster (dog vdi list shows them)"
                                            : "VDI lookup of '" + a.vdi + "': " + resultText(rsp.result);
        return rsp.result == result::NoVdi ? -ENOENT : -EIO;
    }
    vdi.id = rsp.vdiId;
    std::vector<uint8_t> header(kInodeHeaderSize);
    Request read;
    read.opcode = op::ReadObj;
    read.oid = inodeOid(vdi.id);
    read.dataLength = uint32_t(header.size());
    if (int rc = exchange(fd, read, nullptr, header.data(), uint32_t(header.size()), rsp, deadline); rc || rsp.result) {
        error = "reading the inode of '" + a.vdi + "': " + (rc ? errnoText(-rc) : resultText(rsp.result));
        return rc ? rc : -EIO;
    }
    vdi.size = readLe64(&header[kInodeVdiSizeOffset]);
    const unsigned shift = header[kInodeBlockSizeShiftOffset];
    vdi.objectShift = shift ? shift : kDefaultBlockSizeShift;
    const uint64_t objects = (vdi.size + (1ull << vdi.objectShift) - 1) >> vdi.objectShift;
    if (objects > kMaxDataObjects) {
        error = "the inode of '" + a.vdi + "' is inconsistent (size " + std::to_string(vdi.size) + ")";
        return -EIO;
    }
    std::vector<uint8_t> ids(objects * 4);
    read.dataLength = uint32_t(ids.size());
    read.objectOffset = uint32_t(kInodeHeaderSize);
    if (!ids.empty())
        if (int rc = exchange(fd, read, nullptr, ids.data(), uint32_t(ids.size()), rsp, deadline); rc || rsp.result) {
            error = "reading the object map of '" + a.vdi + "': " + (rc ? errnoText(-rc) : resultText(rsp.result));
            return rc ? rc : -EIO;
        }
    vdi.owners.resize(objects);
    for (uint64_t i = 0; i < objects; ++i)
        vdi.owners[i] = readLe32(&ids[i * 4]);
    return 0;
}

class SheepdogStore final : public BackingStore {
public:
    SheepdogStore(Address address, Fd socket, Vdi vdi, bool readOnly)
        : address_(std::move(address)), socket_(std::move(socket)), vdi_(std::move(vdi)), readOnly_(readOnly),
          wake_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {
        connected_ = true;
        thread_ = std::thread([this] { run(); });
    }

    ~SheepdogStore() override
    {
        stopping_ = true;
        wakeUp();
        thread_.join();
    }

    std::string_view kind() const override { return "sheepdog"; }
    uint64_t size() const override { return vdi_.size; }
    // Writes are on the cluster's replicas when acknowledged: a flush has
    // nothing left to do.
    unsigned capabilities() const override { return CapAsync | CapFlush; }

    void submit(const IoRequest& request, IoCompletion done) override
    {
        int rc = checkRequest(request, vdi_.size, readOnly_);
        if (rc == 0 && (request.op == IoOp::Discard || request.op == IoOp::WriteZeroes))
            rc = -EOPNOTSUPP;
        if (rc || request.op == IoOp::Flush || request.length == 0)
            return done(rc);
        {
            std::lock_guard lock(mutex_);
            if (!connected_)
                rc = -ENOTCONN;
            else
                incoming_.push_back({request, std::move(done)});
        }
        if (rc)
            return done(rc);
        wakeUp();
    }

private:
    struct Parent {
        IoCompletion done;
        unsigned pending = 0;
        int error = 0;
    };
    enum class Stage { Read, Write, Create, RecordOwner };
    struct Piece {
        std::shared_ptr<Parent> parent;
        uint64_t index = 0;
        uint32_t offset = 0;     // within the object
        uint32_t length = 0;
        uint8_t* buffer = nullptr;
        Stage stage = Stage::Read;
        Clock::time_point sent{};
    };
    struct Incoming {
        IoRequest request;
        IoCompletion done;
    };

    void wakeUp()
    {
        const uint64_t one = 1;
        [[maybe_unused]] ssize_t n = ::write(wake_.fd, &one, sizeof one);
    }

    // --- the I/O thread ---------------------------------------------------
    void run()
    {
        while (!stopping_) {
            if (socket_.fd < 0 && !reconnect()) {
                failIncoming(-ENOTCONN);
                pollfd p{wake_.fd, POLLIN, 0};
                ::poll(&p, 1, int(std::chrono::milliseconds(kReconnectInterval).count()));
                drainWake();
                continue;
            }
            pollfd p[2] = {{wake_.fd, POLLIN, 0}, {socket_.fd, short(POLLIN | (out_.size() > outSent_ ? POLLOUT : 0)), 0}};
            ::poll(p, 2, 500);
            if (p[0].revents) {
                drainWake();
                startIncoming();
            }
            if (p[1].revents & (POLLIN | POLLHUP | POLLERR))
                if (int rc = receive(); rc)
                    lose(rc);
            if (socket_.fd >= 0 && out_.size() > outSent_)
                if (int rc = transmit(); rc)
                    lose(rc);
            if (socket_.fd >= 0 && timedOut())
                lose(-ETIMEDOUT);
        }
        lose(-ECANCELED);
        failIncoming(-ECANCELED);
    }

    void drainWake()
    {
        uint64_t v;
        while (::read(wake_.fd, &v, sizeof v) > 0) {
        }
    }

    bool reconnect()
    {
        Fd fd;
        if (connectTo(address_, Clock::now() + kConnectTimeout, fd) != 0)
            return false;
        Vdi fresh;
        std::string error;
        if (loadVdi(fd.fd, address_, fresh, error) != 0)
            return false;
        vdi_.owners = std::move(fresh.owners);   // the size and object size of a VDI do not change under it
        socket_ = std::move(fd);
        std::lock_guard lock(mutex_);
        connected_ = true;
        return true;
    }

    void failIncoming(int rc)
    {
        std::deque<Incoming> failed;
        {
            std::lock_guard lock(mutex_);
            failed.swap(incoming_);
        }
        for (Incoming& i : failed)
            i.done(rc);
    }

    void startIncoming()
    {
        std::deque<Incoming> batch;
        {
            std::lock_guard lock(mutex_);
            batch.swap(incoming_);
        }
        const uint64_t objectSize = 1ull << vdi_.objectShift;
        for (Incoming& in : batch) {
            auto parent = std::make_shared<Parent>();
            parent->done = std::move(in.done);
            const IoRequest& r = in.request;
            std::vector<Piece> pieces;
            for (uint64_t at = r.offset, end = r.offset + r.length; at < end;) {
                Piece p;
                p.parent = parent;
                p.index = at / objectSize;
                p.offset = uint32_t(at % objectSize);
                p.length = uint32_t(std::min<uint64_t>(objectSize - p.offset, end - at));
                p.buffer = r.buffer + (at - r.offset);
                p.stage = r.op == IoOp::Read ? Stage::Read : Stage::Write;
                pieces.push_back(p);
                at += p.length;
            }
            parent->pending = unsigned(pieces.size());
            for (Piece& p : pieces)
                dispatch(std::move(p));
        }
    }

    void dispatch(Piece p)
    {
        const uint32_t owner = vdi_.owners[p.index];
        Request r;
        r.id = nextId_++;
        r.objectOffset = p.offset;
        if (p.stage == Stage::Read) {
            if (owner == 0) {   // never written: reads as zeroes
                std::memset(p.buffer, 0, p.length);
                return finish(p, 0);
            }
            r.opcode = op::ReadObj;
            r.oid = dataOid(owner, p.index);
            r.dataLength = p.length;
            return send(r, nullptr, std::move(p));
        }
        if (creating_.count(p.index)) {   // wait until the object exists and is recorded
            waiting_[p.index].push_back(std::move(p));
            return;
        }
        r.flags = flag::CmdWrite;
        r.dataLength = p.length;
        if (owner == vdi_.id) {
            r.opcode = op::WriteObj;
            r.oid = dataOid(vdi_.id, p.index);
        } else {
            // Not ours yet: create it, as a copy of the parent's object for a clone.
            r.opcode = op::CreateAndWriteObj;
            r.oid = dataOid(vdi_.id, p.index);
            if (owner) {
                r.flags |= flag::CmdCow;
                r.cowOid = dataOid(owner, p.index);
            }
            p.stage = Stage::Create;
            creating_.insert(p.index);
        }
        const uint8_t* data = p.buffer;
        send(r, data, std::move(p));
    }

    void send(const Request& r, const uint8_t* data, Piece p)
    {
        const auto h = encodeRequest(r);
        out_.insert(out_.end(), h.begin(), h.end());
        if (data)
            out_.insert(out_.end(), data, data + r.dataLength);
        p.sent = Clock::now();
        inflight_.emplace(r.id, std::move(p));
    }

    // Records the VDI as the owner of a freshly created object (inode
    // data_vdi_id[index]); the write completes when that is done.
    void recordOwner(Piece p)
    {
        ownerBytes_ = {uint8_t(vdi_.id), uint8_t(vdi_.id >> 8), uint8_t(vdi_.id >> 16), uint8_t(vdi_.id >> 24)};
        Request r;
        r.id = nextId_++;
        r.opcode = op::WriteObj;
        r.flags = flag::CmdWrite;
        r.oid = inodeOid(vdi_.id);
        r.objectOffset = uint32_t(kInodeHeaderSize + p.index * 4);
        r.dataLength = 4;
        p.stage = Stage::RecordOwner;
        send(r, ownerBytes_.data(), std::move(p));
    }

    int transmit()
    {
        while (outSent_ < out_.size()) {
            const ssize_t n = ::send(socket_.fd, out_.data() + outSent_, out_.size() - outSent_, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                outSent_ += size_t(n);
            } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                return 0;
            } else {
                return n < 0 ? -errno : -EPIPE;
            }
        }
        out_.clear();
        outSent_ = 0;
        return 0;
    }

    int receive()
    {
        for (;;) {
            uint8_t* into;
            size_t want;
            if (headerGot_ < kHeaderSize) {
                into = header_ + headerGot_;
                want = kHeaderSize - headerGot_;
            } else {
                want = std::min<size_t>(bodyLeft_, sizeof scratch_);
                into = bodyInto_ ? bodyInto_ : scratch_;
            }
            const ssize_t n = ::recv(socket_.fd, into, want, MSG_DONTWAIT);
            if (n == 0)
                return -ENOTCONN;
            if (n < 0)
                return errno == EAGAIN || errno == EINTR ? 0 : -ENOTCONN;
            if (headerGot_ < kHeaderSize) {
                headerGot_ += size_t(n);
                if (headerGot_ < kHeaderSize)
                    continue;
                response_ = decodeResponse(header_);
                auto it = inflight_.find(response_.id);
                if (it == inflight_.end())
                    return -EPROTO;   // an answer to nothing: the stream is out of step
                bodyLeft_ = response_.dataLength;
                bodyInto_ = nullptr;
                if (it->second.stage == Stage::Read && response_.result == result::Success) {
                    if (response_.dataLength > it->second.length)
                        return -EPROTO;
                    // Fewer bytes than asked: the rest of the range reads as zeroes.
                    std::memset(it->second.buffer + response_.dataLength, 0, it->second.length - response_.dataLength);
                    bodyInto_ = it->second.buffer;
                }
            } else {
                bodyLeft_ -= size_t(n);
                if (bodyInto_)
                    bodyInto_ += n;
            }
            if (headerGot_ == kHeaderSize && bodyLeft_ == 0) {
                headerGot_ = 0;
                bodyInto_ = nullptr;
                answered(response_);
                if (socket_.fd < 0)
                    return 0;
            }
        }
    }

    void answered(const Response& rsp)
    {
        auto it = inflight_.find(rsp.id);
        Piece p = std::move(it->second);
        inflight_.erase(it);
        const int rc = rsp.result == result::Success ? 0 : isTransient(rsp.result) ? -ENOTCONN : -EIO;
        if (rc) {
            if (p.stage == Stage::Create || p.stage == Stage::RecordOwner)
                objectSettled(p.index);
            return finish(p, rc);
        }
        if (p.stage == Stage::Create)
            return recordOwner(std::move(p));
        if (p.stage == Stage::RecordOwner) {
            vdi_.owners[p.index] = vdi_.id;
            objectSettled(p.index);
        }
        finish(p, 0);
    }

    // The object is no longer being created: the writes that waited go on.
    void objectSettled(uint64_t index)
    {
        creating_.erase(index);
        auto w = waiting_.find(index);
        if (w == waiting_.end())
            return;
        std::vector<Piece> go = std::move(w->second);
        waiting_.erase(w);
        for (Piece& p : go)
            dispatch(std::move(p));
    }

    void finish(Piece& p, int rc)
    {
        Parent& parent = *p.parent;
        if (rc && !parent.error)
            parent.error = rc;
        if (--parent.pending == 0)
            parent.done(parent.error);
    }

    bool timedOut() const
    {
        const auto now = Clock::now();
        return std::any_of(inflight_.begin(), inflight_.end(), [&](const auto& e) { return now - e.second.sent > kIoTimeout; });
    }

    // The connection is gone (or out of step): every request on it fails,
    // the waiting writes too; reconnect() starts over.
    void lose(int rc)
    {
        if (socket_.fd < 0)
            return;
        {
            std::lock_guard lock(mutex_);
            connected_ = false;
        }
        socket_.reset();
        out_.clear();
        outSent_ = 0;
        headerGot_ = 0;
        bodyLeft_ = 0;
        bodyInto_ = nullptr;
        std::map<uint32_t, Piece> failed;
        failed.swap(inflight_);
        std::map<uint64_t, std::vector<Piece>> waiting;
        waiting.swap(waiting_);
        creating_.clear();
        const int reported = rc == -ETIMEDOUT ? -ETIMEDOUT : -ENOTCONN;
        for (auto& [id, p] : failed)
            finish(p, reported);
        for (auto& [index, list] : waiting)
            for (Piece& p : list)
                finish(p, -ENOTCONN);
    }

    const Address address_;
    Fd socket_;
    Vdi vdi_;
    const bool readOnly_;
    Fd wake_;
    std::atomic<bool> stopping_{false};

    std::mutex mutex_;   // guards incoming_ and connected_
    std::deque<Incoming> incoming_;
    bool connected_ = false;

    // I/O thread only.
    uint32_t nextId_ = 1;
    std::map<uint32_t, Piece> inflight_;
    std::set<uint64_t> creating_;
    std::map<uint64_t, std::vector<Piece>> waiting_;
    std::vector<uint8_t> out_;
    size_t outSent_ = 0;
    uint8_t header_[kHeaderSize]{};
    size_t headerGot_ = 0;
    Response response_;
    size_t bodyLeft_ = 0;
    uint8_t* bodyInto_ = nullptr;
    uint8_t scratch_[4096];
    std::array<uint8_t, 4> ownerBytes_{};
    std::thread thread_;   // last: starts after everything above exists
};

} // namespace

Result<std::unique_ptr<BackingStore>> openSheepdogStore(const BackingOptions& options)
{
    std::string error;
    auto address = parseAddress(options.path, &error);
    if (!address)
        return Error{-EINVAL, "path: " + error};
    Fd fd;
    if (int rc = connectTo(*address, Clock::now() + kConnectTimeout, fd); rc)
        return Error{rc, "path: cannot connect to sheepdog at " + address->text() + ": " + errnoText(-rc)};
    Vdi vdi;
    if (int rc = loadVdi(fd.fd, *address, vdi, error); rc)
        return Error{rc, "path: sheepdog at " + address->text() + ": " + error};
    if (options.size && options.size != vdi.size)
        return Error{-EINVAL, "size: VDI '" + address->vdi + "' has " + std::to_string(vdi.size) + " bytes, not "
                                  + std::to_string(options.size) + " (sheepdog VDIs are sized when created: dog vdi create)"};
    return std::unique_ptr<BackingStore>(new SheepdogStore(std::move(*address), std::move(fd), std::move(vdi), options.readOnly));
}

} // namespace storlab::backing::detail
