// The pass-through unit's parts that need no SCSI device: the ScsiTask <->
// sg_io_hdr (v3) / sg_io_v4 mapping, the command timeouts read from REPORT
// SUPPORTED OPERATION CODES (SPC-4 §6.35), and the refusal of paths that are
// not SCSI generic nodes. A real device is passed through in
// tests/clients/test_passthrough_vm.sh.
#include "scsi/passthrough_timeouts.h"
#include "scsi/scsi_generic_node.h"
#include "scsi/sg_io_mapping.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace storlab::scsi;

namespace {

std::shared_ptr<ScsiTask> readTask(uint32_t length)
{
    auto t = std::make_shared<ScsiTask>();
    const uint8_t cdb[10] = {0x28, 0, 0, 0, 0x10, 0, 0, 0, 8, 0};   // READ(10) LBA 16, 8 blocks
    std::memcpy(t->cdb.data(), cdb, sizeof cdb);
    t->cdbLength = 10;
    t->readFlag = true;
    t->expectedDataInLength = length;
    return t;
}

std::shared_ptr<ScsiTask> writeTask(std::vector<uint8_t> data)
{
    auto t = std::make_shared<ScsiTask>();
    const uint8_t cdb[6] = {0x0A, 0x01, 0, 0, 2, 0};   // SSC WRITE(6), fixed, 2 blocks
    std::memcpy(t->cdb.data(), cdb, sizeof cdb);
    t->cdbLength = 6;
    t->writeFlag = true;
    t->expectedDataOutLength = uint32_t(data.size());
    t->dataOut = std::move(data);
    return t;
}

std::optional<ParsedSense> senseOf(const ScsiTask& t) { return parseSense(t.sense); }

} // namespace

class TestSgPassthrough : public QObject {
    Q_OBJECT
private slots:
    void v3ReadFillsFromDeviceHeader()
    {
        auto t = readTask(4096);
        SgBuffers b;
        sg_io_hdr h;
        QVERIFY(!fillSgIoV3(h, *t, b, 30000));
        QCOMPARE(h.interface_id, int('S'));
        QCOMPARE(h.dxfer_direction, SG_DXFER_FROM_DEV);
        QCOMPARE(h.cmd_len, (unsigned char)10);
        QCOMPARE(static_cast<const void*>(h.cmdp), static_cast<const void*>(t->cdb.data()));
        QCOMPARE(h.dxfer_len, 4096u);
        QCOMPARE(t->dataIn.size(), size_t(4096));
        QCOMPARE(h.dxferp, static_cast<void*>(t->dataIn.data()));
        QCOMPARE(h.sbp, b.sense);
        QCOMPARE(int(h.mx_sb_len), int(kPassthroughSenseMax));
        QCOMPARE(h.timeout, 30000u);
    }
    void v3WriteAndNoData()
    {
        auto w = writeTask(std::vector<uint8_t>(1024, 0x5A));
        SgBuffers b;
        sg_io_hdr h;
        QVERIFY(!fillSgIoV3(h, *w, b, 1000));
        QCOMPARE(h.dxfer_direction, SG_DXFER_TO_DEV);
        QCOMPARE(h.dxfer_len, 1024u);
        QCOMPARE(h.dxferp, static_cast<void*>(w->dataOut.data()));
        QCOMPARE(h.cmd_len, (unsigned char)6);
        auto tur = std::make_shared<ScsiTask>();   // TEST UNIT READY, cdbLength from the group code
        QVERIFY(!fillSgIoV3(h, *tur, b, 1000));
        QCOMPARE(h.dxfer_direction, SG_DXFER_NONE);
        QCOMPARE(h.cmd_len, (unsigned char)6);
        QCOMPARE(h.dxfer_len, 0u);
    }
    void bidirectionalRefusedByBoth()
    {
        auto t = writeTask(std::vector<uint8_t>(512, 1));
        t->readFlag = true;
        t->expectedDataInLength = 512;
        SgBuffers b;
        sg_io_hdr h3;
        sg_io_v4 h4;
        auto r3 = fillSgIoV3(h3, *t, b, 1000);
        auto r4 = fillSgIoV4(h4, *t, b, 1000);
        QVERIFY(r3 && r4);
        QCOMPARE(r3->condition, Sense::InvalidFieldInCdb);
        applyRefusal(*r3, *t);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t)->key, sensekey::IllegalRequest);
        QCOMPARE(senseOf(*t)->asc, uint8_t(0x24));
    }
    void v4FillsBsgHeader()
    {
        auto r = readTask(512);
        SgBuffers b;
        sg_io_v4 h;
        QVERIFY(!fillSgIoV4(h, *r, b, 5000));
        QCOMPARE(h.guard, int('Q'));
        QCOMPARE(h.protocol, uint32_t(BSG_PROTOCOL_SCSI));
        QCOMPARE(h.subprotocol, uint32_t(BSG_SUB_PROTOCOL_SCSI_CMD));
        QCOMPARE(h.request, uint64_t(reinterpret_cast<uintptr_t>(r->cdb.data())));
        QCOMPARE(h.request_len, 10u);
        QCOMPARE(h.din_xfer_len, 512u);
        QCOMPARE(h.din_xferp, uint64_t(reinterpret_cast<uintptr_t>(r->dataIn.data())));
        QCOMPARE(h.dout_xfer_len, 0u);
        QCOMPARE(h.response, uint64_t(reinterpret_cast<uintptr_t>(b.sense)));
        QCOMPARE(h.max_response_len, uint32_t(kPassthroughSenseMax));
        QCOMPARE(h.timeout, 5000u);
        auto w = writeTask(std::vector<uint8_t>(2048, 7));
        QVERIFY(!fillSgIoV4(h, *w, b, 5000));
        QCOMPARE(h.dout_xfer_len, 2048u);
        QCOMPARE(h.dout_xferp, uint64_t(reinterpret_cast<uintptr_t>(w->dataOut.data())));
        QCOMPARE(h.din_xfer_len, 0u);
    }
    // The device's status, sense bytes (any format, any code) and data go
    // back untouched; the residual trims Data-In.
    void deviceAnswerReturnedUnchanged()
    {
        auto t = readTask(64);
        SgBuffers b;
        sg_io_hdr h;
        QVERIFY(!fillSgIoV3(h, *t, b, 1000));
        for (size_t i = 0; i < 64; ++i)
            t->dataIn[i] = uint8_t(i);
        // A vendor-specific descriptor-format sense a storlab unit never builds.
        const uint8_t sense[] = {0x72, 0x03, 0x81, 0x42, 0, 0, 0, 0};
        std::memcpy(b.sense, sense, sizeof sense);
        h.status = status::CheckCondition;
        h.masked_status = status::CheckCondition >> 1;
        h.driver_status = 0x08;   // DRIVER_SENSE
        h.sb_len_wr = sizeof sense;
        h.resid = 24;
        applySgAnswer(answerOfV3(h), b, *t);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(t->sense, std::vector<uint8_t>(sense, sense + sizeof sense));
        QCOMPARE(t->dataIn.size(), size_t(40));
        QCOMPARE(t->dataIn[39], uint8_t(39));

        auto g = readTask(96);
        sg_io_v4 h4;
        QVERIFY(!fillSgIoV4(h4, *g, b, 1000));
        h4.device_status = status::Good;
        h4.din_resid = 60;
        h4.response_len = 0;
        applySgAnswer(answerOfV4(h4), b, *g);
        QCOMPARE(g->status, status::Good);
        QVERIFY(g->sense.empty());
        QCOMPARE(g->dataIn.size(), size_t(36));

        auto busy = readTask(8);   // BUSY / TASK SET FULL: the device's own status byte
        QVERIFY(!fillSgIoV3(h, *busy, b, 1000));
        h.status = status::TaskSetFull;
        h.sb_len_wr = 0;
        h.resid = 8;
        h.driver_status = 0;
        applySgAnswer(answerOfV3(h), b, *busy);
        QCOMPARE(busy->status, status::TaskSetFull);
        QVERIFY(busy->dataIn.empty());
    }
    // No answer from the device: a retryable ABORTED COMMAND of our own.
    void pathFailuresBecomeCommunicationSense()
    {
        SgBuffers b;
        sg_io_hdr h;
        auto timedOut = readTask(512);
        QVERIFY(!fillSgIoV3(h, *timedOut, b, 1000));
        h.host_status = 0x03;   // DID_TIME_OUT
        applySgAnswer(answerOfV3(h), b, *timedOut);
        QCOMPARE(timedOut->status, status::CheckCondition);
        QVERIFY(timedOut->dataIn.empty());
        QCOMPARE(senseOf(*timedOut)->key, sensekey::AbortedCommand);
        QCOMPARE(senseOf(*timedOut)->asc, uint8_t(0x08));
        QCOMPARE(senseOf(*timedOut)->ascq, uint8_t(0x01));

        auto gone = readTask(512);
        sg_io_v4 h4;
        QVERIFY(!fillSgIoV4(h4, *gone, b, 1000));
        h4.transport_status = 0x01;   // DID_NO_CONNECT
        applySgAnswer(answerOfV4(h4), b, *gone);
        QCOMPARE(senseOf(*gone)->key, sensekey::AbortedCommand);
        QCOMPARE(senseOf(*gone)->asc, uint8_t(0x08));
        QCOMPARE(senseOf(*gone)->ascq, uint8_t(0x00));

        auto refused = readTask(512);
        applySgIoFailure(ENODEV, *refused, true);
        QCOMPARE(refused->sense[0], uint8_t(0x72));   // the unit's own sense follows D_SENSE
        QCOMPARE(senseOf(*refused)->asc, uint8_t(0x08));
    }
    void timeoutsFromReportedOperationCodes()
    {
        // REPORT SUPPORTED OPERATION CODES, all commands, RCTD = 1 (SPC-4 §6.35.3):
        // READ(10) with a 25 s recommended timeout, MAINTENANCE IN / 0Ch with
        // only a nominal 7 s, and WRITE(10) without a timeouts descriptor.
        std::vector<uint8_t> d(4);
        auto descriptor = [&](uint8_t op, uint16_t sa, bool servactv, bool ctdp, uint32_t nominal, uint32_t recommended) {
            const uint8_t head[8] = {op, 0, uint8_t(sa >> 8), uint8_t(sa), 0, uint8_t((ctdp ? 2 : 0) | (servactv ? 1 : 0)), 0, 10};
            d.insert(d.end(), head, head + 8);
            if (ctdp) {
                const uint8_t t[12] = {0, 0x0A, 0, 0, uint8_t(nominal >> 24), uint8_t(nominal >> 16), uint8_t(nominal >> 8), uint8_t(nominal),
                                       uint8_t(recommended >> 24), uint8_t(recommended >> 16), uint8_t(recommended >> 8), uint8_t(recommended)};
                d.insert(d.end(), t, t + 12);
            }
        };
        descriptor(0x28, 0, false, true, 10, 25);
        descriptor(0xA3, 0x0C, true, true, 7, 0);
        descriptor(0x2A, 0, false, false, 0, 0);
        const uint32_t length = uint32_t(d.size() - 4);
        d[0] = uint8_t(length >> 24); d[1] = uint8_t(length >> 16); d[2] = uint8_t(length >> 8); d[3] = uint8_t(length);
        d.insert(d.end(), {0xDE, 0xAD});   // past COMMAND DATA LENGTH: ignored

        PassthroughTimeouts disk(0x00, 60);
        QCOMPARE(disk.learnFromReportedOperationCodes(d), size_t(2));
        const uint8_t read10[10] = {0x28};
        const uint8_t write10[10] = {0x2A};
        const uint8_t rsoc[12] = {0xA3, 0x0C};
        const uint8_t otherSa[12] = {0xA3, 0x0A};   // REPORT TARGET PORT GROUPS: not timed by the device
        const uint8_t format[6] = {0x04};
        QCOMPARE(disk.secondsFor(read10), 25u);
        QCOMPARE(disk.millisecondsFor(read10), 25000u);
        QCOMPARE(disk.secondsFor(rsoc), 7u);
        QCOMPARE(disk.secondsFor(otherSa), 60u);
        QCOMPARE(disk.secondsFor(write10), 60u);
        QCOMPARE(disk.secondsFor(format), 4u * 3600);

        // A descriptor cut short keeps what came before it.
        std::vector<uint8_t> cut(d.begin(), d.begin() + 4 + 20 + 10);
        PassthroughTimeouts partial(0x00, 60);
        QCOMPARE(partial.learnFromReportedOperationCodes(cut), size_t(1));
        QCOMPARE(partial.learnFromReportedOperationCodes({}), size_t(0));
    }
    void builtInTimeoutsByDeviceType()
    {
        const uint8_t rewind[6] = {0x01};
        const uint8_t read6[6] = {0x08};
        const uint8_t move[12] = {0xA5};
        const uint8_t inquiry[6] = {0x12};
        PassthroughTimeouts tape(0x01, 30);
        QCOMPARE(tape.secondsFor(rewind), 4u * 3600);
        QCOMPARE(tape.secondsFor(read6), 900u);
        QCOMPARE(tape.secondsFor(inquiry), 30u);
        PassthroughTimeouts changer(0x08, 30);
        QCOMPARE(changer.secondsFor(move), 900u);
        QCOMPARE(changer.secondsFor(rewind), 30u);   // 01h is not REWIND on a changer
        PassthroughTimeouts disk(0x00, 120);
        QCOMPARE(disk.secondsFor(rewind), 120u);
    }
    // Paths that are not SCSI generic nodes are refused with the path in the
    // message, and leave nothing open or marked in use.
    void refusesWhatIsNotAScsiGenericNode()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("plain")).toStdString();
        {
            QFile plain(QString::fromStdString(file));
            QVERIFY(plain.open(QIODevice::WriteOnly));
        }
        struct Case {
            SgInterface interface;
            std::string path;
            const char* expected;
        } cases[] = {
            {SgInterface::Sg, "", "path: missing: the sg store passes through a SCSI generic node such as /dev/sgN"},
            {SgInterface::Bsg, "", "path: missing: the bsg store passes through a SCSI generic node such as /dev/bsg/H:C:T:L"},
            {SgInterface::Sg, dir.filePath(QStringLiteral("absent")).toStdString(), "No such file or directory"},
            {SgInterface::Sg, file, "is not a character device"},
            {SgInterface::Sg, "/dev/null", "/dev/null is not a SCSI generic (sg) node (character major 1, sg is 21)"},
            {SgInterface::Bsg, "/dev/null", "/dev/null is not a block SCSI generic (bsg) node"},
        };
        for (int round = 0; round < 2; ++round) {
            for (const Case& c : cases) {
                auto r = ScsiGenericNode::open(c.interface, c.path);
                QVERIFY(!r.ok());
                const std::string& m = r.error().message;
                QVERIFY2(m.rfind("path: ", 0) == 0, m.c_str());
                QVERIFY2(m.find(c.expected) != std::string::npos, m.c_str());
                QVERIFY2(c.path.empty() || m.find(c.path) != std::string::npos, m.c_str());
            }
        }
        auto named = ScsiGenericNode::open(SgInterface::Sg, "/dev/null", "params.path");
        QVERIFY(named.error().message.rfind("params.path: ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestSgPassthrough)
#include "test_sg_passthrough.moc"
