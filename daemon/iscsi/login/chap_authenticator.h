#pragma once
// The target side of CHAP in the iSCSI security stage (RFC 7143 §12.1.3,
// RFC 1994), one-way and mutual:
//
//   I->T  CHAP_A=<A1,A2,...>
//   T->I  CHAP_A=<A>  CHAP_I=<I>  CHAP_C=<C>            (our challenge)
//   I->T  CHAP_N=<N>  CHAP_R=<R>  [CHAP_I=<I'> CHAP_C=<C'>]   (mutual: the initiator's challenge)
//   T->I  [CHAP_N=<N'> CHAP_R=<R'>]                     (mutual: our answer)
//
// Pure C++: the challenge comes from getrandom(2) unless a test injects a source.
#include "iscsi/login/chap_digest.h"
#include "iscsi/login/text_keys.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storlab::iscsi {

struct ChapCredential {
    std::string user;
    std::string secret;  // clear text: CHAP needs it (RFC 1994 §4.1)
};

// What a login must prove (RFC 7143 §12). Filled by the LoginEnvironment once
// the initiator and target are known.
struct AuthPolicy {
    bool required = false;                  // leaving the security stage needs a successful CHAP
    std::vector<ChapCredential> incoming;   // initiator credentials this target accepts
    std::optional<ChapCredential> outgoing; // the target's credential for mutual CHAP
};

// RFC 7143 §6.1 binary values: "0x" + hex or "0b" + base64. nullopt when malformed or empty.
std::optional<std::vector<uint8_t>> decodeBinaryValue(std::string_view text);
std::string encodeHex(const std::vector<uint8_t>& bytes);  // "0x..." lower case

// Equal length and content, in time independent of where they differ.
bool constantTimeEqual(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b);

using RandomSource = std::function<bool(uint8_t* out, size_t length)>;
bool systemRandom(uint8_t* out, size_t length);  // getrandom(2), blocking until seeded

class ChapAuthenticator {
public:
    enum class Step { Continue, Done, Failed };
    struct Outcome {
        Step step = Step::Continue;
        KeyValueList answers;   // keys for the Login Response
        std::string failure;    // why (for the log), when Failed
        std::string user;       // the authenticated CHAP_N, when Done
    };

    explicit ChapAuthenticator(AuthPolicy policy, RandomSource random = systemRandom);
    // The CHAP_* keys of one Login Request, in order.
    Outcome handle(const KeyValueList& chapKeys);
    bool done() const { return state_ == State::Done; }

private:
    enum class State { WaitAlgorithm, WaitResponse, Done, Failed };
    Outcome fail(std::string why);
    Outcome chooseAlgorithm(std::string_view offer);
    Outcome verify(const KeyValueList& keys);

    AuthPolicy policy_;
    RandomSource random_;
    State state_ = State::WaitAlgorithm;
    ChapAlgorithm algorithm_ = ChapAlgorithm::Md5;
    uint8_t identifier_ = 0;
    std::vector<uint8_t> challenge_;
};

} // namespace storlab::iscsi
