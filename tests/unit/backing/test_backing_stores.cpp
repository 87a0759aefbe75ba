// Behaviour of every backing store type this build supports. File-based tests
// are data-driven over rdwr/aio/uring (uring is skipped where the kernel or a
// seccomp filter denies io_uring); the null store has its own tests.
#include "backing/backing_store.h"
#include "io_request_builder.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <random>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace storlab::backing;

namespace {

constexpr uint64_t MiB = 1ull << 20;

std::vector<uint8_t> pattern(uint64_t length, uint32_t seed)
{
    std::vector<uint8_t> v(length);
    std::mt19937 rng(seed);
    for (auto& b : v)
        b = static_cast<uint8_t>(rng());
    return v;
}

bool allZero(const uint8_t* p, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (p[i])
            return false;
    return true;
}

// Reads the file behind the store's back (plain pread), to check that data
// really reached the file and not just some cache of the store.
std::vector<uint8_t> readFile(const QString& path, uint64_t offset, uint64_t length)
{
    std::vector<uint8_t> v(length);
    int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY);
    if (fd < 0)
        return {};
    ssize_t n = ::pread(fd, v.data(), length, static_cast<off_t>(offset));
    ::close(fd);
    if (n < 0)
        return {};
    v.resize(static_cast<size_t>(n));
    return v;
}

// Waits for many asynchronous completions.
struct Latch {
    std::mutex m;
    std::condition_variable cv;
    int remaining;
    std::atomic<int> failures{0};
    explicit Latch(int n) : remaining(n) {}
    IoCompletion done()
    {
        return [this](int rc) {
            if (rc != 0)
                failures.fetch_add(1);
            std::lock_guard l(m);
            if (--remaining == 0)
                cv.notify_all();
        };
    }
    bool wait(int seconds = 60)
    {
        std::unique_lock l(m);
        return cv.wait_for(l, std::chrono::seconds(seconds), [this] { return remaining == 0; });
    }
};

} // namespace

// Opens a store or skips the test when the type is unavailable here (uring).
#define OPEN_STORE(var, type, opts)                                                                   \
    auto var##Result = openBackingStore(type, opts);                                                   \
    if (!var##Result && var##Result.error().message.rfind("io_uring unavailable", 0) == 0)            \
        QSKIP(qPrintable(QString::fromStdString(var##Result.error().message)));                        \
    QVERIFY2(var##Result.ok(), var##Result.ok() ? "" : var##Result.error().message.c_str());           \
    std::unique_ptr<BackingStore> var = std::move(*var##Result)

class TestBackingStores : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    BackingOptions fileOptions(uint64_t size = 16 * MiB)
    {
        BackingOptions o;
        o.path = dir_.filePath(QStringLiteral("disk%1.img").arg(++counter_)).toStdString();
        o.size = size;
        o.create = true;
        o.threads = 4;
        o.queueDepth = 8; // small on purpose: the tests overrun it
        return o;
    }

    static void fileTypes()
    {
        QTest::addColumn<QString>("type");
        // The network stores (rbd, glfs) need a cluster: tests/stores.
        for (const auto& t : backingStoreTypes())
            if (t != "null" && t != "sheepdog" && t != "rbd" && t != "glfs")   // sheepdog: test_sheepdog_store; rbd, glfs: tests/stores
                QTest::newRow(t.c_str()) << QString::fromStdString(t);
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void typesListed()
    {
        auto types = backingStoreTypes();
        QVERIFY(std::find(types.begin(), types.end(), "rdwr") != types.end());
        QVERIFY(std::find(types.begin(), types.end(), "null") != types.end());
#ifdef STORLAB_HAVE_LIBAIO
        QVERIFY(std::find(types.begin(), types.end(), "aio") != types.end());
#endif
    }

    void unknownTypeIsAnError()
    {
        auto r = openBackingStore("floppy", fileOptions());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("floppy") != std::string::npos);
    }

    void roundTrip_data() { fileTypes(); }
    void roundTrip()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        OPEN_STORE(store, type.toStdString(), o);
        QCOMPARE(store->size(), 16 * MiB);
        QCOMPARE(QString::fromUtf8(store->kind().data(), int(store->kind().size())), type);
        struct Case { uint64_t offset, length; } cases[] = {
            {0, 512}, {512, 4096}, {4096, 65536}, {MiB + 512, MiB + 512}, {16 * MiB - 512, 512},
            {7 * MiB, 3 * MiB}, {100, 1000} /* sub-sector */,
        };
        uint32_t seed = 1;
        for (auto c : cases) {
            auto data = pattern(c.length, seed++);
            QCOMPARE(store->execute(rq(IoOp::Write, c.offset, c.length, data.data())), 0);
            std::vector<uint8_t> back(c.length, 0xEE);
            QCOMPARE(store->execute(rq(IoOp::Read, c.offset, c.length, back.data())), 0);
            QVERIFY2(back == data, qPrintable(QStringLiteral("offset %1 length %2").arg(c.offset).arg(c.length)));
            QVERIFY(readFile(QString::fromStdString(o.path), c.offset, c.length) == data);
        }
        // Never written: reads as zeroes.
        std::vector<uint8_t> hole(4096, 0xEE);
        QCOMPARE(store->execute(rq(IoOp::Read, 12 * MiB, 4096, hole.data())), 0);
        QVERIFY(allZero(hole.data(), hole.size()));
        // Zero-length requests succeed and touch nothing.
        QCOMPARE(store->execute(rq(IoOp::Read, 0, 0, nullptr)), 0);
    }

    void outOfRangeIsRejected_data() { fileTypes(); }
    void outOfRangeIsRejected()
    {
        QFETCH(QString, type);
        OPEN_STORE(store, type.toStdString(), fileOptions());
        std::vector<uint8_t> buf(8192);
        QCOMPARE(store->execute(rq(IoOp::Write, 16 * MiB - 4096, 8192, buf.data())), -EINVAL);
        QCOMPARE(store->execute(rq(IoOp::Read, 16 * MiB, 512, buf.data())), -EINVAL);
        QCOMPARE(store->execute(rq(IoOp::Read, ~0ull - 100, 512, buf.data())), -EINVAL);
    }

    void manyInFlight_data() { fileTypes(); }
    void manyInFlight()
    {
        QFETCH(QString, type);
        OPEN_STORE(store, type.toStdString(), fileOptions(64 * MiB));
        constexpr int N = 512;
        constexpr uint64_t len = 8192;
        std::vector<std::vector<uint8_t>> data(N);
        {
            Latch latch(N);
            for (int i = 0; i < N; ++i) {
                data[i] = pattern(len, 1000 + i);
                // Scattered, non-overlapping offsets.
                uint64_t off = (uint64_t(i) * 7919 % N) * len * 8;
                store->submit(rq(IoOp::Write, off, len, data[i].data(), i % 5 == 0), latch.done());
            }
            QVERIFY(latch.wait());
            QCOMPARE(latch.failures.load(), 0);
        }
        std::vector<std::vector<uint8_t>> back(N, std::vector<uint8_t>(len));
        Latch latch(N);
        for (int i = 0; i < N; ++i) {
            uint64_t off = (uint64_t(i) * 7919 % N) * len * 8;
            store->submit(rq(IoOp::Read, off, len, back[i].data()), latch.done());
        }
        QVERIFY(latch.wait());
        QCOMPARE(latch.failures.load(), 0);
        for (int i = 0; i < N; ++i)
            QVERIFY2(back[i] == data[i], qPrintable(QStringLiteral("request %1").arg(i)));
    }

    void destructionCompletesEverything_data() { fileTypes(); }
    void destructionCompletesEverything()
    {
        QFETCH(QString, type);
        std::atomic<int> completed{0};
        std::vector<uint8_t> buf(4096 * 64);
        {
            OPEN_STORE(store, type.toStdString(), fileOptions());
            for (int i = 0; i < 64; ++i)
                store->submit(rq(i % 2 ? IoOp::Write : IoOp::Read, uint64_t(i) * 4096, 4096, buf.data() + i * 4096),
                              [&](int) { completed.fetch_add(1); });
            store->submit(rq(IoOp::Flush, 0, 0), [&](int) { completed.fetch_add(1); });
            store->submit(rq(IoOp::Discard, 0, MiB), [&](int) { completed.fetch_add(1); });
        }
        QCOMPARE(completed.load(), 66);
    }

    void fuaAndFlush_data() { fileTypes(); }
    void fuaAndFlush()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        OPEN_STORE(store, type.toStdString(), o);
        auto data = pattern(65536, 7);
        QCOMPARE(store->execute(rq(IoOp::Write, 4096, data.size(), data.data(), true)), 0);
        QVERIFY(readFile(QString::fromStdString(o.path), 4096, data.size()) == data);
        QCOMPARE(store->execute(rq(IoOp::Flush, 0, 0)), 0);
        // FUA with no data is a flush.
        QCOMPARE(store->execute(rq(IoOp::Write, 0, 0, nullptr, true)), 0);

        // O_SYNC store: every write durable; still a normal round trip.
        BackingOptions s = fileOptions();
        s.sync = true;
        OPEN_STORE(syncStore, type.toStdString(), s);
        QCOMPARE(syncStore->execute(rq(IoOp::Write, 0, data.size(), data.data(), true)), 0);
        QVERIFY(readFile(QString::fromStdString(s.path), 0, data.size()) == data);
    }

    void discardPunchesHole_data() { fileTypes(); }
    void discardPunchesHole()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        OPEN_STORE(store, type.toStdString(), o);
        QVERIFY(store->capabilities() & CapDiscard);
        auto data = pattern(4 * MiB, 9);
        QCOMPARE(store->execute(rq(IoOp::Write, 2 * MiB, data.size(), data.data())), 0);
        QCOMPARE(store->execute(rq(IoOp::Flush, 0, 0)), 0);
        struct stat before {};
        QCOMPARE(::stat(o.path.c_str(), &before), 0);
        QVERIFY(before.st_blocks * 512 >= qint64(4 * MiB));

        QCOMPARE(store->execute(rq(IoOp::Discard, 3 * MiB, 2 * MiB)), 0);
        struct stat after {};
        QCOMPARE(::stat(o.path.c_str(), &after), 0);
        QVERIFY2(before.st_blocks - after.st_blocks >= qint64(2 * MiB / 512),
                 qPrintable(QStringLiteral("blocks %1 -> %2").arg(before.st_blocks).arg(after.st_blocks)));
        QCOMPARE(after.st_size, before.st_size); // KEEP_SIZE

        int fd = ::open(o.path.c_str(), O_RDONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::lseek(fd, 3 * MiB, SEEK_HOLE), off_t(3 * MiB));
        ::close(fd);

        std::vector<uint8_t> back(4 * MiB);
        QCOMPARE(store->execute(rq(IoOp::Read, 2 * MiB, back.size(), back.data())), 0);
        QVERIFY(std::memcmp(back.data(), data.data(), MiB) == 0);            // before the hole
        QVERIFY(allZero(back.data() + MiB, 2 * MiB));                        // the hole
        QVERIFY(std::memcmp(back.data() + 3 * MiB, data.data() + 3 * MiB, MiB) == 0); // after

        bool mapped = true;
        uint64_t run = 0;
        QCOMPARE(store->mapStatus(3 * MiB, mapped, run), 0);
        QVERIFY(!mapped);
        QCOMPARE(run, 2 * MiB);
    }

    void writeZeroes_data() { fileTypes(); }
    void writeZeroes()
    {
        QFETCH(QString, type);
        OPEN_STORE(store, type.toStdString(), fileOptions());
        auto data = pattern(MiB, 11);
        QCOMPARE(store->execute(rq(IoOp::Write, 0, MiB, data.data())), 0);
        QCOMPARE(store->execute(rq(IoOp::WriteZeroes, 4096, 8192)), 0);
        std::vector<uint8_t> back(MiB);
        QCOMPARE(store->execute(rq(IoOp::Read, 0, MiB, back.data())), 0);
        QVERIFY(std::memcmp(back.data(), data.data(), 4096) == 0);
        QVERIFY(allZero(back.data() + 4096, 8192));
        QVERIFY(std::memcmp(back.data() + 12288, data.data() + 12288, MiB - 12288) == 0);
    }

    void mapStatus_data() { fileTypes(); }
    void mapStatus()
    {
        QFETCH(QString, type);
        OPEN_STORE(store, type.toStdString(), fileOptions());
        QVERIFY(store->capabilities() & CapMapStatus);
        bool mapped = true;
        uint64_t run = 0;
        QCOMPARE(store->mapStatus(0, mapped, run), 0);
        QVERIFY(!mapped);
        QCOMPARE(run, 16 * MiB);

        auto data = pattern(MiB, 3);
        QCOMPARE(store->execute(rq(IoOp::Write, 4 * MiB, MiB, data.data())), 0);
        QCOMPARE(store->mapStatus(0, mapped, run), 0);
        QVERIFY(!mapped);
        QCOMPARE(run, 4 * MiB);
        QCOMPARE(store->mapStatus(4 * MiB, mapped, run), 0);
        QVERIFY(mapped);
        QCOMPARE(run, MiB);
        QCOMPARE(store->mapStatus(5 * MiB, mapped, run), 0);
        QVERIFY(!mapped);
        QCOMPARE(run, 11 * MiB);
        QCOMPARE(store->mapStatus(16 * MiB, mapped, run), -EINVAL);
    }

    void readOnlyRejectsWrites_data() { fileTypes(); }
    void readOnlyRejectsWrites()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        auto data = pattern(4096, 5);
        {
            OPEN_STORE(rw, type.toStdString(), o);
            QCOMPARE(rw->execute(rq(IoOp::Write, 8192, 4096, data.data())), 0);
        }
        BackingOptions ro = o;
        ro.create = false;
        ro.readOnly = true;
        OPEN_STORE(store, type.toStdString(), ro);
        std::vector<uint8_t> back(4096);
        QCOMPARE(store->execute(rq(IoOp::Read, 8192, 4096, back.data())), 0);
        QVERIFY(back == data);
        QCOMPARE(store->execute(rq(IoOp::Write, 8192, 4096, back.data())), -EROFS);
        QCOMPARE(store->execute(rq(IoOp::Discard, 0, 4096)), -EROFS);
        QCOMPARE(store->execute(rq(IoOp::WriteZeroes, 0, 4096)), -EROFS);
        QCOMPARE(store->execute(rq(IoOp::Flush, 0, 0)), 0);
        QVERIFY(readFile(QString::fromStdString(o.path), 8192, 4096) == data);

        // A read-only store cannot grow the file to a larger configured size.
        ro.size = 32 * MiB;
        auto bigger = openBackingStore(type.toStdString(), ro);
        QVERIFY(!bigger.ok());
    }

    void missingFileIsAClearError_data() { fileTypes(); }
    void missingFileIsAClearError()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        o.create = false;
        auto r = openBackingStore(type.toStdString(), o);
        if (!r.ok() && r.error().message.rfind("io_uring unavailable", 0) == 0)
            QSKIP("io_uring unavailable");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, -ENOENT);
        QVERIFY2(r.error().message.find(o.path) != std::string::npos, r.error().message.c_str());
        QVERIFY2(r.error().message.find(std::strerror(ENOENT)) != std::string::npos, r.error().message.c_str());
        QVERIFY(::access(o.path.c_str(), F_OK) != 0); // and nothing was created

        o.create = true;
        o.size = 0;
        QVERIFY(!openBackingStore(type.toStdString(), o).ok()); // create needs a size
    }

    void createAndExtend_data() { fileTypes(); }
    void createAndExtend()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions(8 * MiB);
        {
            OPEN_STORE(store, type.toStdString(), o);
            QCOMPARE(store->size(), 8 * MiB);
        }
        struct stat st {};
        QCOMPARE(::stat(o.path.c_str(), &st), 0);
        QCOMPARE(uint64_t(st.st_size), 8 * MiB);
        QVERIFY(st.st_blocks * 512 < qint64(MiB)); // sparse
        // Existing file, larger size configured: extended.
        o.size = 12 * MiB;
        {
            OPEN_STORE(store, type.toStdString(), o);
            QCOMPARE(store->size(), 12 * MiB);
        }
        QCOMPARE(::stat(o.path.c_str(), &st), 0);
        QCOMPARE(uint64_t(st.st_size), 12 * MiB);
        // No size: the file's size.
        o.size = 0;
        o.create = false;
        OPEN_STORE(store, type.toStdString(), o);
        QCOMPARE(store->size(), 12 * MiB);
    }

    void readPastEofIsZero_data() { fileTypes(); }
    void readPastEofIsZero()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions(4 * MiB);
        OPEN_STORE(store, type.toStdString(), o);
        auto data = pattern(8192, 17);
        QCOMPARE(store->execute(rq(IoOp::Write, 0, 8192, data.data())), 0);
        // Someone shrinks the file under us: the tail is past EOF now.
        QCOMPARE(::truncate(o.path.c_str(), 4096), 0);
        std::vector<uint8_t> back(8192, 0xEE);
        QCOMPARE(store->execute(rq(IoOp::Read, 0, 8192, back.data())), 0);
        QVERIFY(std::memcmp(back.data(), data.data(), 4096) == 0);
        QVERIFY(allZero(back.data() + 4096, 4096));
        std::fill(back.begin(), back.end(), 0xEE);
        QCOMPARE(store->execute(rq(IoOp::Read, 2 * MiB, 8192, back.data())), 0);
        QVERIFY(allZero(back.data(), back.size()));
    }

    void directWithUnalignedBuffers_data() { fileTypes(); }
    void directWithUnalignedBuffers()
    {
        QFETCH(QString, type);
        BackingOptions o = fileOptions();
        o.direct = true;
        OPEN_STORE(store, type.toStdString(), o);
        // Storage with an odd address: malloc alignment + 1.
        std::vector<uint8_t> raw(3 * MiB + 64);
        uint8_t* odd = raw.data() + 1;
        struct Case { uint64_t offset, length; } cases[] = {
            {0, 4096}, {4096, 65536}, {512, 512}, {1000, 3000}, {MiB + 7, MiB}, {8 * MiB, 2 * MiB + 512},
        };
        uint32_t seed = 50;
        for (auto c : cases) {
            auto data = pattern(c.length, seed++);
            std::memcpy(odd, data.data(), c.length);
            QCOMPARE(store->execute(rq(IoOp::Write, c.offset, c.length, odd)), 0);
            std::memset(odd, 0xEE, c.length);
            QCOMPARE(store->execute(rq(IoOp::Read, c.offset, c.length, odd)), 0);
            QVERIFY2(std::memcmp(odd, data.data(), c.length) == 0,
                     qPrintable(QStringLiteral("offset %1 length %2").arg(c.offset).arg(c.length)));
            QVERIFY(readFile(QString::fromStdString(o.path), c.offset, c.length) == data);
        }
        // Adjacent sub-block writes must not clobber each other.
        auto a = pattern(512, 90), b = pattern(512, 91);
        QCOMPARE(store->execute(rq(IoOp::Write, 12 * MiB, 512, a.data())), 0);
        QCOMPARE(store->execute(rq(IoOp::Write, 12 * MiB + 512, 512, b.data())), 0);
        std::vector<uint8_t> back(1024);
        QCOMPARE(store->execute(rq(IoOp::Read, 12 * MiB, 1024, back.data())), 0);
        QVERIFY(std::memcmp(back.data(), a.data(), 512) == 0);
        QVERIFY(std::memcmp(back.data() + 512, b.data(), 512) == 0);
    }

    void nullStore()
    {
        BackingOptions o;
        auto r = openBackingStore("null", o);
        QVERIFY(r.ok());
        auto& store = *r;
        QCOMPARE(store->kind(), std::string_view("null"));
        QCOMPARE(store->size(), 1ull << 40);
        auto data = pattern(65536, 1);
        QCOMPARE(store->execute(rq(IoOp::Write, 512 * MiB, data.size(), data.data(), true)), 0);
        std::vector<uint8_t> back(65536, 0xEE);
        QCOMPARE(store->execute(rq(IoOp::Read, 512 * MiB, back.size(), back.data())), 0);
        QVERIFY(allZero(back.data(), back.size())); // writes are discarded
        QCOMPARE(store->execute(rq(IoOp::Flush, 0, 0)), 0);
        QCOMPARE(store->execute(rq(IoOp::Discard, 0, MiB)), 0);
        QCOMPARE(store->execute(rq(IoOp::Read, (1ull << 40) - 512, 1024, back.data())), -EINVAL);
        // Completes inline, on the caller's thread.
        bool inlineDone = false;
        store->submit(rq(IoOp::Read, 0, 512, back.data()), [&](int rc) { inlineDone = rc == 0; });
        QVERIFY(inlineDone);

        o.size = 10 * MiB;
        o.readOnly = true;
        auto sized = openBackingStore("null", o);
        QVERIFY(sized.ok());
        QCOMPARE((*sized)->size(), 10 * MiB);
        QCOMPARE((*sized)->execute(rq(IoOp::Write, 0, 512, data.data())), -EROFS);
    }
};

QTEST_GUILESS_MAIN(TestBackingStores)
#include "test_backing_stores.moc"
