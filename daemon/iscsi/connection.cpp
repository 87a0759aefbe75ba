#include "iscsi/connection.h"

#include "backing/backing_store.h"
#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "net/reactor.h"

#include <QSocketNotifier>
#include <QTimer>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace storlab::iscsi {

namespace {
// RFC 7143 §13.12: until Full Feature Phase, data segments are at most 8192 bytes.
constexpr uint32_t kLoginMaxRecvDataSegmentLength = 8192;
// Reads go straight into the reader's buffer (at least this much free space),
// with a stack spill area behind it so one readv() takes a whole burst even
// while the buffer is still small.
constexpr size_t kReadAtLeast = 64 * 1024;
constexpr size_t kReadSpill = 64 * 1024;
// At most this many reads per wakeup, so one busy connection cannot starve the
// others on its reactor (the notifier is level-triggered: the rest comes next).
constexpr int kMaxReadsPerWakeup = 16;
// Back-pressure: stop reading while more than this is queued and unsent.
constexpr size_t kMaxQueuedOutput = 8u << 20;
// Data segments at least this long are sent from the task's buffer (writev).
constexpr size_t kZeroCopyMin = 512;
constexpr int kIovPerSend = 64;
// Output buffers larger than this are given back once everything is sent.
constexpr size_t kKeptOutputBytes = 256 * 1024;
} // namespace

std::string socketAddressText(int fd, bool peer)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    auto* sa = reinterpret_cast<sockaddr*>(&ss);
    if ((peer ? ::getpeername(fd, sa, &len) : ::getsockname(fd, sa, &len)) != 0)
        return {};
    char host[INET6_ADDRSTRLEN] = {};
    if (ss.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
        ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        return std::string(host) + ":" + std::to_string(ntohs(in->sin_port));
    }
    if (ss.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
        ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        return "[" + std::string(host) + "]:" + std::to_string(ntohs(in6->sin6_port));
    }
    return {};
}

void closeConnectionLinks(const std::vector<std::shared_ptr<ConnectionLink>>& links, const char* why)
{
    for (const auto& link : links) {
        link->reactor->post([link, why] {
            if (link->connection)
                link->connection->close(why);
        });
    }
}

Connection::Connection(IscsiServer& server, net::Reactor& reactor, int fd, QObject* parent)
    : QObject(parent), server_(server), reactor_(reactor), fd_(fd)
{
    reactor_.connectionAdded();
    batchFlush_.connection = this;
    link_ = std::make_shared<ConnectionLink>();
    link_->reactor = &reactor;
    link_->connection = this;
    link_->peer = socketAddressText(fd_, true);
    link_->local = socketAddressText(fd_, false);
    reader_.setLimits({false, false, kLoginMaxRecvDataSegmentLength});
    login_ = std::make_unique<LoginMachine>(static_cast<LoginEnvironment&>(*this), server_.settings().limits);
    readNotifier_ = new QSocketNotifier(fd_, QSocketNotifier::Read, this);
    connect(readNotifier_, &QSocketNotifier::activated, this, &Connection::onReadable);
    writeNotifier_ = new QSocketNotifier(fd_, QSocketNotifier::Write, this);
    writeNotifier_->setEnabled(false);
    connect(writeNotifier_, &QSocketNotifier::activated, this, &Connection::onWritable);
    lastReceive_ = std::chrono::steady_clock::now();
    nop_ = server_.nopTiming();
    // Once a second: give an idle connection's buffers back, and ping (NOP-In)
    // when pings are configured.
    nopTimer_ = new QTimer(this);
    nopTimer_->setInterval(std::chrono::milliseconds(1000));
    connect(nopTimer_, &QTimer::timeout, this, [this] {
        trimIdle();
        pingIfIdle();
    });
    nopTimer_->start();
    qCDebug(lcIscsi) << "connection on fd" << fd_;
}

Connection::~Connection()
{
    teardown();
    if (fd_ >= 0)
        ::close(fd_);
    reactor_.connectionRemoved();
}

void Connection::teardown()
{
    if (!link_)
        return;
    link_->connection = nullptr;
    if (session_) {
        // Tasks with allegiance to this connection can no longer be answered
        // (ERL 0): abort them; late completions are dropped.
        auto mine = session_->abortTasks([this](uint32_t, const Session::TaskEntry& e) { return e.link == link_; });
        for (const auto& entry : mine)
            if (!entry.executing)
                session_->endTask(entry.task->tag);
        if (session_->removeConnection(link_)) {
            server_.sessions().remove(session_->tsih());
            if (auto target = session_->target())
                for (const auto& [lun, unit] : *target->luns.get())
                    unit->nexusLost(*session_->nexus());
            qCInfo(lcIscsi).noquote() << "session" << session_->tsih() << "of" << QString::fromStdString(params_.initiatorName)
                                      << "ended";
        }
    }
    transfers_.clear();
    spareTransfers_.clear();
    link_.reset();
}

void Connection::close(const char* why, bool flushFirst)
{
    qCDebug(lcIscsi) << "closing connection fd" << fd_ << ":" << why;
    state_ = State::Closing;
    readNotifier_->setEnabled(false);
    if (nopTimer_)
        nopTimer_->stop();
    if (flushFirst && outPending_ > 0) {
        closeAfterFlush_ = true;
        flush();
        return;
    }
    writeNotifier_->setEnabled(false);
    ::shutdown(fd_, SHUT_RDWR);
    teardown();
    deleteLater();
}

void Connection::onReadable()
{
    // With this connection alone on its reactor, wait for the next command by
    // spinning briefly rather than in the event loop (net/busy_poll.h).
    while (readAndAnswer() && state_ == State::FullFeature && !readPaused_ && outPending_ == 0 &&
           reactor_.connectionCount() == 1 && busyPoll_.awaitReadable(fd_, reactor_)) {
    }
}

bool Connection::readAndAnswer()
{
    {
        // The commands of this wakeup reach the aio/uring stores' kernel queues
        // in one system call per store when the batch closes, before the answers go out.
        backing::SubmitBatch submitBatch;
        if (!readAvailable())
            return false;
    }
    flush();
    return true;
}

bool Connection::readAvailable()
{
    for (int round = 0; round < kMaxReadsPerWakeup && state_ != State::Closing && !readPaused_; ++round) {
        const std::span<uint8_t> tail = reader_.writable(kReadAtLeast);
        uint8_t spill[kReadSpill];
        iovec iov[2] = {{tail.data(), tail.size()}, {spill, sizeof spill}};
        const ssize_t n = ::readv(fd_, iov, 2);
        if (n == 0) {
            close("peer closed the connection");
            return false;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            close("read error");
            return false;
        }
        const size_t got = size_t(n);
        reader_.commit(std::min(got, tail.size()));
        if (got > tail.size())
            reader_.feed({spill, got - tail.size()});
        receivedSinceTick_ = true;
        lastReceive_ = std::chrono::steady_clock::now();
        processBuffered();
        if (got < tail.size() + sizeof spill)
            break;   // the socket is drained
    }
    return true;
}

void Connection::processBuffered()
{
    // Every PDU that has arrived is handled in this wakeup; its answers are
    // queued and go out with one flush at the end.
    while (state_ != State::Closing && !readPaused_) {
        reader_.next(incoming_);
        ReadResult& r = incoming_;
        if (r.kind == ReadResult::NeedMore)
            break;
        if (r.kind == ReadResult::Fatal) {
            // Header digest errors and oversized segments leave the stream unframed:
            // the connection must be dropped (RFC 7143 §7.8, §13.12).
            qCWarning(lcIscsi).noquote() << "dropping connection:" << QString::fromStdString(r.message);
            if (r.error == FramingError::DataTooLong && state_ == State::FullFeature)
                sendReject(r.pdu.bhs, RejectReason::ProtocolError);
            close("framing error", true);
            return;
        }
        if (r.kind == ReadResult::DataDigestError) {
            // RFC 7143 §7.8: discard the PDU and Reject it with reason Data Digest Error.
            qCWarning(lcIscsi) << "data digest error on opcode" << Qt::hex << r.pdu.bhs.rawOpcode();
            if (state_ == State::FullFeature)
                sendReject(r.pdu.bhs, RejectReason::DataDigestError);
            else
                close("data digest error during login");
            continue;
        }
        dispatch(r.pdu);
        if (outPending_ > kMaxQueuedOutput)
            pauseReading();
    }
}

void Connection::pauseReading()
{
    // The initiator sends faster than it takes our answers: stop reading until
    // the output queue has drained (bounded memory per connection).
    readPaused_ = true;
    readNotifier_->setEnabled(false);
}

void Connection::dispatch(Pdu& pdu)
{
    const Opcode op = pdu.bhs.opcode();
    if (state_ == State::Login) {
        if (op != Opcode::LoginRequest) {
            // RFC 7143 §6.3: only Login Requests before Full Feature Phase.
            close("non-login PDU during login");
            return;
        }
        handleLogin(pdu);
        return;
    }
    switch (op) {
    case Opcode::ScsiCommand: handleScsiCommand(pdu); break;
    case Opcode::DataOut: handleDataOut(pdu); break;
    case Opcode::NopOut: handleNopOut(pdu); break;
    case Opcode::TaskManagementRequest: handleTaskManagement(pdu); break;
    case Opcode::TextRequest: handleText(pdu); break;
    case Opcode::LogoutRequest: handleLogout(pdu); break;
    case Opcode::LoginRequest:
        // A login request in Full Feature Phase is a protocol error (RFC 7143 §6.3).
        sendReject(pdu.bhs, RejectReason::ProtocolError);
        break;
    case Opcode::SnackRequest:
        // ErrorRecoveryLevel 0 has no SNACK (RFC 7143 §11.16).
        sendReject(pdu.bhs, RejectReason::CommandNotSupported);
        break;
    default:
        sendReject(pdu.bhs, RejectReason::CommandNotSupported);
        break;
    }
}

void Connection::admitThen(Pdu& pdu, void (Connection::*run)(Pdu&))
{
    const uint32_t cmdSN = pdu.bhs.u32(field::CmdSN);
    // The delivery closure is built only when the command must wait for an MC/S
    // gap; the lambda captures one reference so std::function stores it inline.
    struct Pending {
        Connection* self;
        Pdu* pdu;
        void (Connection::*run)(Pdu&);
    } pending{this, &pdu, run};
    const auto admission = session_->admitLazy(cmdSN, pdu.bhs.immediate(), [&pending]() -> std::function<void()> {
        auto link = pending.self->link_;
        auto held = std::make_shared<Pdu>(std::move(*pending.pdu));
        auto run = pending.run;
        return [link, held, run] {
            link->reactor->post([link, held, run] {
                if (!link->connection)
                    return;
                (link->connection->*run)(*held);
                if (link->connection)
                    link->connection->flush();
            });
        };
    });
    if (admission == Session::Admission::Accept)
        (this->*run)(pdu);
    else if (admission == Session::Admission::Drop)
        qCDebug(lcIscsi) << "CmdSN" << cmdSN << "outside the window: ignored (RFC 7143 §4.2.2.1)";
}

void Connection::stampSequence(Bhs& bhs, bool statusCarrying)
{
    bhs.set32(field::StatSN, statusCarrying ? statSN_++ : statSN_);
    if (session_) {
        const Session::Window w = session_->window();
        bhs.set32(field::ExpCmdSN, w.expCmdSN);
        bhs.set32(field::MaxCmdSN, w.maxCmdSN);
    }
}

void Connection::queueBytes(size_t from)
{
    // Bytes appended to outBytes_ since `from`: extend the last slice when it
    // ends right there, else start a new one.
    const size_t length = outBytes_.size() - from;
    if (length == 0)
        return;
    outPending_ += length;
    if (!outSlices_.empty()) {
        OutSlice& last = outSlices_.back();
        if (!last.external && last.offset + last.length == from) {
            last.length += length;
            return;
        }
    }
    outSlices_.push_back({nullptr, from, length});
}

void Connection::queuePdu(Bhs& bhs, std::span<const uint8_t> data)
{
    const size_t from = outBytes_.size();
    appendPdu(outBytes_, bhs, data, digests_);
    queueBytes(from);
}

void Connection::queuePdu(Bhs& bhs, std::span<const uint8_t> data, const std::shared_ptr<IscsiTask>& owner)
{
    if (data.size() < kZeroCopyMin)
        return queuePdu(bhs, data);
    // Header, then the data where it lies, then padding and digest (RFC 7143 §11.2).
    size_t from = outBytes_.size();
    appendHeader(outBytes_, bhs, uint32_t(data.size()), digests_);
    queueBytes(from);
    outSlices_.push_back({data.data(), 0, data.size()});
    outPending_ += data.size();
    if (outOwners_.empty() || outOwners_.back() != owner)
        outOwners_.push_back(owner);
    from = outBytes_.size();
    appendTrailer(outBytes_, data, digests_);
    queueBytes(from);
}

void Connection::flushAtBatchEnd()
{
    if (flushScheduled_)
        return;
    flushScheduled_ = true;
    reactor_.deferToBatchEnd(&batchFlush_);
}

void Connection::BatchFlush::run()
{
    connection->flushScheduled_ = false;
    connection->flush();
}

void Connection::flush()
{
    while (outSlice_ < outSlices_.size()) {
        // Everything queued goes out in as few sendmsg() calls as the iovec limit allows.
        iovec iov[kIovPerSend];
        int count = 0;
        for (size_t i = outSlice_; i < outSlices_.size() && count < kIovPerSend; ++i) {
            const OutSlice& slice = outSlices_[i];
            const uint8_t* base = slice.external ? slice.external : outBytes_.data() + slice.offset;
            const size_t skip = i == outSlice_ ? outSliceSent_ : 0;
            iov[count++] = {const_cast<uint8_t*>(base + skip), slice.length - skip};
        }
        msghdr msg{};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(count);
        const ssize_t n = ::sendmsg(fd_, &msg, MSG_NOSIGNAL);
        if (n > 0) {
            size_t sent = size_t(n);
            outPending_ -= sent;
            while (sent > 0) {
                const size_t left = outSlices_[outSlice_].length - outSliceSent_;
                if (sent < left) {
                    outSliceSent_ += sent;
                    break;
                }
                sent -= left;
                ++outSlice_;
                outSliceSent_ = 0;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            writeNotifier_->setEnabled(true);
            return;
        }
        closeAfterFlush_ = false;
        close("write error");
        return;
    }
    outputDrained();
}

void Connection::outputDrained()
{
    outSlices_.clear();
    outSlice_ = 0;
    outSliceSent_ = 0;
    outPending_ = 0;
    outOwners_.clear();   // the tasks' buffers are free again (the pool may reuse them)
    if (outBytes_.capacity() > kKeptOutputBytes)
        std::vector<uint8_t>().swap(outBytes_);
    else
        outBytes_.clear();
    writeNotifier_->setEnabled(false);
    if (closeAfterFlush_) {
        closeAfterFlush_ = false;
        close("closed after final response");
        return;
    }
    if (readPaused_ && state_ != State::Closing) {
        readPaused_ = false;
        readNotifier_->setEnabled(true);
        // PDUs already buffered would not wake the read notifier: handle them soon.
        if (reader_.hasPdu()) {
            auto link = link_;
            reactor_.post([link] {
                if (Connection* c = link->connection) {
                    c->processBuffered();
                    c->flush();
                }
            });
        }
    }
}

void Connection::trimIdle()
{
    // A connection that received nothing for a whole tick gives its buffers
    // back: idle sessions cost little memory (issue #8: < 256 KiB each).
    if (receivedSinceTick_) {
        receivedSinceTick_ = false;
        return;
    }
    reader_.release();
    if (outPending_ == 0) {
        std::vector<uint8_t>().swap(outBytes_);
        std::vector<OutSlice>().swap(outSlices_);
        std::vector<std::shared_ptr<IscsiTask>>().swap(outOwners_);
    }
    std::vector<uint8_t>().swap(incoming_.pdu.ahs);
    std::vector<uint8_t>().swap(incoming_.pdu.data);
    spareTransfers_.clear();
}

void Connection::onWritable()
{
    flush();
}

void Connection::sendReject(const Bhs& offending, RejectReason reason)
{
    // RFC 7143 §11.17: the rejected header is returned as the data segment.
    Bhs r;
    r.setOpcode(Opcode::Reject);
    r.setFinal(true);
    r.set8(field::RejectReason, uint8_t(reason));
    r.setItt(kReservedTag);
    stampSequence(r, true);
    queuePdu(r, offending.bytes);
}

} // namespace storlab::iscsi
