// Task management for Connection (RFC 7143 §11.5, §11.6; SAM-5 §7).
#include "iscsi/connection.h"

#include "core/logging.h"
#include "iscsi/iscsi_server.h"
#include "iscsi/serial_number.h"
#include "net/reactor.h"

#include <atomic>

namespace storlab::iscsi {

namespace {

std::vector<std::shared_ptr<Session>> sessionsOfTarget(SessionManager& sessions, const std::string& targetName)
{
    std::vector<std::shared_ptr<Session>> out;
    for (auto& s : sessions.all())
        if (!s->params().isDiscovery() && s->params().targetName == targetName)
            out.push_back(s);
    return out;
}

} // namespace

void Connection::dropTransfer(uint32_t itt)
{
    transfers_.erase(itt);
    session_->endTask(itt);
}

void Connection::handleTaskManagement(Pdu& pdu)
{
    if (params_.isDiscovery()) {
        sendReject(pdu.bhs, RejectReason::ProtocolError);
        return;
    }
    admitThen(pdu, &Connection::runTaskManagement);
}

void Connection::runTaskManagement(Pdu& pdu)
{
    const Bhs h = pdu.bhs;
    const uint32_t cmdSN = h.u32(field::CmdSN);

    const auto function = TmfFunction(h.u8(field::TmfFunction) & 0x7f);
    const uint32_t itt = h.itt();
    const uint64_t lun = decodeLun(h.lunField());
    auto target = session_->target();
    auto link = link_;

    auto respond = [link, itt](TmfResponse code) {
        if (!link->connection)
            return;
        Connection* c = link->connection;
        Bhs r;
        r.setOpcode(Opcode::TaskManagementResponse);
        r.setFinal(true);
        r.set8(field::Response, uint8_t(code));
        r.setItt(itt);
        c->stampSequence(r, true);
        c->queuePdu(r);
        c->flush();
    };

    // Aborts `entries`, then (on this connection's reactor) runs `then` once every
    // one of them is gone: the response must follow the aborted tasks' end (RFC 7143 §4.2.3.3).
    auto abortThen = [this, link](std::vector<std::pair<std::shared_ptr<Session>, Session::TaskEntry>> entries,
                                  std::function<void()> then) {
        auto remaining = std::make_shared<std::atomic<int>>(1);
        auto finishOne = [remaining, link, then] {
            if (remaining->fetch_sub(1) == 1)
                link->reactor->post(then);
        };
        for (auto& [session, entry] : entries) {
            const uint32_t tag = entry.task->tag;
            remaining->fetch_add(1);
            if (!session->watchTask(tag, finishOne)) {
                finishOne();
                continue;
            }
            if (!entry.executing) {
                // Still waiting for Data-Out: end it on its own connection.
                auto owner = entry.link;
                owner->reactor->post([owner, session, tag] {
                    if (owner->connection)
                        owner->connection->dropTransfer(tag);
                    else
                        session->endTask(tag);
                });
            }
        }
        finishOne();
        (void)this;
    };

    using Entries = std::vector<std::pair<std::shared_ptr<Session>, Session::TaskEntry>>;
    auto collect = [](const std::vector<std::shared_ptr<Session>>& sessions,
                      const std::function<bool(uint32_t, const Session::TaskEntry&)>& match) {
        Entries out;
        for (auto& s : sessions)
            for (auto& e : s->abortTasks(match))
                out.emplace_back(s, e);
        return out;
    };

    switch (function) {
    case TmfFunction::AbortTask: {
        const uint32_t ref = h.u32(field::ReferencedTaskTag);
        auto entries = collect({session_}, [&](uint32_t tag, const Session::TaskEntry& e) {
            return tag == ref && e.task->lun == lun;
        });
        if (entries.empty()) {
            // RFC 7143 §11.5.1: a task not received yet, whose RefCmdSN is within the CmdSN
            // window [ExpCmdSN, MaxCmdSN] and below this request's CmdSN, counts as received
            // and aborted: "Function complete". Otherwise (e.g. it already completed, so its
            // CmdSN is below ExpCmdSN) the task does not exist.
            const uint32_t refCmdSN = h.u32(field::RefCmdSN);
            const bool received = snLess(refCmdSN, cmdSN) && session_->consumeCmdSN(refCmdSN);
            respond(received ? TmfResponse::Complete : TmfResponse::TaskDoesNotExist);
            return;
        }
        abortThen(std::move(entries), [respond] { respond(TmfResponse::Complete); });
        return;
    }
    case TmfFunction::AbortTaskSet:
    case TmfFunction::ClearTaskSet:
    case TmfFunction::LogicalUnitReset: {
        const auto luns = target->luns.get();
        auto unit = luns->find(lun);
        if (unit == luns->end()) {
            respond(TmfResponse::LunDoesNotExist);
            return;
        }
        const bool allSessions = function != TmfFunction::AbortTaskSet;
        auto sessions = allSessions ? sessionsOfTarget(server_.sessions(), target->name)
                                    : std::vector<std::shared_ptr<Session>>{session_};
        auto entries = collect(sessions, [&](uint32_t tag, const Session::TaskEntry& e) {
            return e.task->lun == lun && !(function == TmfFunction::AbortTaskSet && tag == itt);
        });
        auto lu = unit->second;
        auto nexus = session_->nexus();
        const auto tm = function == TmfFunction::AbortTaskSet ? scsi::TaskManagement::AbortTaskSet
                        : function == TmfFunction::ClearTaskSet ? scsi::TaskManagement::ClearTaskSet
                                                                : scsi::TaskManagement::LogicalUnitReset;
        abortThen(std::move(entries), [lu, nexus, tm, respond] {
            lu->taskManagement(tm, *nexus);
            respond(TmfResponse::Complete);
        });
        return;
    }
    case TmfFunction::TargetWarmReset:
    case TmfFunction::TargetColdReset: {
        auto sessions = sessionsOfTarget(server_.sessions(), target->name);
        auto entries = collect(sessions, [](uint32_t, const Session::TaskEntry&) { return true; });
        auto nexus = session_->nexus();
        const bool cold = function == TmfFunction::TargetColdReset;
        abortThen(std::move(entries), [target, nexus, cold, respond, sessions, link] {
            for (const auto& [n, lu] : *target->luns.get())
                lu->taskManagement(cold ? scsi::TaskManagement::TargetColdReset : scsi::TaskManagement::TargetWarmReset,
                                   *nexus);
            respond(TmfResponse::Complete);
            if (cold) {
                // A cold reset drops every connection of the target after the response (RFC 7143 §11.5.1).
                for (const auto& s : sessions)
                    closeConnectionLinks(s->connections(), "target cold reset");
            }
        });
        return;
    }
    case TmfFunction::ClearAca:
        respond(TmfResponse::NotSupported);  // NACA is not supported, so there is never an ACA
        return;
    case TmfFunction::TaskReassign:
        respond(TmfResponse::ReassignmentNotSupported);  // ErrorRecoveryLevel 0
        return;
    default:
        respond(TmfResponse::NotSupported);
        return;
    }
}

} // namespace storlab::iscsi
