// The reactor's posted-work queue (daemon/net/reactor.*): thread affinity,
// per-poster ordering under concurrent posts, deferral to the end of a batch,
// work posted around stop(), and start/stop cycles with nothing left behind
// (the ASan build's LeakSanitizer fails this test on any leaked notifier).
#include "net/reactor.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using storlab::net::Reactor;

namespace {

// Posted work that records which poster sent it, in run order.
struct Tagged final : Reactor::Work {
    int poster = 0;
    int seq = 0;
    std::vector<std::pair<int, int>>* log = nullptr;   // reactor thread only
    QSemaphore* done = nullptr;
    void run() override
    {
        log->emplace_back(poster, seq);
        if (done)
            done->release();
    }
};

} // namespace

class TestReactor : public QObject {
    Q_OBJECT
private slots:
    void runsPostedWorkOnItsThread()
    {
        Reactor r(0);
        r.start();
        QSemaphore done;
        std::atomic<bool> onReactor{false};
        r.post([&] {
            onReactor = r.isCurrentThread() && QThread::currentThread() != QCoreApplication::instance()->thread();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QVERIFY(onReactor.load());
        QVERIFY(!r.isCurrentThread());
    }

    // Four threads post 20,000 items each at once: every item runs exactly once,
    // and each poster's items run in the order it posted them.
    void concurrentPostsKeepEachPostersOrder()
    {
        constexpr int posters = 4, perPoster = 20000;
        Reactor r(0);
        r.start();
        std::vector<Tagged> items(posters * perPoster);
        std::vector<std::pair<int, int>> log;
        log.reserve(items.size());
        QSemaphore done;
        for (int p = 0; p < posters; ++p)
            for (int i = 0; i < perPoster; ++i) {
                Tagged& t = items[p * perPoster + i];
                t.poster = p;
                t.seq = i;
                t.log = &log;
                t.done = &done;
            }
        std::vector<std::thread> threads;
        for (int p = 0; p < posters; ++p)
            threads.emplace_back([&, p] {
                for (int i = 0; i < perPoster; ++i)
                    r.post(&items[p * perPoster + i]);
            });
        for (auto& t : threads)
            t.join();
        QVERIFY(done.tryAcquire(posters * perPoster, 20000));
        // `log` was written on the reactor thread; the semaphore orders it before us.
        QCOMPARE(log.size(), items.size());
        std::vector<int> next(posters, 0);
        for (const auto& [poster, seq] : log) {
            QCOMPARE(seq, next[poster]);
            ++next[poster];
        }
    }

    // Work deferred to the batch end runs after everything in the batch,
    // once, in the same wakeup.
    void deferredWorkRunsAfterTheBatch()
    {
        Reactor r(0);
        r.start();
        std::vector<std::pair<int, int>> log;
        QSemaphore done;
        Tagged flush;
        flush.poster = 9;
        flush.log = &log;
        flush.done = &done;
        std::vector<Tagged> batch(3);
        // Post from inside the reactor so all three land in one batch behind the deferring item.
        r.post([&] {
            for (int i = 0; i < 3; ++i) {
                batch[i].poster = 1;
                batch[i].seq = i;
                batch[i].log = &log;
                batch[i].done = &done;
                r.post(&batch[i]);
            }
            r.post([&] { r.deferToBatchEnd(&flush); });
        });
        QVERIFY(done.tryAcquire(4, 5000));
        QCOMPARE(log.size(), size_t(4));
        QCOMPARE(log.back().first, 9);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(log[i], std::make_pair(1, i));
    }

    // Work posted after the thread ended still runs, in the destructor
    // (completions must end their tasks even when the daemon is going down).
    void workPostedAfterStopStillRuns()
    {
        auto r = std::make_unique<Reactor>(0);
        r->start();
        r->stop();
        bool ran = false;
        r->post([&] { ran = true; });
        r.reset();
        QVERIFY(ran);
    }

    // start() immediately followed by stop(), many times: the thread may not
    // have run its first job yet. Nothing may leak or crash (LeakSanitizer in
    // the ASan build checks the leak at exit).
    void immediateStartStopCycles()
    {
        for (int i = 0; i < 200; ++i) {
            Reactor r(i);
            r.start();
            if (i % 2)
                r.post([] {});
        }
        // A reactor that was never started is destroyed cleanly too.
        Reactor idle(0);
        QVERIFY(idle.context() != nullptr);
    }
};

QTEST_MAIN(TestReactor)
#include "test_reactor.moc"
