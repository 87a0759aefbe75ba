// BlockingIoPool, the worker pool of the rdwr store (and of the aio/uring side
// path): every request completes exactly once with its own result, the
// destructor completes what is still queued, and jobs are recycled rather
// than allocated per request (issue #8).
#include "backing/blocking_io_pool.h"
#include "io_request_builder.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace storlab::backing;
using namespace storlab::backing::detail;

namespace {

constexpr uint64_t kBlock = 4096;

// Counts completions; wait() returns once `expected` have arrived.
struct Countdown {
    std::mutex mutex;
    std::condition_variable cv;
    int remaining = 0;

    void arm(int n)
    {
        std::lock_guard lock(mutex);
        remaining = n;
    }
    void arrive()
    {
        std::lock_guard lock(mutex);
        --remaining;
        cv.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return remaining <= 0; });
    }
};

// Holds the (single) worker inside a completion until open() is called, so
// later requests pile up in the queue.
struct Gate {
    std::mutex mutex;
    std::condition_variable cv;
    bool entered = false;
    bool opened = false;

    void block()
    {
        std::unique_lock lock(mutex);
        entered = true;
        cv.notify_all();
        cv.wait(lock, [this] { return opened; });
    }
    void waitEntered()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return entered; });
    }
    void open()
    {
        std::lock_guard lock(mutex);
        opened = true;
        cv.notify_all();
    }
};

} // namespace

class TestBlockingIoPool : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<FileHandle> file_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        BackingOptions o;
        o.path = (dir_.path() + "/pool.img").toStdString();
        o.size = 16ull << 20;
        o.create = true;
        auto file = openFile(o, "rdwr");
        QVERIFY2(file, file ? "" : file.error().message.c_str());
        file_ = std::move(*file);
    }

    // Four submitting threads, each writing its own blocks then reading them
    // back: every completion arrives exactly once, with the right data.
    void concurrentSubmitsCompleteExactlyOnce()
    {
        constexpr int kThreads = 4, kPerThread = 256;
        constexpr int kTotal = kThreads * kPerThread;
        std::vector<std::vector<uint8_t>> data(kTotal, std::vector<uint8_t>(kBlock));
        std::vector<std::vector<uint8_t>> back(kTotal, std::vector<uint8_t>(kBlock));
        std::vector<std::atomic<int>> calls(kTotal);
        std::vector<std::atomic<int>> results(kTotal);
        Countdown writes, reads;
        BlockingIoPool pool(*file_, 4);

        auto submitAll = [&](IoOp op, Countdown& countdown) {
            countdown.arm(kTotal);
            std::vector<std::thread> submitters;
            for (int t = 0; t < kThreads; ++t) {
                submitters.emplace_back([&, t] {
                    for (int k = 0; k < kPerThread; ++k) {
                        const int i = t * kPerThread + k;
                        uint8_t* buffer = op == IoOp::Write ? data[i].data() : back[i].data();
                        pool.submit(rq(op, uint64_t(i) * kBlock, kBlock, buffer), [&, i](int rc) {
                            calls[i].fetch_add(1);
                            results[i].store(rc);
                            countdown.arrive();
                        });
                    }
                });
            }
            for (auto& s : submitters)
                s.join();
            countdown.wait();
        };

        for (int i = 0; i < kTotal; ++i)
            std::fill(data[i].begin(), data[i].end(), uint8_t(i * 7 + 1));
        submitAll(IoOp::Write, writes);
        for (int i = 0; i < kTotal; ++i) {
            QCOMPARE(calls[i].load(), 1);
            QCOMPARE(results[i].load(), 0);
            calls[i].store(0);
        }
        submitAll(IoOp::Read, reads);
        for (int i = 0; i < kTotal; ++i) {
            QCOMPARE(calls[i].load(), 1);
            QCOMPARE(results[i].load(), 0);
            QVERIFY2(back[i] == data[i], qPrintable(QString("block %1 read back wrong").arg(i)));
        }
        // No request was ever run twice or lost, and the pool never needed
        // more jobs than requests were outstanding.
        QVERIFY(pool.jobsAllocated() <= size_t(kTotal));
    }

    // Requests still queued when the pool is destroyed run (and complete)
    // before the destructor returns; errors reach the completion too.
    void destructorCompletesQueuedRequests()
    {
        constexpr int kQueued = 100;
        Gate gate;
        std::atomic<int> completed{0};
        std::atomic<int> failures{0};
        std::vector<uint8_t> buffer(kBlock);
        {
            BlockingIoPool pool(*file_, 1);
            pool.submit(rq(IoOp::Read, 0, kBlock, buffer.data()), [&](int) {
                gate.block();
                completed.fetch_add(1);
            });
            gate.waitEntered(); // the only worker is now held inside that completion
            for (int i = 0; i < kQueued; ++i) {
                // Every other request is an operation syncExecute does not
                // know: it must still complete, with its error.
                const IoOp op = i % 2 ? static_cast<IoOp>(99) : IoOp::Read;
                pool.submit(rq(op, 0, kBlock, buffer.data()), [&](int rc) {
                    if (rc != 0)
                        failures.fetch_add(1);
                    completed.fetch_add(1);
                });
            }
            QCOMPARE(completed.load(), 0);
            gate.open();
        }
        QCOMPARE(completed.load(), kQueued + 1);
        QCOMPARE(failures.load(), kQueued / 2);
    }

    // Rounds of 8 outstanding requests on one worker: the pool allocates 8
    // jobs once and reuses them for every later round.
    void jobsAreRecycled()
    {
        constexpr int kDepth = 8, kRounds = 50;
        BlockingIoPool pool(*file_, 1);
        std::vector<uint8_t> buffer(kBlock * kDepth);
        Countdown countdown;
        for (int round = 0; round < kRounds; ++round) {
            countdown.arm(kDepth);
            for (int i = 0; i < kDepth; ++i)
                pool.submit(rq(IoOp::Read, uint64_t(i) * kBlock, kBlock, buffer.data() + i * kBlock),
                            [&](int) { countdown.arrive(); });
            countdown.wait();
            QVERIFY2(pool.jobsAllocated() <= size_t(kDepth),
                     qPrintable(QString("round %1: %2 jobs for %3 outstanding requests")
                                    .arg(round)
                                    .arg(pool.jobsAllocated())
                                    .arg(kDepth)));
        }
    }

    void cleanupTestCase() { file_.reset(); }
};

QTEST_GUILESS_MAIN(TestBlockingIoPool)
#include "test_blocking_io_pool.moc"
