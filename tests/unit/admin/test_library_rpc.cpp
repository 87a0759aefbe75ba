// library.*, changer.*, media.* against an in-process storlabd (shared/PROTOCOL.md):
// listings, moves with their pushed events, refused moves with messages that
// say what to do, a library created and deleted live (and saved), media
// created and deleted, and an initiator's MOVE MEDIUM over real iSCSI
// (tests/clients/changer_cdbs.c, libiscsi) producing event.media.moved.
#include "admin_test_daemon.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kLib = QStringLiteral("vtl");
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:vtl");

QJsonObject element(const QJsonObject& show, const QString& name)
{
    for (const QJsonValue& v : show.value("elements").toArray())
        if (v.toObject().value("name").toString() == name)
            return v.toObject();
    return {};
}
} // namespace

class TestLibraryRpc : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    test::AdminTestDaemon daemon_{dir_.path()};

    QString start(const QString& config) { return daemon_.start(config); }
    rpc::RpcReply call(const QString& method, const QJsonObject& params = {}) { return daemon_.call(method, params); }
    QJsonObject show(const QString& name = kLib) { return call("library.show", {{"name", name}}).result.toObject(); }
    std::unique_ptr<test::EventWatcher> watch() { return test::watchEvents(daemon_.socketPath(), {"event.media.*", "event.library.*"}); }
    static QJsonObject waitMoved(test::EventWatcher& w, const QString& barcode)
    {
        return w.waitFor(QStringLiteral("event.media.moved"), [&](const QJsonObject& p) { return p.value("barcode").toString() == barcode; });
    }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        QDir(dir_.path()).removeRecursively();
        QDir().mkpath(dir_.path());
        const QString cfg = dir_.path() + QStringLiteral("/lab.json");
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"schema":2,"targets":[],"libraries":[{"name":"vtl","iqn":"%1","personality":"ibm-ts3500",
            "drives":{"count":2,"generation":"LTO-6"},"slots":8,"ieSlots":2,"mediaDir":"%2/media",
            "cartridges":[{"first":"A00000L6","count":4,"capacity":"64M"},{"first":"B00000L8","count":1,"capacity":"64M"}]}]})")
                    .arg(kIqn, dir_.path()).toUtf8());
        f.close();
        const QString err = start(cfg);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.stop(); }

    void listAndShow()
    {
        const auto list = call("library.list");
        QVERIFY2(list.ok(), qPrintable(list.message));
        QCOMPARE(list.result.toArray().size(), 1);
        const QJsonObject lib = list.result.toArray().first().toObject();
        QCOMPARE(lib.value("name").toString(), kLib);
        QCOMPARE(lib.value("drives").toInt(), 2);
        QCOMPARE(lib.value("media").toInt(), 5);
        const QJsonObject s = show();
        QCOMPARE(s.value("elements").toArray().size(), 1 + 8 + 2 + 2);
        const QJsonObject slot1 = element(s, "slot:1");
        QCOMPARE(slot1.value("address").toInt(), 0x400);
        QCOMPARE(slot1.value("barcode").toString(), QStringLiteral("A00000L6"));
        QCOMPARE(slot1.value("mediaType").toString(), QStringLiteral("LTO-6"));
        const QJsonObject drive0 = element(s, "drive:0");
        QCOMPARE(drive0.value("address").toInt(), 0x101);
        QCOMPARE(drive0.value("drive").toObject().value("lun").toInt(), 1);
        QCOMPARE(drive0.value("full").toBool(), false);
        QCOMPARE(call("library.show", {{"name", "nope"}}).code, int(rpc::NotFound));
        const auto media = call("media.list", {{"library", kLib}});
        QVERIFY2(media.ok(), qPrintable(media.message));
        QCOMPARE(media.result.toArray().size(), 5);
        const QJsonObject m0 = media.result.toArray().first().toObject();
        QCOMPARE(m0.value("capacity").toDouble(), 64.0 * 1024 * 1024);
        QVERIFY(m0.contains("used"));
    }

    void moveLoadsAndUnloadsWithEvents()
    {
        auto w = watch();
        auto r = call("changer.move", {{"library", kLib}, {"from", "slot:1"}, {"to", "drive:0"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("barcode").toString(), QStringLiteral("A00000L6"));
        QJsonObject ev = waitMoved(*w, "A00000L6");
        QCOMPARE(ev.value("library").toString(), kLib);
        QCOMPARE(ev.value("fromName").toString(), QStringLiteral("slot:1"));
        QCOMPARE(ev.value("toName").toString(), QStringLiteral("drive:0"));
        QCOMPARE(ev.value("from").toInt(), 0x400);
        QCOMPARE(ev.value("to").toInt(), 0x101);
        QCOMPARE(ev.value("byInitiator").toBool(), false);
        const QJsonObject drive0 = element(show(), "drive:0");
        QCOMPARE(drive0.value("barcode").toString(), QStringLiteral("A00000L6"));
        QVERIFY(drive0.value("drive").toObject().value("loaded").toBool());
        // Unload by barcode, to the IE port (export), back into a slot (import).
        w->events.clear();
        QVERIFY(call("changer.move", {{"library", kLib}, {"from", "A00000L6"}, {"to", "ie:1"}}).ok());
        QCOMPARE(waitMoved(*w, "A00000L6").value("toName").toString(), QStringLiteral("ie:1"));
        w->events.clear();
        QVERIFY(call("changer.move", {{"library", kLib}, {"from", 0x300}, {"to", "slot:1"}}).ok());
        QCOMPARE(waitMoved(*w, "A00000L6").value("fromName").toString(), QStringLiteral("ie:1"));
        QCOMPARE(element(show(), "slot:1").value("barcode").toString(), QStringLiteral("A00000L6"));
        bool changed = false;
        for (const auto& [m, p] : w->events)
            changed = changed || (m == QLatin1String("event.library.changed") && p.value("library").toString() == kLib);
        QVERIFY(changed);
    }

    void refusedMovesSayWhatToDo()
    {
        QVERIFY(call("changer.move", {{"library", kLib}, {"from", "slot:3"}, {"to", "drive:1"}}).ok());
        auto r = call("changer.move", {{"library", kLib}, {"from", "slot:1"}, {"to", "drive:1"}});
        QCOMPARE(r.code, int(rpc::Busy));
        QVERIFY2(r.message.contains("drive:1 is occupied by A00002L6: unload it first"), qPrintable(r.message));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("destinationFull"));
        r = call("changer.move", {{"library", kLib}, {"from", "slot:8"}, {"to", "slot:7"}});
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("sourceEmpty"));
        QVERIFY2(r.message.contains("slot:8 is empty"), qPrintable(r.message));
        r = call("changer.move", {{"library", kLib}, {"from", "slot:99"}, {"to", "slot:7"}});
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QVERIFY2(r.message.contains("slot:1 .. slot:8"), qPrintable(r.message));
        // LTO-8 into an LTO-6 drive: the drive refuses, the cartridge stays.
        r = call("changer.move", {{"library", kLib}, {"from", "B00000L8"}, {"to", "drive:0"}});
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("incompatibleMedium"));
        QCOMPARE(element(show(), "slot:5").value("barcode").toString(), QStringLiteral("B00000L8"));
        // A loaded cartridge cannot be deleted.
        r = call("media.delete", {{"library", kLib}, {"barcode", "A00002L6"}});
        QCOMPARE(r.code, int(rpc::Busy));
        QVERIFY2(r.message.contains("unload it first"), qPrintable(r.message));
        QCOMPARE(call("changer.move", {{"library", kLib}, {"to", "slot:7"}}).code, int(rpc::InvalidParams));
    }

    void createMediaAndLibrariesLiveAndSaved()
    {
        auto w = watch();
        auto r = call("library.addCartridges", {{"library", kLib}, {"first", "C00000L6"}, {"count", 2}, {"capacity", "32M"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toArray().size(), 2);
        QCOMPARE(element(show(), "slot:6").value("barcode").toString(), QStringLiteral("C00000L6"));
        QVERIFY(!waitMoved(*w, "C00001L6").isEmpty());
        r = call("media.create", {{"library", kLib}, {"barcode", "W00000LW"}, {"capacity", "32M"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("location").toString(), QStringLiteral("slot:8"));
        QCOMPARE(call("media.create", {{"library", kLib}, {"barcode", "W00000LW"}}).code, int(rpc::AlreadyExists));
        r = call("media.create", {{"library", kLib}, {"barcode", "X00000L6"}});
        QCOMPARE(r.code, int(rpc::Busy));   // every slot is full
        r = call("media.delete", {{"library", kLib}, {"barcode", "W00000LW"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.result.toObject().value("fileDeleted").toBool());
        QVERIFY(!QFile::exists(dir_.path() + "/media/W00000LW.tape"));
        // Saved in the running configuration.
        const QJsonObject cfg = call("config.export").result.toObject().value("config").toObject();
        const QJsonArray sets = cfg.value("libraries").toArray().first().toObject().value("cartridges").toArray();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets.last().toObject().value("first").toString(), QStringLiteral("C00000L6"));

        // A second library, live: its target answers discovery, then it goes.
        r = call("library.create", {{"name", "lib2"}, {"iqn", "iqn.2026-11.lab.test:lib2"}, {"personality", "hp-msl-g3"},
                                    {"drives", QJsonObject{{"count", 1}, {"generation", "LTO-7"}}}, {"slots", 4}, {"ieSlots", 1},
                                    {"cartridges", QJsonArray{QJsonObject{{"first", "D00000L7"}, {"count", 2}, {"capacity", "16M"}}}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("media").toInt(), 2);
        QCOMPARE(call("library.list").result.toArray().size(), 2);
        QCOMPARE(call("library.create", {{"name", "lib2"}, {"iqn", "iqn.2026-11.lab.test:lib3"}}).code, int(rpc::AlreadyExists));
        QCOMPARE(call("library.create", {{"name", "lib3"}, {"iqn", "iqn.2026-11.lab.test:lib3"}, {"slots", 0}}).code, int(rpc::InvalidArgument));
        QVERIFY(call("changer.move", {{"library", "lib2"}, {"from", "slot:2"}, {"to", "drive:0"}}).ok());
        daemon_.stop();
        // Restart from the saved configuration: both libraries, the cartridge still in the drive.
        const QString err = start({});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(call("library.list").result.toArray().size(), 2);
        QCOMPARE(element(show("lib2"), "drive:0").value("barcode").toString(), QStringLiteral("D00001L7"));
        QVERIFY(call("library.delete", {{"name", "lib2"}}).ok());
        QCOMPARE(call("library.list").result.toArray().size(), 1);
        QCOMPARE(call("library.show", {{"name", "lib2"}}).code, int(rpc::NotFound));
    }

    void initiatorMoveMediumIsAnEvent()
    {
        const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
        if (cc.isEmpty() || !QFile::exists(QStringLiteral("/usr/include/iscsi/iscsi.h")))
            QSKIP("cc or libiscsi-dev missing");
        const QString tool = dir_.path() + QStringLiteral("/changer_cdbs");
        const QString src = QStringLiteral(STORLAB_TEST_DATA_DIR) + QStringLiteral("/../../clients/changer_cdbs.c");
        QCOMPARE(QProcess::execute(cc, {"-O1", "-std=c99", "-D_POSIX_C_SOURCE=200809L", "-o", tool, src, "-liscsi"}), 0);
        // The iSCSI port the daemon chose.
        const int port = daemon_.iscsiPort();
        QVERIFY(port > 0);
        auto w = watch();
        QByteArray out;
        test::runTool(tool, {QStringLiteral("iscsi://127.0.0.1:%1/%2/0").arg(port).arg(kIqn), "tur", "tur", "move", "1025", "258"}, &out);
        QVERIFY2(out.trimmed().endsWith("GOOD"), out.constData());   // the MOVE MEDIUM (after unit attentions)
        const QJsonObject ev = waitMoved(*w, "A00001L6");
        QVERIFY2(!ev.isEmpty(), "no event.media.moved for the initiator's MOVE MEDIUM");
        QCOMPARE(ev.value("fromName").toString(), QStringLiteral("slot:2"));
        QCOMPARE(ev.value("toName").toString(), QStringLiteral("drive:1"));
        QVERIFY(ev.value("byInitiator").toBool());
        QCOMPARE(element(show(), "drive:1").value("barcode").toString(), QStringLiteral("A00001L6"));
    }
};

QTEST_MAIN(TestLibraryRpc)
#include "test_library_rpc.moc"
