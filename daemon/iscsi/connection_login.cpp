// Login phase and SendTargets for Connection (RFC 7143 §6.3, Appendix C).
#include "iscsi/connection.h"

#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "net/reactor.h"

#include <QTimer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace storlab::iscsi {

namespace {

std::string localAddressOf(int fd, uint16_t& port)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (ss.ss_family == AF_INET) {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    } else if (ss.ss_family == AF_INET6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    }
    return text;
}

sockaddr_storage peerOf(int fd)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0)
        ss.ss_family = AF_UNSPEC;
    return ss;
}

std::string peerText(int fd)
{
    const sockaddr_storage ss = peerOf(fd);
    char text[INET6_ADDRSTRLEN] = {};
    if (ss.ss_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(&ss)->sin_addr, text, sizeof text);
    else if (ss.ss_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(&ss)->sin6_addr, text, sizeof text);
    return text;
}

} // namespace

void Connection::handleLogin(Pdu& pdu)
{
    if (!loginStarted_) {
        // The first Login Request fixes the initial CmdSN; the target starts
        // StatSN where the initiator expects it (RFC 7143 §11.12.8).
        loginStarted_ = true;
        loginCmdSN_ = pdu.bhs.u32(field::CmdSN);
        statSN_ = pdu.bhs.u32(field::ExpStatSN);
    }
    LoginMachine::Outcome outcome = login_->handle(pdu);
    Bhs& r = outcome.response.bhs;
    if (session_) {
        stampSequence(r, true);
    } else {
        r.set32(field::StatSN, statSN_++);
        r.set32(field::ExpCmdSN, loginCmdSN_);
        r.set32(field::MaxCmdSN, loginCmdSN_ + Session::kMaxTasks - 1);
    }
    queuePdu(r, outcome.response.data);

    switch (outcome.state) {
    case LoginMachine::State::InProgress:
        break;
    case LoginMachine::State::Failed:
        qCInfo(lcLogin).noquote() << "login failed for" << QString::fromStdString(login_->identity().initiatorName)
                                  << "status" << Qt::hex << r.u16(field::StatusClass);
        close("login failed", true);
        break;
    case LoginMachine::State::FullFeature:
        params_ = login_->params();
        {
            // Session-wide keys (RFC 7143 §13: "LeadingOnly") were negotiated by the
            // leading connection; this connection keeps only its own digests and
            // MaxRecvDataSegmentLength values.
            SessionParams merged = session_->params();
            merged.headerDigest = params_.headerDigest;
            merged.dataDigest = params_.dataDigest;
            merged.initiatorMaxRecvDataSegmentLength = params_.initiatorMaxRecvDataSegmentLength;
            merged.targetMaxRecvDataSegmentLength = params_.targetMaxRecvDataSegmentLength;
            params_ = merged;
        }
        // Digests and our MaxRecvDataSegmentLength apply from the next PDU on (RFC 7143 §13.1, §13.12).
        digests_ = {params_.headerDigest, params_.dataDigest};
        reader_.setLimits({params_.headerDigest, params_.dataDigest, params_.targetMaxRecvDataSegmentLength});
        text_ = std::make_unique<TextExchange>(static_cast<SendTargetsSource&>(*this), params_);
        state_ = State::FullFeature;
        nop_ = server_.nopTiming();   // the timing current at login (as tgt), see IscsiServer::nopTiming
        qCInfo(lcLogin).noquote() << (params_.isDiscovery() ? "discovery" : "normal") << "session"
                                  << session_->tsih() << "cid" << link_->cid << "for"
                                  << QString::fromStdString(params_.initiatorName)
                                  << (params_.isDiscovery() ? QString() : QStringLiteral("-> ") + QString::fromStdString(params_.targetName))
                                  << "digests" << params_.headerDigest << params_.dataDigest;
        login_.reset();
        break;
    }
}

LoginStatus Connection::checkTarget(const std::string& targetName, const std::string& initiatorName)
{
    auto target = server_.targets().find(targetName);
    if (!target)
        return LoginStatus::NotFound;
    // Initiator ACL (issue 4): name and address must be admitted (RFC 7143 §11.13.5: 0x0202).
    if (!target->access()->admits(initiatorName, peerOf(fd_))) {
        qCWarning(lcLogin).noquote() << "login refused by the ACL of" << QString::fromStdString(targetName) << "for"
                                     << QString::fromStdString(initiatorName) << "from" << QString::fromStdString(peerText(fd_));
        return LoginStatus::AuthorizationFailure;
    }
    return LoginStatus::Success;
}

AuthPolicy Connection::authPolicy(const LoginIdentity& who)
{
    // Discovery sessions use the discovery binding (tgt: accounts bound without a tid);
    // normal sessions the target's own accounts (RFC 7143 §12.1.3).
    std::shared_ptr<const TargetAccess> access;
    if (who.discovery) {
        access = server_.targets().discoveryAccess();
    } else if (auto target = server_.targets().find(who.targetName)) {
        access = target->access();
    }
    AuthPolicy policy = access ? access->authPolicy() : AuthPolicy{};
    if (policy.required && server_.targets().authFailures().blocked(peerText(fd_))) {
        // Too many failures from this address: every CHAP response fails until the window passes.
        qCWarning(lcLogin).noquote() << "CHAP login from" << QString::fromStdString(peerText(fd_))
                                     << "refused: too many recent authentication failures";
        policy.incoming.clear();
    }
    return policy;
}

void Connection::authenticationFailed(const LoginIdentity& who, const std::string& why)
{
    const std::string peer = peerText(fd_);
    server_.targets().authFailures().recordFailure(peer);
    qCWarning(lcLogin).noquote() << "CHAP authentication failed for" << QString::fromStdString(who.initiatorName)
                                 << "from" << QString::fromStdString(peer) << "to"
                                 << (who.discovery ? QStringLiteral("discovery") : QString::fromStdString(who.targetName))
                                 << ":" << QString::fromStdString(why);
}

std::string Connection::targetAlias(const std::string& targetName)
{
    auto target = server_.targets().find(targetName);
    return target ? target->alias : std::string();
}

TargetLimits Connection::targetLimits(const std::string& targetName, const TargetLimits& daemonWide)
{
    auto target = server_.targets().find(targetName);
    return target && target->limits ? *target->limits : daemonWide;
}

uint16_t Connection::portalGroupTag()
{
    return 1;
}

bool Connection::sessionExists(uint16_t tsih, const std::array<uint8_t, 6>& isid)
{
    auto session = server_.sessions().find(tsih);
    return session && session->isid() == isid;
}

LoginStatus Connection::bindSession(const LoginIdentity& identity, const SessionParams& params, uint16_t& tsih)
{
    std::shared_ptr<const Target> target;
    if (!identity.discovery) {
        target = server_.targets().find(identity.targetName);
        if (!target)
            return LoginStatus::NotFound;
    }
    SessionManager& sessions = server_.sessions();
    if (identity.tsih == 0) {
        // A new session with the ISID of an existing one reinstates it: the old
        // session's connections are closed (RFC 7143 §6.3.5).
        if (auto old = sessions.findByIdentity(identity.initiatorName, identity.isid, identity.targetName)) {
            qCInfo(lcLogin) << "session reinstatement of tsih" << old->tsih();
            sessions.remove(old->tsih());
            closeConnectionLinks(old->connections(), "session reinstatement");
        }
        session_ = sessions.create(identity.isid, params, target);
        session_->initCmdSN(loginCmdSN_);
    } else {
        auto existing = sessions.find(identity.tsih);
        if (!existing || existing->isid() != identity.isid || existing->params().initiatorName != identity.initiatorName
            || existing->params().targetName != identity.targetName)
            return LoginStatus::SessionDoesNotExist;
        // Connection reinstatement: a login with the CID of a live connection replaces it (§6.3.4).
        for (const auto& link : existing->connections()) {
            if (link->cid == identity.cid) {
                existing->removeConnection(link);
                closeConnectionLinks({link}, "connection reinstatement");
            }
        }
        if (existing->connectionCount() >= existing->params().maxConnections)
            return LoginStatus::TooManyConnections;
        session_ = existing;
    }
    link_->cid = identity.cid;
    session_->addConnection(link_);
    tsih = session_->tsih();
    return LoginStatus::Success;
}

KeyValueList Connection::sendTargets(const std::string& initiatorName, const std::string& which, bool discovery)
{
    std::vector<std::shared_ptr<const Target>> targets;
    // An empty `which` means "All" in a discovery session, this session's target otherwise.
    if (which == "All" || (which.empty() && discovery)) {
        targets = server_.targets().all();
    } else {
        const std::string name = which.empty() ? params_.targetName : which;
        if (auto t = server_.targets().find(name))
            targets.push_back(t);
    }
    // The address this initiator reached us on first, then other configured portals.
    uint16_t localPort = 0;
    const std::string local = localAddressOf(fd_, localPort);
    KeyValueList out;
    const sockaddr_storage peer = peerOf(fd_);
    for (const auto& t : targets) {
        if (!t->access()->admits(initiatorName, peer))
            continue;  // a target this initiator may not log in to is not listed (issue 4)
        out.emplace_back("TargetName", t->name);
        PortalAddress here{local, localPort};
        out.emplace_back("TargetAddress", here.targetAddress(t->tpgt));
        for (const auto& p : server_.targets().portals()) {
            if ((p.host == local && p.port == localPort) || p.host == "0.0.0.0" || p.host == "::")
                continue;
            out.emplace_back("TargetAddress", p.targetAddress(t->tpgt));
        }
    }
    return out;
}

} // namespace storlab::iscsi
