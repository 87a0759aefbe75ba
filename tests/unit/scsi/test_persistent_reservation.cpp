// Persistent reservations (SPC-4 §5.13) and RESERVE/RELEASE through a disk unit
// with two I_T nexuses, plus APTPL persistence.
#include "scsi_test_support.h"

#include "scsi/disk_unit.h"
#include "scsi/persistent_reservation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storlab;
using namespace storlab::scsi;
using namespace storlab::scsi::test;

namespace {

constexpr uint64_t kSize = 1ull << 20;

std::shared_ptr<LogicalUnit> makeUnit(const std::string& reservationFile = {})
{
    DiskConfig cfg;
    cfg.identity.serial = "PR0001";
    cfg.reservationFile = reservationFile;
    return makeDiskUnit(cfg, std::make_unique<MemStore>(kSize));
}

std::vector<uint8_t> proutCdb(uint8_t sa, uint8_t type = 0)
{
    std::vector<uint8_t> c(10, 0);
    c[0] = 0x5F;
    c[1] = sa;
    c[2] = type;
    put32(&c[5], 24);
    return c;
}

std::vector<uint8_t> proutParams(uint64_t key, uint64_t serviceKey, uint8_t flags = 0)
{
    std::vector<uint8_t> p(24, 0);
    put64(&p[0], key);
    put64(&p[8], serviceKey);
    p[20] = flags;
    return p;
}

std::shared_ptr<ScsiTask> prout(LogicalUnit& u, const std::shared_ptr<Nexus>& n, uint8_t sa, uint64_t key,
                                uint64_t serviceKey, uint8_t type = 0, uint8_t flags = 0)
{
    return runv(u, proutCdb(sa, type), proutParams(key, serviceKey, flags), n);
}

std::shared_ptr<ScsiTask> prin(LogicalUnit& u, const std::shared_ptr<Nexus>& n, uint8_t sa)
{
    return run(u, {0x5E, sa, 0, 0, 0, 0, 0, 0x10, 0, 0}, {}, n);
}

std::vector<uint64_t> readKeys(LogicalUnit& u, const std::shared_ptr<Nexus>& n)
{
    auto t = prin(u, n, 0x00);
    std::vector<uint64_t> keys;
    for (size_t i = 8; i + 8 <= t->dataIn.size(); i += 8)
        keys.push_back(be64(&t->dataIn[i]));
    return keys;
}

std::shared_ptr<ScsiTask> read1(LogicalUnit& u, const std::shared_ptr<Nexus>& n)
{
    return run(u, {0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0}, {}, n);
}

std::shared_ptr<ScsiTask> write1(LogicalUnit& u, const std::shared_ptr<Nexus>& n)
{
    return run(u, {0x2A, 0, 0, 0, 0, 0, 0, 0, 1, 0}, std::vector<uint8_t>(512, 0x5A), n);
}

constexpr uint8_t SaRegister = 0, SaReserve = 1, SaRelease = 2, SaClear = 3, SaPreempt = 4, SaRegisterIgnore = 6;

} // namespace

class TestPersistentReservation : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<LogicalUnit> unit;
    std::shared_ptr<Nexus> a = makeNexus(1, "iqn.2024-01.test:a");
    std::shared_ptr<Nexus> b = makeNexus(2, "iqn.2024-01.test:b");

private slots:
    void init()
    {
        unit = makeUnit();
        clearUnitAttention(*unit, a);
        clearUnitAttention(*unit, b);
    }

    void registerShowsKeyAndBumpsGeneration()
    {
        QCOMPARE(prout(*unit, a, SaRegister, 0, 0x1111)->status, status::Good);
        auto t = prin(*unit, a, 0x00);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be32(&t->dataIn[0]), uint32_t(1));
        QCOMPARE(readKeys(*unit, a), std::vector<uint64_t>{0x1111});
    }
    void reregisterWithWrongKeyConflicts()
    {
        QCOMPARE(prout(*unit, a, SaRegister, 0, 0x1111)->status, status::Good);
        QCOMPARE(prout(*unit, a, SaRegister, 0, 0x2222)->status, status::ReservationConflict);
        QCOMPARE(prout(*unit, a, SaRegisterIgnore, 0, 0x2222)->status, status::Good);
        QCOMPARE(readKeys(*unit, a), std::vector<uint64_t>{0x2222});
    }
    void unregisterRemovesKey()
    {
        prout(*unit, a, SaRegister, 0, 0x1111);
        QCOMPARE(prout(*unit, a, SaRegister, 0x1111, 0)->status, status::Good);
        QVERIFY(readKeys(*unit, a).empty());
    }
    void readKeysAllocationLengthKeepsAdditionalLength()
    {
        prout(*unit, a, SaRegister, 0, 0x1111);
        auto t = run(*unit, {0x5E, 0, 0, 0, 0, 0, 0, 0, 8, 0}, {}, a);
        QCOMPARE(t->dataIn.size(), size_t(8));
        QCOMPARE(be32(&t->dataIn[4]), uint32_t(8));
    }
    void reserveRequiresRegistration()
    {
        QCOMPARE(prout(*unit, a, SaReserve, 0x1111, 0, 0x01)->status, status::ReservationConflict);
    }
    void writeExclusiveBlocksOtherWritersOnly()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        QCOMPARE(prout(*unit, a, SaReserve, 0xA, 0, 0x01)->status, status::Good);
        auto r = prin(*unit, b, 0x01);
        QCOMPARE(be32(&r->dataIn[4]), uint32_t(16));
        QCOMPARE(be64(&r->dataIn[8]), uint64_t(0xA));
        QCOMPARE(r->dataIn[21] & 0x0F, 0x01);
        QCOMPARE(read1(*unit, b)->status, status::Good);
        QCOMPARE(write1(*unit, b)->status, status::ReservationConflict);
        QCOMPARE(write1(*unit, a)->status, status::Good);
    }
    void exclusiveAccessBlocksOtherReaders()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        QCOMPARE(prout(*unit, a, SaReserve, 0xA, 0, 0x03)->status, status::Good);
        QCOMPARE(read1(*unit, b)->status, status::ReservationConflict);
        QCOMPARE(read1(*unit, a)->status, status::Good);
        // INQUIRY and TEST UNIT READY are always allowed.
        QCOMPARE(run(*unit, {0x12, 0, 0, 0, 36, 0}, {}, b)->status, status::Good);
        QCOMPARE(run(*unit, {0x00, 0, 0, 0, 0, 0}, {}, b)->status, status::Good);
    }
    void registrantsOnlyAllowsRegisteredNexus()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        QCOMPARE(prout(*unit, a, SaReserve, 0xA, 0, 0x06)->status, status::Good); // EARO
        QCOMPARE(write1(*unit, b)->status, status::Good);
        prout(*unit, b, SaRegister, 0xB, 0);
        QCOMPARE(read1(*unit, b)->status, status::ReservationConflict);
    }
    void allRegistrantsReservationReportsKeyZero()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        QCOMPARE(prout(*unit, a, SaReserve, 0xA, 0, 0x08)->status, status::Good);
        auto r = prin(*unit, a, 0x01);
        QCOMPARE(be64(&r->dataIn[8]), uint64_t(0));
        QCOMPARE(r->dataIn[21] & 0x0F, 0x08);
    }
    void releaseWithWrongTypeIsInvalidRelease()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, a, SaReserve, 0xA, 0, 0x01);
        auto t = prout(*unit, a, SaRelease, 0xA, 0, 0x03);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x26));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x04));
        QCOMPARE(prout(*unit, a, SaRelease, 0xA, 0, 0x01)->status, status::Good);
        QCOMPARE(be32(&prin(*unit, a, 0x01)->dataIn[4]), uint32_t(0));
    }
    void holderUnregisteringReleasesRegistrantsOnlyReservation()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        prout(*unit, a, SaReserve, 0xA, 0, 0x05); // WERO
        prout(*unit, a, SaRegister, 0xA, 0);
        auto t = run(*unit, {0x00, 0, 0, 0, 0, 0}, {}, b);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x2A));
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x04)); // RESERVATIONS RELEASED
        auto r = prin(*unit, b, 0x01);
        QCOMPARE(r->status, status::Good);
        QCOMPARE(be32(&r->dataIn[4]), uint32_t(0));
    }
    void preemptRemovesOtherRegistrationAndTakesReservation()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        prout(*unit, a, SaReserve, 0xA, 0, 0x03);
        const uint32_t gen = be32(&prin(*unit, a, 0x00)->dataIn[0]);
        QCOMPARE(prout(*unit, b, SaPreempt, 0xB, 0xA, 0x01)->status, status::Good);
        QCOMPARE(readKeys(*unit, b), std::vector<uint64_t>{0xB});
        QCOMPARE(be32(&prin(*unit, b, 0x00)->dataIn[0]), gen + 1);
        auto r = prin(*unit, b, 0x01);
        QCOMPARE(be64(&r->dataIn[8]), uint64_t(0xB));
        QCOMPARE(r->dataIn[21] & 0x0F, 0x01);
        auto t = run(*unit, {0x00, 0, 0, 0, 0, 0}, {}, a);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).ascq, uint8_t(0x05)); // REGISTRATIONS PREEMPTED
        QCOMPARE(write1(*unit, a)->status, status::ReservationConflict);
    }
    void preemptWithoutReservationRemovesRegistration()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        QCOMPARE(prout(*unit, b, SaPreempt, 0xB, 0xA, 0x03)->status, status::Good);
        QCOMPARE(readKeys(*unit, b), std::vector<uint64_t>{0xB});
        QCOMPARE(be32(&prin(*unit, b, 0x01)->dataIn[4]), uint32_t(0));
    }
    void clearRemovesEverything()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, b, SaRegister, 0, 0xB);
        prout(*unit, a, SaReserve, 0xA, 0, 0x01);
        QCOMPARE(prout(*unit, b, SaClear, 0xB, 0)->status, status::Good);
        QVERIFY(readKeys(*unit, a).empty());
        QCOMPARE(write1(*unit, b)->status, status::Good);
    }
    void reportCapabilities()
    {
        auto t = prin(*unit, a, 0x02);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be16(&t->dataIn[0]), uint16_t(8));
        QCOMPARE(t->dataIn[2] & 0x01, 0); // no reservation file -> PTPL_C = 0
        QCOMPARE(t->dataIn[4], uint8_t(0xEA));
        QCOMPARE(t->dataIn[5], uint8_t(0x01));
    }
    void readFullStatusHasTransportId()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, a, SaReserve, 0xA, 0, 0x01);
        auto t = prin(*unit, a, 0x03);
        QCOMPARE(t->status, status::Good);
        QCOMPARE(be64(&t->dataIn[8]), uint64_t(0xA));
        QCOMPARE(t->dataIn[8 + 12] & 0x01, 0x01); // R_HOLDER
        const uint32_t tidLen = be32(&t->dataIn[8 + 20]);
        QVERIFY(tidLen >= 24);
        QCOMPARE(t->dataIn[8 + 24], uint8_t(0x45));
        const std::string name(reinterpret_cast<const char*>(&t->dataIn[8 + 28]));
        QCOMPARE(name, a->initiatorPortName());
    }
    void invalidServiceActionIsInvalidField()
    {
        auto t = prin(*unit, a, 0x05);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x24));
    }
    void wrongParameterListLengthIsError()
    {
        auto c = proutCdb(SaRegister);
        put32(&c[5], 20);
        auto t = runv(*unit, c, std::vector<uint8_t>(20, 0), a);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x1A));
    }
    void aptplWithoutFileIsRejected()
    {
        auto t = prout(*unit, a, SaRegister, 0, 0xA, 0, 0x01);
        QCOMPARE(t->status, status::CheckCondition);
        QCOMPARE(senseOf(*t).asc, uint8_t(0x26));
    }
    void aptplStateSurvivesRestart()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("pr.state").toStdString();
        {
            auto u = makeUnit(file);
            clearUnitAttention(*u, a);
            QCOMPARE(prout(*u, a, SaRegister, 0, 0xABC, 0, 0x01)->status, status::Good);
            QCOMPARE(prout(*u, a, SaReserve, 0xABC, 0, 0x01)->status, status::Good);
        }
        auto u = makeUnit(file);
        clearUnitAttention(*u, b);
        QCOMPARE(readKeys(*u, b), std::vector<uint64_t>{0xABC});
        auto r = prin(*u, b, 0x01);
        QCOMPARE(be64(&r->dataIn[8]), uint64_t(0xABC));
        QCOMPARE(write1(*u, b)->status, status::ReservationConflict);
        QVERIFY(prin(*u, b, 0x02)->dataIn[3] & 0x01); // PTPL_A
    }
    void withoutAptplNothingIsPersisted()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("pr.state").toStdString();
        {
            auto u = makeUnit(file);
            clearUnitAttention(*u, a);
            QCOMPARE(prout(*u, a, SaRegister, 0, 0xABC)->status, status::Good);
        }
        auto u = makeUnit(file);
        clearUnitAttention(*u, a);
        QVERIFY(readKeys(*u, a).empty());
    }
    void registerAndMoveTransfersReservation()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        prout(*unit, a, SaReserve, 0xA, 0, 0x01);
        const std::vector<uint8_t> tid = iscsiTransportId(b->initiatorPortName());
        std::vector<uint8_t> p(24, 0);
        put64(&p[0], 0xA);
        put64(&p[8], 0xB);
        p[17] = 0x02; // UNREG
        put16(&p[18], 1);
        put32(&p[20], uint32_t(tid.size()));
        p.insert(p.end(), tid.begin(), tid.end());
        auto c = proutCdb(0x07, 0x01);
        put32(&c[5], uint32_t(p.size()));
        QCOMPARE(runv(*unit, c, p, a)->status, status::Good);
        QCOMPARE(readKeys(*unit, b), std::vector<uint64_t>{0xB});
        auto r = prin(*unit, b, 0x01);
        QCOMPARE(be64(&r->dataIn[8]), uint64_t(0xB));
        QCOMPARE(write1(*unit, b)->status, status::Good);
        QCOMPARE(write1(*unit, a)->status, status::ReservationConflict);
    }
    void allTargetPortsRegistrationCoversOtherPorts()
    {
        QCOMPARE(prout(*unit, a, SaRegister, 0, 0xA, 0, 0x04)->status, status::Good); // ALL_TG_PT
        auto other = makeNexus(3, "iqn.2024-01.test:a");
        other->tpgt = 2;
        other->relativeTargetPortId = 2;
        clearUnitAttention(*unit, other);
        // Same initiator port through another target port: already registered.
        QCOMPARE(prout(*unit, other, SaRegister, 0, 0xC)->status, status::ReservationConflict);
        QCOMPARE(prout(*unit, other, SaReserve, 0xA, 0, 0x01)->status, status::Good);
    }
    void reserve6ConflictsForOtherNexus()
    {
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, a)->status, status::Good);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, a)->status, status::Good);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, b)->status, status::ReservationConflict);
        QCOMPARE(run(*unit, {0x1A, 0, 0x3F, 0, 255, 0}, {}, b)->status, status::ReservationConflict);
        QCOMPARE(run(*unit, {0x17, 0, 0, 0, 0, 0}, {}, b)->status, status::Good); // no-op
        QCOMPARE(run(*unit, {0x12, 0, 0, 0, 36, 0}, {}, b)->status, status::Good);
        QCOMPARE(run(*unit, {0x17, 0, 0, 0, 0, 0}, {}, a)->status, status::Good);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, b)->status, status::Good);
    }
    void reserve6ReleasedByNexusLoss()
    {
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, a)->status, status::Good);
        unit->nexusLost(*a);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, b)->status, status::Good);
    }
    void reserve6ReleasedByLunReset()
    {
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, a)->status, status::Good);
        unit->taskManagement(TaskManagement::LogicalUnitReset, *a);
        clearUnitAttention(*unit, b);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, b)->status, status::Good);
    }
    void reserve6ConflictsWithRegistrations()
    {
        prout(*unit, a, SaRegister, 0, 0xA);
        QCOMPARE(run(*unit, {0x16, 0, 0, 0, 0, 0}, {}, b)->status, status::ReservationConflict);
    }
};

QTEST_GUILESS_MAIN(TestPersistentReservation)
#include "test_persistent_reservation.moc"
