// iSCSI security over real TCP against an in-process storlabd (issue 4):
// CHAP at login (RFC 7143 §12.1.3), discovery authentication, initiator ACLs
// at login (status 0x0202, §11.13.5) and in SendTargets (hidden targets are
// not listed). Plus the pure ACL matcher and the failed-login limiter.
#include "app/daemon_app.h"
#include "iscsi/login/chap_authenticator.h"
#include "iscsi/login/text_keys.h"
#include "iscsi/pdu/bhs.h"
#include "iscsi/pdu/pdu_reader.h"
#include "iscsi/pdu/pdu_writer.h"
#include "iscsi/target_access.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace storlab::iscsi;

namespace {

const std::string kOpen = "iqn.2026-11.lab.storlab:open";
const std::string kChap = "iqn.2026-11.lab.storlab:chap";
const std::string kByName = "iqn.2026-11.lab.storlab:byname";
const std::string kByAddress = "iqn.2026-11.lab.storlab:byaddress";
const std::string kByCidr = "iqn.2026-11.lab.storlab:bycidr";
const std::string kAllowed = "iqn.2026-11.lab.storlab:allowed";
const std::string kOther = "iqn.2026-11.lab.storlab:other";
const std::string kAliceSecret = "alice-secret-0001";
const std::string kTargetSecret = "target-secret-0002";
const std::string kDiscoverySecret = "disco-secret-0003";
constexpr int kTimeoutMs = 5000;

quint16 g_port = 0;
uint8_t g_isid = 0;

std::vector<uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

sockaddr_storage peer(const char* text)
{
    sockaddr_storage ss{};
    if (std::string(text).find(':') != std::string::npos) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        inet_pton(AF_INET6, text, &a->sin6_addr);
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        inet_pton(AF_INET, text, &a->sin_addr);
    }
    return ss;
}

// A minimal initiator: login request/response pairs and one Text exchange.
class Initiator {
public:
    Initiator() { reader_.setLimits({false, false, 262144}); isid_[5] = ++g_isid; }
    ~Initiator() { if (fd_ >= 0) ::close(fd_); }

    bool connect()
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(g_port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            return false;
        fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
        return true;
    }

    // Sends one Login Request; returns the response (or nullopt when the target closed).
    std::optional<Pdu> step(uint8_t csg, uint8_t nsg, bool transit, const KeyValueList& keys)
    {
        Bhs b;
        b.setOpcode(Opcode::LoginRequest);
        b.bytes[0] |= 0x40;
        b.set8(field::LoginFlags, uint8_t((transit ? 0x80 : 0) | csg << 2 | (transit ? nsg : 0)));
        std::copy(isid_.begin(), isid_.end(), b.bytes.begin() + field::Isid);
        b.setItt(1);
        b.set32(field::CmdSN, 1);
        b.set32(field::ExpStatSN, statSN_);
        std::vector<uint8_t> out;
        const auto text = serializeTextKeys(keys);
        appendPdu(out, b, text, {});
        if (::send(fd_, out.data(), out.size(), MSG_NOSIGNAL) != ssize_t(out.size()))
            return std::nullopt;
        auto r = receive();
        if (r) {
            status = uint16_t(r->bhs.u8(field::StatusClass) << 8 | r->bhs.u8(field::StatusDetail));
            statSN_ = r->bhs.u32(field::StatSN) + 1;
        }
        return r;
    }

    std::optional<Pdu> receive()
    {
        QDeadlineTimer deadline(kTimeoutMs);
        while (!deadline.hasExpired()) {
            ReadResult r = reader_.next();
            if (r.kind == ReadResult::Ready)
                return std::move(r.pdu);
            uint8_t buf[65536];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n > 0) { reader_.feed({buf, size_t(n)}); continue; }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return std::nullopt;
            QTest::qWait(2);
        }
        return std::nullopt;
    }

    static std::string value(const Pdu& p, const std::string& key)
    {
        auto r = parseTextKeys(p.data);
        if (r)
            for (const auto& [k, v] : r.value())
                if (k == key) return v;
        return {};
    }

    // Security stage with CHAP (mutual when `targetSecret` is set), then operational to FFP.
    bool loginChap(const KeyValueList& identity, const std::string& user, const std::string& secret,
                   const std::string& targetSecret = {})
    {
        KeyValueList first = identity;
        first.emplace_back("AuthMethod", "CHAP,None");
        auto r = step(0, 1, false, first);
        if (!r || status || value(*r, "AuthMethod") != "CHAP") return false;
        r = step(0, 1, false, {{"CHAP_A", "5"}});
        if (!r || status) return false;
        const auto id = uint8_t(std::stoi(value(*r, "CHAP_I")));
        const auto challenge = decodeBinaryValue(value(*r, "CHAP_C"));
        if (!challenge) return false;
        KeyValueList answer{{"CHAP_N", user},
                            {"CHAP_R", encodeHex(chapResponse(ChapAlgorithm::Md5, id, bytes(secret), *challenge))}};
        const std::vector<uint8_t> ours{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        if (!targetSecret.empty()) {
            answer.emplace_back("CHAP_I", "42");
            answer.emplace_back("CHAP_C", encodeHex(ours));
        }
        r = step(0, 1, true, answer);
        if (!r || status) return false;
        if (!targetSecret.empty()) {
            const auto got = decodeBinaryValue(value(*r, "CHAP_R"));
            mutualVerified = got && *got == chapResponse(ChapAlgorithm::Md5, 42, bytes(targetSecret), ours);
        }
        return finishOperational(*r);
    }

    bool loginNone(const KeyValueList& identity)
    {
        KeyValueList keys = identity;
        keys.emplace_back("AuthMethod", "None");
        auto r = step(0, 1, true, keys);
        return r && status == 0 && finishOperational(*r);
    }

    bool finishOperational(const Pdu& last)
    {
        if (!(last.bhs.u8(field::LoginFlags) & 0x80)) return false;
        auto r = step(1, 3, true, {{"HeaderDigest", "None"}, {"DataDigest", "None"}, {"MaxRecvDataSegmentLength", "262144"}});
        for (int i = 0; r && status == 0 && !(r->bhs.u8(field::LoginFlags) & 0x80) && i < 3; ++i)
            r = step(1, 3, true, {});
        return r && status == 0 && (r->bhs.u8(field::LoginFlags) & 0x83) == 0x83;
    }

    // SendTargets=All in Full Feature Phase: the TargetName values.
    std::vector<std::string> sendTargets()
    {
        Bhs t;
        t.setOpcode(Opcode::TextRequest);
        t.setFinal(true);
        t.setItt(2);
        t.set32(field::TargetTransferTag, kReservedTag);
        t.set32(field::CmdSN, 1);
        t.set32(field::ExpStatSN, statSN_);
        std::vector<uint8_t> out;
        appendPdu(out, t, serializeTextKeys({{"SendTargets", "All"}}), {});
        ::send(fd_, out.data(), out.size(), MSG_NOSIGNAL);
        std::vector<std::string> names;
        auto r = receive();
        if (r)
            if (auto keys = parseTextKeys(r->data))
                for (const auto& [k, v] : keys.value())
                    if (k == "TargetName") names.push_back(v);
        return names;
    }

    uint16_t status = 0xffff;
    bool mutualVerified = false;

private:
    int fd_ = -1;
    std::array<uint8_t, 6> isid_{0x80, 0, 0, 0x77, 0, 0};
    uint32_t statSN_ = 0;
    PduReader reader_;
};

KeyValueList normal(const std::string& target, const std::string& initiator = kAllowed)
{
    return {{"InitiatorName", initiator}, {"TargetName", target}, {"SessionType", "Normal"}};
}
KeyValueList discovery(const std::string& initiator) { return {{"InitiatorName", initiator}, {"SessionType", "Discovery"}}; }

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

class TestConnectionSecurity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("storlab.*.info=false\nstorlab.*.debug=false\nstorlab.*.warning=false"));
        QVERIFY(dir_.isValid());
        QString error;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            g_port = probe.serverPort();
            probe.close();
            const QString portal = QStringLiteral("127.0.0.1:%1").arg(g_port);
            const QString lun = QStringLiteral(R"("luns": [{ "lun": 1, "store": "null", "size": "16M" }])");
            const QString config = QStringLiteral(R"({
  "schema": 2, "portals": ["%1"], "reactors": 1, "nopInterval": 0,
  "accounts": [ {"user": "alice", "password": "%2"}, {"user": "tgt", "password": "%3"},
                {"user": "disco", "password": "%4"} ],
  "discovery": { "incomingUsers": ["disco"] },
  "targets": [
    { "iqn": "%5", %10 },
    { "iqn": "%6", "incomingUsers": ["alice"], "outgoingUser": "tgt", %10 },
    { "iqn": "%7", "initiatorNames": ["%11"], %10 },
    { "iqn": "%8", "initiatorAddresses": ["10.0.0.0/8", "::1"], %10 },
    { "iqn": "%9", "initiatorAddresses": ["127.0.0.0/8"], %10 } ]
})")
                                       .arg(portal, QString::fromStdString(kAliceSecret), QString::fromStdString(kTargetSecret),
                                            QString::fromStdString(kDiscoverySecret), QString::fromStdString(kOpen),
                                            QString::fromStdString(kChap), QString::fromStdString(kByName),
                                            QString::fromStdString(kByAddress), QString::fromStdString(kByCidr))
                                       .arg(lun, QString::fromStdString(kAllowed));
            QFile f(dir_.filePath(QStringLiteral("config.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(config.toUtf8());
            f.close();
            storlab::app::DaemonOptions options;
            options.configPath = f.fileName();
            options.stateDir = dir_.filePath(QStringLiteral("state"));
            options.portals = {portal};
            daemon_ = std::make_unique<storlab::app::Daemon>(options);
            error = daemon_->start();
            if (error.isEmpty())
                break;
            daemon_.reset();
        }
        QVERIFY2(daemon_, qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (daemon_)
            daemon_->stop();
        daemon_.reset();
    }

    void openTargetNeedsNoAuthentication()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(ini.loginNone(normal(kOpen, kOther)));
    }

    void chapWithTheRightSecretLogsIn()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(ini.loginChap(normal(kChap), "alice", kAliceSecret));
    }

    void chapWithAWrongSecretIsAuthenticationFailure()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(!ini.loginChap(normal(kChap), "alice", "wrong-secret-0000"));
        QCOMPARE(ini.status, uint16_t(0x0201));
        QVERIFY(!ini.receive());  // and the connection is closed
    }

    void mutualChapAnswersWithTheTargetSecret()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(ini.loginChap(normal(kChap), "alice", kAliceSecret, kTargetSecret));
        QVERIFY(ini.mutualVerified);
    }

    void chapTargetRefusesAuthMethodNone()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(!ini.loginNone(normal(kChap)));
        QCOMPARE(ini.status, uint16_t(0x0201));
    }

    void aclByInitiatorName()
    {
        Initiator allowed;
        QVERIFY(allowed.connect());
        QVERIFY(allowed.loginNone(normal(kByName, kAllowed)));
        Initiator other;
        QVERIFY(other.connect());
        QVERIFY(!other.loginNone(normal(kByName, kOther)));
        QCOMPARE(other.status, uint16_t(0x0202));  // Authorization failure
    }

    void aclByAddressAndCidr()
    {
        Initiator outside;
        QVERIFY(outside.connect());
        QVERIFY(!outside.loginNone(normal(kByAddress)));
        QCOMPARE(outside.status, uint16_t(0x0202));
        Initiator inside;
        QVERIFY(inside.connect());
        QVERIFY(inside.loginNone(normal(kByCidr)));
    }

    void discoveryNeedsChapWhenConfigured()
    {
        Initiator ini;
        QVERIFY(ini.connect());
        QVERIFY(!ini.loginNone(discovery(kOther)));
        QCOMPARE(ini.status, uint16_t(0x0201));
    }

    void sendTargetsListsOnlyVisibleTargets()
    {
        Initiator other;
        QVERIFY(other.connect());
        QVERIFY(other.loginChap(discovery(kOther), "disco", kDiscoverySecret));
        const auto seen = other.sendTargets();
        QVERIFY(contains(seen, kOpen));
        QVERIFY(contains(seen, kChap));       // CHAP-protected targets are listed (login still needs CHAP)
        QVERIFY(contains(seen, kByCidr));
        QVERIFY(!contains(seen, kByName));    // not this initiator's
        QVERIFY(!contains(seen, kByAddress)); // not this address's
        Initiator allowed;
        QVERIFY(allowed.connect());
        QVERIFY(allowed.loginChap(discovery(kAllowed), "disco", kDiscoverySecret));
        QVERIFY(contains(allowed.sendTargets(), kByName));
    }

    // ---- pure parts ----
    void addressMatching()
    {
        QVERIFY(addressMatches("ALL", peer("192.0.2.1")));
        QVERIFY(addressMatches("192.0.2.1", peer("192.0.2.1")));
        QVERIFY(!addressMatches("192.0.2.1", peer("192.0.2.2")));
        QVERIFY(addressMatches("192.0.2.0/24", peer("192.0.2.200")));
        QVERIFY(!addressMatches("192.0.2.0/25", peer("192.0.2.200")));
        QVERIFY(addressMatches("0.0.0.0/0", peer("203.0.113.9")));
        QVERIFY(addressMatches("fd00::/64", peer("fd00::1234")));
        QVERIFY(!addressMatches("fd00::/64", peer("fd00:0:0:1::1")));
        QVERIFY(addressMatches("[::1]", peer("::1")));
        QVERIFY(addressMatches("10.1.2.3", peer("::ffff:10.1.2.3")));     // IPv4-mapped peer
        QVERIFY(!addressMatches("::1", peer("127.0.0.1")));
        QVERIFY(!addressMatches("garbage", peer("127.0.0.1")));
        QVERIFY(!addressMatches("10.0.0.0/33", peer("10.0.0.1")));
    }

    void aclNeedsNameAndAddress()
    {
        TargetAccess a;
        QVERIFY(a.admits("iqn.x", peer("10.0.0.1")));  // empty lists admit everyone
        a.initiatorNames = {"IQN.2026-11.lab:a"};
        QVERIFY(a.admits("iqn.2026-11.lab:a", peer("10.0.0.1")));  // names compare case-insensitively
        QVERIFY(!a.admits("iqn.2026-11.lab:b", peer("10.0.0.1")));
        a.initiatorAddresses = {"192.168.0.0/16"};
        QVERIFY(!a.admits("iqn.2026-11.lab:a", peer("10.0.0.1")));
        QVERIFY(a.admits("iqn.2026-11.lab:a", peer("192.168.3.4")));
    }

    void failedLoginsAreRateLimited()
    {
        AuthFailureLimiter limiter(3, std::chrono::seconds(60));
        const auto t0 = AuthFailureLimiter::Clock::now();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!limiter.blocked("192.0.2.1", t0));
            limiter.recordFailure("192.0.2.1", t0);
        }
        QVERIFY(limiter.blocked("192.0.2.1", t0 + std::chrono::seconds(1)));
        QVERIFY(!limiter.blocked("192.0.2.2", t0));
        QVERIFY(!limiter.blocked("192.0.2.1", t0 + std::chrono::seconds(61)));
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<storlab::app::Daemon> daemon_;
};

QTEST_GUILESS_MAIN(TestConnectionSecurity)
#include "test_connection_security.moc"
