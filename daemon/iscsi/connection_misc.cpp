// NOP-Out/NOP-In, Text and Logout for Connection (RFC 7143 §11.10-§11.15, §11.18-§11.19).
#include "iscsi/connection.h"

#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "net/reactor.h"

#include <QTimer>

namespace storlab::iscsi {

void Connection::handleNopOut(Pdu& pdu)
{
    const Bhs& h = pdu.bhs;
    const uint32_t itt = h.itt();
    if (itt == kReservedTag) {
        // The answer to our NOP-In ping (TTT echoed), or a ping that wants no reply (§11.18.3).
        if (h.u32(field::TargetTransferTag) == pingTtt_)
            pingTtt_ = kReservedTag;
        return;
    }
    admitThen(pdu, &Connection::answerNopOut);
}

void Connection::answerNopOut(Pdu& pdu)
{
    const Bhs& h = pdu.bhs;
    Bhs r;
    r.setOpcode(Opcode::NopIn);
    r.setFinal(true);
    r.setLunField(h.lunField());
    r.setItt(h.itt());
    r.set32(field::TargetTransferTag, kReservedTag);
    stampSequence(r, true);
    // Ping data is echoed back (§11.19.5), within what the initiator accepts.
    const size_t n = std::min<size_t>(pdu.data.size(), params_.initiatorMaxRecvDataSegmentLength);
    queuePdu(r, std::span<const uint8_t>(pdu.data.data(), n));
}

void Connection::handleText(Pdu& pdu)
{
    admitThen(pdu, &Connection::runText);
}

void Connection::runText(Pdu& pdu)
{
    const Bhs h = pdu.bhs;
    TextExchange::Outcome outcome = text_->handle(pdu);
    if (outcome.reject) {
        sendReject(h, outcome.reason);
        return;
    }
    // MaxRecvDataSegmentLength may be re-declared in Full Feature Phase (RFC 7143 §13.12).
    if (outcome.initiatorMaxRecvDataSegmentLength)
        params_.initiatorMaxRecvDataSegmentLength = outcome.initiatorMaxRecvDataSegmentLength;
    stampSequence(outcome.response.bhs, true);
    queuePdu(outcome.response.bhs, outcome.response.data);
}

void Connection::handleLogout(Pdu& pdu)
{
    admitThen(pdu, &Connection::runLogout);
}

void Connection::runLogout(Pdu& pdu)
{
    const Bhs h = pdu.bhs;
    // Reason codes (§11.14.1): 0 close the session, 1 close a connection, 2 remove it for recovery.
    const uint8_t reason = h.u8(field::LogoutReason) & 0x7f;
    const uint16_t cid = h.u16(field::Cid);
    uint8_t response = 0;   // connection or session closed successfully
    bool closeSelf = false;
    if (reason == 0) {
        closeSelf = true;
        std::vector<std::shared_ptr<ConnectionLink>> others;
        for (const auto& l : session_->connections())
            if (l != link_)
                others.push_back(l);
        closeConnectionLinks(others, "session logout");
    } else if (reason == 1) {
        if (cid == link_->cid) {
            closeSelf = true;
        } else {
            response = 1;  // CID not found
            for (const auto& l : session_->connections()) {
                if (l->cid == cid) {
                    closeConnectionLinks({l}, "logout by another connection");
                    response = 0;
                }
            }
        }
    } else if (reason == 2) {
        response = 2;  // connection recovery is not supported (ErrorRecoveryLevel 0)
    } else {
        sendReject(h, RejectReason::InvalidPduField);
        return;
    }
    Bhs r;
    r.setOpcode(Opcode::LogoutResponse);
    r.setFinal(true);
    r.set8(field::Response, response);
    r.setItt(h.itt());
    stampSequence(r, true);
    r.set16(field::Time2Wait, response == 0 ? uint16_t(params_.defaultTime2Wait) : 0);
    r.set16(field::Time2Retain, response == 0 ? uint16_t(params_.defaultTime2Retain) : 0);
    queuePdu(r);
    if (closeSelf)
        close("logout", true);
}

void Connection::pingIfIdle()
{
    using namespace std::chrono;
    const auto now = steady_clock::now();
    if (state_ == State::Login) {
        // A connection that stalls in login would hold resources forever.
        if (now - lastReceive_ > nop_.timeout)
            close("login timed out");
        return;
    }
    if (state_ != State::FullFeature || nop_.interval.count() == 0)
        return;
    if (pingTtt_ != kReservedTag) {
        if (now - pingSent_ > nop_.timeout) {
            qCWarning(lcIscsi).noquote() << "no answer to NOP-In from" << QString::fromStdString(params_.initiatorName)
                                         << "- dropping the connection";
            close("NOP-In ping timed out");
        }
        return;
    }
    if (now - lastReceive_ < nop_.interval)
        return;
    // A target-initiated ping (§11.19.1): ITT reserved, a TTT the initiator must echo.
    pingTtt_ = nextTtt_++;
    if (pingTtt_ == kReservedTag)
        pingTtt_ = nextTtt_++;
    pingSent_ = now;
    Bhs r;
    r.setOpcode(Opcode::NopIn);
    r.setFinal(true);
    r.setItt(kReservedTag);
    r.set32(field::TargetTransferTag, pingTtt_);
    stampSequence(r, false);
    queuePdu(r);
    flush();
}

} // namespace storlab::iscsi
