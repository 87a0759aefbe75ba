// drive.* and media.import / media.upload / job.* against an in-process
// storlabd (shared/PROTOCOL.md, "drive", "jobs", "media"): a standalone DVD
// and tape drive loaded and ejected with event.drive.changed, the refusals
// (occupied, empty, not a medium, not a drive, a drive of a library, no such
// LUN), the loaded medium kept in the saved configuration; imports of a
// folder (stored only, into a library and its drive), an upload in chunks
// (offsets, base64, cancel while receiving), and refused imports that leave
// nothing behind.
#include "app/daemon_app.h"
#include "media/optical_image.h"
#include "media/tape_cartridge.h"
#include "shared/rpc_blocking.h"
#include "shared/rpc_client.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace storlab;

namespace {
const QString kIqn = QStringLiteral("iqn.2026-11.lab.test:drives");
}

class TestDriveRpc : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<app::Daemon> daemon_;
    QString iso_, cartridge_;

    QString socketPath() const { return dir_.path() + QStringLiteral("/admin.sock"); }
    QString start()
    {
        app::DaemonOptions o;
        o.stateDir = dir_.path() + QStringLiteral("/state");
        o.socketPath = socketPath();
        o.portals << QStringLiteral("127.0.0.1:0");
        o.reactors = 1;
        o.configPath = dir_.path() + QStringLiteral("/lab.json");
        daemon_ = std::make_unique<app::Daemon>(o);
        return daemon_->start();
    }
    rpc::RpcReply call(const QString& method, const QJsonObject& params = {})
    {
        rpc::BlockingClient c;
        QString err;
        if (!c.connectTo({socketPath()}, &err, 5000))
            return rpc::RpcReply{{}, rpc::TransportError, err, {}};
        return c.call(method, params, 60000);
    }
    struct Watcher {
        rpc::RpcClient client;
        QList<QJsonObject> drive, library, progress, finished;
    };
    std::unique_ptr<Watcher> watch()
    {
        auto w = std::make_unique<Watcher>();
        Watcher* raw = w.get();
        QObject::connect(&w->client, &rpc::RpcClient::eventReceived, [raw](const QString& m, const QJsonObject& p) {
            if (m == QLatin1String("event.drive.changed"))
                raw->drive << p;
            else if (m == QLatin1String("event.library.changed"))
                raw->library << p;
            else if (m == QLatin1String("event.job.progress"))
                raw->progress << p;
            else if (m == QLatin1String("event.job.finished"))
                raw->finished << p;
        });
        bool subscribed = false;
        QObject::connect(&w->client, &rpc::RpcClient::ready, [&] {
            w->client.call("events.subscribe", {{"events", QJsonArray{"event.drive.*", "event.library.*", "event.job.*"}}},
                           [&](const rpc::RpcReply&) { subscribed = true; });
        });
        w->client.connectTo({socketPath()});
        for (int i = 0; i < 500 && !subscribed; ++i)
            QTest::qWait(10);
        return w;
    }
    static QJsonObject waitDrive(Watcher& w, qint64 lun, const QString& reason)
    {
        for (int waited = 0; waited < 10000; waited += 10) {
            for (const QJsonObject& p : w.drive)
                if (p.value("lun").toInteger() == lun && p.value("reason").toString() == reason)
                    return p;
            QTest::qWait(10);
        }
        return {};
    }
    static QJsonObject waitFinished(Watcher& w, qint64 job)
    {
        for (int waited = 0; waited < 60000; waited += 10) {
            for (const QJsonObject& p : w.finished)
                if (p.value("job").toInteger() == job)
                    return p;
            QTest::qWait(10);
        }
        return {};
    }
    QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files); }
    QJsonObject ref(qint64 lun, QJsonObject more = {})
    {
        more["target"] = kIqn;
        more["lun"] = lun;
        return more;
    }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        QDir(dir_.path()).removeRecursively();
        QDir().mkpath(dir_.path() + "/tree");
        QVERIFY(media::writeSampleTree((dir_.path() + "/tree").toStdString(), 7).ok());
        iso_ = dir_.path() + "/disc.iso";
        media::MasterOptions mo;
        mo.volumeId = "DRIVETEST";
        QVERIFY(media::masterIso({{(dir_.path() + "/tree").toStdString(), ""}}, iso_.toStdString(), mo).ok());
        cartridge_ = dir_.path() + "/T00001L6.cart";
        media::CreateOptions co;
        co.barcode = "T00001L6";
        co.capacity = 16 << 20;
        QVERIFY(media::TapeCartridge::create(cartridge_.toStdString(), co).ok());
        QFile f(dir_.path() + "/lab.json");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"schema":2,"targets":[{"iqn":"%1","luns":[{"lun":1,"type":"dvd"},
            {"lun":2,"type":"tape","options":{"generation":"LTO-6"}},{"lun":3,"type":"disk","store":"null","size":"1M"}]}],
            "libraries":[{"name":"jb","iqn":"iqn.2026-11.lab.test:jb","personality":"storlab-jukebox",
            "drives":{"count":1,"type":"dvd","firstLun":1},"slots":4,"ieSlots":1,"mediaDir":"%2/jbmedia",
            "discs":[{"first":"ISO000","count":1,"sample":true}]}]})").arg(kIqn, dir_.path()).toUtf8());
        f.close();
        const QString err = start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanup() { daemon_.reset(); }

    void dvdLoadShowEject()
    {
        auto w = watch();
        auto s = call("drive.show", ref(1));
        QVERIFY2(s.ok(), qPrintable(s.message));
        QCOMPARE(s.result.toObject().value("type").toString(), QStringLiteral("dvd"));
        QCOMPARE(s.result.toObject().value("loaded").toBool(), false);
        auto r = call("drive.load", ref(1, {{"path", iso_}}));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("mediaType").toString(), QStringLiteral("DVD-ROM"));
        QVERIFY(r.result.toObject().value("tid").toInt() > 0);
        const QJsonObject loaded = waitDrive(*w, 1, "loaded");
        QCOMPARE(loaded.value("target").toString(), kIqn);
        QCOMPARE(loaded.value("loaded").toBool(), true);
        QCOMPARE(loaded.value("path").toString(), iso_);
        QCOMPARE(loaded.value("byInitiator").toBool(), false);
        s = call("drive.show", ref(1));
        QCOMPARE(s.result.toObject().value("loaded").toBool(), true);
        QCOMPARE(s.result.toObject().value("path").toString(), iso_);
        // A second disc: the drive is occupied.
        r = call("drive.load", ref(1, {{"path", iso_}}));
        QCOMPARE(r.code, int(rpc::Busy));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("destinationFull"));
        QVERIFY2(r.message.contains("eject it first"), qPrintable(r.message));
        // The loaded disc is saved with the LUN (a restart finds it in the drive).
        auto cfg = call("config.export").result.toObject().value("config").toObject();
        QCOMPARE(cfg.value("targets").toArray().first().toObject().value("luns").toArray().first().toObject().value("path").toString(), iso_);
        r = call("drive.eject", ref(1));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("path").toString(), iso_);
        QCOMPARE(waitDrive(*w, 1, "unloaded").value("loaded").toBool(), false);
        r = call("drive.eject", ref(1));
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("sourceEmpty"));
        QVERIFY(QFile::exists(iso_));   // ejecting never deletes the image
    }

    void tapeLoadAndEject()
    {
        auto r = call("drive.load", ref(2, {{"path", cartridge_}}));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("mediaType").toString(), QStringLiteral("LTO-6"));
        auto s = call("drive.show", {{"tid", r.result.toObject().value("tid")}, {"lun", 2}}).result.toObject();
        QCOMPARE(s.value("type").toString(), QStringLiteral("tape"));
        QCOMPARE(s.value("barcode").toString(), QStringLiteral("T00001L6"));
        // An ISO is not a cartridge.
        QVERIFY(call("drive.eject", ref(2)).ok());
        r = call("drive.load", ref(2, {{"path", iso_}}));
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("invalidMedium"));
    }

    void refusals()
    {
        // Not a medium: a text file and a gzip file, each named for what it is.
        const QString text = dir_.path() + "/notes.txt";
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just some notes\n");
        t.close();
        auto r = call("drive.load", ref(1, {{"path", text}}));
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        QVERIFY2(r.message.contains("text file"), qPrintable(r.message));
        const QString gz = dir_.path() + "/disc.iso.gz";
        QFile g(gz);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(600, 'x'));
        g.close();
        r = call("drive.load", ref(1, {{"path", gz}}));
        QVERIFY2(r.message.contains("gzip") && r.message.contains("media.import"), qPrintable(r.message));
        QCOMPARE(call("drive.show", ref(1)).result.toObject().value("loaded").toBool(), false);
        r = call("drive.load", ref(1, {{"path", dir_.path() + "/missing.iso"}}));
        QCOMPARE(r.code, int(rpc::InvalidArgument));
        r = call("drive.load", ref(1, {{"path", "relative.iso"}}));
        QVERIFY2(r.message.contains("absolute"), qPrintable(r.message));
        // Not a drive, no such LUN, no such target, a typo in the params.
        QCOMPARE(call("drive.show", ref(3)).code, int(rpc::InvalidArgument));
        QCOMPARE(call("drive.show", ref(9)).code, int(rpc::NotFound));
        QCOMPARE(call("drive.show", {{"target", "iqn.2026-11.lab.test:none"}, {"lun", 1}}).code, int(rpc::NotFound));
        QCOMPARE(call("drive.load", ref(1, {{"file", iso_}})).code, int(rpc::InvalidParams));
        QCOMPARE(call("drive.show", {{"target", kIqn}}).code, int(rpc::InvalidParams));
    }

    void libraryDrivesRefuseAndReportMoves()
    {
        auto w = watch();
        auto r = call("drive.eject", {{"target", "iqn.2026-11.lab.test:jb"}, {"lun", 1}});
        QCOMPARE(r.code, int(rpc::Busy));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("inLibrary"));
        QVERIFY2(r.message.contains("drive 0 of library jb: use changer.move"), qPrintable(r.message));
        QCOMPARE(call("drive.load", {{"target", "iqn.2026-11.lab.test:jb"}, {"lun", 1}, {"path", iso_}}).data.toObject().value("reason").toString(),
                 QStringLiteral("inLibrary"));
        // A changer move into the drive is a load of the drive, with the disc's volume tag.
        QVERIFY(call("changer.move", {{"library", "jb"}, {"from", "slot:1"}, {"to", "drive:0"}}).ok());
        const QJsonObject ev = waitDrive(*w, 1, "loaded");
        QCOMPARE(ev.value("library").toString(), QStringLiteral("jb"));
        QCOMPARE(ev.value("drive").toString(), QStringLiteral("drive:0"));
        QCOMPARE(ev.value("barcode").toString(), QStringLiteral("ISO000"));
        const auto s = call("drive.show", {{"target", "iqn.2026-11.lab.test:jb"}, {"lun", 1}}).result.toObject();
        QCOMPARE(s.value("library").toString(), QStringLiteral("jb"));
        QCOMPARE(s.value("loaded").toBool(), true);
        QVERIFY(call("changer.move", {{"library", "jb"}, {"from", "drive:0"}, {"to", "slot:1"}}).ok());
        QCOMPARE(waitDrive(*w, 1, "unloaded").value("library").toString(), QStringLiteral("jb"));
    }

    void importFolderStoredAndIntoLibrary()
    {
        auto w = watch();
        auto r = call("media.import", {{"source", QJsonObject{{"path", dir_.path() + "/tree"}}}, {"name", "plain"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        const qint64 job = r.result.toObject().value("job").toInteger();
        QJsonObject done = waitFinished(*w, job);
        QVERIFY2(done.value("ok").toBool(), qPrintable(QJsonDocument(done).toJson()));
        QCOMPARE(done.value("kind").toString(), QStringLiteral("media.import"));
        const QString stored = dir_.path() + "/state/media/plain.iso";
        QCOMPARE(done.value("result").toObject().value("path").toString(), stored);
        QCOMPARE(done.value("result").toObject().value("size").toInteger(), QFileInfo(stored).size());
        bool mastering = false;
        for (const QJsonObject& p : w->progress)
            mastering = mastering || (p.value("job").toInteger() == job && p.value("phase").toString() == "mastering");
        QVERIFY(mastering);
        // The same name again is taken.
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", dir_.path() + "/tree"}}}, {"name", "plain"}}).code, int(rpc::AlreadyExists));
        // Into the jukebox: next barcode of the series (ISO001), slot 3, then the drive.
        r = call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"to", "slot:3"}, {"drive", "drive:0"}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        done = waitFinished(*w, r.result.toObject().value("job").toInteger());
        QVERIFY2(done.value("ok").toBool(), qPrintable(QJsonDocument(done).toJson()));
        const QJsonObject res = done.value("result").toObject();
        QCOMPARE(res.value("barcode").toString(), QStringLiteral("ISO001"));
        QCOMPARE(res.value("location").toString(), QStringLiteral("drive:0"));
        QVERIFY(QFile::exists(dir_.path() + "/jbmedia/ISO001.iso"));
        const auto s = call("drive.show", {{"target", "iqn.2026-11.lab.test:jb"}, {"lun", 1}}).result.toObject();
        QCOMPARE(s.value("barcode").toString(), QStringLiteral("ISO001"));
        // Saved as a one-disc set of the library.
        const QJsonArray libs = call("config.export").result.toObject().value("config").toObject().value("libraries").toArray();
        QVERIFY(QJsonDocument(libs).toJson().contains("ISO001"));
        // The drive is occupied now: a second import into it is refused before any job starts.
        r = call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"drive", "drive:0"}});
        QCOMPARE(r.code, int(rpc::Busy));
        QCOMPARE(r.data.toObject().value("reason").toString(), QStringLiteral("destinationFull"));
    }

    void importIntoStandaloneDrive()
    {
        auto w = watch();
        auto r = call("media.import", ref(1, {{"source", QJsonObject{{"path", iso_}}}}));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject done = waitFinished(*w, r.result.toObject().value("job").toInteger());
        QVERIFY2(done.value("ok").toBool(), qPrintable(QJsonDocument(done).toJson()));
        QCOMPARE(done.value("result").toObject().value("lun").toInt(), 1);
        QVERIFY(done.value("result").toObject().value("tid").toInt() > 0);
        const auto s = call("drive.show", ref(1)).result.toObject();
        QCOMPARE(s.value("loaded").toBool(), true);
        QCOMPARE(s.value("path").toString(), done.value("result").toObject().value("path").toString());
        // A tape drive takes no disc images; the occupied DVD drive is refused.
        QCOMPARE(call("media.import", ref(2, {{"source", QJsonObject{{"path", iso_}}}})).code, int(rpc::InvalidArgument));
        QCOMPARE(call("media.import", ref(1, {{"source", QJsonObject{{"path", iso_}}}})).data.toObject().value("reason").toString(),
                 QStringLiteral("destinationFull"));
    }

    void uploadInChunks()
    {
        auto w = watch();
        QFile f(iso_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto r = call("media.import", {{"source", QJsonObject{{"upload", QJsonObject{{"name", "up.iso"}, {"size", double(bytes.size())}}}}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        const qint64 job = r.result.toObject().value("job").toInteger();
        QCOMPARE(call("job.list").result.toArray().first().toObject().value("phase").toString(), QStringLiteral("receiving"));
        const qint64 half = bytes.size() / 2;
        auto up = [&](qint64 offset, const QByteArray& data) {
            return call("media.upload", {{"job", job}, {"offset", double(offset)}, {"data", QString::fromLatin1(data.toBase64())}});
        };
        r = up(0, bytes.left(half));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.result.toObject().value("received").toInteger(), half);
        QCOMPARE(up(0, bytes.left(10)).code, int(rpc::InvalidArgument));   // not where the job is
        QCOMPARE(call("media.upload", {{"job", job}, {"offset", double(half)}, {"data", "!!not base64!!"}}).code, int(rpc::InvalidArgument));
        QCOMPARE(up(half, bytes.mid(half) + "extra").code, int(rpc::InvalidArgument));   // beyond the size
        QCOMPARE(call("media.upload", {{"job", 999}, {"offset", 0}, {"data", ""}}).code, int(rpc::NotFound));
        r = up(half, bytes.mid(half));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject done = waitFinished(*w, job);
        QVERIFY2(done.value("ok").toBool(), qPrintable(QJsonDocument(done).toJson()));
        QFile out(done.value("result").toObject().value("path").toString());
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), bytes);
        QVERIFY(filesIn(dir_.path() + "/state/uploads").isEmpty());

        // Cancelled while receiving: finished with -32010, the upload removed.
        r = call("media.import", {{"source", QJsonObject{{"upload", QJsonObject{{"name", "gone.iso"}, {"size", 1 << 20}}}}}});
        const qint64 second = r.result.toObject().value("job").toInteger();
        QVERIFY(up(0, QByteArray(4096, 'x')).code != 0);   // the first job is over
        QVERIFY(call("media.upload", {{"job", second}, {"offset", 0}, {"data", QString::fromLatin1(QByteArray(4096, 'x').toBase64())}}).ok());
        QVERIFY(call("job.cancel", {{"job", second}}).ok());
        const QJsonObject cancelled = waitFinished(*w, second);
        QCOMPARE(cancelled.value("ok").toBool(), false);
        QCOMPARE(cancelled.value("error").toObject().value("code").toInt(), int(rpc::Cancelled));
        QVERIFY(filesIn(dir_.path() + "/state/uploads").isEmpty());
        QVERIFY(call("job.list").result.toArray().isEmpty());
        QCOMPARE(call("job.cancel", {{"job", second}}).code, int(rpc::NotFound));
    }

    void abandonedUploadEnds()
    {
        // A client that stops sending (crashed, disconnected) must not leave the
        // job receiving forever: after idleSeconds without a chunk it ends, its
        // partial file removed; each chunk renews the wait.
        auto w = watch();
        auto import = [&](const QJsonObject& upload) { return call("media.import", {{"source", QJsonObject{{"upload", upload}}}}); };
        for (const QJsonValue idle : {QJsonValue(0), QJsonValue(1.5), QJsonValue("10"), QJsonValue(86401)})
            QCOMPARE(import({{"name", "x.iso"}, {"size", 4096}, {"idleSeconds", idle}}).code, int(rpc::InvalidParams));
        QCOMPARE(import({{"name", "x.iso"}, {"size", 4096}, {"idle", 5}}).code, int(rpc::InvalidParams));   // unknown key
        auto r = import({{"name", "left.iso"}, {"size", 1 << 20}, {"idleSeconds", 1}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        const qint64 job = r.result.toObject().value("job").toInteger();
        const QByteArray chunk(4096, 'x');
        QVERIFY(call("media.upload", {{"job", job}, {"offset", 0}, {"data", QString::fromLatin1(chunk.toBase64())}}).ok());
        QCOMPARE(filesIn(dir_.path() + "/state/uploads").size(), 1);
        const QJsonObject done = waitFinished(*w, job);
        QCOMPARE(done.value("ok").toBool(), false);
        QCOMPARE(done.value("error").toObject().value("code").toInt(), int(rpc::Cancelled));
        QVERIFY2(done.value("error").toObject().value("message").toString().contains("abandoned"), qPrintable(QJsonDocument(done).toJson()));
        QVERIFY(filesIn(dir_.path() + "/state/uploads").isEmpty());
        QVERIFY(call("job.list").result.toArray().isEmpty());
        QCOMPARE(call("media.upload", {{"job", job}, {"offset", 4096}, {"data", QString::fromLatin1(chunk.toBase64())}}).code, int(rpc::NotFound));
    }

    void refusedImportsLeaveNothing()
    {
        auto w = watch();
        const QString text = dir_.path() + "/notes.txt";
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not a disc\n");
        t.close();
        auto r = call("media.import", {{"source", QJsonObject{{"path", text}}}});
        QVERIFY2(r.ok(), qPrintable(r.message));   // a job: the content is looked at in the background
        QJsonObject done = waitFinished(*w, r.result.toObject().value("job").toInteger());
        QCOMPARE(done.value("ok").toBool(), false);
        QCOMPARE(done.value("error").toObject().value("code").toInt(), int(rpc::InvalidArgument));
        // Over the cap: the folder's files are bigger than 1 KiB.
        r = call("media.import", {{"source", QJsonObject{{"path", dir_.path() + "/tree"}}}, {"maxExpandedBytes", 1024}});
        done = waitFinished(*w, r.result.toObject().value("job").toInteger());
        QCOMPARE(done.value("error").toObject().value("code").toInt(), int(rpc::InvalidArgument));
        QVERIFY(filesIn(dir_.path() + "/state/media").isEmpty());
        // Refused before a job starts.
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", "relative/x.iso"}}}}).code, int(rpc::InvalidArgument));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}, {"upload", 1}}}}).code, int(rpc::InvalidParams));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"upload", QJsonObject{{"name", "x"}}}}}}).code, int(rpc::InvalidParams));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"target", kIqn}, {"lun", 1}}).code,
                 int(rpc::InvalidArgument));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"barcode", "X1"}}).code, int(rpc::InvalidArgument));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"barcode", "ISO000"}}).code,
                 int(rpc::AlreadyExists));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"to", "drive:0"}}).code,
                 int(rpc::InvalidArgument));
        QCOMPARE(call("media.import", {{"source", QJsonObject{{"path", iso_}}}, {"library", "jb"}, {"to", "slot:1"}}).code, int(rpc::Busy));
        QVERIFY(call("job.list").result.toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDriveRpc)
#include "test_drive_rpc.moc"
