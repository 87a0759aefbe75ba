// Fuzz replay: the checked-in corpus (tests/fuzz/corpus/pdu/*.bin, see
// make_pdu_corpus.py) and thousands of deterministic mutations of it go through
// PduReader, parseTextKeys, LoginMachine and TextExchange. Nothing may crash
// (ASan/UBSan builds), and every result must be self-consistent.
#include "iscsi/login/login_machine.h"
#include "iscsi/login/text_keys.h"
#include "iscsi/pdu/pdu_reader.h"
#include "iscsi/pdu/pdu_writer.h"

#include <QtTest>

#include <map>
#include <random>

using namespace storlab::iscsi;

namespace {
struct FakeEnvironment : LoginEnvironment {
    int bindCalls = 0;
    LoginStatus checkTarget(const std::string& target, const std::string&) override
    {
        return target == "iqn.2024-01.org.storlab:disk1" ? LoginStatus::Success : LoginStatus::NotFound;
    }
    std::string targetAlias(const std::string&) override { return "disk"; }
    uint16_t portalGroupTag() override { return 1; }
    bool sessionExists(uint16_t tsih, const std::array<uint8_t, 6>&) override { return tsih == 0x42; }
    LoginStatus bindSession(const LoginIdentity&, const SessionParams&, uint16_t& tsih) override
    {
        ++bindCalls;
        tsih = 0x42;
        return LoginStatus::Success;
    }
};

struct FakeSource : SendTargetsSource {
    KeyValueList sendTargets(const std::string&, const std::string&, bool) override
    {
        KeyValueList out;
        for (int i = 0; i < 200; ++i) {
            out.emplace_back("TargetName", "iqn.2024-01.org.storlab:t" + std::to_string(i));
            out.emplace_back("TargetAddress", "127.0.0.1:3260,1");
        }
        return out;
    }
};

struct Summary {
    int ready = 0;
    int digestErrors = 0;
    FramingError fatal = FramingError::None;
    bool failed = false;  // reader went Fatal
    std::optional<LoginMachine::State> login;
    uint16_t loginStatus = 0;
    int textResponses = 0;
    size_t leftover = 0;
};

#define CHECK(cond) do { if (!(cond)) { problem = "check failed: " #cond; return; } } while (0)

class Runner {
public:
    std::string problem;  // empty while everything is consistent

    Summary run(const std::vector<uint8_t>& stream, PduLimits limits, std::mt19937* splitter)
    {
        Summary s;
        PduReader reader;
        reader.setLimits(limits);
        FakeEnvironment env;
        LoginMachine login(env, TargetLimits{});
        FakeSource source;
        SessionParams params;
        params.sessionType = "Discovery";
        TextExchange text(source, params);
        size_t at = 0, pdus = 0;
        while (at < stream.size() && !s.failed && problem.empty()) {
            const size_t n = splitter ? std::min<size_t>(1 + (*splitter)() % 97, stream.size() - at) : stream.size();
            reader.feed(std::span(stream.data() + at, n));
            at += n;
            while (problem.empty() && ++pdus < 10000) {
                ReadResult r = reader.next();
                if (r.kind == ReadResult::NeedMore)
                    break;
                if (r.kind == ReadResult::Fatal) {
                    s.failed = true;
                    s.fatal = r.error;
                    if (r.error == FramingError::None || r.message.empty())
                        problem = "Fatal without a reason";
                    else if (reader.next().kind != ReadResult::Fatal)
                        problem = "reader recovered after Fatal";
                    break;
                }
                checkPdu(r, limits);
                if (r.kind == ReadResult::DataDigestError) {
                    ++s.digestErrors;
                    continue;
                }
                ++s.ready;
                process(r.pdu, login, env, text, params, s);
            }
        }
        s.leftover = reader.buffered();
        if (!s.failed && s.leftover > stream.size())
            problem = "reader holds more than it was fed";
        return s;
    }

private:
    void checkPdu(const ReadResult& r, const PduLimits& limits)
    {
        const Pdu& p = r.pdu;
        CHECK(p.data.size() == p.bhs.dataSegmentLength());
        CHECK(p.data.size() <= limits.maxRecvDataSegmentLength);
        CHECK(p.ahs.size() == size_t(p.bhs.totalAhsLength()) * 4);
        if (r.kind != ReadResult::Ready)
            return;
        // Round trip: writing the PDU back and reading it again gives the same PDU.
        std::vector<uint8_t> wire;
        appendPdu(wire, p.bhs, p.data, {limits.headerDigest, limits.dataDigest}, p.ahs);
        PduReader again;
        again.setLimits(limits);
        again.feed(wire);
        ReadResult back = again.next();
        CHECK(back.kind == ReadResult::Ready);
        CHECK(back.pdu.bhs.bytes == p.bhs.bytes && back.pdu.ahs == p.ahs && back.pdu.data == p.data);
        CHECK(again.buffered() == 0);
    }

    void process(const Pdu& p, LoginMachine& login, FakeEnvironment& env, TextExchange& text, SessionParams& params,
                 Summary& s)
    {
        if (auto keys = parseTextKeys(p.data); keys.ok())
            for (const auto& [k, v] : keys.value())
                CHECK(!k.empty() && k.size() <= 63 && v.size() <= 8192);
        if (p.bhs.opcode() == Opcode::LoginRequest) {
            const bool wasDone = s.login && *s.login != LoginMachine::State::InProgress;
            auto out = login.handle(p);
            const Pdu& r = out.response;
            CHECK(r.bhs.opcode() == Opcode::LoginResponse);
            CHECK(r.bhs.itt() == p.bhs.itt());
            CHECK(r.bhs.dataSegmentLength() == r.data.size());
            CHECK(r.data.size() <= 8192);
            CHECK(parseTextKeys(r.data).ok());
            CHECK(!wasDone || out.state == LoginMachine::State::Failed);
            if (out.state == LoginMachine::State::FullFeature) {
                CHECK(env.bindCalls == 1);
                CHECK(r.bhs.u16(field::Tsih) == 0x42);
                CHECK((r.bhs.u8(field::LoginFlags) & 0x83) == 0x83);
            }
            if (out.state == LoginMachine::State::Failed)
                CHECK(r.data.empty() && r.bhs.u8(field::StatusClass) != 0);
            CHECK(env.bindCalls <= 1);
            s.login = out.state;
            s.loginStatus = uint16_t(r.bhs.u8(field::StatusClass) << 8 | r.bhs.u8(field::StatusDetail));
        } else if (p.bhs.opcode() == Opcode::TextRequest) {
            auto out = text.handle(p);
            if (!out.reject) {
                CHECK(out.response.bhs.opcode() == Opcode::TextResponse);
                CHECK(out.response.data.size() <= params.initiatorMaxRecvDataSegmentLength);
                CHECK(out.response.bhs.itt() == p.bhs.itt());
                ++s.textResponses;
            }
        }
    }
};

std::map<std::string, std::vector<uint8_t>> loadCorpus()
{
    std::map<std::string, std::vector<uint8_t>> corpus;
    QDir dir(QStringLiteral(STORLAB_TEST_DATA_DIR "/corpus/pdu"));
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name)) {
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        corpus[info.baseName().toStdString()] = std::vector<uint8_t>(bytes.begin(), bytes.end());
    }
    return corpus;
}

std::vector<uint8_t> mutate(std::vector<uint8_t> v, const std::vector<std::vector<uint8_t>>& all, std::mt19937& rng)
{
    static constexpr uint8_t kInteresting[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0x40, 0x43, 0x04, 0xc0, 0x87};
    const int steps = 1 + int(rng() % 4);
    for (int i = 0; i < steps; ++i) {
        const size_t size = v.size();
        const size_t pos = size ? rng() % size : 0;
        switch (rng() % 10) {
        case 0: if (size) v[pos] ^= uint8_t(1u << (rng() % 8)); break;
        case 1: if (size) v[pos] = uint8_t(rng()); break;
        case 2: if (size) v[std::min(pos, size_t(rng() % 48)) % size] = kInteresting[rng() % std::size(kInteresting)]; break;
        case 3: v.insert(v.begin() + ptrdiff_t(pos), 1 + rng() % 16, uint8_t(rng())); break;
        case 4: if (size) v.erase(v.begin() + ptrdiff_t(pos), v.begin() + ptrdiff_t(std::min(size, pos + 1 + rng() % 32))); break;
        case 5: v.resize(pos); break;
        case 6: if (size) { std::vector<uint8_t> chunk(v.begin() + ptrdiff_t(pos), v.begin() + ptrdiff_t(std::min(size, pos + 1 + rng() % 64))); v.insert(v.end(), chunk.begin(), chunk.end()); } break;
        case 7: { const auto& other = all[rng() % all.size()]; v.insert(v.end(), other.begin(), other.end()); } break;
        case 8: if (size >= 8) { const uint32_t n = rng() % 3 ? rng() % 600 : rng() & 0xffffff; v[5] = uint8_t(n >> 16); v[6] = uint8_t(n >> 8); v[7] = uint8_t(n); } break;
        case 9: if (size >= 5) v[4] = uint8_t(rng() % 4 ? rng() % 4 : rng()); break;
        }
    }
    return v;
}
} // namespace

class TestFuzzPdu : public QObject {
    Q_OBJECT
private slots:
    void corpusSeedsBehave();
    void splitFeedsGiveSameResults();
    void mutations();
};

void TestFuzzPdu::corpusSeedsBehave()
{
    const auto corpus = loadCorpus();
    QVERIFY2(corpus.size() >= 10, "corpus missing: tests/fuzz/corpus/pdu/*.bin");
    const PduLimits login{false, false, 8192};
    Runner runner;
    auto seed = [&](const char* name, PduLimits limits = {false, false, 8192}) {
        const auto it = corpus.find(name);
        if (it == corpus.end())
            qFatal("missing corpus file %s", name);
        return runner.run(it->second, limits, nullptr);
    };
    for (const char* name : {"login_normal_two_stages", "login_operational_only", "login_discovery", "login_continuation"}) {
        const Summary s = seed(name);
        QVERIFY2(s.login && *s.login == LoginMachine::State::FullFeature, name);
        QCOMPARE(s.leftover, size_t(0));
    }
    Summary s = seed("login_missing_initiator");
    QVERIFY(s.login && *s.login == LoginMachine::State::Failed);
    QCOMPARE(s.loginStatus, uint16_t(0x0207));
    s = seed("text_sendtargets", {false, false, 8192});
    QCOMPARE(s.textResponses, 1);
    s = seed("scsi_write_digests", {true, true, 8192});
    QCOMPARE(s.ready, 1);
    s = seed("nop_out_with_ahs");
    QCOMPARE(s.ready, 1);
    s = seed("oversized_segment", login);
    QVERIFY(s.failed);
    QCOMPARE(s.fatal, FramingError::DataTooLong);
    s = seed("truncated_header");
    QCOMPARE(s.ready, 0);
    QCOMPARE(s.leftover, size_t(30));
    s = seed("truncated_data");
    QCOMPARE(s.ready, 0);
    s = seed("text_malformed_keys");
    QCOMPARE(s.ready, 1);
    QCOMPARE(s.textResponses, 0);  // rejected
    QVERIFY2(runner.problem.empty(), runner.problem.c_str());
}

void TestFuzzPdu::splitFeedsGiveSameResults()
{
    const auto corpus = loadCorpus();
    QVERIFY(!corpus.empty());
    std::mt19937 rng(99);
    Runner runner;
    for (const auto& [name, bytes] : corpus) {
        for (bool digests : {false, true}) {
            const PduLimits limits{digests, digests, 8192};
            const Summary whole = runner.run(bytes, limits, nullptr);
            const Summary split = runner.run(bytes, limits, &rng);
            QVERIFY2(runner.problem.empty(), (name + ": " + runner.problem).c_str());
            QCOMPARE(split.ready, whole.ready);
            QCOMPARE(split.failed, whole.failed);
            QCOMPARE(split.login.has_value(), whole.login.has_value());
            QCOMPARE(split.textResponses, whole.textResponses);
        }
    }
}

void TestFuzzPdu::mutations()
{
    const auto corpus = loadCorpus();
    QVERIFY(!corpus.empty());
    std::vector<std::vector<uint8_t>> seeds;
    for (const auto& [name, bytes] : corpus)
        seeds.push_back(bytes);
    std::mt19937 rng(20240117);
    Runner runner;
    QElapsedTimer clock;
    clock.start();
    int iterations = 0, ready = 0, fatal = 0, fullFeature = 0, loginFailed = 0, texts = 0;
    for (; iterations < 60000 && clock.elapsed() < 15000; ++iterations) {
        std::vector<uint8_t> input = mutate(seeds[rng() % seeds.size()], seeds, rng);
        const uint32_t mode = rng();
        const PduLimits limits{bool(mode & 1), bool(mode & 2), (mode & 4) ? 8192u : (mode & 8) ? 512u : 262144u};
        const Summary s = runner.run(input, limits, (mode & 16) ? &rng : nullptr);
        if (!runner.problem.empty())
            QFAIL(qPrintable(QStringLiteral("iteration %1: %2").arg(iterations).arg(QString::fromStdString(runner.problem))));
        ready += s.ready;
        fatal += s.failed;
        fullFeature += s.login == LoginMachine::State::FullFeature;
        loginFailed += s.login == LoginMachine::State::Failed;
        texts += s.textResponses;
    }
    qInfo("%d mutations in %lld ms: %d PDUs, %d fatal streams, %d logins completed, %d failed, %d text answers",
          iterations, qint64(clock.elapsed()), ready, fatal, fullFeature, loginFailed, texts);
    QVERIFY(iterations >= 2000);
    // The mutations must actually reach every layer.
    QVERIFY(ready > 0 && fatal > 0 && fullFeature > 0 && loginFailed > 0 && texts > 0);
}

QTEST_APPLESS_MAIN(TestFuzzPdu)
#include "test_fuzz_pdu.moc"
