// The network stores' settings (tgt's --bsopts "key=value;...") and the
// checks that refuse bad input before any connection is tried: every error
// names the field (bsopts key, path) so a typo is never silently ignored.
#include "backing/backing_store.h"
#include "backing/store_options.h"

#include <QTest>

using namespace storlab::backing;
using namespace storlab::backing::detail;

class TestStoreOptions : public QObject {
    Q_OBJECT
private slots:
    void parsesTgtForm()
    {
        auto o = parseStoreOptions(" conf=/etc/ceph/ceph.conf ; id=admin;;", "rbd", {"conf", "id", "keyring"});
        QVERIFY(o.ok());
        QCOMPARE(o->size(), size_t(2));
        QCOMPARE(QString::fromStdString(o->at("conf")), QStringLiteral("/etc/ceph/ceph.conf"));
        QCOMPARE(QString::fromStdString(o->at("id")), QStringLiteral("admin"));
        QVERIFY(parseStoreOptions("", "rbd", {"conf"}).ok());
    }

    void refusesAndNames()
    {
        auto unknown = parseStoreOptions("conf=a;colour=red", "rbd", {"conf", "id"});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("unknown key 'colour'") != std::string::npos);
        QVERIFY(unknown.error().message.find("conf, id") != std::string::npos);
        auto noValue = parseStoreOptions("id=", "rbd", {"id"});
        QVERIFY(!noValue.ok());
        QVERIFY(noValue.error().message.find("'id' has no value") != std::string::npos);
        auto notPair = parseStoreOptions("admin", "rbd", {"id"});
        QVERIFY(!notPair.ok());
        QVERIFY(notPair.error().message.find("not key=value") != std::string::npos);
    }

    void seconds()
    {
        StoreOptions o{{"op_timeout", "7"}, {"bad", "0"}, {"text", "5s"}};
        QCOMPARE(*secondsOption(o, "op_timeout", 20), 7u);
        QCOMPARE(*secondsOption(o, "mount_timeout", 15), 15u);
        QVERIFY(!secondsOption(o, "bad", 1).ok());
        auto text = secondsOption(o, "text", 1);
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.find("bsopts key 'text'") != std::string::npos);
    }

    // Refused before connecting: these need no cluster.
    void badPathsNameThePath()
    {
        for (const auto& t : backingStoreTypes()) {
            if (t != "rbd" && t != "glfs")
                continue;
            BackingOptions o;
            o.path = t == "rbd" ? "pool/image/extra" : "/just/a/file";
            auto r = openBackingStore(t, o);
            QVERIFY2(!r.ok(), t.c_str());
            QVERIFY2(r.error().message.rfind("path:", 0) == 0, r.error().message.c_str());
            o.path = t == "rbd" ? "pool/image" : "vol@host:/f";
            o.storeOptions = "nosuchkey=1";
            auto k = openBackingStore(t, o);
            QVERIFY(!k.ok());
            QVERIFY2(k.error().message.find("unknown key 'nosuchkey'") != std::string::npos, k.error().message.c_str());
        }
    }

    void missingStoresAreListed()
    {
        // Every store is either built in or listed with the library it lacks.
        for (const char* s : {"aio", "uring", "rbd", "glfs"}) {
            bool built = false, missing = false;
            for (const auto& t : backingStoreTypes())
                built = built || t == s;
            for (const auto& [name, lib] : missingBackingStoreTypes())
                missing = missing || (name == s && !lib.empty());
            QVERIFY2(built != missing, s);
        }
    }
};

QTEST_APPLESS_MAIN(TestStoreOptions)
#include "test_store_options.moc"
