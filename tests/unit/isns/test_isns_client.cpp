// iSNS (RFC 4171): the iSNSP codec and registration messages, and the client
// against a scripted in-process server (registration after connect, SCN
// registration, re-registration after a change, ESI answered, deregistration
// at shutdown, back-off while the server is unreachable).
#include "isns/isns_client.h"
#include "isns/isns_pdu.h"
#include "isns/isns_registration.h"
#include "scsi/cdb.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace storlab;
using namespace storlab::isns;

namespace {

EntityView view(std::vector<RegisteredNode> nodes)
{
    EntityView v;
    v.portals = {{"127.0.0.1", 3260}};
    v.nodes = std::move(nodes);
    return v;
}

std::vector<uint32_t> tags(const Message& m)
{
    std::vector<uint32_t> out;
    for (const Attribute& a : m.attributes)
        out.push_back(a.tag);
    return out;
}

// A scripted iSNS server: answers every request with status `status` and keeps them.
class FakeServer : public QObject {
public:
    uint32_t status = Success;
    std::vector<Message> received;
    QTcpServer server;
    QTcpSocket* client = nullptr;
    FrameReader reader;

    FakeServer()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            client = server.nextPendingConnection();
            reader = FrameReader{};
            connect(client, &QTcpSocket::readyRead, this, [this] {
                const QByteArray b = client->readAll();
                reader.append(reinterpret_cast<const uint8_t*>(b.constData()), size_t(b.size()));
                std::string error;
                while (auto m = reader.next(&error)) {
                    received.push_back(*m);
                    Message reply;
                    reply.function = uint16_t(m->function | kResponse);
                    reply.flags = FromServer | FirstPdu | LastPdu;
                    reply.transaction = m->transaction;
                    reply.hasStatus = true;
                    reply.status = status;
                    if (m->function == DevAttrQry && status == Success)
                        reply.attributes = {m->attributes[1], Attribute::empty(Delimiter), m->attributes[1]};
                    const auto bytes = reply.encode();
                    client->write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
                }
            });
        });
    }
    size_t count(uint16_t function) const
    {
        return size_t(std::count_if(received.begin(), received.end(), [&](const Message& m) { return m.function == function; }));
    }
};

} // namespace

class TestIsnsClient : public QObject {
    Q_OBJECT
private slots:
    void attributesEncodeAsRfc4171Says()
    {
        const Attribute s = Attribute::string(IscsiName, "iqn.x");
        QCOMPARE(s.value.size(), size_t(6));   // NUL-terminated
        Message m;
        m.function = DevAttrReg;
        m.transaction = 7;
        m.attributes = {s, Attribute::u32(PortalPort, 3260)};
        const auto bytes = m.encode();
        QCOMPARE(bytes.size(), size_t(12 + 8 + 8 + 8 + 4));   // header, "iqn.x\0" padded to 8, u32
        QCOMPARE(scsi::be16(&bytes[0]), uint16_t(1));
        QCOMPARE(scsi::be16(&bytes[4]), uint16_t(bytes.size() - 12));
        QCOMPARE(scsi::be16(&bytes[6]), uint16_t(FromClient | FirstPdu | LastPdu));
        QCOMPARE(scsi::be32(&bytes[12 + 4]), uint32_t(8));
        const auto ip = Attribute::address(PortalIpAddress, "10.1.2.3");
        QVERIFY(ip);
        QCOMPARE(ip->value[10], uint8_t(0xFF));
        QCOMPARE(ip->value[15], uint8_t(3));
        QVERIFY(!Attribute::address(PortalIpAddress, "not-an-ip"));
        FrameReader r;
        r.append(bytes.data(), 5);
        std::string error;
        QVERIFY(!r.next(&error) && error.empty());
        r.append(bytes.data() + 5, bytes.size() - 5);
        const auto back = r.next(&error);
        QVERIFY(back);
        QCOMPARE(back->transaction, uint16_t(7));
        QCOMPARE(back->find(IscsiName)->asString(), std::string("iqn.x"));
        QCOMPARE(back->find(PortalPort)->asU32(), uint32_t(3260));
    }

    void malformedStreamIsAnError()
    {
        std::vector<uint8_t> bad(12, 0);
        bad[1] = 2;   // version 2
        FrameReader r;
        r.append(bad.data(), bad.size());
        std::string error;
        QVERIFY(!r.next(&error));
        QVERIFY(!error.empty());
        // An attribute running past the message.
        Message m;
        m.function = DevAttrReg;
        m.attributes = {Attribute::u32(PortalPort, 1)};
        auto bytes = m.encode();
        scsi::put32(&bytes[12 + 4], 400);
        FrameReader r2;
        r2.append(bytes.data(), bytes.size());
        QVERIFY(!r2.next(&error));
        QVERIFY(error.find("runs past") != std::string::npos);
    }

    void registrationCarriesEntityPortalNodeAndGroup()
    {
        EntityView v = view({{"iqn.2026-11.t:a", "alias a", 5}, {"iqn.2026-11.t:b", "", 1}});
        v.entityId = "storlab:test";
        v.esiPort = 4000;
        v.esiInterval = 30;
        const Message m = registration(v, "iqn.2026-11.t:a", 3);
        QVERIFY(m.flags & Replace);
        const std::vector<uint32_t> expected{IscsiName, EntityIdentifier, Delimiter, EntityIdentifier, EntityProtocol,
                                             PortalIpAddress, PortalPort, EsiInterval, EsiPort, ScnPort,
                                             IscsiName, IscsiNodeType, IscsiAlias, IscsiName, IscsiNodeType,
                                             PgIscsiName, PgPortalIpAddress, PgPortalPort, PgTag,
                                             PgIscsiName, PgPortalIpAddress, PgPortalPort, PgTag};
        QVERIFY(tags(m) == expected);
        QCOMPARE(m.attributes.back().asU32(), uint32_t(1));
        QCOMPARE(m.attributes[18].asU32(), uint32_t(5));   // tpgt of node a
        const Message d = entityDeregistration("storlab:test", "iqn.2026-11.t:a", 4);
        QCOMPARE(d.function, uint16_t(DevDereg));
        QCOMPARE(d.operating().at(0).asString(), std::string("storlab:test"));
        Message esi;
        esi.function = ESI;
        esi.transaction = 9;
        esi.attributes = {Attribute::string(EntityIdentifier, "storlab:test")};
        const Message reply = replyTo(esi);
        QCOMPARE(reply.function, uint16_t(ESI | kResponse));
        QCOMPARE(reply.transaction, uint16_t(9));
        QVERIFY(reply.hasStatus && reply.status == Success);
        QCOMPARE(reply.attributes.size(), size_t(1));
    }

    void clientRegistersUpdatesAndDeregisters()
    {
        FakeServer server;
        std::vector<RegisteredNode> nodes{{"iqn.2026-11.t:a", "", 1}};
        IsnsClient client(QStringLiteral("storlab:unit"), [&] { return view(nodes); });
        client.configure({QStringLiteral("127.0.0.1"), server.server.serverPort(), true, false});
        QTRY_COMPARE_WITH_TIMEOUT(server.count(DevAttrReg), size_t(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server.count(SCNReg), size_t(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().value(QStringLiteral("state")).toString(), QStringLiteral("registered"), 10000);
        const Message& reg = server.received.front();
        QCOMPARE(reg.find(EntityIdentifier)->asString(), std::string("storlab:unit"));
        QVERIFY(reg.find(ScnPort) && reg.find(EsiPort));
        // A second target: registered again, with an SCN registration for the new node only.
        nodes.push_back({"iqn.2026-11.t:b", "", 1});
        client.changed();
        QTRY_COMPARE_WITH_TIMEOUT(server.count(DevAttrReg), size_t(2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server.count(SCNReg), size_t(2), 10000);
        // A target removed: its node is deregistered by itself.
        nodes.erase(nodes.begin());
        client.changed();
        QTRY_COMPARE_WITH_TIMEOUT(server.count(DevDereg), size_t(1), 10000);
        QCOMPARE(server.received.back().function, uint16_t(DevAttrReg));
        // ESI on the client's ESI port is answered.
        const quint16 esiPort = quint16(client.status().value(QStringLiteral("esiPort")).toInt());
        QVERIFY(esiPort);
        QTcpSocket esi;
        esi.connectToHost(QHostAddress::LocalHost, esiPort);
        QVERIFY(esi.waitForConnected(5000));
        Message ping;
        ping.function = ESI;
        ping.flags = FromServer | FirstPdu | LastPdu;
        ping.transaction = 77;
        ping.attributes = {Attribute::string(EntityIdentifier, "storlab:unit")};
        const auto bytes = ping.encode();
        esi.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
        FrameReader reader;
        std::optional<Message> answer;
        std::string error;
        for (int i = 0; i < 100 && !answer && error.empty(); ++i) {   // bounded: 10 s
            QTest::qWait(100);
            const QByteArray b = esi.readAll();
            reader.append(reinterpret_cast<const uint8_t*>(b.constData()), size_t(b.size()));
            answer = reader.next(&error);
        }
        QVERIFY2(answer, error.c_str());
        QCOMPARE(answer->function, uint16_t(ESI | kResponse));
        QCOMPARE(answer->transaction, uint16_t(77));
        QCOMPARE(client.status().value(QStringLiteral("esiAnswered")).toInt(), 1);
        // Shutdown deregisters the entity.
        const size_t before = server.count(DevDereg);
        client.shutdown(std::chrono::milliseconds(500));   // the fake server answers only once this returns
        QTRY_COMPARE_WITH_TIMEOUT(server.count(DevDereg), before + 1, 10000);
        QCOMPARE(server.received.back().operating().at(0).tag, uint32_t(EntityIdentifier));
    }

    void refusedRegistrationAndUnreachableServerRetry()
    {
        FakeServer server;
        server.status = InvalidRegistration;
        IsnsClient client(QStringLiteral("storlab:unit"), [] { return view({{"iqn.2026-11.t:a", "", 1}}); });
        client.configure({QStringLiteral("127.0.0.1"), server.server.serverPort(), true, false});
        QTRY_COMPARE_WITH_TIMEOUT(client.status().value(QStringLiteral("state")).toString(), QStringLiteral("retrying"), 10000);
        QVERIFY(client.status().value(QStringLiteral("lastError")).toString().contains(QLatin1String("Invalid Registration")));
        server.status = Success;
        QTRY_COMPARE_WITH_TIMEOUT(client.status().value(QStringLiteral("state")).toString(), QStringLiteral("registered"), 15000);
        // Nobody listening: retried, the back-off grows, the event loop keeps running.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 dead = probe.serverPort();
        probe.close();
        IsnsClient lost(QStringLiteral("storlab:lost"), [] { return view({{"iqn.2026-11.t:a", "", 1}}); });
        lost.configure({QStringLiteral("127.0.0.1"), dead, true, false});
        QTRY_COMPARE_WITH_TIMEOUT(lost.status().value(QStringLiteral("state")).toString(), QStringLiteral("retrying"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lost.status().value(QStringLiteral("retryInSeconds")).toInt() >= 2, 10000);
        lost.configure({QStringLiteral("127.0.0.1"), dead, false, false});
        QCOMPARE(lost.status().value(QStringLiteral("state")).toString(), QStringLiteral("off"));
    }
};

QTEST_GUILESS_MAIN(TestIsnsClient)
#include "test_isns_client.moc"
