// Target-side CHAP (RFC 7143 §12.1.3 on top of RFC 1994 §4).
#include "iscsi/login/chap_authenticator.h"

#include "iscsi/login/negotiation_table.h"

#include <cerrno>
#include <sys/random.h>

namespace storlab::iscsi {

namespace {

constexpr size_t kMaxInitiatorChallenge = 1024;  // RFC 7143 §12.1.3 leaves the length open; bound it

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

std::optional<std::vector<uint8_t>> decodeHex(std::string_view digits)
{
    std::vector<uint8_t> out;
    // An odd number of digits has an implied leading zero (RFC 7143 §6.1 hex-constant).
    size_t i = 0;
    if (digits.size() % 2) {
        const int d = hexDigit(digits[0]);
        if (d < 0) return std::nullopt;
        out.push_back(uint8_t(d));
        i = 1;
    }
    for (; i < digits.size(); i += 2) {
        const int hi = hexDigit(digits[i]), lo = hexDigit(digits[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(uint8_t(hi << 4 | lo));
    }
    return out;
}

std::optional<std::vector<uint8_t>> decodeBase64(std::string_view text)
{
    if (text.size() % 4) return std::nullopt;
    std::vector<uint8_t> out;
    for (size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        int pads = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + k];
            if (c == '=' && i + 4 == text.size() && k >= 2) { v[k] = 0; ++pads; continue; }
            if (pads || (v[k] = base64Digit(c)) < 0) return std::nullopt;
        }
        const uint32_t n = uint32_t(v[0]) << 18 | uint32_t(v[1]) << 12 | uint32_t(v[2]) << 6 | uint32_t(v[3]);
        out.push_back(uint8_t(n >> 16));
        if (pads < 2) out.push_back(uint8_t(n >> 8));
        if (pads < 1) out.push_back(uint8_t(n));
    }
    return out;
}

std::vector<uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }

} // namespace

std::optional<std::vector<uint8_t>> decodeBinaryValue(std::string_view text)
{
    if (text.size() < 3 || text[0] != '0') return std::nullopt;
    std::optional<std::vector<uint8_t>> out;
    if (text[1] == 'x' || text[1] == 'X') out = decodeHex(text.substr(2));
    else if (text[1] == 'b' || text[1] == 'B') out = decodeBase64(text.substr(2));
    if (out && out->empty()) return std::nullopt;
    return out;
}

std::string encodeHex(const std::vector<uint8_t>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "0x";
    for (uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

bool constantTimeEqual(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b)
{
    if (a.size() != b.size()) return false;
    volatile uint8_t diff = 0;
    for (size_t i = 0; i < a.size(); ++i)
        diff = diff | uint8_t(a[i] ^ b[i]);
    return diff == 0;
}

bool systemRandom(uint8_t* out, size_t length)
{
    size_t done = 0;
    while (done < length) {
        const ssize_t n = getrandom(out + done, length - done, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += size_t(n);
    }
    return true;
}

ChapAuthenticator::ChapAuthenticator(AuthPolicy policy, RandomSource random)
    : policy_(std::move(policy)), random_(std::move(random))
{
}

ChapAuthenticator::Outcome ChapAuthenticator::fail(std::string why)
{
    state_ = State::Failed;
    Outcome out;
    out.step = Step::Failed;
    out.failure = std::move(why);
    return out;
}

ChapAuthenticator::Outcome ChapAuthenticator::handle(const KeyValueList& keys)
{
    switch (state_) {
    case State::WaitAlgorithm:
        // The first CHAP PDU carries only CHAP_A (§12.1.3).
        if (keys.size() != 1 || keys[0].first != "CHAP_A")
            return fail("expected CHAP_A first, got " + (keys.empty() ? std::string("nothing") : keys[0].first));
        return chooseAlgorithm(keys[0].second);
    case State::WaitResponse:
        return verify(keys);
    case State::Done:
        return fail("CHAP keys after CHAP completed");
    case State::Failed:
        break;
    }
    return fail("CHAP already failed");
}

ChapAuthenticator::Outcome ChapAuthenticator::chooseAlgorithm(std::string_view offer)
{
    // CHAP_A is a list in the initiator's order of preference: take the first we implement.
    std::optional<ChapAlgorithm> chosen;
    size_t pos = 0;
    while (!chosen && pos <= offer.size()) {
        size_t comma = offer.find(',', pos);
        if (comma == std::string_view::npos) comma = offer.size();
        if (auto n = parseNumber(offer.substr(pos, comma - pos)))
            chosen = chapAlgorithmFromNumber(*n);
        pos = comma + 1;
    }
    if (!chosen) {
        Outcome out = fail("no supported CHAP algorithm in CHAP_A=" + std::string(offer) + " (we do 5=MD5, 7=SHA-256)");
        out.answers.emplace_back("CHAP_A", "Reject");
        return out;
    }
    algorithm_ = *chosen;
    // A fresh random identifier and challenge per login (RFC 1994 §2.3: unpredictable, never reused);
    // the challenge is as long as the digest.
    challenge_.assign(chapDigestSize(algorithm_), 0);
    uint8_t id = 0;
    if (!random_ || !random_(&id, 1) || !random_(challenge_.data(), challenge_.size()))
        return fail("no random bytes for the CHAP challenge");
    identifier_ = id;
    state_ = State::WaitResponse;
    Outcome out;
    out.answers.emplace_back("CHAP_A", std::to_string(int(algorithm_)));
    out.answers.emplace_back("CHAP_I", std::to_string(identifier_));
    out.answers.emplace_back("CHAP_C", encodeHex(challenge_));
    return out;
}

ChapAuthenticator::Outcome ChapAuthenticator::verify(const KeyValueList& keys)
{
    const std::string* name = nullptr;
    const std::string* response = nullptr;
    const std::string* initiatorId = nullptr;
    const std::string* initiatorChallenge = nullptr;
    for (const auto& [k, v] : keys) {
        if (k == "CHAP_N") name = &v;
        else if (k == "CHAP_R") response = &v;
        else if (k == "CHAP_I") initiatorId = &v;
        else if (k == "CHAP_C") initiatorChallenge = &v;
        else return fail("unexpected " + k + " in the CHAP response");
    }
    if (!name || !response)
        return fail("CHAP_N and CHAP_R are required");
    const auto received = decodeBinaryValue(*response);
    if (!received)
        return fail("CHAP_R is not a binary value");

    // Look the user up without revealing by timing whether it exists: always compute one digest.
    const ChapCredential* account = nullptr;
    for (const ChapCredential& c : policy_.incoming)
        if (c.user == *name) account = &c;
    const std::string secret = account ? account->secret : std::string("\x01 no such user \x01");
    const std::vector<uint8_t> expected = chapResponse(algorithm_, identifier_, bytesOf(secret), challenge_);
    const bool match = constantTimeEqual(expected, *received);
    if (!account || !match)
        return fail(account ? "wrong CHAP response for user " + *name : "unknown CHAP user " + *name);

    Outcome out;
    out.user = *name;
    if (initiatorId || initiatorChallenge) {
        // Mutual CHAP: the initiator authenticates us in turn.
        if (!initiatorId || !initiatorChallenge)
            return fail("mutual CHAP needs both CHAP_I and CHAP_C");
        if (!policy_.outgoing)
            return fail("the initiator asked for mutual CHAP but the target has no outgoing account");
        const auto id = parseNumber(*initiatorId);
        const auto challenge = decodeBinaryValue(*initiatorChallenge);
        if (!id || *id > 255 || !challenge || challenge->size() > kMaxInitiatorChallenge)
            return fail("malformed CHAP_I or CHAP_C from the initiator");
        // §12.1.3: a target MUST refuse its own challenge reflected back (reflection attack).
        if (*challenge == challenge_)
            return fail("the initiator reflected our CHAP challenge");
        // §12.1.3 (and §9.2.1): the initiator's and target's secrets must differ.
        if (policy_.outgoing->secret == account->secret)
            return fail("the outgoing CHAP secret equals the initiator's secret");
        out.answers.emplace_back("CHAP_N", policy_.outgoing->user);
        out.answers.emplace_back(
            "CHAP_R", encodeHex(chapResponse(algorithm_, uint8_t(*id), bytesOf(policy_.outgoing->secret), *challenge)));
    }
    state_ = State::Done;
    out.step = Step::Done;
    return out;
}

} // namespace storlab::iscsi
