// Issue #8: a backing store allocates nothing per I/O in steady state. This
// executable replaces the global operator new with a counting one (C++ allows
// replacing it; std::function, the standard containers and make_shared all
// come through it) and runs 100 rounds of 32 outstanding 4 KiB reads and
// writes against each store type. The stores' request contexts are recycled:
// they grow to the peak number of requests outstanding (which depends on
// thread timing, so it is at most 32 here, not exactly 32) and then stay. So
// the whole run may allocate at most 2 x 32 times (contexts plus the growth
// of the lists holding them), where one allocation per I/O would be 3200.
// (tests/bench/alloc_per_io.sh counts malloc inside a running storlabd.)
#include "backing/backing_store.h"
#include "io_request_builder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

namespace {
std::atomic<long> g_operatorNewCalls{0};
}

void* operator new(std::size_t bytes)
{
    g_operatorNewCalls.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(bytes ? bytes : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace storlab::backing;

namespace {

constexpr int kDepth = 32;
constexpr uint64_t kBlock = 4096;

// Submits rounds of kDepth requests and waits for each round to complete.
class RoundDriver {
public:
    explicit RoundDriver(BackingStore& store) : store_(store), buffers_(kDepth * kBlock, 0x5a) {}

    // Returns how many completions reported an error.
    int round(int number)
    {
        {
            std::lock_guard lock(mutex_);
            remaining_ = kDepth;
            errors_ = 0;
        }
        for (int i = 0; i < kDepth; ++i) {
            const IoOp op = (number + i) % 2 ? IoOp::Write : IoOp::Read;
            const uint64_t offset = uint64_t((number * kDepth + i) % 1024) * kBlock;
            store_.submit(rq(op, offset, kBlock, buffers_.data() + i * kBlock), [this](int rc) { arrive(rc); });
        }
        std::unique_lock lock(mutex_);
        done_.wait(lock, [this] { return remaining_ == 0; });
        return errors_;
    }

private:
    void arrive(int rc)
    {
        std::lock_guard lock(mutex_);
        if (rc != 0)
            ++errors_;
        if (--remaining_ == 0)
            done_.notify_all();
    }

    BackingStore& store_;
    std::vector<uint8_t> buffers_;
    std::mutex mutex_;
    std::condition_variable done_;
    int remaining_ = 0;
    int errors_ = 0;
};

} // namespace

class TestIoAllocations : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void allocationsDoNotGrowWithIo_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* type : {"null", "rdwr", "aio", "uring"})
            QTest::newRow(type) << QString(type);
    }

    void allocationsDoNotGrowWithIo()
    {
        QFETCH(QString, type);
        const auto types = backingStoreTypes();
        if (std::find(types.begin(), types.end(), type.toStdString()) == types.end())
            QSKIP("store type not built in");
        BackingOptions o;
        o.path = (dir_.path() + "/" + type + ".img").toStdString();
        o.size = 8ull << 20;
        o.create = true;
        auto store = openBackingStore(type.toStdString(), o);
        if (!store && type == "uring")
            QSKIP(qPrintable("io_uring unavailable here: " + QString::fromStdString(store.error().message)));
        QVERIFY2(store, store ? "" : store.error().message.c_str());

        RoundDriver driver(**store);
        constexpr int kRounds = 100;
        const long before = g_operatorNewCalls.load();
        int errors = 0;
        for (int round = 0; round < kRounds; ++round)
            errors += driver.round(round);
        const long allocations = g_operatorNewCalls.load() - before;
        qInfo("%s store: %ld operator new calls in %d I/Os", qPrintable(type), allocations, kRounds * kDepth);
        QCOMPARE(errors, 0);
        QVERIFY2(allocations <= 2 * kDepth, qPrintable(QString("%1 operator new calls in %2 I/Os on the %3 store")
                                                            .arg(allocations)
                                                            .arg(kRounds * kDepth)
                                                            .arg(type)));
    }
};

QTEST_GUILESS_MAIN(TestIoAllocations)
#include "test_io_allocations.moc"
