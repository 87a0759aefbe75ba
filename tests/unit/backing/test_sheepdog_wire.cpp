// The sheepdog wire format (sheepdog_wire.h) without a cluster: header
// layout, object ids, and tgt's backing-store address forms. The store
// itself talks to tests/clients/sheepdog_server.py in test_sheepdog.sh.
#include "backing/sheepdog_wire.h"

#include <QTest>

using namespace storlab::backing::sheepdog;

class TestSheepdogWire : public QObject {
    Q_OBJECT
private slots:
    void objectIds()
    {
        QCOMPARE(inodeOid(0x7c2b25), 0x80000000'00000000ull | (0x7c2b25ull << 32));
        QCOMPARE(dataOid(0x7c2b25, 3), (0x7c2b25ull << 32) | 3);
        QCOMPARE(kInodeHeaderSize, size_t(256 + 256 + 5 * 8 + 2 + 1 + 1 + 3 * 4 + 1024 * 4));
    }
    void requestHeaderLayout()
    {
        Request r;
        r.opcode = op::CreateAndWriteObj;
        r.flags = flag::CmdWrite | flag::CmdCow;
        r.id = 0x01020304;
        r.dataLength = 4096;
        r.oid = 0x1122334455667788ull;
        r.cowOid = 0x0102030405060708ull;
        r.objectOffset = 0x00400000 - 4096;
        const auto h = encodeRequest(r);
        QCOMPARE(h.size(), size_t(48));
        QCOMPARE(h[0], kProtocolVersion);
        QCOMPARE(h[1], uint8_t(0x01));
        QCOMPARE(h[2], uint8_t(0x03));            // flags, little-endian
        QCOMPARE(h[3], uint8_t(0x00));
        QCOMPARE(h[8], uint8_t(0x04));            // id
        QCOMPARE(h[11], uint8_t(0x01));
        QCOMPARE(h[12], uint8_t(0x00));           // data_length 4096 = 0x1000
        QCOMPARE(h[13], uint8_t(0x10));
        QCOMPARE(h[16], uint8_t(0x88));           // oid
        QCOMPARE(h[23], uint8_t(0x11));
        QCOMPARE(h[24], uint8_t(0x08));           // cow_oid
        QCOMPARE(h[40], uint8_t(0x00));           // offset 0x3ff000
        QCOMPARE(h[41], uint8_t(0xF0));
        QCOMPARE(h[42], uint8_t(0x3F));
        Request lookup;
        lookup.opcode = op::GetVdiInfo;
        lookup.snapId = 7;
        const auto l = encodeRequest(lookup);
        QCOMPARE(l[32], uint8_t(7));
        QCOMPARE(l[16], uint8_t(0));
    }
    void responseHeader()
    {
        uint8_t h[48] = {};
        h[1] = op::GetVdiInfo;
        h[8] = 9;
        h[12] = 0x00; h[13] = 0x02;   // data_length 512
        h[16] = result::NoVdi;
        h[24] = 0x25; h[25] = 0x2b; h[26] = 0x7c;
        const Response r = decodeResponse(h);
        QCOMPARE(r.id, 9u);
        QCOMPARE(r.dataLength, 512u);
        QCOMPARE(r.result, result::NoVdi);
        QCOMPARE(r.vdiId, 0x7c2b25u);
        QCOMPARE(resultText(result::NoVdi), std::string("no VDI found"));
        QCOMPARE(resultText(0x42), std::string("sheepdog error 0x42"));
        QVERIFY(isTransient(result::WaitForJoin));
        QVERIFY(!isTransient(result::Eio));
    }
    void addressForms()
    {
        std::string error;
        auto plain = parseAddress("lab", &error);
        QVERIFY(plain && !plain->unixSocket);
        QCOMPARE(plain->host, std::string("localhost"));
        QCOMPARE(plain->port, uint16_t(7000));
        QCOMPARE(plain->vdi, std::string("lab"));
        auto unixForm = parseAddress("unix:/run/sheepdog/sock:disk1", &error);
        QVERIFY(unixForm && unixForm->unixSocket);
        QCOMPARE(unixForm->path, std::string("/run/sheepdog/sock"));
        QCOMPARE(unixForm->vdi, std::string("disk1"));
        QCOMPARE(unixForm->text(), std::string("unix:/run/sheepdog/sock"));
        auto tcp = parseAddress("tcp:10.0.0.5:7001:vm", &error);
        QVERIFY(tcp && !tcp->unixSocket);
        QCOMPARE(tcp->host, std::string("10.0.0.5"));
        QCOMPARE(tcp->port, uint16_t(7001));
        QCOMPARE(tcp->vdi, std::string("vm"));
        auto hostOnly = parseAddress("tcp:sheep1:vm", &error);
        QVERIFY(hostOnly);
        QCOMPARE(hostOnly->host, std::string("sheep1"));
        QCOMPARE(hostOnly->port, uint16_t(7000));
        for (const char* bad : {"", "unix:", "unix:/only-path", "tcp:h:99999:v", "tcp:h:7000:", "tcp::7000:v"}) {
            error.clear();
            QVERIFY2(!parseAddress(bad, &error), bad);
            QVERIFY2(error.find("forms: VDI, unix:SOCKET:VDI, tcp:HOST:PORT:VDI") != std::string::npos, error.c_str());
        }
        QVERIFY(!parseAddress(std::string(300, 'v'), &error));
        QVERIFY(error.find("longer than 255") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSheepdogWire)
#include "test_sheepdog_wire.moc"
