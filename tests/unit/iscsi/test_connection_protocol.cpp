// The connection layer against bad (and good) input, over real TCP: an
// in-process storlabd (Daemon) on a free 127.0.0.1 port and a tiny raw
// initiator built on our own PDU codec. RFC 7143 references per test.
//
// The listener lives on this (the test's main) thread and accepts only while
// the event loop runs, so every wait below spins it (QTest::qWait).
#include "app/daemon_app.h"
#include "iscsi/login/text_keys.h"
#include "iscsi/pdu/bhs.h"
#include "iscsi/pdu/pdu_reader.h"
#include "iscsi/pdu/pdu_writer.h"
#include "scsi/sense.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <set>
#include <sys/socket.h>
#include <unistd.h>

using namespace storlab::iscsi;

namespace {

const std::string kTarget = "iqn.2026-11.lab.storlab:conntest";
const std::string kInitiator = "iqn.2026-11.lab.storlab:rawinitiator";
constexpr uint64_t kNullLun = 1;      // "null" store, 64 MiB
constexpr uint64_t kFileLun = 2;      // "rdwr" store on a temp file, 1 MiB
constexpr uint32_t kBlock = 512;
constexpr uint32_t kNullBlocks = (64u << 20) / kBlock;
constexpr uint32_t kOurMrdsl = 262144;  // what the raw initiator declares and accepts
constexpr int kTimeoutMs = 5000;
constexpr int kQuietMs = 300;           // "no answer" means none within this long

constexpr uint8_t kImmediate = 0x40;
constexpr uint8_t kFinal = 0x80;
constexpr uint8_t kScsiStatusGood = 0x00;
constexpr uint8_t kScsiStatusCheckCondition = 0x02;

quint16 g_port = 0;
uint16_t g_isidCounter = 0;

using Cdb = std::array<uint8_t, 16>;

Cdb cdb10(uint8_t opcode, uint32_t lba, uint16_t blocks)
{
    Cdb c{};
    c[0] = opcode;
    c[2] = uint8_t(lba >> 24);
    c[3] = uint8_t(lba >> 16);
    c[4] = uint8_t(lba >> 8);
    c[5] = uint8_t(lba);
    c[7] = uint8_t(blocks >> 8);
    c[8] = uint8_t(blocks);
    return c;
}

QString hex(uint32_t v) { return QStringLiteral("0x%1").arg(v, 0, 16); }

struct ScsiResult {
    bool complete = false;     // a status arrived
    QString error;             // why not
    uint8_t response = 0;
    uint8_t status = 0xff;
    std::vector<uint8_t> sense;
    std::vector<uint8_t> data;
    std::vector<Pdu> r2ts;
};

// A blocking-style initiator on a non-blocking socket: every wait spins the event loop.
class RawInitiator {
public:
    RawInitiator()
    {
        isid_ = {0x80, 0x00, 0x12, 0x34, uint8_t(++g_isidCounter >> 8), uint8_t(g_isidCounter)};
        reader_.setLimits({false, false, kOurMrdsl});
    }
    ~RawInitiator()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    RawInitiator(const RawInitiator&) = delete;
    RawInitiator& operator=(const RawInitiator&) = delete;

    const char* error() const { return error_.constData(); }
    bool closed() const { return closed_; }
    uint16_t tsih() const { return tsih_; }
    uint16_t loginStatus() const { return loginStatus_; }
    const KeyValueList& loginKeys() const { return loginKeys_; }
    uint32_t targetMrdsl() const { return targetMrdsl_; }
    uint32_t expCmdSN() const { return expCmdSN_; }
    uint32_t maxCmdSN() const { return maxCmdSN_; }
    uint32_t cmdSN() const { return cmdSN_; }
    uint32_t takeCmdSN() { return cmdSN_++; }
    uint32_t newItt() { return itt_++; }
    DigestSettings digests() const { return digests_; }
    int digestErrors() const { return digestErrors_; }
    // One non-blocking send() of what is left of `bytes` from `done`: the new
    // offset, or -1 when the socket would block (the peer has stopped reading).
    ssize_t sendSome(std::span<const uint8_t> bytes, size_t done)
    {
        const ssize_t n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? -1 : (fail("send() failed"), -1);
        return ssize_t(done) + n;
    }

    bool connectTo(quint16 port)
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd_ < 0)
            return fail("socket() failed");
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // Completes from the kernel's backlog; the daemon accepts once our waits spin the loop.
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            return fail("connect() failed: " + QByteArray(strerror(errno)));
        const int one = 1;
        setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
        return true;
    }

    bool sendBytes(std::span<const uint8_t> bytes)
    {
        size_t done = 0;
        QDeadlineTimer deadline(kTimeoutMs);
        while (done < bytes.size()) {
            const ssize_t n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
            if (n > 0) {
                done += size_t(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && !deadline.hasExpired()) {
                QTest::qWait(1);
                continue;
            }
            return fail("send() failed: " + QByteArray(strerror(errno)));
        }
        return true;
    }

    std::vector<uint8_t> encode(const Bhs& bhs, std::span<const uint8_t> data = {}) const
    {
        std::vector<uint8_t> out;
        appendPdu(out, bhs, data, digests_);
        return out;
    }
    bool send(const Bhs& bhs, std::span<const uint8_t> data = {}) { return sendBytes(encode(bhs, data)); }

    // The next PDU from the target, or nullopt on timeout or when the target closed.
    std::optional<Pdu> receive(int timeoutMs = kTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            ReadResult r = reader_.next();
            if (r.kind == ReadResult::Ready || r.kind == ReadResult::DataDigestError) {
                if (r.kind == ReadResult::DataDigestError)
                    ++digestErrors_;
                note(r.pdu.bhs);
                return std::move(r.pdu);
            }
            if (r.kind == ReadResult::Fatal) {
                fail("cannot frame the target's PDUs: " + QByteArray::fromStdString(r.message));
                return std::nullopt;
            }
            if (closed_) {
                fail("the target closed the connection");
                return std::nullopt;
            }
            uint8_t buffer[65536];
            const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n > 0) {
                reader_.feed({buffer, size_t(n)});
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                closed_ = true;  // EOF or ECONNRESET
                continue;
            }
            if (deadline.hasExpired()) {
                fail("timed out waiting for a PDU");
                return std::nullopt;
            }
            QTest::qWait(2);
        }
    }

    // True once the target has closed the connection; PDUs that came first are kept in `before`.
    bool waitClosed(std::vector<Pdu>* before = nullptr, int timeoutMs = kTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto p = receive(int(std::max<qint64>(1, deadline.remainingTime())));
            if (p && before)
                before->push_back(std::move(*p));
            if (!p && closed_)
                return true;
        }
        return closed_;
    }

    // True when nothing arrives (and the connection stays up) for `ms`.
    bool quietFor(int ms = kQuietMs)
    {
        auto p = receive(ms);
        if (p) {
            fail("unexpected PDU with opcode " + QByteArray::number(p->bhs.rawOpcode(), 16));
            return false;
        }
        return !closed_;
    }

    // --- login ---
    Bhs loginHeader(uint8_t flags) const
    {
        Bhs b;
        b.setOpcode(Opcode::LoginRequest);
        b.bytes[0] |= kImmediate;
        b.set8(field::LoginFlags, flags);
        std::copy(isid_.begin(), isid_.end(), b.bytes.begin() + field::Isid);
        b.set16(field::Tsih, 0);
        b.setItt(kLoginItt);
        b.set16(field::Cid, 1);
        b.set32(field::CmdSN, cmdSN_);
        b.set32(field::ExpStatSN, expStatSN_);
        return b;
    }

    static KeyValueList normalKeys(const KeyValueList& extra = {})
    {
        KeyValueList keys{{"InitiatorName", kInitiator}, {"TargetName", kTarget}, {"SessionType", "Normal"},
                          {"HeaderDigest", "None"}, {"DataDigest", "None"},
                          {"MaxRecvDataSegmentLength", std::to_string(kOurMrdsl)}};
        for (const auto& [k, v] : extra) {
            auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& kv) { return kv.first == k; });
            if (it != keys.end())
                it->second = v;
            else
                keys.emplace_back(k, v);
        }
        return keys;
    }

    // Logs in from the operational stage straight to Full Feature Phase (T=1, NSG=3),
    // answering any keys the target offers. False (status in loginStatus()) otherwise.
    bool login(KeyValueList keys)
    {
        std::set<std::string> sent;
        for (const auto& kv : keys)
            sent.insert(kv.first);
        for (int round = 0; round < 4; ++round) {
            const std::vector<uint8_t> text = serializeTextKeys(keys);
            if (!send(loginHeader(kFinal | 1 << 2 | 3), text))
                return false;
            auto r = receive();
            if (!r)
                return false;
            if (r->bhs.opcode() != Opcode::LoginResponse)
                return fail("expected a Login Response, got opcode " + QByteArray::number(r->bhs.rawOpcode(), 16));
            loginStatus_ = uint16_t(r->bhs.u8(field::StatusClass) << 8 | r->bhs.u8(field::StatusDetail));
            if (loginStatus_ != 0)
                return fail("login refused with status " + QByteArray::number(loginStatus_, 16));
            auto parsed = parseTextKeys(r->data);
            if (!parsed)
                return fail("malformed login response text");
            KeyValueList answers;
            for (const auto& [k, v] : parsed.value()) {
                loginKeys_.emplace_back(k, v);
                if (k == "MaxRecvDataSegmentLength")
                    targetMrdsl_ = uint32_t(std::stoul(v));
                else if (k != "TargetAlias" && k != "TargetPortalGroupTag" && !sent.count(k)) {
                    answers.emplace_back(k, v);  // the target's offer: accept it
                    sent.insert(k);
                }
            }
            const uint8_t flags = r->bhs.u8(field::LoginFlags);
            if ((flags & kFinal) && (flags & 3) == 3) {
                tsih_ = r->bhs.u16(field::Tsih);
                // Digests apply from the first PDU after the final Login Response (RFC 7143 §13.1).
                digests_ = {loginValue("HeaderDigest") == "CRC32C", loginValue("DataDigest") == "CRC32C"};
                reader_.setLimits({digests_.header, digests_.data, kOurMrdsl});
                return true;
            }
            keys = answers;
        }
        return fail("the target never agreed to go to Full Feature Phase");
    }
    bool loginNormal(const KeyValueList& extra = {}) { return login(normalKeys(extra)); }

    std::string loginValue(const std::string& key) const
    {
        for (const auto& [k, v] : loginKeys_)
            if (k == key)
                return v;
        return {};
    }

    // --- Full Feature Phase PDUs ---
    Bhs nopOut(uint32_t itt) const
    {
        Bhs b;
        b.setOpcode(Opcode::NopOut);
        b.bytes[0] |= kImmediate;
        b.setFinal(true);
        b.setItt(itt);
        b.set32(field::TargetTransferTag, kReservedTag);
        b.set32(field::CmdSN, cmdSN_);
        b.set32(field::ExpStatSN, expStatSN_);
        return b;
    }

    // An immediate NOP-Out ping: true when the matching NOP-In comes back with the data.
    bool ping(std::span<const uint8_t> data = {})
    {
        const uint32_t itt = newItt();
        if (!send(nopOut(itt), data))
            return false;
        auto r = receive();
        if (!r)
            return false;
        if (r->bhs.opcode() != Opcode::NopIn || r->bhs.itt() != itt)
            return fail("expected NOP-In for ITT " + QByteArray::number(itt) + ", got opcode " +
                        QByteArray::number(r->bhs.rawOpcode(), 16));
        if (!std::equal(data.begin(), data.end(), r->data.begin(), r->data.end()))
            return fail("NOP-In did not echo the ping data");
        return true;
    }

    Bhs scsiCommand(const Cdb& cdb, uint64_t lun, uint32_t edtl, bool read, bool write, uint32_t itt, uint32_t cmdSN) const
    {
        Bhs b;
        b.setOpcode(Opcode::ScsiCommand);
        b.set8(field::CmdFlags, uint8_t(kFinal | (read ? 0x40 : 0) | (write ? 0x20 : 0) | 0x01 /* SIMPLE */));
        b.setLunField(encodeLun(lun));
        b.setItt(itt);
        b.set32(field::ExpectedDataTransferLength, edtl);
        b.set32(field::CmdSN, cmdSN);
        b.set32(field::ExpStatSN, expStatSN_);
        std::copy(cdb.begin(), cdb.end(), b.bytes.begin() + field::Cdb);
        return b;
    }

    Bhs dataOut(uint64_t lun, uint32_t itt, uint32_t ttt, uint32_t dataSN, uint32_t offset, bool final) const
    {
        Bhs b;
        b.setOpcode(Opcode::DataOut);
        b.setFinal(final);
        b.setLunField(encodeLun(lun));
        b.setItt(itt);
        b.set32(field::TargetTransferTag, ttt);
        b.set32(field::ExpStatSN, expStatSN_);
        b.set32(field::DataSN, dataSN);
        b.set32(field::BufferOffset, offset);
        return b;
    }

    Bhs taskManagement(TmfFunction function, uint64_t lun, uint32_t itt, uint32_t referencedTag, uint32_t refCmdSN) const
    {
        Bhs b;
        b.setOpcode(Opcode::TaskManagementRequest);
        b.bytes[0] |= kImmediate;
        b.set8(field::TmfFunction, uint8_t(0x80 | uint8_t(function)));
        b.setLunField(encodeLun(lun));
        b.setItt(itt);
        b.set32(field::ReferencedTaskTag, referencedTag);
        b.set32(field::CmdSN, cmdSN_);
        b.set32(field::ExpStatSN, expStatSN_);
        b.set32(field::RefCmdSN, refCmdSN);
        return b;
    }

    // Collects Data-In and the status of task `itt` (R2Ts are kept, not answered).
    ScsiResult collect(uint32_t itt, int timeoutMs = kTimeoutMs)
    {
        ScsiResult res;
        for (;;) {
            auto p = receive(timeoutMs);
            if (!p) {
                res.error = QString::fromUtf8(error_);
                return res;
            }
            const Bhs& h = p->bhs;
            if (h.itt() != itt) {
                res.error = QStringLiteral("PDU opcode %1 for ITT %2 while waiting for ITT %3")
                                .arg(hex(h.rawOpcode()), hex(h.itt()), hex(itt));
                return res;
            }
            if (h.opcode() == Opcode::DataIn) {
                const uint32_t offset = h.u32(field::BufferOffset);
                if (res.data.size() < offset + p->data.size())
                    res.data.resize(offset + p->data.size());
                std::copy(p->data.begin(), p->data.end(), res.data.begin() + offset);
                if (h.u8(field::RespFlags) & 0x01) {  // S: status in this Data-In
                    res.status = h.u8(field::Status);
                    res.complete = true;
                    return res;
                }
                continue;
            }
            if (h.opcode() == Opcode::ReadyToTransfer) {
                res.r2ts.push_back(std::move(*p));
                return res;
            }
            if (h.opcode() == Opcode::ScsiResponse) {
                res.response = h.u8(field::Response);
                res.status = h.u8(field::Status);
                if (p->data.size() >= 2) {
                    const size_t n = std::min<size_t>(size_t(p->data[0]) << 8 | p->data[1], p->data.size() - 2);
                    res.sense.assign(p->data.begin() + 2, p->data.begin() + 2 + ptrdiff_t(n));
                }
                res.complete = true;
                return res;
            }
            res.error = QStringLiteral("unexpected PDU opcode %1").arg(hex(h.rawOpcode()));
            return res;
        }
    }

    // A command without Data-Out.
    ScsiResult run(const Cdb& cdb, uint64_t lun, uint32_t edtl = 0, bool read = false)
    {
        const uint32_t itt = newItt();
        if (!send(scsiCommand(cdb, lun, edtl, read, false, itt, takeCmdSN()))) {
            ScsiResult r;
            r.error = QString::fromUtf8(error_);
            return r;
        }
        return collect(itt);
    }

    // TEST UNIT READY until GOOD: a new I_T nexus first gets a POWER ON/RESET unit attention.
    bool ready(uint64_t lun)
    {
        for (int i = 0; i < 4; ++i) {
            const ScsiResult r = run(Cdb{}, lun);
            if (!r.complete)
                return fail("TEST UNIT READY: " + r.error.toUtf8());
            if (r.status == kScsiStatusGood)
                return true;
        }
        return fail("TEST UNIT READY never returned GOOD");
    }

    // WRITE(10) answered through R2Ts (with InitialR2T=Yes, ImmediateData=No): Data-Out
    // per R2T in PDUs of at most the target's MaxRecvDataSegmentLength.
    ScsiResult writeViaR2T(uint64_t lun, uint32_t lba, const std::vector<uint8_t>& data)
    {
        const uint32_t itt = newItt();
        ScsiResult res;
        if (!send(scsiCommand(cdb10(0x2a, lba, uint16_t(data.size() / kBlock)), lun, uint32_t(data.size()), false, true,
                              itt, takeCmdSN()))) {
            res.error = QString::fromUtf8(error_);
            return res;
        }
        std::vector<Pdu> r2ts;
        for (;;) {
            ScsiResult step = collect(itt);
            if (step.r2ts.empty()) {
                step.r2ts = std::move(r2ts);
                return step;
            }
            const Bhs& r2t = step.r2ts.front().bhs;
            const uint32_t ttt = r2t.u32(field::TargetTransferTag);
            const uint32_t offset = r2t.u32(field::BufferOffset);
            const uint32_t length = r2t.u32(field::DesiredDataTransferLength);
            if (uint64_t(offset) + length > data.size()) {
                res.error = QStringLiteral("R2T beyond the data: offset %1 length %2").arg(offset).arg(length);
                return res;
            }
            const uint32_t chunk = std::max<uint32_t>(512, targetMrdsl_);
            uint32_t dataSN = 0;
            for (uint32_t done = 0; done < length; done += chunk) {
                const uint32_t n = std::min(chunk, length - done);
                if (!send(dataOut(lun, itt, ttt, dataSN++, offset + done, done + n == length),
                          std::span<const uint8_t>(data.data() + offset + done, n))) {
                    res.error = QString::fromUtf8(error_);
                    return res;
                }
            }
            r2ts.push_back(std::move(step.r2ts.front()));
        }
    }

private:
    static constexpr uint32_t kLoginItt = 0x4c4f4749;

    bool fail(const QByteArray& why)
    {
        error_ = why;
        return false;
    }

    void note(const Bhs& h)
    {
        // Every target PDU here carries ExpCmdSN/MaxCmdSN at the same offsets (RFC 7143 §11).
        if (h.opcode() != Opcode::ReadyToTransfer && h.opcode() != Opcode::DataIn && h.opcode() != Opcode::AsyncMessage)
            expStatSN_ = h.u32(field::StatSN) + 1;
        else if (h.opcode() == Opcode::DataIn && (h.u8(field::RespFlags) & 0x01))
            expStatSN_ = h.u32(field::StatSN) + 1;
        expCmdSN_ = h.u32(field::ExpCmdSN);
        maxCmdSN_ = h.u32(field::MaxCmdSN);
    }

    int fd_ = -1;
    bool closed_ = false;
    QByteArray error_;
    PduReader reader_;
    DigestSettings digests_;
    std::array<uint8_t, 6> isid_{};
    uint16_t tsih_ = 0;
    uint16_t loginStatus_ = 0xffff;
    KeyValueList loginKeys_;
    uint32_t targetMrdsl_ = 8192;
    uint32_t cmdSN_ = 1;
    uint32_t expStatSN_ = 0;
    uint32_t expCmdSN_ = 0;
    uint32_t maxCmdSN_ = 0;
    uint32_t itt_ = 0x100;
    int digestErrors_ = 0;
};

std::optional<storlab::scsi::ParsedSense> senseOf(const ScsiResult& r)
{
    return storlab::scsi::parseSense(r.sense);
}

} // namespace

// Connects and logs in; fails the calling test function otherwise.
#define CONNECT(ini) QVERIFY2((ini).connectTo(g_port), (ini).error())
#define LOGIN(ini, ...) \
    do { \
        CONNECT(ini); \
        QVERIFY2((ini).loginNormal(__VA_ARGS__), (ini).error()); \
    } while (0)
#define LOGIN_READY(ini, lun, ...) \
    do { \
        LOGIN(ini, __VA_ARGS__); \
        QVERIFY2((ini).ready(lun), (ini).error()); \
    } while (0)

class TestConnectionProtocol : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("storlab.*.info=false\nstorlab.*.debug=false"));
        QVERIFY(dir_.isValid());
        QString error;
        // A free port: bind port 0, note it, release it; retry if someone takes it meanwhile.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            g_port = probe.serverPort();
            probe.close();
            const QString portal = QStringLiteral("127.0.0.1:%1").arg(g_port);
            const QString config = QStringLiteral(R"({
  "schema": 1, "portals": ["%1"], "reactors": 2, "nopInterval": 0, "nopTimeout": 30,
  "targets": [{ "iqn": "%2", "alias": "connection test", "luns": [
    { "lun": 1, "store": "null", "size": "64M" },
    { "lun": 2, "store": "rdwr", "path": "%3", "size": "1M" } ] }]
})").arg(portal, QString::fromStdString(kTarget), dir_.filePath(QStringLiteral("disk.img")));
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

    // ---------------------------------------------------------------- login

    void normalLoginReachesFullFeaturePhase()
    {
        RawInitiator ini;
        CONNECT(ini);
        QVERIFY2(ini.loginNormal(), ini.error());
        QVERIFY(ini.tsih() != 0);
        QCOMPARE(ini.loginValue("TargetPortalGroupTag"), std::string("1"));
        QCOMPARE(ini.loginValue("TargetAlias"), std::string("connection test"));
        QVERIFY2(ini.ready(kNullLun), ini.error());
    }

    void discoverySendTargetsListsTheTarget()
    {
        RawInitiator ini;
        CONNECT(ini);
        QVERIFY2(ini.login({{"InitiatorName", kInitiator}, {"SessionType", "Discovery"}, {"HeaderDigest", "None"},
                            {"DataDigest", "None"}, {"MaxRecvDataSegmentLength", std::to_string(kOurMrdsl)}}),
                 ini.error());
        Bhs text;
        text.setOpcode(Opcode::TextRequest);
        text.setFinal(true);
        const uint32_t itt = ini.newItt();
        text.setItt(itt);
        text.set32(field::TargetTransferTag, kReservedTag);
        text.set32(field::CmdSN, ini.takeCmdSN());
        QVERIFY(ini.send(text, serializeTextKeys({{"SendTargets", "All"}})));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::TextResponse));
        QCOMPARE(r->bhs.itt(), itt);
        QVERIFY(r->bhs.finalBit());
        auto keys = parseTextKeys(r->data);
        QVERIFY(keys);
        const KeyValueList expected{{"TargetName", kTarget},
                                    {"TargetAddress", "127.0.0.1:" + std::to_string(g_port) + ",1"}};
        QCOMPARE(keys.value(), expected);
    }

    void loginWithoutInitiatorNameIsRefused()
    {
        RawInitiator ini;
        CONNECT(ini);
        QVERIFY(!ini.login({{"TargetName", kTarget}, {"SessionType", "Normal"}}));
        QCOMPARE(ini.loginStatus(), uint16_t(0x0207));  // Missing parameter
        QVERIFY(ini.waitClosed());
    }

    void loginToAnUnknownTargetIsRefused()
    {
        RawInitiator ini;
        CONNECT(ini);
        QVERIFY(!ini.loginNormal({{"TargetName", "iqn.2026-11.lab.storlab:nosuchtarget"}}));
        QCOMPARE(ini.loginStatus(), uint16_t(0x0203));  // Not found
        QVERIFY(ini.waitClosed());
    }

    void nonLoginPduBeforeLoginClosesTheConnection()
    {
        RawInitiator ini;
        CONNECT(ini);
        QVERIFY(ini.send(ini.nopOut(1)));
        std::vector<Pdu> answers;
        QVERIFY(ini.waitClosed(&answers));
        QVERIFY(answers.empty());
    }

    void oversizedLoginPduClosesTheConnection()
    {
        // Before Full Feature Phase data segments are at most 8192 bytes (RFC 7143 §13.12).
        RawInitiator ini;
        CONNECT(ini);
        Bhs b = ini.loginHeader(kFinal | 1 << 2 | 3);
        b.setDataSegmentLength(8196);
        QVERIFY(ini.sendBytes(b.bytes));
        std::vector<Pdu> answers;
        QVERIFY(ini.waitClosed(&answers));
        QVERIFY(answers.empty());
    }

    // ---------------------------------------------------------------- framing and digests

    void unknownOpcodeIsRejectedAndTheConnectionStaysUsable()
    {
        RawInitiator ini;
        LOGIN(ini);
        Bhs b;
        b.bytes[0] = 0x1c;  // not an initiator opcode (RFC 7143 §11.2.1.2)
        b.setFinal(true);
        b.setItt(ini.newItt());
        b.set32(field::CmdSN, ini.cmdSN());
        QVERIFY(ini.send(b));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::Reject));
        QCOMPARE(int(r->bhs.u8(field::RejectReason)), int(RejectReason::CommandNotSupported));
        QCOMPARE(r->bhs.itt(), kReservedTag);
        QVERIFY(std::equal(b.bytes.begin(), b.bytes.end(), r->data.begin(), r->data.end()));
        const std::array<uint8_t, 4> ping{1, 2, 3, 4};
        QVERIFY2(ini.ping(ping), ini.error());
    }

    void headerDigestMismatchDropsTheConnection()
    {
        RawInitiator ini;
        LOGIN(ini, {{"HeaderDigest", "CRC32C"}});
        QVERIFY(ini.digests().header);
        QVERIFY2(ini.ping(), ini.error());  // digests are really in use
        std::vector<uint8_t> bytes = ini.encode(ini.nopOut(ini.newItt()));
        QCOMPARE(bytes.size(), kBhsSize + kDigestSize);
        bytes[kBhsSize] ^= 0x01;
        QVERIFY(ini.sendBytes(bytes));
        std::vector<Pdu> answers;
        QVERIFY(ini.waitClosed(&answers));
        QVERIFY(answers.empty());
    }

    void dataDigestErrorIsRejectedAndTheConnectionSurvives()
    {
        RawInitiator ini;
        LOGIN(ini, {{"DataDigest", "CRC32C"}});
        QVERIFY(ini.digests().data);
        const std::array<uint8_t, 8> data{'d', 'i', 'g', 'e', 's', 't', '!', '!'};
        const Bhs nop = ini.nopOut(ini.newItt());
        std::vector<uint8_t> bytes = ini.encode(nop, data);
        QCOMPARE(bytes.size(), kBhsSize + data.size() + kDigestSize);
        bytes.back() ^= 0x80;
        QVERIFY(ini.sendBytes(bytes));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::Reject));
        QCOMPARE(int(r->bhs.u8(field::RejectReason)), int(RejectReason::DataDigestError));
        QCOMPARE(r->data.size(), kBhsSize);
        QCOMPARE(r->data[0] & 0x3f, int(Opcode::NopOut));
        Bhs rejected;
        std::copy_n(r->data.begin(), kBhsSize, rejected.bytes.begin());
        QCOMPARE(rejected.itt(), nop.itt());
        QVERIFY2(ini.ping(data), ini.error());
    }

    void dataSegmentBeyondOurMaxRecvDataSegmentLengthDropsTheConnection()
    {
        RawInitiator ini;
        LOGIN(ini);
        QVERIFY(ini.targetMrdsl() >= 512);
        Bhs b = ini.nopOut(ini.newItt());
        b.setDataSegmentLength(ini.targetMrdsl() + 4);
        QVERIFY(ini.sendBytes(b.bytes));  // the header alone must be enough to refuse it
        std::vector<Pdu> answers;
        QVERIFY(ini.waitClosed(&answers));
        for (const Pdu& p : answers)
            QCOMPARE(int(p.bhs.rawOpcode()), int(Opcode::Reject));
    }

    // ---------------------------------------------------------------- CmdSN window

    void commandBeyondMaxCmdSNIsIgnored()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        const uint32_t beyond = ini.maxCmdSN() + 1;
        QVERIFY(ini.send(ini.scsiCommand(Cdb{}, kNullLun, 0, false, false, ini.newItt(), beyond)));
        QVERIFY2(ini.quietFor(), ini.error());  // RFC 7143 §4.2.2.1: silently ignored
        const ScsiResult r = ini.run(Cdb{}, kNullLun);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusGood));
    }

    void staleCmdSNIsIgnored()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        const uint32_t stale = ini.cmdSN() - 1;  // already used by the TEST UNIT READY above
        QVERIFY(ini.send(ini.scsiCommand(Cdb{}, kNullLun, 0, false, false, ini.newItt(), stale)));
        QVERIFY2(ini.quietFor(), ini.error());
        const ScsiResult r = ini.run(Cdb{}, kNullLun);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusGood));
    }

    // ---------------------------------------------------------------- Data-Out

    void dataOutWithAnUnknownTargetTransferTagIsRejected()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kFileLun, {{"ImmediateData", "No"}, {"InitialR2T", "Yes"}});
        const uint32_t itt = ini.newItt();
        QVERIFY(ini.send(ini.scsiCommand(cdb10(0x2a, 0, 1), kFileLun, kBlock, false, true, itt, ini.takeCmdSN())));
        ScsiResult step = ini.collect(itt);
        QCOMPARE(step.r2ts.size(), size_t(1));
        const uint32_t ttt = step.r2ts[0].bhs.u32(field::TargetTransferTag);
        const std::vector<uint8_t> block(kBlock, 0x5a);
        const Bhs bad = ini.dataOut(kFileLun, itt, ttt ^ 0x00ff00ff, 0, 0, true);
        QVERIFY(ini.send(bad, block));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::Reject));
        QCOMPARE(int(r->bhs.u8(field::RejectReason)), int(RejectReason::InvalidPduField));
        // The transfer is still waiting for its data: the right TTT completes it.
        QVERIFY(ini.send(ini.dataOut(kFileLun, itt, ttt, 0, 0, true), block));
        const ScsiResult done = ini.collect(itt);
        QVERIFY2(done.complete, qPrintable(done.error));
        QCOMPARE(int(done.status), int(kScsiStatusGood));
    }

    void dataOutBeyondTheExpectedLengthIsRejected()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kFileLun, {{"ImmediateData", "No"}, {"InitialR2T", "Yes"}});
        const uint32_t itt = ini.newItt();
        QVERIFY(ini.send(ini.scsiCommand(cdb10(0x2a, 1, 1), kFileLun, kBlock, false, true, itt, ini.takeCmdSN())));
        ScsiResult step = ini.collect(itt);
        QCOMPARE(step.r2ts.size(), size_t(1));
        const uint32_t ttt = step.r2ts[0].bhs.u32(field::TargetTransferTag);
        const std::vector<uint8_t> tooMuch(2 * kBlock, 0xa5);
        QVERIFY(ini.send(ini.dataOut(kFileLun, itt, ttt, 0, 0, true), tooMuch));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::Reject));
        QCOMPARE(int(r->bhs.u8(field::RejectReason)), int(RejectReason::ProtocolError));
        QVERIFY(ini.send(ini.dataOut(kFileLun, itt, ttt, 0, 0, true), std::span(tooMuch).first(kBlock)));
        const ScsiResult done = ini.collect(itt);
        QVERIFY2(done.complete, qPrintable(done.error));
        QCOMPARE(int(done.status), int(kScsiStatusGood));
    }

    void writeThroughR2TRoundTrips()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kFileLun, {{"ImmediateData", "No"}, {"InitialR2T", "Yes"}, {"MaxBurstLength", "8192"},
                                    {"FirstBurstLength", "8192"}});
        QCOMPARE(ini.loginValue("ImmediateData"), std::string("No"));
        QCOMPARE(ini.loginValue("InitialR2T"), std::string("Yes"));
        std::vector<uint8_t> data(4 * 8192);
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = uint8_t(i * 7 + i / 512);
        const ScsiResult w = ini.writeViaR2T(kFileLun, 16, data);
        QVERIFY2(w.complete, qPrintable(w.error));
        QCOMPARE(int(w.status), int(kScsiStatusGood));
        QCOMPARE(w.r2ts.size(), size_t(4));  // one burst of MaxBurstLength each
        for (size_t i = 0; i < w.r2ts.size(); ++i) {
            QCOMPARE(w.r2ts[i].bhs.u32(field::DataSN), uint32_t(i));  // R2TSN
            QCOMPARE(w.r2ts[i].bhs.u32(field::BufferOffset), uint32_t(i * 8192));
            QCOMPARE(w.r2ts[i].bhs.u32(field::DesiredDataTransferLength), 8192u);
        }
        const ScsiResult r = ini.run(cdb10(0x28, 16, uint16_t(data.size() / kBlock)), kFileLun, uint32_t(data.size()), true);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusGood));
        QVERIFY(r.data == data);
    }

    // Data-In sent zero-copy from the task's buffer (segments >= 512 bytes go
    // out by sendmsg() with the header and digest around them) carries a data
    // digest over exactly the bytes sent: 64 KiB written with digests on comes
    // back in 16 Data-In PDUs of the 4 KiB we declare, every digest verified
    // by our reader (RFC 7143 §13.12, §11.7).
    void zeroCopyDataInCarriesCorrectDigests()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kFileLun, {{"HeaderDigest", "CRC32C"}, {"DataDigest", "CRC32C"}, {"MaxRecvDataSegmentLength", "4096"},
                                    {"ImmediateData", "No"}, {"InitialR2T", "Yes"}});
        QVERIFY(ini.digests().header && ini.digests().data);
        std::vector<uint8_t> data(64 * 1024);
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = uint8_t(i * 13 + i / 4096);
        const ScsiResult w = ini.writeViaR2T(kFileLun, 64, data);
        QVERIFY2(w.complete, qPrintable(w.error));
        QCOMPARE(int(w.status), int(kScsiStatusGood));
        const ScsiResult r = ini.run(cdb10(0x28, 64, uint16_t(data.size() / kBlock)), kFileLun, uint32_t(data.size()), true);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusGood));
        QCOMPARE(ini.digestErrors(), 0);
        QVERIFY(r.data == data);
    }

    // Back-pressure: an initiator that sends pings without reading the answers
    // makes the target stop reading once its output queue is full (8 MiB), so
    // our socket blocks long before the 256 MiB we are willing to send. Once
    // we read, the target resumes and every ping is answered, in order.
    void targetStopsReadingWhileItsOutputIsNotTaken()
    {
        RawInitiator ini;
        LOGIN(ini);
        const std::vector<uint8_t> payload(8192, 0x5a);
        constexpr uint32_t firstItt = 0x40000000;   // ITTs of their own, apart from newItt()'s
        constexpr size_t kCap = 256u << 20;
        std::vector<uint8_t> bytes;
        uint32_t sent = 0;
        size_t total = 0, partial = 0;   // `partial`: offset reached in `bytes` when the socket blocked
        bool blocked = false;
        while (!blocked && total < kCap) {
            bytes = ini.encode(ini.nopOut(firstItt + sent), payload);
            const ssize_t at = ini.sendSome(bytes, 0);
            if (at < 0 || size_t(at) < bytes.size()) {
                blocked = true;
                partial = at < 0 ? 0 : size_t(at);
            } else {
                ++sent;
                total += bytes.size();
            }
        }
        QVERIFY2(*ini.error() == 0, ini.error());
        QVERIFY2(blocked, "the target kept reading 256 MiB of pings nobody collected");
        // Reading now must release the target: it answers, reads the rest of
        // the cut PDU, and answers that one too.
        uint32_t answered = 0;
        while (answered <= sent) {
            if (partial < bytes.size()) {
                const ssize_t at = ini.sendSome(bytes, partial);
                if (at > 0)
                    partial = size_t(at);
            }
            auto p = ini.receive();
            QVERIFY2(p, ini.error());
            QCOMPARE(int(p->bhs.rawOpcode()), int(Opcode::NopIn));
            QCOMPARE(p->bhs.itt(), firstItt + answered);
            QCOMPARE(p->data.size(), payload.size());
            ++answered;
            if (answered == sent && partial < bytes.size()) {
                // Everything before it is answered: the target reads again.
                QVERIFY2(ini.sendBytes(std::span<const uint8_t>(bytes).subspan(partial)), ini.error());
                partial = bytes.size();
            }
        }
        QCOMPARE(answered, sent + 1);
        QVERIFY2(ini.ping(), ini.error());
    }

    // ---------------------------------------------------------------- SCSI errors

    void readBeyondTheEndIsACheckCondition()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        for (uint32_t lba : {kNullBlocks, kNullBlocks - 1}) {  // starting past the end; crossing it
            const ScsiResult r = ini.run(cdb10(0x28, lba, 2), kNullLun, 2 * kBlock, true);
            QVERIFY2(r.complete, qPrintable(r.error));
            QCOMPARE(int(r.response), 0);
            QCOMPARE(int(r.status), int(kScsiStatusCheckCondition));
            const auto sense = senseOf(r);
            QVERIFY(sense);
            QCOMPARE(int(sense->key), 0x5);   // ILLEGAL REQUEST
            QCOMPARE(int(sense->asc), 0x21);  // LOGICAL BLOCK ADDRESS OUT OF RANGE
            QCOMPARE(int(sense->ascq), 0x00);
            QVERIFY(r.data.empty());
        }
    }

    void unknownScsiOpcodeIsInvalidCommandOperationCode()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        Cdb cdb{};
        cdb[0] = 0xc7;  // vendor specific, not implemented
        const ScsiResult r = ini.run(cdb, kNullLun);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusCheckCondition));
        const auto sense = senseOf(r);
        QVERIFY(sense);
        QCOMPARE(int(sense->key), 0x5);
        QCOMPARE(int(sense->asc), 0x20);  // INVALID COMMAND OPERATION CODE
        QCOMPARE(int(sense->ascq), 0x00);
    }

    // ---------------------------------------------------------------- task management

    void abortTaskOfACompletedCommandSaysTaskDoesNotExist()
    {
        // RFC 7143 §11.5.1 b): no such task and RefCmdSN outside the window [ExpCmdSN, MaxCmdSN].
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        const uint32_t done = ini.cmdSN() - 1;  // the TEST UNIT READY that already completed
        const uint32_t itt = ini.newItt();
        QVERIFY(ini.send(ini.taskManagement(TmfFunction::AbortTask, kNullLun, itt, 0x7fff0001, done)));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::TaskManagementResponse));
        QCOMPARE(r->bhs.itt(), itt);
        QCOMPARE(int(r->bhs.u8(field::Response)), int(TmfResponse::TaskDoesNotExist));
    }

    void abortTaskOfACommandNotYetReceivedCompletesAndConsumesItsCmdSN()
    {
        // RFC 7143 §11.5.1 a): RefCmdSN within the window and below the TMF's CmdSN:
        // the target considers that CmdSN received and answers "Function complete".
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        const uint32_t lost = ini.takeCmdSN();  // a command "sent" but never arriving
        const uint32_t itt = ini.newItt();
        QVERIFY(ini.send(ini.taskManagement(TmfFunction::AbortTask, kNullLun, itt, 0x7fff0002, lost)));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::TaskManagementResponse));
        QCOMPARE(int(r->bhs.u8(field::Response)), int(TmfResponse::Complete));
        // Its CmdSN counts as received: the next command is not stuck behind the gap.
        const ScsiResult next = ini.run(Cdb{}, kNullLun);
        QVERIFY2(next.complete, qPrintable(next.error));
        QCOMPARE(int(next.status), int(kScsiStatusGood));
    }

    void logicalUnitResetCompletes()
    {
        RawInitiator ini;
        LOGIN_READY(ini, kNullLun);
        const uint32_t itt = ini.newItt();
        QVERIFY(ini.send(ini.taskManagement(TmfFunction::LogicalUnitReset, kNullLun, itt, kReservedTag, 0)));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::TaskManagementResponse));
        QCOMPARE(r->bhs.itt(), itt);
        QCOMPARE(int(r->bhs.u8(field::Response)), int(TmfResponse::Complete));
        QVERIFY2(ini.ping(), ini.error());
    }

    // ---------------------------------------------------------------- logout and isolation

    void logoutAnswersThenCloses()
    {
        RawInitiator ini;
        LOGIN(ini);
        Bhs b;
        b.setOpcode(Opcode::LogoutRequest);
        b.bytes[0] |= kImmediate;
        b.set8(field::LogoutReason, 0x80 | 0);  // close the session
        const uint32_t itt = ini.newItt();
        b.setItt(itt);
        b.set16(field::Cid, 1);
        b.set32(field::CmdSN, ini.cmdSN());
        QVERIFY(ini.send(b));
        auto r = ini.receive();
        QVERIFY2(r, ini.error());
        QCOMPARE(int(r->bhs.rawOpcode()), int(Opcode::LogoutResponse));
        QCOMPARE(r->bhs.itt(), itt);
        QCOMPARE(int(r->bhs.u8(field::Response)), 0);
        std::vector<Pdu> after;
        QVERIFY(ini.waitClosed(&after));
        QVERIFY(after.empty());
    }

    void garbageOnOneConnectionLeavesOtherSessionsAlone()
    {
        RawInitiator good;
        LOGIN_READY(good, kNullLun);
        for (int round = 0; round < 2; ++round) {
            RawInitiator bad;
            CONNECT(bad);
            if (round == 1)  // garbage in Full Feature Phase too
                QVERIFY2(bad.loginNormal(), bad.error());
            std::vector<uint8_t> garbage(4096);
            for (size_t i = 0; i < garbage.size(); ++i)
                garbage[i] = uint8_t(0xa5 ^ (i * 13));
            QVERIFY(bad.sendBytes(garbage));
            QVERIFY(bad.waitClosed());
        }
        const ScsiResult r = good.run(Cdb{}, kNullLun);
        QVERIFY2(r.complete, qPrintable(r.error));
        QCOMPARE(int(r.status), int(kScsiStatusGood));
        // And the daemon still accepts new sessions.
        RawInitiator late;
        LOGIN_READY(late, kNullLun);
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<storlab::app::Daemon> daemon_;
};

QTEST_GUILESS_MAIN(TestConnectionProtocol)
#include "test_connection_protocol.moc"
