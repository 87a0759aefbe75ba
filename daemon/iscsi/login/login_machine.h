#pragma once
// The target side of the iSCSI login phase (RFC 7143 §6.3, §11.12-§11.13) as a
// pure state machine: Login Request PDUs in, Login Response PDUs out. Stages:
// SecurityNegotiation (0) -> LoginOperationalNegotiation (1) -> FullFeaturePhase (3).
// Key negotiation uses one table (key, type, range, default, rule: §13).
// The caller fills StatSN/ExpCmdSN/MaxCmdSN into every response before sending.
#include "iscsi/login/chap_authenticator.h"
#include "iscsi/login/session_params.h"
#include "iscsi/login/text_keys.h"
#include "iscsi/pdu/bhs.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>

namespace storlab::iscsi {

// Login status class/detail (RFC 7143 §11.13.5), as (class << 8 | detail).
enum class LoginStatus : uint16_t {
    Success = 0x0000,
    TargetMovedTemporarily = 0x0101,
    InitiatorError = 0x0200,
    AuthenticationFailure = 0x0201,
    AuthorizationFailure = 0x0202,
    NotFound = 0x0203,
    TargetRemoved = 0x0204,
    UnsupportedVersion = 0x0205,
    TooManyConnections = 0x0206,
    MissingParameter = 0x0207,
    CannotIncludeInSession = 0x0208,
    SessionTypeNotSupported = 0x0209,
    SessionDoesNotExist = 0x020a,
    InvalidDuringLogin = 0x020b,
    TargetError = 0x0300,
    ServiceUnavailable = 0x0301,
    OutOfResources = 0x0302,
};

struct LoginIdentity {
    std::array<uint8_t, 6> isid{};
    uint16_t tsih = 0;      // 0 = new session; otherwise the session to add a connection to
    uint16_t cid = 0;
    std::string initiatorName;
    std::string targetName; // empty for discovery
    bool discovery = false;
};

// What the login machine asks of the target around it.
class LoginEnvironment {
public:
    virtual ~LoginEnvironment() = default;
    // May this initiator log in to this target (exists, ACL allows)? NotFound/AuthorizationFailure otherwise.
    virtual LoginStatus checkTarget(const std::string& targetName, const std::string& initiatorName) = 0;
    virtual std::string targetAlias(const std::string& targetName) = 0;
    // The target's own parameters (its iscsiParams), asked once the TargetName of a normal
    // session is known; discovery sessions keep `daemonWide`.
    virtual TargetLimits targetLimits(const std::string& targetName, const TargetLimits& daemonWide)
    {
        (void)targetName;
        return daemonWide;
    }
    virtual uint16_t portalGroupTag() = 0;
    // Is there a session `tsih` with this ISID? Asked on the first Login Request of a
    // connection that names a TSIH (RFC 7143 §6.3.1, §11.13.5).
    virtual bool sessionExists(uint16_t tsih, const std::array<uint8_t, 6>& isid) = 0;
    // True when the target requires authentication (kept for environments without accounts).
    virtual bool authenticationRequired(const LoginIdentity& who) { (void)who; return false; }
    // What this login must prove (RFC 7143 §12): asked once, after the first request identified
    // the initiator and target. With `required`, only AuthMethod=CHAP is accepted.
    virtual AuthPolicy authPolicy(const LoginIdentity& who) { return AuthPolicy{authenticationRequired(who), {}, {}}; }
    // A CHAP exchange failed (for logging and rate limiting); `why` never contains a secret.
    virtual void authenticationFailed(const LoginIdentity& who, const std::string& why) { (void)who; (void)why; }
    // Where CHAP challenges come from (tests inject a deterministic source).
    virtual RandomSource randomSource() { return systemRandom; }
    // Called once, when the initiator transits to Full Feature Phase: creates the
    // session (identity.tsih == 0, returns the new TSIH in `tsih`) or checks that
    // the connection may join session identity.tsih (§6.3.1).
    virtual LoginStatus bindSession(const LoginIdentity& identity, const SessionParams& params, uint16_t& tsih) = 0;
};

class LoginMachine {
public:
    enum class State { InProgress, FullFeature, Failed };
    struct Outcome {
        Pdu response;               // always present: the Login Response to send
        State state = State::InProgress;
    };

    LoginMachine(LoginEnvironment& environment, TargetLimits limits);
    ~LoginMachine();
    Outcome handle(const Pdu& loginRequest);
    const SessionParams& params() const;
    const LoginIdentity& identity() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Full Feature Phase Text Request handling (RFC 7143 §11.10, §6.2, Appendix C):
// SendTargets (discovery and normal sessions), with continuation (C bit / TTT)
// when the answer exceeds the initiator's MaxRecvDataSegmentLength.
class SendTargetsSource {
public:
    virtual ~SendTargetsSource() = default;
    // For "SendTargets=All" (target empty) or one target name: TargetName= and TargetAddress= records
    // the initiator may see, in order.
    virtual KeyValueList sendTargets(const std::string& initiatorName, const std::string& which, bool discoverySession) = 0;
};

class TextExchange {
public:
    TextExchange(SendTargetsSource& source, const SessionParams& params);
    // Returns the Text Response (StatSN/ExpCmdSN/MaxCmdSN left to the caller), or a Reject reason
    // when the request is malformed.
    struct Outcome {
        Pdu response;
        bool reject = false;
        RejectReason reason = RejectReason::ProtocolError;
        // Non-zero when the initiator re-declared MaxRecvDataSegmentLength in Full Feature
        // Phase (§13.12, "Use: ALL"): the caller must apply it to its SessionParams.
        uint32_t initiatorMaxRecvDataSegmentLength = 0;
    };
    Outcome handle(const Pdu& textRequest);

private:
    Outcome answer(const Bhs& request, KeyValueList keys, Outcome out);
    Outcome nextChunk(const Bhs& request, Outcome out);

    SendTargetsSource& source_;
    const SessionParams& params_;
    std::vector<uint8_t> pending_;   // remaining answer bytes for continuation
    uint32_t pendingTtt_ = kReservedTag;
    uint32_t nextTtt_ = 1;
    uint32_t pendingItt_ = kReservedTag;
    std::vector<uint8_t> request_;   // request text accumulated over C=1 / F=0 requests
};

} // namespace storlab::iscsi
