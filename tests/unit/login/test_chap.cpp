// CHAP in the login machine (RFC 7143 §12.1.3, RFC 1994) and its digests
// (RFC 1321 / FIPS 180-4 test vectors).
#include "iscsi/login/chap_authenticator.h"
#include "iscsi/login/chap_digest.h"
#include "iscsi/login/login_machine.h"
#include "iscsi/login/text_keys.h"

#include <QtTest>

using namespace storlab::iscsi;

namespace {
const std::string kTarget = "iqn.2026-11.lab.storlab:chap";
const std::string kInitiator = "iqn.2026-11.lab.storlab:initiator";
constexpr std::array<uint8_t, 6> kIsid{0x80, 0, 0, 0, 0, 1};
const ChapCredential kIncoming{"alice", "alice-secret-123"};
const ChapCredential kOutgoing{"target", "target-secret-456"};

std::string hexOf(const std::vector<uint8_t>& v) { return encodeHex(v).substr(2); }
std::vector<uint8_t> bytes(std::string_view s) { return {s.begin(), s.end()}; }

struct Env : LoginEnvironment {
    AuthPolicy policy;
    std::vector<std::string> failures;
    uint8_t nextRandom = 0x40;
    LoginStatus checkTarget(const std::string&, const std::string&) override { return LoginStatus::Success; }
    std::string targetAlias(const std::string&) override { return {}; }
    uint16_t portalGroupTag() override { return 1; }
    bool sessionExists(uint16_t, const std::array<uint8_t, 6>&) override { return false; }
    AuthPolicy authPolicy(const LoginIdentity&) override { return policy; }
    void authenticationFailed(const LoginIdentity&, const std::string& why) override { failures.push_back(why); }
    RandomSource randomSource() override
    {
        return [this](uint8_t* out, size_t n) {
            for (size_t i = 0; i < n; ++i) out[i] = nextRandom++;
            return true;
        };
    }
    LoginStatus bindSession(const LoginIdentity&, const SessionParams&, uint16_t& tsih) override
    {
        tsih = 7;
        return LoginStatus::Success;
    }
};

Pdu login(uint8_t csg, uint8_t nsg, bool transit, const KeyValueList& keys)
{
    Pdu p;
    p.bhs.setOpcode(Opcode::LoginRequest);
    p.bhs.bytes[0] |= 0x40;
    p.bhs.set8(field::LoginFlags, uint8_t((transit ? 0x80 : 0) | csg << 2 | (transit ? nsg : 0)));
    std::copy(kIsid.begin(), kIsid.end(), p.bhs.bytes.begin() + field::Isid);
    p.bhs.setItt(1);
    p.data = serializeTextKeys(keys);
    p.bhs.setDataSegmentLength(uint32_t(p.data.size()));
    return p;
}

std::string valueOf(const Pdu& p, const std::string& key)
{
    auto r = parseTextKeys(p.data);
    if (r)
        for (const auto& [k, v] : r.value())
            if (k == key) return v;
    return "<absent>";
}

uint16_t statusOf(const Pdu& p) { return uint16_t(p.bhs.u8(field::StatusClass) << 8 | p.bhs.u8(field::StatusDetail)); }

// Runs AuthMethod and CHAP_A; returns the target's CHAP_I and challenge.
struct Challenge { uint8_t id = 0; std::vector<uint8_t> challenge; std::string algorithm; };
Challenge start(LoginMachine& m, const std::string& algorithms = "5")
{
    auto out = m.handle(login(0, 1, true, {{"InitiatorName", kInitiator}, {"TargetName", kTarget},
                                           {"AuthMethod", "CHAP,None"}}));
    if (valueOf(out.response, "AuthMethod") != "CHAP" || (out.response.bhs.u8(field::LoginFlags) & 0x80))
        return {};
    out = m.handle(login(0, 1, true, {{"CHAP_A", algorithms}}));
    Challenge c;
    c.algorithm = valueOf(out.response, "CHAP_A");
    c.id = uint8_t(std::stoi(valueOf(out.response, "CHAP_I")));
    c.challenge = *decodeBinaryValue(valueOf(out.response, "CHAP_C"));
    return c;
}

std::string respond(const Challenge& c, const std::string& secret, ChapAlgorithm a = ChapAlgorithm::Md5)
{
    return encodeHex(chapResponse(a, c.id, bytes(secret), c.challenge));
}
} // namespace

class TestChap : public QObject {
    Q_OBJECT
private slots:
    void md5Rfc1321Vectors()
    {
        QCOMPARE(hexOf(md5(bytes(""))), std::string("d41d8cd98f00b204e9800998ecf8427e"));
        QCOMPARE(hexOf(md5(bytes("abc"))), std::string("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(hexOf(md5(bytes("message digest"))), std::string("f96b697d7cb7938d525a2f31aaf161d0"));
        QCOMPARE(hexOf(md5(bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))),
                 std::string("d174ab98d277d9f5a5611c2c9f419d9f"));
        QCOMPARE(hexOf(md5(bytes("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))),
                 std::string("57edf4a22be3c955ac49da2e2107b67a"));
    }
    void sha256Fips180Vectors()
    {
        QCOMPARE(hexOf(sha256(bytes(""))), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hexOf(sha256(bytes("abc"))), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hexOf(sha256(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(hexOf(sha256(std::vector<uint8_t>(1000000, 'a'))),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }
    void binaryValuesHexAndBase64()
    {
        QCOMPARE(*decodeBinaryValue("0x0aff"), (std::vector<uint8_t>{0x0a, 0xff}));
        QCOMPARE(*decodeBinaryValue("0xaff"), (std::vector<uint8_t>{0x0a, 0xff}));  // implied leading zero
        QCOMPARE(*decodeBinaryValue("0bAQID"), (std::vector<uint8_t>{1, 2, 3}));
        QCOMPARE(*decodeBinaryValue("0bAQI="), (std::vector<uint8_t>{1, 2}));
        QVERIFY(!decodeBinaryValue("0x"));
        QVERIFY(!decodeBinaryValue("0xzz"));
        QVERIFY(!decodeBinaryValue("1234"));
        QVERIFY(!decodeBinaryValue("0bA=QI"));
    }
    void constantTimeCompare()
    {
        QVERIFY(constantTimeEqual({1, 2, 3}, {1, 2, 3}));
        QVERIFY(!constantTimeEqual({1, 2, 3}, {1, 2, 4}));
        QVERIFY(!constantTimeEqual({1, 2, 3}, {1, 2}));
    }
    void oneWayChapSucceeds()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        QCOMPARE(c.algorithm, std::string("5"));
        QCOMPARE(c.challenge.size(), size_t(16));
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, kIncoming.secret)}}));
        QCOMPARE(statusOf(out.response), uint16_t(0));
        QCOMPARE(out.response.bhs.u8(field::LoginFlags), uint8_t(0x81));  // T=1, CSG=0, NSG=1
        QCOMPARE(valueOf(out.response, "CHAP_R"), std::string("<absent>"));
        out = m.handle(login(1, 3, true, {}));
        QCOMPARE(out.state, LoginMachine::State::FullFeature);
        QVERIFY(env.failures.empty());
    }
    void base64ResponseIsAccepted()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        const auto r = chapResponse(ChapAlgorithm::Md5, c.id, bytes(kIncoming.secret), c.challenge);
        const QByteArray b64 = QByteArray(reinterpret_cast<const char*>(r.data()), qsizetype(r.size())).toBase64();
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", "0b" + b64.toStdString()}}));
        QCOMPARE(statusOf(out.response), uint16_t(0));
    }
    void sha256IsChosenWhenPreferred()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m, "7,5");
        QCOMPARE(c.algorithm, std::string("7"));
        QCOMPARE(c.challenge.size(), size_t(32));
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"},
                                               {"CHAP_R", respond(c, kIncoming.secret, ChapAlgorithm::Sha256)}}));
        QCOMPARE(statusOf(out.response), uint16_t(0));
    }
    void unsupportedAlgorithmFails()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        m.handle(login(0, 1, false, {{"InitiatorName", kInitiator}, {"TargetName", kTarget}, {"AuthMethod", "CHAP"}}));
        auto out = m.handle(login(0, 1, false, {{"CHAP_A", "6,128"}}));
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    }
    void wrongResponseIsAuthenticationFailure()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, "not-the-secret")}}));
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
        QCOMPARE(env.failures.size(), size_t(1));
        QVERIFY(env.failures[0].find("alice-secret") == std::string::npos);  // never logs the secret
    }
    void unknownUserIsAuthenticationFailure()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "mallory"}, {"CHAP_R", respond(c, kIncoming.secret)}}));
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    }
    void noneIsRefusedWhenChapIsRequired()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        auto out = m.handle(login(0, 1, true, {{"InitiatorName", kInitiator}, {"TargetName", kTarget}, {"AuthMethod", "None"}}));
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
        LoginMachine skip(env, TargetLimits{});
        out = skip.handle(login(1, 3, true, {{"InitiatorName", kInitiator}, {"TargetName", kTarget}}));
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    }
    void transitBeforeChapCompletesStaysInSecurity()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        auto out = m.handle(login(0, 1, true, {{"InitiatorName", kInitiator}, {"TargetName", kTarget}, {"AuthMethod", "CHAP"}}));
        QCOMPARE(out.state, LoginMachine::State::InProgress);
        QCOMPARE(out.response.bhs.u8(field::LoginFlags), uint8_t(0x00));  // T=0: CHAP must run first
        out = m.handle(login(0, 1, true, {}));
        QCOMPARE(out.response.bhs.u8(field::LoginFlags) & 0x80, 0);
    }
    void mutualChapAnswersWithTheOutgoingAccount()
    {
        Env env;
        env.policy = {true, {kIncoming}, kOutgoing};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        const std::vector<uint8_t> ours{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, kIncoming.secret)},
                                               {"CHAP_I", "77"}, {"CHAP_C", encodeHex(ours)}}));
        QCOMPARE(statusOf(out.response), uint16_t(0));
        QCOMPARE(valueOf(out.response, "CHAP_N"), kOutgoing.user);
        QCOMPARE(valueOf(out.response, "CHAP_R"), encodeHex(chapResponse(ChapAlgorithm::Md5, 77, bytes(kOutgoing.secret), ours)));
        QCOMPARE(out.response.bhs.u8(field::LoginFlags), uint8_t(0x81));
    }
    void mutualChapWithoutOutgoingAccountFails()
    {
        Env env;
        env.policy = {true, {kIncoming}, std::nullopt};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, kIncoming.secret)},
                                               {"CHAP_I", "1"}, {"CHAP_C", "0x0102030405060708"}}));
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    }
    void reflectedChallengeIsRefused()
    {
        Env env;
        env.policy = {true, {kIncoming}, kOutgoing};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, kIncoming.secret)},
                                               {"CHAP_I", std::to_string(c.id)}, {"CHAP_C", encodeHex(c.challenge)}}));
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
        QCOMPARE(valueOf(out.response, "CHAP_R"), std::string("<absent>"));
        QVERIFY(env.failures.at(0).find("reflected") != std::string::npos);
    }
    void sameSecretBothWaysIsRefused()
    {
        Env env;
        env.policy = {true, {kIncoming}, ChapCredential{"target", kIncoming.secret}};
        LoginMachine m(env, TargetLimits{});
        const Challenge c = start(m);
        auto out = m.handle(login(0, 1, true, {{"CHAP_N", "alice"}, {"CHAP_R", respond(c, kIncoming.secret)},
                                               {"CHAP_I", "3"}, {"CHAP_C", "0x0102030405060708"}}));
        QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    }
    void chapKeysWithoutChapAreIrrelevant()
    {
        Env env;  // no authentication
        LoginMachine m(env, TargetLimits{});
        auto out = m.handle(login(0, 1, true, {{"InitiatorName", kInitiator}, {"TargetName", kTarget},
                                               {"AuthMethod", "CHAP,None"}, {"CHAP_A", "5"}}));
        QCOMPARE(valueOf(out.response, "AuthMethod"), std::string("None"));
        QCOMPARE(valueOf(out.response, "CHAP_A"), std::string("Irrelevant"));
        QCOMPARE(out.response.bhs.u8(field::LoginFlags), uint8_t(0x81));
    }
    void challengesDifferBetweenLogins()
    {
        AuthPolicy policy{true, {kIncoming}, std::nullopt};
        ChapAuthenticator a(policy), b(policy);  // the system CSPRNG
        const auto ca = a.handle({{"CHAP_A", "5"}}).answers;
        const auto cb = b.handle({{"CHAP_A", "5"}}).answers;
        QCOMPARE(ca.size(), size_t(3));
        QVERIFY(ca[2].second != cb[2].second);
    }
};

QTEST_GUILESS_MAIN(TestChap)
#include "test_chap.moc"
