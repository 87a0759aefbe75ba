#include "iscsi/connection.h"

#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "net/reactor.h"

#include <QSocketNotifier>
#include <QTimer>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace storlab::iscsi {

namespace {
// RFC 7143 §13.12: until Full Feature Phase, data segments are at most 8192 bytes.
constexpr uint32_t kLoginMaxRecvDataSegmentLength = 8192;
constexpr size_t kReadChunk = 256 * 1024;
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
    if (server_.settings().nopInterval.count() > 0) {
        nopTimer_ = new QTimer(this);
        nopTimer_->setInterval(std::chrono::milliseconds(1000));
        connect(nopTimer_, &QTimer::timeout, this, &Connection::pingIfIdle);
        nopTimer_->start();
    }
    qCDebug(lcIscsi) << "connection on fd" << fd_;
}

Connection::~Connection()
{
    teardown();
    if (fd_ >= 0)
        ::close(fd_);
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
    link_.reset();
}

void Connection::close(const char* why, bool flushFirst)
{
    qCDebug(lcIscsi) << "closing connection fd" << fd_ << ":" << why;
    state_ = State::Closing;
    readNotifier_->setEnabled(false);
    if (nopTimer_)
        nopTimer_->stop();
    if (flushFirst && outOffset_ < out_.size()) {
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
    uint8_t chunk[kReadChunk];
    for (;;) {
        const ssize_t n = ::read(fd_, chunk, sizeof chunk);
        if (n > 0) {
            reader_.feed({chunk, size_t(n)});
            if (size_t(n) < sizeof chunk)
                break;
            continue;
        }
        if (n == 0) {
            close("peer closed the connection");
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        close("read error");
        return;
    }
    lastReceive_ = std::chrono::steady_clock::now();
    while (state_ != State::Closing) {
        ReadResult r = reader_.next();
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
    }
    flush();
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
    auto link = link_;
    auto held = std::make_shared<Pdu>(std::move(pdu));
    const auto admission = session_->admit(cmdSN, held->bhs.immediate(), [link, held, run] {
        link->reactor->post([link, held, run] {
            if (!link->connection)
                return;
            (link->connection->*run)(*held);
            if (link->connection)
                link->connection->flush();
        });
    });
    if (admission == Session::Admission::Accept)
        (this->*run)(*held);
    else if (admission == Session::Admission::Drop)
        qCDebug(lcIscsi) << "CmdSN" << cmdSN << "outside the window: ignored (RFC 7143 §4.2.2.1)";
}

void Connection::stampSequence(Bhs& bhs, bool statusCarrying)
{
    bhs.set32(field::StatSN, statusCarrying ? statSN_++ : statSN_);
    if (session_) {
        bhs.set32(field::ExpCmdSN, session_->expCmdSN());
        bhs.set32(field::MaxCmdSN, session_->maxCmdSN());
    }
}

void Connection::queuePdu(Bhs& bhs, std::span<const uint8_t> data)
{
    if (outOffset_ == out_.size()) {
        out_.clear();
        outOffset_ = 0;
    }
    appendPdu(out_, bhs, data, digests_);
}

void Connection::flush()
{
    while (outOffset_ < out_.size()) {
        const ssize_t n = ::send(fd_, out_.data() + outOffset_, out_.size() - outOffset_, MSG_NOSIGNAL);
        if (n > 0) {
            outOffset_ += size_t(n);
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
    out_.clear();
    outOffset_ = 0;
    writeNotifier_->setEnabled(false);
    if (closeAfterFlush_) {
        closeAfterFlush_ = false;
        close("closed after final response");
    }
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
