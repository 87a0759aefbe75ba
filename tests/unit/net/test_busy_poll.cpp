// Adaptive busy polling (daemon/net/busy_poll.*) on a socket pair: it reports
// data that is there or arrives, gives way to posted reactor work, and after
// a miss skips the next 1, 3, 7 ... tries (checked by what it answers with
// data waiting, never by timing).
#include "net/busy_poll.h"
#include "net/reactor.h"

#include <QTest>
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

} // namespace

class TestBusyPoll : public QObject {
    Q_OBJECT
private slots:
    void dataAlreadyThereIsReported()
    {
        SocketPair s;
        QVERIFY(s.a >= 0);
        Reactor r(0);
        BusyPoll poll;
        poll.setBudget(50ms);
        s.send();
        QVERIFY(poll.awaitReadable(s.a, r));
    }

    void dataArrivingWithinTheBudgetIsReported()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll;
        poll.setBudget(5s);   // generous: the writer thread only has to get scheduled
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
        poll.setBudget(50ms);
        ::shutdown(s.b, SHUT_WR);
        QVERIFY(poll.awaitReadable(s.a, r));   // the reader then sees the end of stream
    }

    void zeroBudgetNeverSpins()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll;
        poll.setBudget(0us);
        s.send();
        QVERIFY(!poll.awaitReadable(s.a, r));
    }

    // A miss makes the next try skip; each further miss doubles the skipping.
    void missesBackOffAndAHitResets()
    {
        SocketPair s;
        Reactor r(0);
        BusyPoll poll;
        poll.setBudget(1ms);
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
    }

    // Posted work (a store's completion) ends the spin at once, and is no miss.
    void postedWorkEndsTheSpinWithoutBackoff()
    {
        SocketPair s;
        Noop work;
        {
            Reactor r(0);
            BusyPoll poll;
            poll.setBudget(10s);   // would hang the test if the work were ignored
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
