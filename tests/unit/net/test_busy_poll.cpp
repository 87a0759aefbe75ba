// Adaptive busy polling (daemon/net/busy_poll.*) on a socket pair: it reports
// data that is there or arrives, gives way to posted reactor work, after a
// miss skips the next 1, 3, 7 ... tries, and after a descheduling gap in the
// spin skips 63 at once (checked by what it answers with data waiting, and by
// its counters, never by timing: the spins run on a staged clock, so a loaded
// test machine cannot make a spin look preempted).
#include "net/busy_poll.h"
#include "net/reactor.h"

#include <QTest>
#include <deque>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using storlab::net::BusyPoll;
using storlab::net::Reactor;
using namespace std::chrono_literals;

namespace {

struct SocketPair {
    int a = -1, b = -1;
    SocketPair()
    {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0) {
            a = fds[0];
            b = fds[1];
        }
    }
    ~SocketPair()
    {
        ::close(a);
        ::close(b);
    }
    void send() const { QCOMPARE(::write(b, "x", 1), ssize_t(1)); }
    void drain() const
    {
        char c;
        while (::recv(a, &c, 1, MSG_DONTWAIT) > 0) {
        }
    }
};

// Work that only marks itself as run (the reactor is never started here; its destructor runs it).
struct Noop final : Reactor::Work {
    bool ran = false;
    void run() override { ran = true; }
};

// A clock the test moves: every reading advances it by the next staged step,
// 1 us once the staged ones are used up (a spin then lasts budget/1us polls).
struct StagedClock {
    static inline std::chrono::steady_clock::time_point now{};
    static inline std::deque<std::chrono::microseconds> steps;
    static std::chrono::steady_clock::time_point read()
    {
        std::chrono::microseconds step = 1us;
        if (!steps.empty()) {
            step = steps.front();
            steps.pop_front();
        }
        now += step;
        return now;
    }
};

// Calls that answer false although data waits: the tries skipped by the backoff.
int skippedTries(BusyPoll& poll, const SocketPair& s, Reactor& r)
{
    s.send();
    int skipped = 0;
    while (!poll.awaitReadable(s.a, r) && skipped < 1000)
        ++skipped;
    s.drain();
    return skipped;
}

} // namespace

class TestBusyPoll : public QObject {
    Q_OBJECT
private slots:
    void init() { StagedClock::steps.clear(); }

    void dataAlreadyThereIsReported()
    {
        SocketPair s;
        QVERIFY(s.a >= 0);
        Reactor r(0);
        BusyPoll poll;
        r.setBusyPollBudget(50ms);
        s.send();
        QVERIFY(poll.awaitReadable(s.a, r));
    }

    void dataArrivingWithinTheBudgetIsReported()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll(&StagedClock::read);
        r.setBusyPollBudget(5s);   // generous: the writer thread only has to get scheduled
        std::thread writer([&] {
            std::this_thread::sleep_for(2ms);
            s.send();
        });
        const bool got = poll.awaitReadable(s.a, r);
        writer.join();
        QVERIFY(got);
    }

    void aHangUpCountsAsReadable()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll;
        r.setBusyPollBudget(50ms);
        ::shutdown(s.b, SHUT_WR);
        QVERIFY(poll.awaitReadable(s.a, r));   // the reader then sees the end of stream
    }

    void zeroBudgetNeverSpins()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll;
        r.setBusyPollBudget(0us);
        s.send();
        QVERIFY(!poll.awaitReadable(s.a, r));
    }

    // A miss makes the next try skip; each further miss doubles the skipping.
    void missesBackOffAndAHitResets()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll(&StagedClock::read);
        r.setBusyPollBudget(1ms);
        QVERIFY(!poll.awaitReadable(s.a, r));   // miss 1: skip the next 1
        s.send();
        QVERIFY(!poll.awaitReadable(s.a, r));   // skipped although data waits
        QVERIFY(poll.awaitReadable(s.a, r));    // tried again: a hit, backoff reset
        s.drain();
        QVERIFY(!poll.awaitReadable(s.a, r));   // miss: skip 1
        QVERIFY(!poll.awaitReadable(s.a, r));   // (skipped)
        QVERIFY(!poll.awaitReadable(s.a, r));   // miss 2 in a row: skip 3
        s.send();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!poll.awaitReadable(s.a, r));
        QVERIFY(poll.awaitReadable(s.a, r));
        s.drain();
        QVERIFY(!poll.awaitReadable(s.a, r));   // after the hit, a miss skips 1 again
        s.send();
        QVERIFY(!poll.awaitReadable(s.a, r));
        QVERIFY(poll.awaitReadable(s.a, r));
        QCOMPARE(r.busyPollCounters().hits.load(), uint64_t(3));
        QCOMPARE(r.busyPollCounters().misses.load(), uint64_t(4));
        QCOMPARE(r.busyPollCounters().preempted.load(), uint64_t(0));
    }

    // A gap between two polls longer than kPreemptedGap means the thread was
    // off the CPU: stop and skip 63 tries at once. Gaps up to it are a running
    // thread: the spin lasts its budget, a plain miss that skips 1.
    void theGapBetweenPollsDecidesPreemption_data()
    {
        const int threshold = int(BusyPoll::kPreemptedGap.count());
        QTest::addColumn<QList<int>>("stepsUs");
        QTest::addColumn<bool>("preempted");
        QTest::addColumn<int>("skipped");
        QTest::newRow("descheduled") << QList<int>{0, 1, 1, threshold + 1} << true << 63;
        QTest::newRow("running") << QList<int>{0, threshold, threshold, 10} << false << 1;
    }
    void theGapBetweenPollsDecidesPreemption()
    {
        QFETCH(QList<int>, stepsUs);
        QFETCH(bool, preempted);
        QFETCH(int, skipped);
        SocketPair s;
        Reactor r(0);
        BusyPoll poll(&StagedClock::read);
        r.setBusyPollBudget(1ms);   // a descheduling gap comes long before the budget ends
        for (const int us : stepsUs)
            StagedClock::steps.push_back(std::chrono::microseconds(us));
        QVERIFY(!poll.awaitReadable(s.a, r));
        QCOMPARE(r.busyPollCounters().preempted.load(), uint64_t(preempted ? 1 : 0));
        QCOMPARE(r.busyPollCounters().misses.load(), uint64_t(preempted ? 0 : 1));
        QCOMPARE(skippedTries(poll, s, r), skipped);
        // The hit that ended the skipping resets the backoff: a plain miss skips 1.
        QVERIFY(!poll.awaitReadable(s.a, r));
        QCOMPARE(skippedTries(poll, s, r), 1);
    }

    // A changed budget (config.import busyPollUs) starts without the old backoff; the same one keeps it.
    void aNewBudgetForgetsTheBackoff()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll(&StagedClock::read);
        r.setBusyPollBudget(1ms);
        QVERIFY(!poll.awaitReadable(s.a, r));   // miss: skip 1
        r.setBusyPollBudget(1ms);
        QCOMPARE(skippedTries(poll, s, r), 1);
        QVERIFY(!poll.awaitReadable(s.a, r));   // miss again: skip 1
        r.setBusyPollBudget(2ms);
        QCOMPARE(skippedTries(poll, s, r), 0);
        r.setBusyPollBudget(0us);               // off: no try at all, data or not
        s.send();
        QVERIFY(!poll.awaitReadable(s.a, r));
        QCOMPARE(r.busyPollCounters().hits.load(), uint64_t(2));
    }

    // Posted work (a store's completion) ends the spin at once, and is no miss.
    void postedWorkEndsTheSpinWithoutBackoff()
    {
        SocketPair s;
        Noop work;
        {
            Reactor r(0);
            BusyPoll poll(&StagedClock::read);
            r.setBusyPollBudget(10s);   // would hang the test if the work were ignored
            r.post(&work);
            QVERIFY(r.hasPendingWork());
            QVERIFY(!poll.awaitReadable(s.a, r));
            s.send();
            QVERIFY(poll.awaitReadable(s.a, r));   // no skip: that was not a miss
        }
        QVERIFY(work.ran);
    }
};

QTEST_MAIN(TestBusyPoll)
#include "test_busy_poll.moc"
