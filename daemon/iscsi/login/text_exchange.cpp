// Full Feature Phase Text Request handling (RFC 7143 §11.10, §11.11, §6.2,
// Appendix C): SendTargets and the few keys legal after login.
#include "iscsi/login/login_machine.h"
#include "iscsi/login/negotiation_table.h"

#include <algorithm>

namespace storlab::iscsi {

namespace {
constexpr uint8_t kFinal = 0x80;
constexpr uint8_t kContinue = 0x40;
constexpr size_t kMaxRequestText = 64 * 1024;

TextExchange::Outcome rejected(RejectReason reason)
{
    TextExchange::Outcome out;
    out.reject = true;
    out.reason = reason;
    return out;
}
} // namespace

TextExchange::TextExchange(SendTargetsSource& source, const SessionParams& params)
    : source_(source), params_(params)
{
}

TextExchange::Outcome TextExchange::handle(const Pdu& textRequest)
{
    const Bhs& req = textRequest.bhs;
    if (req.opcode() != Opcode::TextRequest)
        return rejected(RejectReason::ProtocolError);
    const uint8_t flags = req.u8(1);
    const bool final = flags & kFinal;
    const bool cont = flags & kContinue;
    if (final && cont)  // §11.10.2: C=1 requires F=0
        return rejected(RejectReason::ProtocolError);
    const uint32_t ttt = req.u32(field::TargetTransferTag);

    if (ttt != kReservedTag) {
        // §11.10.4: a continuation must carry the TTT of our last response (and its ITT).
        if (ttt != pendingTtt_ || req.itt() != pendingItt_)
            return rejected(RejectReason::InvalidPduField);
        if (!pending_.empty()) {
            if (!textRequest.data.empty())
                return rejected(RejectReason::ProtocolError);
            return nextChunk(req, {});
        }
    } else {
        // §11.10.4: TTT 0xffffffff starts a new exchange, discarding anything pending.
        pending_.clear();
        request_.clear();
    }
    pendingTtt_ = kReservedTag;

    if (request_.size() + textRequest.data.size() > kMaxRequestText)
        return rejected(RejectReason::ProtocolError);
    request_.insert(request_.end(), textRequest.data.begin(), textRequest.data.end());
    if (cont)  // §11.10.2: more request text follows; answer empty, with a TTT to continue
        return nextChunk(req, {});

    auto parsed = parseTextKeys(request_);
    request_.clear();
    if (!parsed)
        return rejected(RejectReason::ProtocolError);

    Outcome out;
    KeyValueList answers;
    const bool discovery = params_.isDiscovery();
    for (const auto& [key, value] : parsed.value()) {
        if (value == "Reject" || value == "Irrelevant" || value == "NotUnderstood")
            continue;  // answers to nothing we offered
        if (key == "SendTargets") {
            // Appendix C: "All" in discovery sessions; "" (this session's target) or a
            // target name in normal sessions; a name is also fine in discovery sessions.
            KeyValueList records;
            if (value == "All" && discovery)
                records = source_.sendTargets(params_.initiatorName, {}, true);
            else if (value.empty() && !discovery)
                records = source_.sendTargets(params_.initiatorName, params_.targetName, false);
            else if (!value.empty() && value != "All")
                records = source_.sendTargets(params_.initiatorName, value, discovery);
            else {
                answers.emplace_back(key, "Reject");
                continue;
            }
            answers.insert(answers.end(), records.begin(), records.end());
        } else if (key == "MaxRecvDataSegmentLength") {
            // §13.12: "Use: ALL" — may be re-declared in Full Feature Phase.
            const auto n = parseNumber(value);
            if (!n || *n < 512 || *n > (1u << 24) - 1) {
                answers.emplace_back(key, "Reject");
                continue;
            }
            out.initiatorMaxRecvDataSegmentLength = *n;
            answers.emplace_back(key, std::to_string(params_.targetMaxRecvDataSegmentLength));
        } else if (findKeyRule(key) || key == "InitiatorName" || key == "TargetName" || key == "SessionType") {
            answers.emplace_back(key, "Reject");  // login-only keys (Use: IO/LO) cannot change now
        } else {
            answers.emplace_back(key, "NotUnderstood");  // X-*, X#*, unknown (§6.2)
        }
    }
    return answer(req, std::move(answers), std::move(out));
}

TextExchange::Outcome TextExchange::answer(const Bhs& request, KeyValueList keys, Outcome out)
{
    pending_ = serializeTextKeys(keys);
    return nextChunk(request, std::move(out));
}

TextExchange::Outcome TextExchange::nextChunk(const Bhs& request, Outcome out)
{
    // §11.11: answers larger than the initiator's MaxRecvDataSegmentLength go out in
    // pieces with C=1 and a TTT; the initiator asks for more with an empty request.
    const size_t limit = std::max<uint32_t>(params_.initiatorMaxRecvDataSegmentLength, 512);
    const size_t n = std::min(limit, pending_.size());
    const bool more = n < pending_.size();
    const bool requestFinal = request.u8(1) & kFinal;
    const bool requestCont = request.u8(1) & kContinue;
    // §11.11.1: F=1 only when the initiator's request had F=1 and nothing remains.
    const bool final = !more && !requestCont && requestFinal;

    Bhs& b = out.response.bhs;
    b.setOpcode(Opcode::TextResponse);
    b.set8(1, uint8_t((final ? kFinal : 0) | (more ? kContinue : 0)));
    b.setLunField(request.lunField());
    b.setItt(request.itt());
    uint32_t ttt = kReservedTag;
    if (!final) {
        ttt = nextTtt_++;
        if (nextTtt_ == kReservedTag)
            nextTtt_ = 1;
        pendingItt_ = request.itt();
    }
    pendingTtt_ = ttt;
    b.set32(field::TargetTransferTag, ttt);
    out.response.data.assign(pending_.begin(), pending_.begin() + ptrdiff_t(n));
    pending_.erase(pending_.begin(), pending_.begin() + ptrdiff_t(n));
    b.setDataSegmentLength(uint32_t(n));
    return out;
}

} // namespace storlab::iscsi
