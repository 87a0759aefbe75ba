// Login negotiation (RFC 7143 §6, §11.12-§11.13, §13) and Full Feature Text exchanges.
#include "iscsi/login/login_machine.h"
#include "iscsi/login/text_keys.h"

#include <QtTest>

#include <optional>
#include <set>

using namespace storlab::iscsi;

namespace {
const std::string kTarget = "iqn.2024-01.org.storlab:disk1";
const std::string kInitiator = "iqn.1994-05.com.redhat:client";
constexpr std::array<uint8_t, 6> kIsid{0x80, 0x00, 0x00, 0x12, 0x34, 0x56};

struct FakeEnvironment : LoginEnvironment {
    bool requireAuth = false;
    int bindCalls = 0;
    LoginStatus bindResult = LoginStatus::Success;
    SessionParams boundParams;
    LoginStatus checkTarget(const std::string& target, const std::string& initiator) override
    {
        if (target != kTarget) return LoginStatus::NotFound;
        return initiator == "iqn.denied" ? LoginStatus::AuthorizationFailure : LoginStatus::Success;
    }
    std::string targetAlias(const std::string&) override { return "lab disk"; }
    std::optional<TargetLimits> perTarget;  // the target's own parameters (config iscsiParams)
    TargetLimits targetLimits(const std::string&, const TargetLimits& daemonWide) override { return perTarget.value_or(daemonWide); }
    uint16_t portalGroupTag() override { return 7; }
    std::set<uint16_t> liveSessions{0x1234};  // sessions with kIsid
    bool sessionExists(uint16_t tsih, const std::array<uint8_t, 6>& isid) override
    {
        return liveSessions.contains(tsih) && isid == kIsid;
    }
    bool authenticationRequired(const LoginIdentity&) override { return requireAuth; }
    LoginStatus bindSession(const LoginIdentity& id, const SessionParams& p, uint16_t& tsih) override
    {
        ++bindCalls;
        boundParams = p;
        if (id.tsih == 0) tsih = 0x1234;
        return bindResult;
    }
};

Pdu login(uint8_t csg, uint8_t nsg, bool transit, const KeyValueList& keys, bool cont = false)
{
    Pdu p;
    p.bhs.setOpcode(Opcode::LoginRequest);
    p.bhs.bytes[0] |= 0x40;  // immediate
    p.bhs.set8(field::LoginFlags, uint8_t((transit ? 0x80 : 0) | (cont ? 0x40 : 0) | csg << 2 | (transit ? nsg : 0)));
    std::copy(kIsid.begin(), kIsid.end(), p.bhs.bytes.begin() + field::Isid);
    p.bhs.setItt(0x10);
    p.bhs.set16(field::Cid, 1);
    p.bhs.set32(field::CmdSN, 1);
    p.data = serializeTextKeys(keys);
    p.bhs.setDataSegmentLength(uint32_t(p.data.size()));
    return p;
}

KeyValueList keysOf(const Pdu& p)
{
    auto r = parseTextKeys(p.data);
    return r ? r.value() : KeyValueList{{"<malformed>", ""}};
}

QString valueOf(const Pdu& p, const std::string& key)
{
    for (const auto& [k, v] : keysOf(p))
        if (k == key) return QString::fromStdString(v);
    return QStringLiteral("<absent>");
}

uint16_t statusOf(const Pdu& p) { return uint16_t(p.bhs.u8(field::StatusClass) << 8 | p.bhs.u8(field::StatusDetail)); }
uint8_t flagsOf(const Pdu& p) { return p.bhs.u8(field::LoginFlags); }

KeyValueList normalIdentity()
{
    return {{"InitiatorName", kInitiator}, {"TargetName", kTarget}, {"SessionType", "Normal"}};
}

// Logs in straight into the operational stage with `keys` and T=1 -> FF.
LoginMachine::Outcome operationalLogin(LoginMachine& m, KeyValueList keys)
{
    KeyValueList all = normalIdentity();
    all.insert(all.end(), keys.begin(), keys.end());
    return m.handle(login(1, 3, true, all));
}

struct FakeSource : SendTargetsSource {
    int targets = 3;
    std::vector<std::string> asked;
    KeyValueList sendTargets(const std::string&, const std::string& which, bool) override
    {
        asked.push_back(which);
        KeyValueList out;
        for (int i = 0; i < targets; ++i) {
            const std::string name = "iqn.2024-01.org.storlab:target-with-a-longish-name-" + std::to_string(i);
            if (!which.empty() && which != name) continue;
            out.emplace_back("TargetName", name);
            out.emplace_back("TargetAddress", "127.0.0.1:3260,1");
        }
        return out;
    }
};

Pdu text(const KeyValueList& keys, uint32_t ttt = kReservedTag, uint8_t flags = 0x80, uint32_t itt = 0x20)
{
    Pdu p;
    p.bhs.setOpcode(Opcode::TextRequest);
    p.bhs.set8(1, flags);
    p.bhs.setItt(itt);
    p.bhs.set32(field::TargetTransferTag, ttt);
    p.data = serializeTextKeys(keys);
    p.bhs.setDataSegmentLength(uint32_t(p.data.size()));
    return p;
}
} // namespace

class TestLoginMachine : public QObject {
    Q_OBJECT
private slots:
    void textKeysParseAndSerialize();
    void textKeysRejectMalformed_data();
    void textKeysRejectMalformed();
    void normalLoginHappyPath();
    void discoveryLogin();
    void missingParameters_data();
    void missingParameters();
    void targetLookupFailures_data();
    void targetLookupFailures();
    void digestNegotiation_data();
    void digestNegotiation();
    void numericalAndBooleanRules_data();
    void numericalAndBooleanRules();
    void firstBurstNotAboveMaxBurst();
    void unknownAndObsoleteKeys();
    void duplicateKeyFailsLogin();
    void continuationBit();
    void unknownTsihRefusedOnFirstPdu();
    void overlongKeyNameIsInitiatorError_data();
    void overlongKeyNameIsInitiatorError();
    void securityOperationalFullFeature();
    void securityStraightToFullFeature();
    void targetWithholdsTransitWhileOffering();
    void perTargetDigestList_data();
    void perTargetDigestList();
    void requiredDigestIsOffered();
    void perTargetLimitsOnlyForNormalSessions();
    void invalidStageAndFlags_data();
    void invalidStageAndFlags();
    void identityMustNotChange();
    void unsupportedVersion();
    void authenticationRequired();
    void bindFailurePropagates();
    void sendTargetsAllWithContinuation();
    void sendTargetsNormalSessionAndErrors();
    void textRequestContinuationAndOtherKeys();
};

void TestLoginMachine::textKeysParseAndSerialize()
{
    const KeyValueList keys{{"A", "1"}, {"Empty", ""}, {"X-org.example.k", "a=b"}};
    const auto bytes = serializeTextKeys(keys);
    QCOMPARE(bytes.size(), size_t(4 + 7 + 20));
    auto parsed = parseTextKeys(bytes);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value() == keys);
    // Padding NULs and a missing final NUL are tolerated.
    const std::string loose("A=1\0\0\0B=2", 9);
    auto r = parseTextKeys(std::span(reinterpret_cast<const uint8_t*>(loose.data()), loose.size()));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(QString::fromStdString(r.value()[1].second), QStringLiteral("2"));
}

void TestLoginMachine::textKeysRejectMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no '='") << QByteArray("NoEquals\0", 9);
    QTest::newRow("empty key") << QByteArray("=v\0", 3);
    QTest::newRow("key too long") << (QByteArray(64, 'k') + QByteArray("=v\0", 3));
    QTest::newRow("bad key char") << QByteArray("Ke y=v\0", 7);
    QTest::newRow("value too long") << (QByteArray("K=") + QByteArray(8193, 'v') + QByteArray(1, '\0'));
    QTest::newRow("not utf-8") << QByteArray("K=\xff\xfe\0", 5);
    QTest::newRow("truncated utf-8") << QByteArray("K=\xe2\x82\0", 5);
}

void TestLoginMachine::textKeysRejectMalformed()
{
    QFETCH(QByteArray, bytes);
    auto r = parseTextKeys(std::span(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.empty());
}

void TestLoginMachine::normalLoginHappyPath()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    KeyValueList first = normalIdentity();
    first.emplace_back("AuthMethod", "None");
    auto out = m.handle(login(0, 1, true, first));
    QCOMPARE(out.state, LoginMachine::State::InProgress);
    const Pdu& r1 = out.response;
    QCOMPARE(r1.bhs.opcode(), Opcode::LoginResponse);
    QCOMPARE(statusOf(r1), uint16_t(0));
    QCOMPARE(flagsOf(r1), uint8_t(0x80 | 0 << 2 | 1));  // T, CSG 0, NSG 1
    QCOMPARE(r1.bhs.itt(), 0x10u);
    QVERIFY(std::equal(kIsid.begin(), kIsid.end(), r1.bhs.bytes.begin() + field::Isid));
    QCOMPARE(r1.bhs.u8(field::VersionMax), uint8_t(0));
    QCOMPARE(r1.bhs.u16(field::Tsih), uint16_t(0));
    QCOMPARE(r1.bhs.dataSegmentLength(), uint32_t(r1.data.size()));
    QCOMPARE(valueOf(r1, "AuthMethod"), QStringLiteral("None"));
    QCOMPARE(valueOf(r1, "TargetPortalGroupTag"), QStringLiteral("7"));
    QCOMPARE(valueOf(r1, "TargetAlias"), QStringLiteral("lab disk"));

    out = m.handle(login(1, 3, true, {{"HeaderDigest", "None"}, {"DataDigest", "None"},
                                      {"MaxRecvDataSegmentLength", "65536"}, {"ImmediateData", "Yes"},
                                      {"InitialR2T", "No"}, {"MaxBurstLength", "262144"},
                                      {"FirstBurstLength", "65536"}, {"MaxOutstandingR2T", "1"},
                                      {"ErrorRecoveryLevel", "0"}, {"InitiatorAlias", "client"}}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    const Pdu& r2 = out.response;
    QCOMPARE(flagsOf(r2), uint8_t(0x80 | 1 << 2 | 3));
    QCOMPARE(r2.bhs.u16(field::Tsih), uint16_t(0x1234));
    QCOMPARE(valueOf(r2, "MaxRecvDataSegmentLength"), QStringLiteral("262144"));
    QCOMPARE(valueOf(r2, "InitialR2T"), QStringLiteral("No"));
    QCOMPARE(valueOf(r2, "TargetPortalGroupTag"), QStringLiteral("<absent>"));  // first response only
    QCOMPARE(valueOf(r2, "InitiatorAlias"), QStringLiteral("<absent>"));        // declarative: no answer
    QCOMPARE(env.bindCalls, 1);
    const SessionParams& p = m.params();
    QCOMPARE(p.initiatorMaxRecvDataSegmentLength, 65536u);
    QCOMPARE(p.targetMaxRecvDataSegmentLength, 262144u);
    QCOMPARE(p.initialR2T, false);
    QCOMPARE(p.immediateData, true);
    QCOMPARE(p.initiatorAlias, std::string("client"));
    QCOMPARE(p.targetName, kTarget);
    QCOMPARE(env.boundParams.initiatorName, kInitiator);
    QCOMPARE(m.identity().tsih, uint16_t(0x1234));
    QCOMPARE(m.identity().cid, uint16_t(1));
    // Any further login PDU is an error.
    QCOMPARE(m.handle(login(1, 3, true, {})).state, LoginMachine::State::Failed);
    QCOMPARE(env.bindCalls, 1);
}

void TestLoginMachine::discoveryLogin()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = m.handle(login(1, 3, true, {{"InitiatorName", kInitiator}, {"SessionType", "Discovery"},
                                          {"HeaderDigest", "CRC32C,None"}, {"MaxBurstLength", "4096"},
                                          {"MaxRecvDataSegmentLength", "32768"}}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "HeaderDigest"), QStringLiteral("CRC32C"));
    QCOMPARE(valueOf(out.response, "MaxBurstLength"), QStringLiteral("Irrelevant"));
    QCOMPARE(valueOf(out.response, "TargetPortalGroupTag"), QStringLiteral("<absent>"));
    QVERIFY(m.params().isDiscovery());
    QVERIFY(m.params().headerDigest);
    QVERIFY(m.identity().discovery);
    QCOMPARE(m.params().initiatorMaxRecvDataSegmentLength, 32768u);
    QCOMPARE(env.bindCalls, 1);
}

void TestLoginMachine::missingParameters_data()
{
    QTest::addColumn<bool>("withInitiator");
    QTest::addColumn<bool>("withTarget");
    QTest::addColumn<QString>("sessionType");
    QTest::addColumn<int>("status");
    QTest::newRow("no InitiatorName") << false << true << "Normal" << 0x0207;
    QTest::newRow("no TargetName, normal") << true << false << "Normal" << 0x0207;
    QTest::newRow("no TargetName, default type") << true << false << "" << 0x0207;
    QTest::newRow("bad SessionType") << true << true << "Weird" << 0x0209;
    QTest::newRow("discovery ok") << true << false << "Discovery" << 0;
}

void TestLoginMachine::missingParameters()
{
    QFETCH(bool, withInitiator);
    QFETCH(bool, withTarget);
    QFETCH(QString, sessionType);
    QFETCH(int, status);
    KeyValueList keys;
    if (withInitiator) keys.emplace_back("InitiatorName", kInitiator);
    if (withTarget) keys.emplace_back("TargetName", kTarget);
    if (!sessionType.isEmpty()) keys.emplace_back("SessionType", sessionType.toStdString());
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = m.handle(login(0, 1, true, keys));
    QCOMPARE(statusOf(out.response), uint16_t(status));
    QCOMPARE(out.state, status ? LoginMachine::State::Failed : LoginMachine::State::InProgress);
    if (status)
        QVERIFY(out.response.data.empty());
}

void TestLoginMachine::targetLookupFailures_data()
{
    QTest::addColumn<QString>("initiator");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown target") << QString::fromStdString(kInitiator) << "iqn.nope:x" << 0x0203;
    QTest::newRow("acl denies") << "iqn.denied" << QString::fromStdString(kTarget) << 0x0202;
}

void TestLoginMachine::targetLookupFailures()
{
    QFETCH(QString, initiator);
    QFETCH(QString, target);
    QFETCH(int, status);
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = m.handle(login(0, 1, true, {{"InitiatorName", initiator.toStdString()}, {"TargetName", target.toStdString()}}));
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(status));
    QCOMPARE(out.response.bhs.itt(), 0x10u);
    QCOMPARE(env.bindCalls, 0);
}

void TestLoginMachine::digestNegotiation_data()
{
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("crc first") << "CRC32C,None" << "CRC32C" << true;
    QTest::newRow("none first") << "None,CRC32C" << "None" << false;
    QTest::newRow("crc only") << "CRC32C" << "CRC32C" << true;
    QTest::newRow("unsupported then crc") << "MD5,CRC32C" << "CRC32C" << true;
    QTest::newRow("nothing supported") << "MD5" << "Reject" << false;
}

void TestLoginMachine::digestNegotiation()
{
    QFETCH(QString, offer);
    QFETCH(QString, answer);
    QFETCH(bool, enabled);
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = operationalLogin(m, {{"HeaderDigest", offer.toStdString()}, {"DataDigest", offer.toStdString()}});
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "HeaderDigest"), answer);
    QCOMPARE(valueOf(out.response, "DataDigest"), answer);
    QCOMPARE(m.params().headerDigest, enabled);
    QCOMPARE(m.params().dataDigest, enabled);
}

void TestLoginMachine::numericalAndBooleanRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QString>("answer");
    QTest::newRow("MaxBurstLength above ours") << "MaxBurstLength" << "16777215" << "1048576";
    QTest::newRow("MaxBurstLength below ours") << "MaxBurstLength" << "4096" << "4096";
    QTest::newRow("MaxBurstLength hex") << "MaxBurstLength" << "0x1000" << "4096";
    QTest::newRow("MaxBurstLength too small") << "MaxBurstLength" << "100" << "Reject";
    QTest::newRow("MaxBurstLength too big") << "MaxBurstLength" << "16777216" << "Reject";
    QTest::newRow("MaxBurstLength garbage") << "MaxBurstLength" << "12abc" << "Reject";
    QTest::newRow("Time2Wait max") << "DefaultTime2Wait" << "0" << "2";
    QTest::newRow("Time2Wait max 2") << "DefaultTime2Wait" << "10" << "10";
    QTest::newRow("Time2Retain min") << "DefaultTime2Retain" << "60" << "20";
    QTest::newRow("ERL min") << "ErrorRecoveryLevel" << "2" << "0";
    QTest::newRow("ERL out of range") << "ErrorRecoveryLevel" << "3" << "Reject";
    QTest::newRow("MaxOutstandingR2T") << "MaxOutstandingR2T" << "64" << "16";
    QTest::newRow("MaxConnections") << "MaxConnections" << "2" << "2";
    QTest::newRow("ImmediateData AND") << "ImmediateData" << "No" << "No";
    QTest::newRow("ImmediateData AND yes") << "ImmediateData" << "Yes" << "Yes";
    QTest::newRow("InitialR2T OR") << "InitialR2T" << "Yes" << "Yes";
    QTest::newRow("InitialR2T OR no") << "InitialR2T" << "No" << "No";
    QTest::newRow("DataPDUInOrder OR") << "DataPDUInOrder" << "No" << "Yes";
    QTest::newRow("boolean garbage") << "InitialR2T" << "maybe" << "Reject";
    QTest::newRow("OFMarker") << "OFMarker" << "Yes" << "No";
    QTest::newRow("OFMarkInt") << "OFMarkInt" << "2048~8192" << "NotUnderstood";
    QTest::newRow("MRDSL out of range") << "MaxRecvDataSegmentLength" << "100" << "Reject";
    QTest::newRow("target-only key") << "TargetPortalGroupTag" << "5" << "7";  // ignored; ours declared
}

void TestLoginMachine::numericalAndBooleanRules()
{
    QFETCH(QString, key);
    QFETCH(QString, offer);
    QFETCH(QString, answer);
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = operationalLogin(m, {{key.toStdString(), offer.toStdString()}});
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, key.toStdString()), answer);
    std::set<std::string> names;
    for (const auto& kv : keysOf(out.response))
        QVERIFY2(names.insert(kv.first).second, kv.first.c_str());  // each key answered once
}

void TestLoginMachine::firstBurstNotAboveMaxBurst()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    // FirstBurstLength comes first, MaxBurstLength later in the same request.
    auto out = operationalLogin(m, {{"FirstBurstLength", "262144"}, {"MaxBurstLength", "8192"}});
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "MaxBurstLength"), QStringLiteral("8192"));
    QCOMPARE(valueOf(out.response, "FirstBurstLength"), QStringLiteral("8192"));
    QCOMPARE(m.params().firstBurstLength, 8192u);
    QCOMPARE(m.params().maxBurstLength, 8192u);
}

void TestLoginMachine::unknownAndObsoleteKeys()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = operationalLogin(m, {{"X-com.example.Thing", "1"}, {"Bogus", "1"}, {"IFMarker", "No"}});
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "X-com.example.Thing"), QStringLiteral("NotUnderstood"));
    QCOMPARE(valueOf(out.response, "Bogus"), QStringLiteral("NotUnderstood"));
    QCOMPARE(valueOf(out.response, "IFMarker"), QStringLiteral("No"));
}

void TestLoginMachine::duplicateKeyFailsLogin()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    auto out = m.handle(login(1, 3, false, [] { auto k = normalIdentity(); k.emplace_back("MaxBurstLength", "4096"); return k; }()));
    QCOMPARE(out.state, LoginMachine::State::InProgress);
    QCOMPARE(flagsOf(out.response) & 0x80, 0);  // initiator did not ask to transit
    out = m.handle(login(1, 3, true, {{"MaxBurstLength", "8192"}}));  // §6.2: offered twice
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(0x0200));
}

void TestLoginMachine::continuationBit()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    KeyValueList keys = normalIdentity();
    keys.emplace_back("MaxBurstLength", "4096");
    keys.emplace_back("X-long", std::string(3000, 'z'));
    const auto whole = serializeTextKeys(keys);
    const size_t cut1 = 20, cut2 = 1500;  // split inside a key and inside a value
    Pdu p1 = login(1, 0, false, {}, true);
    p1.data.assign(whole.begin(), whole.begin() + cut1);
    Pdu p2 = login(1, 0, false, {}, true);
    p2.data.assign(whole.begin() + cut1, whole.begin() + cut2);
    Pdu p3 = login(1, 3, true, {});
    p3.data.assign(whole.begin() + cut2, whole.end());
    for (Pdu* p : {&p1, &p2}) {
        auto out = m.handle(*p);
        QCOMPARE(out.state, LoginMachine::State::InProgress);
        QVERIFY(out.response.data.empty());
        QCOMPARE(flagsOf(out.response) & 0xc0, 0);  // T=0, C=0
        QCOMPARE(statusOf(out.response), uint16_t(0));
    }
    QCOMPARE(env.bindCalls, 0);
    auto out = m.handle(p3);
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "MaxBurstLength"), QStringLiteral("4096"));
    QCOMPARE(valueOf(out.response, "X-long"), QStringLiteral("NotUnderstood"));
    QCOMPARE(valueOf(out.response, "TargetPortalGroupTag"), QStringLiteral("7"));
}

void TestLoginMachine::unknownTsihRefusedOnFirstPdu()
{
    // RFC 7143 §11.13.5: a TSIH naming no session is answered 0x020A at once, as tgt does.
    FakeEnvironment env;
    KeyValueList keys = normalIdentity();
    keys.emplace_back("AuthMethod", "None");
    for (uint16_t tsih : {uint16_t(0x0999), uint16_t(0xffff)}) {
        LoginMachine m(env, TargetLimits{});
        Pdu p = login(0, 1, false, keys);
        p.bhs.set16(field::Tsih, tsih);
        auto out = m.handle(p);
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x020a));
        QVERIFY(out.response.data.empty());
    }
    // Even when the keys come later, over continuation PDUs.
    LoginMachine cont(env, TargetLimits{});
    Pdu c = login(0, 1, false, {}, true);
    c.data.assign(5, 'I');
    c.bhs.set16(field::Tsih, 0x0999);
    QCOMPARE(statusOf(cont.handle(c).response), uint16_t(0x020a));
    // The right TSIH with another ISID is no session either.
    LoginMachine otherIsid(env, TargetLimits{});
    Pdu o = login(0, 1, false, keys);
    o.bhs.set16(field::Tsih, 0x1234);
    o.bhs.bytes[field::Isid + 5] ^= 1;
    QCOMPARE(statusOf(otherIsid.handle(o).response), uint16_t(0x020a));
    // A live session's TSIH goes on negotiating.
    LoginMachine join(env, TargetLimits{});
    Pdu j = login(0, 1, false, keys);
    j.bhs.set16(field::Tsih, 0x1234);
    auto joined = join.handle(j);
    QCOMPARE(joined.state, LoginMachine::State::InProgress);
    QCOMPARE(statusOf(joined.response), uint16_t(0));
    QCOMPARE(env.bindCalls, 0);
}

void TestLoginMachine::overlongKeyNameIsInitiatorError_data()
{
    QTest::addColumn<QList<int>>("pieces");  // bytes of key name per C=1 PDU; negative: close with "=v\0"
    QTest::newRow("64 in one continuation PDU") << QList<int>{64};
    QTest::newRow("complete record in a continuation PDU") << QList<int>{-64};
    QTest::newRow("40+40 over two PDUs") << QList<int>{40, 40};
    QTest::newRow("63+1 over two PDUs") << QList<int>{63, 1};
}

void TestLoginMachine::overlongKeyNameIsInitiatorError()
{
    // RFC 7143 §6.1: key names are at most 63 bytes; a longer one is the initiator's error
    // (class 0x02), answered on the first PDU that shows it, not after 64 KiB (0x0302).
    QFETCH(QList<int>, pieces);
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    Pdu first = login(1, 0, false, {}, true);
    first.data = serializeTextKeys(normalIdentity());
    QCOMPARE(m.handle(first).state, LoginMachine::State::InProgress);
    for (int i = 0; i < pieces.size(); ++i) {
        Pdu p = login(1, 0, false, {}, true);
        p.data.assign(size_t(std::abs(pieces[i])), 'K');
        if (pieces[i] < 0)
            p.data.insert(p.data.end(), {'=', 'v', 0});
        auto out = m.handle(p);
        if (i + 1 < pieces.size()) {
            QCOMPARE(out.state, LoginMachine::State::InProgress);
            continue;
        }
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x0200));
    }
    QCOMPARE(env.bindCalls, 0);
    // A 63-byte key name spread the same way is fine (NotUnderstood: not a key of §13).
    LoginMachine ok(env, TargetLimits{});
    QCOMPARE(ok.handle(first).state, LoginMachine::State::InProgress);
    Pdu a = login(1, 0, false, {}, true);
    a.data.assign(30, 'X');
    a.data[1] = '-';
    QCOMPARE(ok.handle(a).state, LoginMachine::State::InProgress);
    Pdu b = login(1, 3, true, {});
    b.data.assign(33, 'Y');
    b.data.insert(b.data.end(), {'=', 'v', 0});
    auto out = ok.handle(b);
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "X-" + std::string(28, 'X') + std::string(33, 'Y')), QStringLiteral("NotUnderstood"));
}

void TestLoginMachine::securityOperationalFullFeature()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    KeyValueList first = normalIdentity();
    first.emplace_back("AuthMethod", "CHAP,None");
    auto out = m.handle(login(0, 0, false, first));  // stays in security stage
    QCOMPARE(flagsOf(out.response), uint8_t(0));
    QCOMPARE(valueOf(out.response, "AuthMethod"), QStringLiteral("None"));
    out = m.handle(login(0, 1, true, {}));
    QCOMPARE(flagsOf(out.response), uint8_t(0x81));
    // The operational stage starts with T=0 and our MaxRecvDataSegmentLength declaration.
    out = m.handle(login(1, 0, false, {{"HeaderDigest", "None"}}));
    QCOMPARE(flagsOf(out.response), uint8_t(0x04));
    QCOMPARE(valueOf(out.response, "MaxRecvDataSegmentLength"), QStringLiteral("262144"));
    QCOMPARE(env.bindCalls, 0);
    // Security keys are not allowed in the operational stage.
    LoginMachine late(env, TargetLimits{});
    QCOMPARE(late.handle(login(0, 1, true, normalIdentity())).state, LoginMachine::State::InProgress);
    QCOMPARE(late.handle(login(1, 3, true, {{"AuthMethod", "None"}})).state, LoginMachine::State::Failed);
    // Back to the first machine: transit to Full Feature Phase.
    out = m.handle(login(1, 3, true, {}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(flagsOf(out.response), uint8_t(0x87));
    QCOMPARE(valueOf(out.response, "MaxRecvDataSegmentLength"), QStringLiteral("<absent>"));  // declared once
    QCOMPARE(env.bindCalls, 1);
}

void TestLoginMachine::securityStraightToFullFeature()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    KeyValueList first = normalIdentity();
    first.emplace_back("AuthMethod", "None");
    auto out = m.handle(login(0, 3, true, first));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(flagsOf(out.response), uint8_t(0x83));
    QCOMPARE(m.params().targetMaxRecvDataSegmentLength, 8192u);  // never declared: RFC default
    QCOMPARE(out.response.bhs.u16(field::Tsih), uint16_t(0x1234));
}

void TestLoginMachine::targetWithholdsTransitWhileOffering()
{
    FakeEnvironment env;
    TargetLimits limits;
    limits.allowImmediateData = false;  // the default (Yes) is not acceptable: we must offer No
    limits.maxBurstLength = 65536;      // below the default 262144
    LoginMachine m(env, limits);
    auto out = operationalLogin(m, {{"HeaderDigest", "None"}});
    QCOMPARE(out.state, LoginMachine::State::InProgress);
    QCOMPARE(flagsOf(out.response) & 0x80, 0);
    QCOMPARE(valueOf(out.response, "ImmediateData"), QStringLiteral("No"));
    QCOMPARE(valueOf(out.response, "MaxBurstLength"), QStringLiteral("65536"));
    QCOMPARE(valueOf(out.response, "InitialR2T"), QStringLiteral("<absent>"));
    out = m.handle(login(1, 3, true, {{"ImmediateData", "No"}, {"MaxBurstLength", "65536"}}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QVERIFY(keysOf(out.response).empty() || valueOf(out.response, "ImmediateData") == "<absent>");
    QCOMPARE(m.params().immediateData, false);
    QCOMPARE(m.params().maxBurstLength, 65536u);
    QCOMPARE(m.params().firstBurstLength, 65536u);
}

void TestLoginMachine::perTargetDigestList_data()
{
    // RFC 7143 §13.1 / §6.2.1: the answer is the first value of the initiator's list that is
    // in the target's; none in common -> Reject, and a target without None refuses the login.
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("loggedIn");
    QTest::newRow("CRC32C-only, libiscsi default") << "CRC32C" << "None,CRC32C" << "CRC32C" << true;
    QTest::newRow("CRC32C-only, None wanted") << "CRC32C" << "None" << "Reject" << false;
    QTest::newRow("None-only, CRC32C wanted") << "None" << "CRC32C" << "Reject" << true;
    QTest::newRow("None-only, either") << "None" << "CRC32C,None" << "None" << true;
    QTest::newRow("both, initiator's order") << "None,CRC32C" << "CRC32C,None" << "CRC32C" << true;
}

void TestLoginMachine::perTargetDigestList()
{
    QFETCH(QString, ours);
    QFETCH(QString, offer);
    QFETCH(QString, answer);
    QFETCH(bool, loggedIn);
    FakeEnvironment env;
    env.perTarget = TargetLimits{};
    env.perTarget->headerDigest = ours.toStdString();
    LoginMachine m(env, TargetLimits{});
    const auto out = operationalLogin(m, {{"HeaderDigest", offer.toStdString()}, {"DataDigest", "None"}});
    if (!loggedIn) {
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(LoginStatus::InitiatorError));
        QCOMPARE(env.bindCalls, 0);
        return;
    }
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "HeaderDigest"), answer);
    QCOMPARE(m.params().headerDigest, answer == QLatin1String("CRC32C"));
}

void TestLoginMachine::requiredDigestIsOffered()
{
    // A target without None must ask for CRC32C when the initiator did not offer the key:
    // the default (None, §13.1) is not one it accepts.
    FakeEnvironment env;
    env.perTarget = TargetLimits{};
    env.perTarget->dataDigest = "CRC32C";
    LoginMachine m(env, TargetLimits{});
    auto out = operationalLogin(m, {{"HeaderDigest", "None"}});
    QCOMPARE(out.state, LoginMachine::State::InProgress);
    QCOMPARE(flagsOf(out.response) & 0x80, 0);
    QCOMPARE(valueOf(out.response, "DataDigest"), QStringLiteral("CRC32C"));
    out = m.handle(login(1, 3, true, {{"DataDigest", "CRC32C"}}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QVERIFY(m.params().dataDigest);

    LoginMachine refused(env, TargetLimits{});
    out = operationalLogin(refused, {{"HeaderDigest", "None"}});
    out = refused.handle(login(1, 3, true, {{"DataDigest", "Reject"}}));
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(LoginStatus::InitiatorError));
}

void TestLoginMachine::perTargetLimitsOnlyForNormalSessions()
{
    FakeEnvironment env;
    env.perTarget = TargetLimits{};
    env.perTarget->maxRecvDataSegmentLength = 16384;
    env.perTarget->headerDigest = "CRC32C";
    // Normal session: the target's MaxRecvDataSegmentLength is declared (§13.12).
    LoginMachine normal(env, TargetLimits{});
    auto out = operationalLogin(normal, {{"HeaderDigest", "CRC32C"}, {"MaxRecvDataSegmentLength", "65536"}});
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "MaxRecvDataSegmentLength"), QStringLiteral("16384"));
    QCOMPARE(normal.params().targetMaxRecvDataSegmentLength, 16384u);
    // Discovery: no TargetName, the daemon-wide values (None accepted, 262144 declared).
    LoginMachine discovery(env, TargetLimits{});
    out = discovery.handle(login(1, 3, true, {{"InitiatorName", kInitiator}, {"SessionType", "Discovery"},
                                              {"HeaderDigest", "None"}, {"MaxRecvDataSegmentLength", "65536"}}));
    QCOMPARE(out.state, LoginMachine::State::FullFeature);
    QCOMPARE(valueOf(out.response, "HeaderDigest"), QStringLiteral("None"));
    QCOMPARE(valueOf(out.response, "MaxRecvDataSegmentLength"), QString::number(TargetLimits{}.maxRecvDataSegmentLength));
}

void TestLoginMachine::invalidStageAndFlags_data()
{
    QTest::addColumn<int>("flags");
    QTest::newRow("T and C") << (0x80 | 0x40 | 0x04 | 3);
    QTest::newRow("CSG 3") << (0x0c);
    QTest::newRow("CSG 2") << (0x08);
    QTest::newRow("NSG 2") << (0x80 | 0x04 | 2);
    QTest::newRow("NSG backwards") << (0x80 | 0x04 | 0);
}

void TestLoginMachine::invalidStageAndFlags()
{
    QFETCH(int, flags);
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    Pdu p = login(0, 0, false, normalIdentity());
    p.bhs.set8(field::LoginFlags, uint8_t(flags));
    auto out = m.handle(p);
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(0x0200));
}

void TestLoginMachine::identityMustNotChange()
{
    for (int what = 0; what < 4; ++what) {
        FakeEnvironment env;
        LoginMachine m(env, TargetLimits{});
        QCOMPARE(m.handle(login(0, 1, true, normalIdentity())).state, LoginMachine::State::InProgress);
        Pdu p = login(1, 3, true, {});
        if (what == 0) p.bhs.bytes[field::Isid + 5] ^= 1;
        if (what == 1) p.bhs.setItt(0x11);
        if (what == 2) p.bhs.set16(field::Cid, 2);
        if (what == 3) p.bhs.set8(field::LoginFlags, 0x80 | 0 << 2 | 1);  // CSG 0 again
        auto out = m.handle(p);
        QCOMPARE(out.state, LoginMachine::State::Failed);
        QCOMPARE(statusOf(out.response), uint16_t(0x0200));
    }
}

void TestLoginMachine::unsupportedVersion()
{
    FakeEnvironment env;
    LoginMachine m(env, TargetLimits{});
    Pdu p = login(0, 1, true, normalIdentity());
    p.bhs.set8(field::VersionMax, 2);
    p.bhs.set8(field::VersionMinOrActive, 1);
    auto out = m.handle(p);
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(0x0205));
    QCOMPARE(out.response.bhs.u8(field::VersionMax), uint8_t(0));
}

void TestLoginMachine::authenticationRequired()
{
    FakeEnvironment env;
    env.requireAuth = true;
    LoginMachine skip(env, TargetLimits{});
    auto out = operationalLogin(skip, {});
    QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    LoginMachine none(env, TargetLimits{});
    KeyValueList first = normalIdentity();
    first.emplace_back("AuthMethod", "None");
    out = none.handle(login(0, 1, true, first));
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(0x0201));
    QCOMPARE(env.bindCalls, 0);
}

void TestLoginMachine::bindFailurePropagates()
{
    FakeEnvironment env;
    env.bindResult = LoginStatus::TooManyConnections;
    LoginMachine m(env, TargetLimits{});
    auto out = operationalLogin(m, {});
    QCOMPARE(out.state, LoginMachine::State::Failed);
    QCOMPARE(statusOf(out.response), uint16_t(0x0206));
    QCOMPARE(env.bindCalls, 1);
}

void TestLoginMachine::sendTargetsAllWithContinuation()
{
    FakeSource source;
    source.targets = 40;  // ~100 bytes per target: several 512-byte chunks
    SessionParams params;
    params.sessionType = "Discovery";
    params.initiatorName = kInitiator;
    params.initiatorMaxRecvDataSegmentLength = 512;
    TextExchange exchange(source, params);
    auto out = exchange.handle(text({{"SendTargets", "All"}}));
    QVERIFY(!out.reject);
    std::vector<uint8_t> all;
    int pdus = 0;
    while (true) {
        ++pdus;
        QVERIFY(pdus < 100);
        const Bhs& b = out.response.bhs;
        QCOMPARE(b.opcode(), Opcode::TextResponse);
        QCOMPARE(b.itt(), 0x20u);
        QVERIFY(out.response.data.size() <= 512);
        QCOMPARE(b.dataSegmentLength(), uint32_t(out.response.data.size()));
        all.insert(all.end(), out.response.data.begin(), out.response.data.end());
        const uint32_t ttt = b.u32(field::TargetTransferTag);
        if (b.u8(1) & 0x80) {
            QCOMPARE(b.u8(1) & 0x40, 0);
            QCOMPARE(ttt, kReservedTag);
            break;
        }
        QCOMPARE(b.u8(1) & 0x40, 0x40);
        QVERIFY(ttt != kReservedTag);
        out = exchange.handle(text({}, ttt));
        QVERIFY(!out.reject);
    }
    QVERIFY(pdus > 5);
    auto keys = parseTextKeys(all);
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), size_t(80));
    QCOMPARE(QString::fromStdString(keys.value()[78].second), QStringLiteral("iqn.2024-01.org.storlab:target-with-a-longish-name-39"));
    QCOMPARE(source.asked, std::vector<std::string>{""});
    // A stale TTT is an invalid field.
    out = exchange.handle(text({}, 0x4242));
    QVERIFY(out.reject);
    QCOMPARE(out.reason, RejectReason::InvalidPduField);
}

void TestLoginMachine::sendTargetsNormalSessionAndErrors()
{
    FakeSource source;
    SessionParams params;
    params.initiatorName = kInitiator;
    params.targetName = "iqn.2024-01.org.storlab:target-with-a-longish-name-1";
    TextExchange exchange(source, params);
    auto out = exchange.handle(text({{"SendTargets", ""}}));  // this session's target
    QVERIFY(!out.reject);
    QCOMPARE(valueOf(out.response, "TargetName"), QString::fromStdString(params.targetName));
    QCOMPARE(out.response.bhs.u8(1), uint8_t(0x80));
    QCOMPARE(source.asked.back(), params.targetName);
    out = exchange.handle(text({{"SendTargets", "All"}}));  // "All" only in discovery sessions
    QCOMPARE(valueOf(out.response, "SendTargets"), QStringLiteral("Reject"));
    out = exchange.handle(text({{"SendTargets", "iqn.2024-01.org.storlab:target-with-a-longish-name-2"}}));
    QCOMPARE(valueOf(out.response, "TargetName"), QStringLiteral("iqn.2024-01.org.storlab:target-with-a-longish-name-2"));
    // Malformed text and wrong opcode are rejected.
    Pdu bad = text({});
    bad.data = {'n', 'o', 'e', 'q', 0};
    out = exchange.handle(bad);
    QVERIFY(out.reject);
    QCOMPARE(out.reason, RejectReason::ProtocolError);
    Pdu both = text({{"SendTargets", ""}}, kReservedTag, 0xc0);
    QVERIFY(exchange.handle(both).reject);
    Pdu wrong = text({});
    wrong.bhs.setOpcode(Opcode::NopOut);
    QVERIFY(exchange.handle(wrong).reject);
}

void TestLoginMachine::textRequestContinuationAndOtherKeys()
{
    FakeSource source;
    SessionParams params;
    params.initiatorName = kInitiator;
    params.targetName = "iqn.x";
    params.targetMaxRecvDataSegmentLength = 65536;
    TextExchange exchange(source, params);
    const auto whole = serializeTextKeys({{"X-vendor", "1"}, {"MaxRecvDataSegmentLength", "16384"},
                                          {"ImmediateData", "No"}});
    Pdu p1 = text({}, kReservedTag, 0x40);  // C=1: more text follows
    p1.data.assign(whole.begin(), whole.begin() + 12);
    auto out = exchange.handle(p1);
    QVERIFY(!out.reject);
    QVERIFY(out.response.data.empty());
    QCOMPARE(out.response.bhs.u8(1) & 0xc0, 0);
    const uint32_t ttt = out.response.bhs.u32(field::TargetTransferTag);
    QVERIFY(ttt != kReservedTag);
    Pdu p2 = text({}, ttt, 0x80);
    p2.data.assign(whole.begin() + 12, whole.end());
    out = exchange.handle(p2);
    QVERIFY(!out.reject);
    QCOMPARE(valueOf(out.response, "X-vendor"), QStringLiteral("NotUnderstood"));
    QCOMPARE(valueOf(out.response, "MaxRecvDataSegmentLength"), QStringLiteral("65536"));
    QCOMPARE(valueOf(out.response, "ImmediateData"), QStringLiteral("Reject"));
    QCOMPARE(out.initiatorMaxRecvDataSegmentLength, 16384u);
    QCOMPARE(out.response.bhs.u8(1), uint8_t(0x80));
}

QTEST_APPLESS_MAIN(TestLoginMachine)
#include "test_login_machine.moc"
