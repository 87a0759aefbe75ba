// The kernel-queue machinery shared by the aio and uring stores, driven
// through a fake kernel queue (so batching, error results and short transfers
// can be produced at will), plus SubmitBatch against the real aio/uring stores.
#include "backing/kernel_queue.h"
#include "io_request_builder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>
#include <vector>

using namespace storlab::backing;
using namespace storlab::backing::detail;

namespace {

constexpr uint64_t MiB = 1ull << 20;

// A kernel queue that only records what it is given; the test decides when
// and how each op completes.
class FakeKernelStore final : public KernelQueueStore {
public:
    FakeKernelStore(std::unique_ptr<FileHandle> file, unsigned depth) : KernelQueueStore(std::move(file), depth) {}
    ~FakeKernelStore() override
    {
        // A test that failed half-way may leave ops "in the kernel": end them
        // so drain() returns.
        for (auto& sub : take()) {
            completed(1);
            complete({{sub.op, -EIO}});
        }
        drain();
        stopWorkers();
    }
    std::string_view kind() const override { return "fake"; }

    struct Submission {
        KernelOp* op;
        uint64_t offset;    // offset() when submitted (resumes after short transfers)
        uint64_t remaining; // remaining() when submitted
    };

    // Test side: what is in the "kernel" now, taken out.
    std::vector<Submission> take()
    {
        std::lock_guard lock(mutex_);
        return std::exchange(queued_, {});
    }
    void complete(std::vector<std::pair<KernelOp*, long>> batch) { onKernelCompletions(batch); }

    std::vector<size_t> callSizes() // ops per kernel submission call, in order
    {
        std::lock_guard lock(mutex_);
        return calls_;
    }
    size_t maxInKernel()
    {
        std::lock_guard lock(mutex_);
        return maxInKernel_;
    }
    int refuseWith = 0; // set before submitting: every submission call fails with this

protected:
    int kernelSubmitLocked(KernelOp* const* ops, size_t n) override
    {
        calls_.push_back(n);
        if (refuseWith)
            return refuseWith;
        for (size_t i = 0; i < n; ++i)
            queued_.push_back({ops[i], ops[i]->offset(), ops[i]->remaining()});
        inFlight_ += n;
        maxInKernel_ = std::max(maxInKernel_, inFlight_);
        return static_cast<int>(n);
    }

public:
    void completed(size_t n)
    {
        std::lock_guard lock(mutex_);
        inFlight_ -= n;
    }

private:
    std::vector<Submission> queued_;
    std::vector<size_t> calls_;
    size_t inFlight_ = 0;
    size_t maxInKernel_ = 0;
};

// Completion results by request index, with a count of deliveries each.
struct Results {
    std::mutex m;
    std::condition_variable cv;
    std::map<int, std::vector<int>> byIndex;
    std::atomic<int> total{0};
    IoCompletion done(int index)
    {
        return [this, index](int rc) {
            std::lock_guard l(m);
            byIndex[index].push_back(rc);
            ++total;
            cv.notify_all();
        };
    }
    bool waitTotal(int n)
    {
        std::unique_lock l(m);
        return cv.wait_for(l, std::chrono::seconds(30), [&] { return total.load() >= n; });
    }
};

} // namespace

class TestKernelQueue : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    BackingOptions options(uint64_t size = 16 * MiB)
    {
        BackingOptions o;
        o.path = dir_.filePath(QStringLiteral("kq%1.img").arg(++counter_)).toStdString();
        o.size = size;
        o.create = true;
        return o;
    }

    std::unique_ptr<FakeKernelStore> fake(unsigned depth)
    {
        auto file = openFile(options(), "fake");
        if (!file)
            return nullptr;
        return std::make_unique<FakeKernelStore>(std::move(*file), depth);
    }

    // Completes everything in the fake kernel with `result(submission)`, in
    // batches of the given size, until nothing is left (resubmissions too).
    template <class F>
    static void completeAll(FakeKernelStore& store, size_t batchSize, F result)
    {
        for (;;) {
            auto subs = store.take();
            if (subs.empty())
                return;
            for (size_t i = 0; i < subs.size(); i += batchSize) {
                std::vector<std::pair<KernelOp*, long>> batch;
                for (size_t j = i; j < std::min(subs.size(), i + batchSize); ++j)
                    batch.emplace_back(subs[j].op, result(subs[j]));
                store.completed(batch.size());
                store.complete(std::move(batch));
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void unbatchedSubmitsOneCallEach()
    {
        auto store = fake(64);
        QVERIFY(store);
        std::vector<uint8_t> buf(4096);
        Results res;
        for (int i = 0; i < 5; ++i)
            store->submit(rq(IoOp::Read, uint64_t(i) * 4096, 4096, buf.data()), res.done(i));
        QCOMPARE(store->callSizes(), (std::vector<size_t>{1, 1, 1, 1, 1}));
        completeAll(*store, 64, [](const auto& s) { return long(s.remaining); });
        QCOMPARE(res.total.load(), 5);
    }

    void batchSubmitsInOneCall()
    {
        auto store = fake(64);
        QVERIFY(store);
        std::vector<uint8_t> buf(4096);
        Results res;
        {
            SubmitBatch batch;
            for (int i = 0; i < 20; ++i)
                store->submit(rq(IoOp::Write, uint64_t(i) * 4096, 4096, buf.data()), res.done(i));
            QVERIFY(store->callSizes().empty()); // held until the batch ends
            {
                SubmitBatch nested; // only the outermost batch submits
            }
            QVERIFY(store->callSizes().empty());
        }
        QCOMPARE(store->callSizes(), (std::vector<size_t>{20}));
        completeAll(*store, 7, [](const auto& s) { return long(s.remaining); });
        QCOMPARE(res.total.load(), 20);
        for (auto& [i, rcs] : res.byIndex)
            QCOMPARE(rcs, (std::vector<int>{0}));
    }

    void manyInFlightCompleteExactlyOnce()
    {
        // More requests than the queue depth, from several threads, some in
        // batches; the fake kernel completes them in odd-sized batches.
        constexpr unsigned depth = 16;
        auto store = fake(depth);
        QVERIFY(store);
        constexpr int threads = 4, perThread = 200, N = threads * perThread;
        std::vector<uint8_t> buf(N * 512);
        Results res;
        std::atomic<bool> submitting{true};
        std::vector<std::thread> submitters;
        for (int t = 0; t < threads; ++t) {
            submitters.emplace_back([&, t] {
                for (int k = 0; k < perThread; k += 10) {
                    SubmitBatch batch;
                    for (int j = k; j < k + 10; ++j) {
                        int i = t * perThread + j;
                        store->submit(rq(i % 3 ? IoOp::Read : IoOp::Write, uint64_t(i) * 512, 512,
                                         buf.data() + i * 512),
                                      res.done(i));
                    }
                }
            });
        }
        std::mt19937 rng(8);
        std::thread reaper([&] {
            while (submitting.load() || res.total < N) {
                completeAll(*store, 1 + rng() % 13, [](const auto& s) { return long(s.remaining); });
                std::this_thread::yield();
            }
        });
        for (auto& t : submitters)
            t.join();
        QVERIFY(res.waitTotal(N));
        submitting.store(false);
        reaper.join();
        QCOMPARE(res.total.load(), N);
        QCOMPARE(int(res.byIndex.size()), N);
        for (auto& [i, rcs] : res.byIndex)
            QVERIFY2(rcs == std::vector<int>{0}, qPrintable(QStringLiteral("request %1 completed %2 times")
                                                                 .arg(i).arg(rcs.size())));
        QVERIFY(store->maxInKernel() <= depth);
        size_t ops = 0;
        for (size_t n : store->callSizes()) {
            QVERIFY(n >= 1 && n <= 64);
            ops += n;
        }
        QCOMPARE(ops, size_t(N));
    }

    void kernelResultsAreMapped()
    {
        auto store = fake(64);
        QVERIFY(store);
        std::vector<uint8_t> buf(8 * 4096, 0xAA);
        Results res;
        // 0: -EIO, 1: -ENOSPC, 2: short read then the rest, 3: read at EOF
        // (0 bytes: zero fill), 4: write of 0 bytes (-EIO), 5: -EAGAIN then OK.
        for (int i = 0; i < 6; ++i)
            store->submit(rq(i == 4 || i == 1 ? IoOp::Write : IoOp::Read, uint64_t(i) * 4096, 4096,
                             buf.data() + i * 4096),
                          res.done(i));
        std::map<KernelOp*, int> index;
        auto subs = store->take();
        QCOMPARE(subs.size(), size_t(6));
        for (int i = 0; i < 6; ++i)
            index[subs[i].op] = i;
        std::vector<std::pair<KernelOp*, long>> first{
            {subs[0].op, -EIO}, {subs[1].op, -ENOSPC}, {subs[2].op, 1000}, {subs[3].op, 0},
            {subs[4].op, 0},    {subs[5].op, -EAGAIN}};
        store->completed(6);
        store->complete(first);
        // The short read and the EAGAIN come back, resuming where they were.
        auto again = store->take();
        QCOMPARE(again.size(), size_t(2));
        std::map<int, FakeKernelStore::Submission> byIdx;
        for (auto& s : again)
            byIdx.emplace(index.at(s.op), s);
        QVERIFY(byIdx.count(2) && byIdx.count(5));
        QCOMPARE(byIdx.at(2).offset, uint64_t(2 * 4096 + 1000));
        QCOMPARE(byIdx.at(2).remaining, uint64_t(4096 - 1000));
        QCOMPARE(byIdx.at(5).offset, uint64_t(5 * 4096));
        QCOMPARE(byIdx.at(5).remaining, uint64_t(4096));
        std::vector<std::pair<KernelOp*, long>> second;
        for (auto& s : again)
            second.emplace_back(s.op, long(s.remaining));
        store->completed(second.size());
        store->complete(second);
        QCOMPARE(res.total.load(), 6);
        QCOMPARE(res.byIndex[0], std::vector<int>{-EIO});
        QCOMPARE(res.byIndex[1], std::vector<int>{-ENOSPC});
        QCOMPARE(res.byIndex[2], std::vector<int>{0});
        QCOMPARE(res.byIndex[3], std::vector<int>{0});
        QCOMPARE(res.byIndex[4], std::vector<int>{-EIO});
        QCOMPARE(res.byIndex[5], std::vector<int>{0});
        // EOF read: the part the kernel did not fill reads as zeroes.
        QVERIFY(std::all_of(buf.begin() + 3 * 4096, buf.begin() + 4 * 4096, [](uint8_t b) { return b == 0; }));
    }

    void refusedSubmissionCompletesWithTheError()
    {
        auto store = fake(64);
        QVERIFY(store);
        store->refuseWith = -EBADF;
        std::vector<uint8_t> buf(4096);
        Results res;
        {
            SubmitBatch batch;
            store->submit(rq(IoOp::Read, 0, 4096, buf.data()), res.done(0));
            store->submit(rq(IoOp::Read, 4096, 4096, buf.data()), res.done(1));
        }
        QCOMPARE(res.total.load(), 2);
        QCOMPARE(res.byIndex[0], std::vector<int>{-EBADF});
        QCOMPARE(res.byIndex[1], std::vector<int>{-EBADF});
    }

    void requestContextsAreReused()
    {
        auto store = fake(64);
        QVERIFY(store);
        std::vector<uint8_t> buf(4096);
        Results res;
        std::set<KernelOp*> seen;
        for (int round = 0; round < 5; ++round) {
            {
                SubmitBatch batch;
                for (int i = 0; i < 32; ++i)
                    store->submit(rq(IoOp::Read, uint64_t(i) * 4096, 4096, buf.data()), res.done(round * 32 + i));
            }
            auto subs = store->take();
            QCOMPARE(subs.size(), size_t(32));
            for (auto& s : subs) {
                if (round == 0)
                    seen.insert(s.op);
                else
                    QVERIFY2(seen.count(s.op), "a request context was allocated anew in steady state");
            }
            std::vector<std::pair<KernelOp*, long>> batch;
            for (auto& s : subs)
                batch.emplace_back(s.op, long(s.remaining));
            store->completed(batch.size());
            store->complete(std::move(batch));
        }
        QCOMPARE(seen.size(), size_t(32));
        QCOMPARE(res.total.load(), 5 * 32);
    }

    // The real async stores inside batches: data round trip, and a store
    // destroyed while this thread's batch still holds its queued requests.
    void realStoresInBatches_data()
    {
        QTest::addColumn<QString>("type");
        for (const auto& t : backingStoreTypes())
            if (t == "aio" || t == "uring")
                QTest::newRow(t.c_str()) << QString::fromStdString(t);
    }
    void realStoresInBatches()
    {
        QFETCH(QString, type);
        BackingOptions o = options(8 * MiB);
        o.queueDepth = 8;
        auto opened = openBackingStore(type.toStdString(), o);
        if (!opened && opened.error().message.rfind("io_uring unavailable", 0) == 0)
            QSKIP("io_uring unavailable here");
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        std::unique_ptr<BackingStore> store = std::move(*opened);
        constexpr int N = 100;
        std::vector<uint8_t> data(N * 4096), back(N * 4096, 0xEE);
        std::mt19937 rng(3);
        for (auto& b : data)
            b = uint8_t(rng());
        Results w, r;
        {
            SubmitBatch batch;
            for (int i = 0; i < N; ++i)
                store->submit(rq(IoOp::Write, uint64_t(i) * 4096, 4096, data.data() + i * 4096), w.done(i));
        }
        QVERIFY(w.waitTotal(N));
        {
            SubmitBatch batch;
            for (int i = 0; i < N; ++i)
                store->submit(rq(IoOp::Read, uint64_t(i) * 4096, 4096, back.data() + i * 4096), r.done(i));
        }
        QVERIFY(r.waitTotal(N));
        for (auto* res : {&w, &r})
            for (auto& [i, rcs] : res->byIndex)
                QCOMPARE(rcs, std::vector<int>{0});
        QVERIFY(back == data);

        Results late;
        {
            SubmitBatch batch;
            for (int i = 0; i < 20; ++i)
                store->submit(rq(IoOp::Read, uint64_t(i) * 4096, 4096, back.data() + i * 4096), late.done(i));
            store.reset(); // must not wait for this batch's end (that would never come)
            QCOMPARE(late.total.load(), 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestKernelQueue)
#include "test_kernel_queue.moc"
