// PDU codec: CRC32C, LUN addressing, PduReader framing, appendPdu.
#include "iscsi/pdu/bhs.h"
#include "iscsi/pdu/crc32c.h"
#include "iscsi/pdu/pdu_reader.h"
#include "iscsi/pdu/pdu_writer.h"

#include <QtTest>

#include <random>

using namespace storlab::iscsi;

namespace {
Bhs commandHeader(uint32_t itt)
{
    Bhs b;
    b.setOpcode(Opcode::ScsiCommand);
    b.setFinal(true);
    b.setItt(itt);
    b.set32(field::CmdSN, itt + 100);
    return b;
}
std::vector<uint8_t> bytesOf(std::string_view s) { return {s.begin(), s.end()}; }
} // namespace

class TestPduCodec : public QObject {
    Q_OBJECT
private slots:
    void crc32cKnownVectors();
    void crc32cContinuationAndPortablePathAgree();
    void lunEncoding();
    void lunDecodingRejectsOtherMethods();
    void writerLayoutPaddingAndLittleEndianDigests();
    void writerOmitsDataDigestWithoutData();
    void readerByteByByte();
    void readerSeveralPdusInOneFeed();
    void readerDigestsRoundTrip();
    void readerHeaderDigestMismatchIsFatal();
    void readerDataDigestMismatchKeepsHeader();
    void readerAhs();
    void readerOversizedDataSegment();
    void readerLongStreamInSmallChunks();
};

void TestPduCodec::crc32cKnownVectors()
{
    QCOMPARE(crc32c("123456789", 9), 0xE3069283u);
    // RFC 3720 §B.4 test vectors.
    std::array<uint8_t, 32> buf{};
    QCOMPARE(crc32c(buf.data(), buf.size()), 0x8A9136AAu);
    buf.fill(0xff);
    QCOMPARE(crc32c(buf.data(), buf.size()), 0x62A8AB43u);
    for (int i = 0; i < 32; ++i) buf[i] = uint8_t(i);
    QCOMPARE(crc32c(buf.data(), buf.size()), 0x46DD794Eu);
    for (int i = 0; i < 32; ++i) buf[i] = uint8_t(31 - i);
    QCOMPARE(crc32c(buf.data(), buf.size()), 0x113FDB5Cu);
    QCOMPARE(crc32c(nullptr, 0), 0u);
}

void TestPduCodec::crc32cContinuationAndPortablePathAgree()
{
    std::mt19937 rng(7);
    std::vector<uint8_t> data(4099);
    for (auto& b : data) b = uint8_t(rng());
    for (size_t offset : {0, 1, 3, 7}) {
        for (size_t len : {0, 1, 7, 8, 9, 63, 64, 1000, 4092}) {
            const uint8_t* p = data.data() + offset;
            const uint32_t whole = crc32c(p, len);
            QCOMPARE(crc32cUpdatePortable(0, p, len), whole);
            const size_t split = len / 3;
            QCOMPARE(crc32cUpdate(crc32cUpdate(0, p, split), p + split, len - split), whole);
        }
    }
}

void TestPduCodec::lunEncoding()
{
    QCOMPARE(encodeLun(0), 0ull);
    QCOMPARE(encodeLun(5), 0x0005000000000000ull);
    QCOMPARE(encodeLun(255), 0x00ff000000000000ull);
    QCOMPARE(encodeLun(256), 0x4100000000000000ull);
    QCOMPARE(encodeLun(16383), 0x7fff000000000000ull);
    QCOMPARE(encodeLun(16384), kInvalidLun);
    for (uint64_t lun : {0ull, 1ull, 200ull, 255ull, 256ull, 1000ull, 16383ull})
        QCOMPARE(decodeLun(encodeLun(lun)), lun);
    QCOMPARE(decodeLun(0x4005000000000000ull), 5ull);  // flat addressing of a small LUN
}

void TestPduCodec::lunDecodingRejectsOtherMethods()
{
    QCOMPARE(decodeLun(0x0105000000000000ull), kInvalidLun);  // peripheral, bus 1
    QCOMPARE(decodeLun(0x8005000000000000ull), kInvalidLun);  // logical unit addressing
    QCOMPARE(decodeLun(0xc005000000000000ull), kInvalidLun);  // extended addressing
}

void TestPduCodec::writerLayoutPaddingAndLittleEndianDigests()
{
    std::vector<uint8_t> out{0xaa};  // appends, keeps what was there
    const auto data = bytesOf("hello");
    appendPdu(out, commandHeader(1), data, {true, true});
    QCOMPARE(out.size(), size_t(1 + 48 + 4 + 8 + 4));
    QCOMPARE(out[0], uint8_t(0xaa));
    const uint8_t* p = out.data() + 1;
    QCOMPARE(uint32_t(p[5] << 16 | p[6] << 8 | p[7]), 5u);  // DataSegmentLength without padding
    const uint32_t hd = crc32c(p, 48);
    QCOMPARE(p[48], uint8_t(hd));
    QCOMPARE(p[51], uint8_t(hd >> 24));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(p + 52), 8), QByteArray("hello\0\0\0", 8));
    QCOMPARE(loadDigest(p + 60), crc32c(p + 52, 8));  // over data and padding
}

void TestPduCodec::writerOmitsDataDigestWithoutData()
{
    std::vector<uint8_t> out;
    appendPdu(out, commandHeader(1), {}, {false, true});
    QCOMPARE(out.size(), size_t(48));
}

void TestPduCodec::readerByteByByte()
{
    std::vector<uint8_t> wire;
    const auto data = bytesOf("abcdefg");
    appendPdu(wire, commandHeader(42), data, {});
    QCOMPARE(wire.size(), size_t(56));
    PduReader reader;
    for (size_t i = 0; i < wire.size(); ++i) {
        QCOMPARE(reader.next().kind, ReadResult::NeedMore);
        reader.feed(std::span(&wire[i], 1));
    }
    QCOMPARE(reader.buffered(), wire.size());
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::Ready);
    QCOMPARE(r.pdu.bhs.itt(), 42u);
    QCOMPARE(r.pdu.bhs.opcode(), Opcode::ScsiCommand);
    QVERIFY(r.pdu.data == data);
    QVERIFY(r.pdu.ahs.empty());
    QCOMPARE(reader.buffered(), size_t(0));
    QCOMPARE(reader.next().kind, ReadResult::NeedMore);
}

void TestPduCodec::readerSeveralPdusInOneFeed()
{
    std::vector<uint8_t> wire;
    for (uint32_t i = 0; i < 3; ++i) {
        std::vector<uint8_t> data(i * 3, uint8_t(i));
        appendPdu(wire, commandHeader(i), data, {});
    }
    PduReader reader;
    reader.feed(wire);
    for (uint32_t i = 0; i < 3; ++i) {
        ReadResult r = reader.next();
        QCOMPARE(r.kind, ReadResult::Ready);
        QCOMPARE(r.pdu.bhs.itt(), i);
        QCOMPARE(r.pdu.data.size(), size_t(i * 3));
    }
    QCOMPARE(reader.next().kind, ReadResult::NeedMore);
}

void TestPduCodec::readerDigestsRoundTrip()
{
    std::vector<uint8_t> wire;
    const auto data = bytesOf("0123456789");
    appendPdu(wire, commandHeader(9), data, {true, true});
    appendPdu(wire, commandHeader(10), {}, {true, true});
    PduReader reader;
    reader.setLimits({true, true, 8192});
    reader.feed(wire);
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::Ready);
    QVERIFY(r.pdu.data == data);
    r = reader.next();
    QCOMPARE(r.kind, ReadResult::Ready);
    QCOMPARE(r.pdu.bhs.itt(), 10u);
    // The same bytes without digests enabled do not frame the same way.
    PduReader plain;
    plain.feed(wire);
    QCOMPARE(plain.next().kind, ReadResult::Ready);
    QVERIFY(plain.next().pdu.bhs.itt() != 10u);
}

void TestPduCodec::readerHeaderDigestMismatchIsFatal()
{
    std::vector<uint8_t> wire;
    appendPdu(wire, commandHeader(1), bytesOf("x"), {true, false});
    wire[20] ^= 1;
    PduReader reader;
    reader.setLimits({true, false, 8192});
    reader.feed(wire);
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::Fatal);
    QCOMPARE(r.error, FramingError::HeaderDigest);
    std::vector<uint8_t> good;
    appendPdu(good, commandHeader(2), {}, {true, false});
    reader.feed(good);
    QCOMPARE(reader.next().kind, ReadResult::Fatal);  // stays failed
}

void TestPduCodec::readerDataDigestMismatchKeepsHeader()
{
    std::vector<uint8_t> wire;
    appendPdu(wire, commandHeader(77), bytesOf("payload"), {true, true});
    wire[48 + 4 + 2] ^= 0x10;  // corrupt data
    appendPdu(wire, commandHeader(78), bytesOf("ok"), {true, true});
    PduReader reader;
    reader.setLimits({true, true, 8192});
    reader.feed(wire);
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::DataDigestError);
    QCOMPARE(r.pdu.bhs.itt(), 77u);
    r = reader.next();  // the stream continues after the bad PDU
    QCOMPARE(r.kind, ReadResult::Ready);
    QCOMPARE(r.pdu.bhs.itt(), 78u);
}

void TestPduCodec::readerAhs()
{
    std::vector<uint8_t> wire;
    const std::vector<uint8_t> ahs{0, 5, 1, 0, 1, 2, 3, 4, 5, 0, 0, 0};  // extended CDB style AHS
    appendPdu(wire, commandHeader(3), bytesOf("data"), {true, true}, ahs);
    QCOMPARE(wire[4], uint8_t(3));
    PduReader reader;
    reader.setLimits({true, true, 8192});
    for (uint8_t b : wire) reader.feed(std::span(&b, 1));
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::Ready);
    QVERIFY(r.pdu.ahs == ahs);
    QVERIFY(r.pdu.data == bytesOf("data"));
}

void TestPduCodec::readerOversizedDataSegment()
{
    Bhs b = commandHeader(5);
    b.setDataSegmentLength(8193);
    PduReader reader;  // default limit 8192 (login)
    reader.feed(b.bytes);
    ReadResult r = reader.next();
    QCOMPARE(r.kind, ReadResult::Fatal);
    QCOMPARE(r.error, FramingError::DataTooLong);
    QVERIFY(!r.message.empty());

    PduReader big;
    big.setLimits({false, false, 65536});
    big.feed(b.bytes);
    QCOMPARE(big.next().kind, ReadResult::NeedMore);  // now within limits, waits for data
}

void TestPduCodec::readerLongStreamInSmallChunks()
{
    std::vector<uint8_t> wire;
    std::mt19937 rng(1);
    const uint32_t count = 5000;
    for (uint32_t i = 0; i < count; ++i) {
        std::vector<uint8_t> data(rng() % 300, uint8_t(i));
        appendPdu(wire, commandHeader(i), data, {true, true});
    }
    PduReader reader;
    reader.setLimits({true, true, 8192});
    uint32_t expected = 0;
    for (size_t at = 0; at < wire.size();) {
        const size_t n = std::min<size_t>(1 + rng() % 700, wire.size() - at);
        reader.feed(std::span(wire.data() + at, n));
        at += n;
        for (;;) {
            ReadResult r = reader.next();
            if (r.kind == ReadResult::NeedMore) break;
            QCOMPARE(r.kind, ReadResult::Ready);
            QCOMPARE(r.pdu.bhs.itt(), expected);
            QVERIFY(std::all_of(r.pdu.data.begin(), r.pdu.data.end(), [&](uint8_t v) { return v == uint8_t(expected); }));
            ++expected;
        }
    }
    QCOMPARE(expected, count);
    QCOMPARE(reader.buffered(), size_t(0));
}

QTEST_APPLESS_MAIN(TestPduCodec)
#include "test_pdu_codec.moc"
