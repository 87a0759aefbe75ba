// Target side of the iSCSI login phase (RFC 7143 §6.3, §11.12, §11.13).
#include "iscsi/login/login_machine.h"

#include "iscsi/login/negotiation_table.h"

#include <algorithm>
#include <map>
#include <set>

namespace storlab::iscsi {

namespace {
constexpr uint8_t kStageSecurity = 0;
constexpr uint8_t kStageOperational = 1;
constexpr uint8_t kStageFullFeature = 3;
constexpr uint8_t kFlagTransit = 0x80;
constexpr uint8_t kFlagContinue = 0x40;
constexpr uint8_t kVersion = 0x00;            // RFC 7143 §11.12.4
constexpr size_t kMaxLoginText = 64 * 1024;   // bound on C-bit accumulation

bool isAnswerValue(std::string_view v) { return v == "Reject" || v == "Irrelevant" || v == "NotUnderstood"; }
} // namespace

struct LoginMachine::Impl {
    LoginEnvironment& env;
    TargetLimits limits;
    SessionParams params;
    LoginIdentity identity;
    State state = State::InProgress;

    bool firstPdu = true;           // no request seen yet
    bool identified = false;        // InitiatorName/TargetName/SessionType processed
    uint8_t stage = kStageSecurity; // current stage (CSG the initiator must use)
    uint32_t itt = 0;
    uint8_t versionMax = 0, versionMin = 0;
    TextKeyStream partialText;                 // request text while C=1 (§6.3: C bit)
    std::set<std::string, std::less<>> seen;   // keys the initiator offered/declared (§6.2: once per login)
    std::map<std::string, std::string, std::less<>> offered; // our offers awaiting the initiator's answer
    std::set<std::string, std::less<>> everOffered;
    bool declaredIdentity = false;  // TargetAlias / TargetPortalGroupTag sent
    bool declaredMrdsl = false;     // our MaxRecvDataSegmentLength sent
    bool authenticated = false;     // the security stage's AuthMethod is settled
    AuthPolicy policy;              // asked of the environment once the login is identified
    std::unique_ptr<ChapAuthenticator> chap;  // when AuthMethod=CHAP was chosen (§12.1.3)

    Impl(LoginEnvironment& e, TargetLimits l) : env(e), limits(l) {}

    Outcome handle(const Pdu& request);
    Pdu makeResponse(const Bhs& request, uint8_t flags, LoginStatus status, const KeyValueList& keys);
    Outcome fail(const Bhs& request, LoginStatus status);
    std::optional<LoginStatus> identify(const KeyValueList& keys);
    std::optional<LoginStatus> negotiate(const KeyValueList& keys, KeyValueList& answers);
    std::optional<LoginStatus> negotiateAuth(std::string_view offer, KeyValueList& answers);
    std::optional<LoginStatus> runChap(const KeyValueList& chapKeys, KeyValueList& answers);
    void finalizeParams();
    void offerRequiredDigests(KeyValueList& answers);
    bool digestsAcceptable() const;
};

Pdu LoginMachine::Impl::makeResponse(const Bhs& request, uint8_t flags, LoginStatus status, const KeyValueList& keys)
{
    // RFC 7143 §11.13: echo ISID and ITT; TSIH is the request's until the final response.
    Pdu out;
    Bhs& b = out.bhs;
    b.setOpcode(Opcode::LoginResponse);
    b.set8(field::LoginFlags, flags);
    b.set8(field::VersionMax, kVersion);
    b.set8(field::VersionMinOrActive, kVersion);
    std::copy(request.bytes.begin() + field::Isid, request.bytes.begin() + field::Isid + 6,
              b.bytes.begin() + field::Isid);
    b.set16(field::Tsih, request.u16(field::Tsih));
    b.setItt(request.itt());
    b.set8(field::StatusClass, uint8_t(uint16_t(status) >> 8));
    b.set8(field::StatusDetail, uint8_t(uint16_t(status)));
    out.data = serializeTextKeys(keys);
    b.setDataSegmentLength(uint32_t(out.data.size()));
    return out;
}

LoginMachine::Outcome LoginMachine::Impl::fail(const Bhs& request, LoginStatus status)
{
    // A failed login ends the connection (§6.3, §11.13.5): no keys, T=0.
    state = State::Failed;
    return Outcome{makeResponse(request, uint8_t(request.u8(field::LoginFlags) & 0x0c), status, {}), State::Failed};
}

std::optional<LoginStatus> LoginMachine::Impl::identify(const KeyValueList& keys)
{
    // RFC 7143 §6.3 / §13.4-§13.5, §13.21: the first Login Request carries InitiatorName,
    // SessionType (default Normal) and, for Normal sessions, TargetName.
    std::string sessionType = "Normal";
    for (const auto& [k, v] : keys) {
        if (k == "InitiatorName") identity.initiatorName = v;
        else if (k == "TargetName") identity.targetName = v;
        else if (k == "SessionType") sessionType = v;
    }
    if (identity.initiatorName.empty())
        return LoginStatus::MissingParameter;
    if (sessionType != "Normal" && sessionType != "Discovery")
        return LoginStatus::SessionTypeNotSupported;
    identity.discovery = sessionType == "Discovery";
    if (identity.discovery) {
        identity.targetName.clear();  // TargetName has no meaning in a discovery session
        if (identity.tsih != 0)
            return LoginStatus::InitiatorError;  // discovery sessions have one connection
    } else {
        if (identity.targetName.empty())
            return LoginStatus::MissingParameter;
        const LoginStatus s = env.checkTarget(identity.targetName, identity.initiatorName);
        if (s != LoginStatus::Success)
            return s;
        limits = env.targetLimits(identity.targetName, limits);
    }
    params.sessionType = sessionType;
    params.initiatorName = identity.initiatorName;
    params.targetName = identity.targetName;
    return std::nullopt;
}

std::optional<LoginStatus> LoginMachine::Impl::negotiateAuth(std::string_view offer, KeyValueList& answers)
{
    // RFC 7143 §12: AuthMethod is a list in order of the initiator's preference. A target
    // that requires authentication accepts only CHAP (§12.1.3); otherwise only None.
    static const KeyRule* rule = findKeyRule("AuthMethod");
    auto chosen = negotiateValue(*rule, offer, policy.required ? "CHAP" : "None");
    if (!chosen && policy.required) {
        env.authenticationFailed(identity, "initiator offered AuthMethod=" + std::string(offer) + ", CHAP is required");
        return LoginStatus::AuthenticationFailure;
    }
    answers.emplace_back("AuthMethod", chosen ? *chosen : "Reject");
    if (chosen && *chosen == "CHAP")
        chap = std::make_unique<ChapAuthenticator>(policy, env.randomSource());
    else
        authenticated = chosen.has_value();
    return std::nullopt;
}

std::optional<LoginStatus> LoginMachine::Impl::runChap(const KeyValueList& chapKeys, KeyValueList& answers)
{
    // CHAP keys are only valid once AuthMethod=CHAP was agreed (§12.1.3).
    if (!chap) {
        for (const auto& kv : chapKeys)
            answers.emplace_back(kv.first, "Irrelevant");
        return std::nullopt;
    }
    ChapAuthenticator::Outcome out = chap->handle(chapKeys);
    answers.insert(answers.end(), out.answers.begin(), out.answers.end());
    if (out.step == ChapAuthenticator::Step::Failed) {
        env.authenticationFailed(identity, out.failure);
        return LoginStatus::AuthenticationFailure;
    }
    if (out.step == ChapAuthenticator::Step::Done)
        authenticated = true;
    return std::nullopt;
}

std::optional<LoginStatus> LoginMachine::Impl::negotiate(const KeyValueList& keys, KeyValueList& answers)
{
    const bool leading = identity.tsih == 0;
    KeyValueList chapKeys;  // run after AuthMethod, whatever the order within the PDU
    for (const auto& [key, value] : keys) {
        // The initiator's answer to one of our offers (§6.2): compute, do not answer.
        if (auto it = offered.find(key); it != offered.end()) {
            if (const KeyRule* rule = findKeyRule(key); rule && !isAnswerValue(value))
                if (auto result = negotiateValue(*rule, value, it->second))
                    applyResult(key, *result, params);
            offered.erase(it);
            continue;
        }
        // §6.2: a key is offered or declared at most once per login.
        if (!seen.insert(key).second)
            return LoginStatus::InitiatorError;
        if (key == "InitiatorName" || key == "TargetName" || key == "SessionType")
            continue;  // identity keys, handled by identify() on the first request
        if (isAnswerValue(value))
            continue;  // an answer to nothing we asked: ignore
        if (key.starts_with("CHAP_")) {
            if (stage != kStageSecurity)
                return LoginStatus::InitiatorError;
            chapKeys.emplace_back(key, value);
            continue;
        }
        const KeyRule* rule = findKeyRule(key);
        if (!rule || key == "SendTargets") {  // X-*, X#*, unknown keys (§6.2, §13.21)
            answers.emplace_back(key, rule ? "Irrelevant" : "NotUnderstood");
            continue;
        }
        if (rule->securityStage) {
            if (stage != kStageSecurity)
                return LoginStatus::InitiatorError;  // security keys only in the security stage (§6.3)
            if (auto failure = negotiateAuth(value, answers))
                return failure;
            continue;
        }
        if (rule->targetOnly)
            continue;  // TargetAlias/TargetAddress/TargetPortalGroupTag come from us only: ignore
        if (!(rule->scope & (identity.discovery ? kDiscovery : kNormal)) ||
            (rule->leadingOnly && !leading)) {
            answers.emplace_back(key, "Irrelevant");  // §6.2.1: irrelevant for this session/connection
            continue;
        }
        if (key == "InitiatorAlias") {
            params.initiatorAlias = value;
            continue;
        }
        if (key == "MaxRecvDataSegmentLength") {
            // Declarative (§13.12): the initiator's receive limit, i.e. what we may send.
            auto n = parseNumber(value);
            if (!n || *n < rule->min || *n > rule->max) {
                answers.emplace_back(key, "Reject");
                continue;
            }
            params.initiatorMaxRecvDataSegmentLength = *n;
            if (!declaredMrdsl) {
                answers.emplace_back(key, targetValue(*rule, limits));
                declaredMrdsl = true;
            }
            continue;
        }
        auto result = negotiateValue(*rule, value, targetValue(*rule, limits));
        if (!result) {
            answers.emplace_back(key, "Reject");  // ill-formed or out of range (§6.2)
            continue;
        }
        applyResult(key, *result, params);
        answers.emplace_back(key, *result);
    }
    if (!chapKeys.empty())
        if (auto failure = runChap(chapKeys, answers))
            return failure;
    // §13.14: FirstBurstLength must not exceed MaxBurstLength, whatever order they came in.
    for (auto& [key, value] : answers)
        if (key == "FirstBurstLength" && parseNumber(value).value_or(0) > params.maxBurstLength) {
            params.firstBurstLength = params.maxBurstLength;
            value = std::to_string(params.maxBurstLength);
        }
    return std::nullopt;
}

void LoginMachine::Impl::offerRequiredDigests(KeyValueList& answers)
{
    // §13.1: the default is None; a target whose list lacks None must ask for CRC32C itself
    // when the initiator did not offer the key (digests are per connection: every login).
    for (const char* key : {"HeaderDigest", "DataDigest"}) {
        const std::string ours = targetValue(*findKeyRule(key), limits);
        if (listContains(ours, "None") || seen.contains(key) || everOffered.contains(key))
            continue;
        answers.emplace_back(key, ours);
        offered.emplace(key, ours);
        everOffered.emplace(key);
    }
}

bool LoginMachine::Impl::digestsAcceptable() const
{
    // The outcome of §13.1 must be a value of the target's list: an initiator that answered
    // Reject or None to a CRC32C-only target does not get a session without digests.
    const auto allowed = [](const std::string& list, bool crc) { return listContains(list, crc ? "CRC32C" : "None"); };
    return allowed(limits.headerDigest, params.headerDigest) && allowed(limits.dataDigest, params.dataDigest);
}

void LoginMachine::Impl::finalizeParams()
{
    params.targetMaxRecvDataSegmentLength =
        declaredMrdsl ? std::clamp<uint32_t>(limits.maxRecvDataSegmentLength, 512, (1u << 24) - 1) : 8192;
    params.firstBurstLength = std::min(params.firstBurstLength, params.maxBurstLength);
}

LoginMachine::Outcome LoginMachine::Impl::handle(const Pdu& request)
{
    const Bhs& req = request.bhs;
    if (state != State::InProgress || req.opcode() != Opcode::LoginRequest)
        return fail(req, LoginStatus::InitiatorError);

    const uint8_t flags = req.u8(field::LoginFlags);
    const bool transit = flags & kFlagTransit;
    const bool cont = flags & kFlagContinue;
    const uint8_t csg = (flags >> 2) & 3;
    const uint8_t nsg = flags & 3;
    // §11.12.1-§11.12.3: T and C are exclusive; NSG must move forward; stage 2 is reserved.
    if ((transit && cont) || csg > kStageOperational || (transit && (nsg == 2 || nsg <= csg)))
        return fail(req, LoginStatus::InitiatorError);

    std::array<uint8_t, 6> isid;
    std::copy_n(req.bytes.begin() + field::Isid, 6, isid.begin());
    if (firstPdu) {
        firstPdu = false;
        // §11.12.4: we speak version 0x00 only.
        if (req.u8(field::VersionMinOrActive) > kVersion)
            return fail(req, LoginStatus::UnsupportedVersion);
        identity.isid = isid;
        identity.tsih = req.u16(field::Tsih);
        identity.cid = req.u16(field::Cid);
        itt = req.itt();
        versionMax = req.u8(field::VersionMax);
        versionMin = req.u8(field::VersionMinOrActive);
        stage = csg;
        // §11.13.5: a TSIH naming no session of this ISID is refused at once with 0x020A
        // (bindSession checks the rest of the identity when the login completes).
        if (identity.tsih != 0 && !env.sessionExists(identity.tsih, identity.isid))
            return fail(req, LoginStatus::SessionDoesNotExist);
    } else if (isid != identity.isid || req.u16(field::Tsih) != identity.tsih || req.u16(field::Cid) != identity.cid ||
               req.itt() != itt || req.u8(field::VersionMax) != versionMax ||
               req.u8(field::VersionMinOrActive) != versionMin || csg != stage) {
        // §6.3 / §11.12: these stay constant for the whole login; CSG must match our stage.
        return fail(req, LoginStatus::InitiatorError);
    }

    // §6.1: a malformed record, an over-long key name or value is the initiator's error
    // (class 0x02), answered on the PDU that shows it, continuation or not.
    if (!partialText.append(request.data))
        return fail(req, LoginStatus::InitiatorError);
    if (partialText.size() > kMaxLoginText)
        return fail(req, LoginStatus::OutOfResources);
    if (cont)  // §6.3: more text follows; answer with an empty response, T=0.
        return Outcome{makeResponse(req, uint8_t(stage << 2), LoginStatus::Success, {}), State::InProgress};

    auto parsed = parseTextKeys(partialText.text());
    partialText.clear();
    if (!parsed)
        return fail(req, LoginStatus::InitiatorError);
    const KeyValueList& keys = parsed.value();

    if (!identified) {
        identified = true;
        if (auto failure = identify(keys))
            return fail(req, *failure);
        policy = env.authPolicy(identity);
        // Skipping the security stage is only possible when no authentication is required.
        if (stage == kStageOperational && policy.required) {
            env.authenticationFailed(identity, "login skipped the security stage, CHAP is required");
            return fail(req, LoginStatus::AuthenticationFailure);
        }
    }

    KeyValueList answers;
    if (!declaredIdentity && !identity.discovery) {
        // §13.9: TargetPortalGroupTag in the first response of a normal session; §13.6 TargetAlias.
        declaredIdentity = true;
        const std::string alias = env.targetAlias(identity.targetName);
        if (!alias.empty())
            answers.emplace_back("TargetAlias", alias);
        answers.emplace_back("TargetPortalGroupTag", std::to_string(env.portalGroupTag()));
    }
    if (auto failure = negotiate(keys, answers))
        return fail(req, *failure);

    if (stage == kStageOperational) {
        const bool answered = std::any_of(answers.begin(), answers.end(),
                                          [](const auto& kv) { return kv.first == "MaxRecvDataSegmentLength"; });
        if (!declaredMrdsl && !answered) {  // §13.12: declare what we accept
            answers.emplace_back("MaxRecvDataSegmentLength", targetValue(*findKeyRule("MaxRecvDataSegmentLength"), limits));
            declaredMrdsl = true;
        }
        if (transit)
            offerRequiredDigests(answers);
        // Once the initiator is done offering (T=1), offer the keys whose RFC default we cannot accept.
        if (transit && identity.tsih == 0 && !identity.discovery)
            for (const KeyRule& rule : keyRules()) {
                if (rule.kind == KeyKind::List || rule.kind == KeyKind::Declarative || seen.contains(rule.name) ||
                    everOffered.contains(rule.name) || !(rule.scope & kNormal))
                    continue;
                const std::string ours = targetValue(rule, limits);
                if (negotiateValue(rule, rule.defaultValue, ours) == std::string(rule.defaultValue))
                    continue;
                answers.emplace_back(std::string(rule.name), ours);
                offered.emplace(std::string(rule.name), ours);
                everOffered.emplace(rule.name);
            }
    }

    // §6.3 (T bit): we transit only when the initiator asks to and nothing is outstanding.
    bool agree = transit && offered.empty();
    if (agree && stage == kStageSecurity && !authenticated) {
        if (chap) {
            agree = false;  // CHAP still running (§12.1.3): answer T=0 and stay in the security stage
        } else if (policy.required) {
            env.authenticationFailed(identity, "no AuthMethod negotiated, CHAP is required");
            return fail(req, LoginStatus::AuthenticationFailure);
        } else {
            authenticated = true;  // no AuthMethod offered and none required: nothing to authenticate
        }
    }
    uint8_t outFlags = uint8_t(stage << 2);
    if (agree)
        outFlags |= uint8_t(kFlagTransit | nsg);
    Outcome out{makeResponse(req, outFlags, LoginStatus::Success, answers), State::InProgress};
    if (!agree)
        return out;
    stage = nsg;
    if (stage != kStageFullFeature)
        return out;

    finalizeParams();
    if (!digestsAcceptable())
        return fail(req, LoginStatus::InitiatorError);  // §11.13.5: 0x0200, as for other negotiation failures
    uint16_t tsih = identity.tsih;
    const LoginStatus bound = env.bindSession(identity, params, tsih);
    if (bound != LoginStatus::Success)
        return fail(req, bound);
    identity.tsih = tsih;
    out.response.bhs.set16(field::Tsih, tsih);
    out.state = state = State::FullFeature;
    return out;
}

LoginMachine::LoginMachine(LoginEnvironment& environment, TargetLimits limits)
    : d(std::make_unique<Impl>(environment, limits))
{
}
LoginMachine::~LoginMachine() = default;
LoginMachine::Outcome LoginMachine::handle(const Pdu& loginRequest) { return d->handle(loginRequest); }
const SessionParams& LoginMachine::params() const { return d->params; }
const LoginIdentity& LoginMachine::identity() const { return d->identity; }

} // namespace storlab::iscsi
