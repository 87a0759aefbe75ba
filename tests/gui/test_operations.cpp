// Live charts, media imports, drives and the edit dialogs against a real
// storlabd (child process): rates drawn from event.stats while a real
// initiator (libiscsi's iscsi-perf) reads; a dropped file that is not media
// refused before anything is sent; a folder dropped on a jukebox slot
// becomes a disc there (media.import); an upload cancelled with job.cancel
// leaves nothing; a standalone DVD drive loaded and ejected; edit dialogs
// filled field by field and checked over RPC.
#include "gui/add_media_dialog.h"
#include "gui/connection_manager.h"
#include "gui/detail_pane.h"
#include "gui/drive_actions.h"
#include "gui/import_job.h"
#include "gui/lab_model.h"
#include "gui/library_panel.h"
#include "gui/library_view.h"
#include "gui/live_charts.h"
#include "gui/lun_edit_dialog.h"
#include "gui/main_window.h"
#include "gui/media_file_check.h"
#include "gui/rate_chart.h"
#include "gui/stats_history.h"
#include "gui/string_list_editor.h"
#include "gui/target_edit_dialog.h"
#include "test_daemon.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QProcess>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace storlab;
using namespace storlab::gui;

// QTRY_* for helpers returning bool instead of ending the test function.
#define QTRY_VERIFY_WITH_TIMEOUT_RET(expr, ms)                                                                          \
    do {                                                                                                                 \
        QElapsedTimer t_;                                                                                                \
        t_.start();                                                                                                      \
        while (!(expr) && t_.elapsed() < (ms))                                                                           \
            QTest::qWait(20);                                                                                            \
        if (!(expr))                                                                                                     \
            return false;                                                                                                \
    } while (0)

static const QString kDisk = QStringLiteral("iqn.2026-11.lab.storlab:disk1");

class TestOperations : public QObject {
    Q_OBJECT

    TestDaemon daemon_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    bool has(const QString& method, const QJsonObject& probe = {})
    {
        return daemon_.call(method, probe).code != rpc::MethodNotFound;
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = daemon_.tempPath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // The first bytes of an ISO 9660 image: 16 empty sectors, then a primary
    // volume descriptor "\1CD001\1" (ECMA-119 §8.4).
    static QByteArray isoHead() { return QByteArray(32768, '\0') + QByteArray("\x01" "CD001\x01", 7) + QByteArray(2041, '\0'); }
    static void clickOk(QDialog* d)
    {
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    bool waitClosed(QDialog* d, int ms = 60000)
    {
        QPointer<QDialog> p(d);
        QTRY_VERIFY_WITH_TIMEOUT_RET(!p || !p->isVisible(), ms);
        return true;
    }
    // "" when the dialog closed (it deletes itself), else the error it shows.
    QString closedOrError(RpcDialog* d, int ms = 60000)
    {
        QPointer<RpcDialog> p(d);
        if (waitClosed(d, ms))
            return {};
        return p ? QStringLiteral("still open: ") + p->errorMessage() : QStringLiteral("gone");
    }
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        settings_ = std::make_unique<QSettings>(daemon_.tempPath(QStringLiteral("gui.ini")), QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(settings_.get());
        window_->resize(1280, 800);
        window_->show();
        window_->connectLocal(daemon_.socketPath());
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Target, kDisk), 10000);
    }
    void cleanupTestCase()
    {
        window_.reset();
        daemon_.stop();
    }

    // Rates are deltas of the monotonic counters over the samples' time.
    void statsRatesAreDeltasOfCounters()
    {
        ConnectionManager unconnected;
        StatsHistory h(&unconnected);
        auto sample = [](qint64 t, double commands, double read, double written, double latency) {
            const QJsonObject lun{{"lun", 1}, {"commands", commands}, {"bytesRead", read}, {"bytesWritten", written},
                                  {"latencyMicros", latency}};
            return QJsonObject{{"time", double(t)},
                               {"targets", QJsonArray{QJsonObject{{"target", "iqn.x:t"}, {"luns", QJsonArray{lun}}}}}};
        };
        h.addSample(sample(1'000'000, 100, 0, 0, 5000));
        QVERIFY(h.series("iqn.x:t/1").isEmpty());   // one sample is no rate yet
        h.addSample(sample(1'002'000, 300, 4e6, 2e6, 25000));   // 2 s: 200 commands, 6 MB, 20000 µs
        const QList<RatePoint> s = h.series("iqn.x:t/1");
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].iops, 100.0);
        QCOMPARE(s[0].megabytesPerSecond, 3.0);
        QCOMPARE(s[0].latencyMicros, 100.0);
        QCOMPARE(h.series("iqn.x:t").size(), 1);   // the target sums its LUNs
        // A rebuilt LU restarts its counters: a new baseline, never a negative rate.
        h.addSample(sample(1'003'000, 10, 0, 0, 100));
        QCOMPARE(h.series("iqn.x:t/1").size(), 1);
        h.addSample(sample(1'004'000, 60, 0, 0, 600));
        QCOMPARE(h.series("iqn.x:t/1").last().iops, 50.0);
    }

    void liveChartsFollowARealInitiator()
    {
        QVERIFY(window_->selectObject(LabModel::Lun, kDisk + QStringLiteral("/1")));
        LiveCharts* charts = window_->detailPane()->charts();
        QTRY_VERIFY(charts->isVisible());
        QCOMPARE(charts->key(), kDisk + QStringLiteral("/1"));
        QElapsedTimer wait;
        wait.start();
        while (!window_->stats()->receiving() && wait.elapsed() < 5000)
            QTest::qWait(50);
        if (!window_->stats()->receiving())
            QSKIP("this storlabd sends no event.stats yet");
        const QString perf = QStandardPaths::findExecutable(QStringLiteral("iscsi-perf"));
        if (perf.isEmpty())
            QSKIP("iscsi-perf (libiscsi-bin) missing");
        QProcess load;
        load.start(perf, {QStringLiteral("iscsi://127.0.0.1:%1/%2/1").arg(daemon_.port()).arg(kDisk)});
        QVERIFY(load.waitForStarted());
        auto busy = [charts] {
            const QList<QPointF> p = charts->iops()->points();
            return !p.isEmpty() && p.last().y() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(busy(), 20000);
        load.kill();
        load.waitForFinished();
        QVERIFY(charts->throughput()->points().last().y() > 0);
        QVERIFY(charts->latency()->points().last().y() > 0);
        // The target's charts sum its LUNs.
        QVERIFY(window_->selectObject(LabModel::Target, kDisk));
        QCOMPARE(charts->key(), kDisk);
        QVERIFY(!window_->stats()->series(kDisk).isEmpty());
    }

    void mediaFilesAreCheckedByNameAndContent()
    {
        const QString notes = writeFile(QStringLiteral("notes.txt"), "shopping list\n");
        const QString fakeIso = writeFile(QStringLiteral("fake.iso"), QByteArray(40000, 'x'));
        const QString iso = writeFile(QStringLiteral("disc.iso"), isoHead());
        const QString gz = writeFile(QStringLiteral("disc.iso.gz"), QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(100, '\0'));
        const QString gzNamedIso = writeFile(QStringLiteral("packed.iso"), QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(100, '\0'));
        QVERIFY(!checkMediaFile(notes).ok);
        QVERIFY(checkMediaFile(notes).problem.contains(QStringLiteral("not disc media")));
        QVERIFY(!checkMediaFile(fakeIso).ok);
        QVERIFY(checkMediaFile(fakeIso).problem.contains(QStringLiteral("fake.iso")));
        QVERIFY(checkMediaFile(iso).ok && checkMediaFile(iso).plainImage);
        QVERIFY(checkMediaFile(gz).ok && !checkMediaFile(gz).plainImage);
        QVERIFY(checkMediaFile(gzNamedIso).problem.contains(QStringLiteral("gzip")));
        QVERIFY(checkMediaFile(daemon_.tempPath({})).folder);
    }

    void notMediaIsRefusedBeforeAnythingIsSent()
    {
        if (!window_->selectObject(LabModel::Library, QStringLiteral("jukebox")))
            QSKIP("no jukebox in this daemon's default lab");
        QTRY_VERIFY_WITH_TIMEOUT(window_->libraryPanel()->view()->state().name == QStringLiteral("jukebox"), 10000);
        LibraryView* v = window_->libraryPanel()->view();
        QSignalSpy refused(v, &LibraryView::dropRefused);
        QSignalSpy dropped(v, &LibraryView::filesDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("readme.txt"), "hello"))});
        QVERIFY(!v->state().ofType(ChangerElement::Drive).isEmpty());
        QVERIFY(!v->dropFiles(&mime, v->elementCenter(v->state().ofType(ChangerElement::Drive).first().address)));
        QCOMPARE(dropped.size(), 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(window_->libraryPanel()->message().contains(QStringLiteral("readme.txt")), qPrintable(window_->libraryPanel()->message()));
        if (has(QStringLiteral("job.list")))
            QCOMPARE(daemon_.call(QStringLiteral("job.list")).result.toArray().size(), 0);
    }

    void folderDroppedOnJukeboxSlotBecomesADisc()
    {
        if (!has(QStringLiteral("job.list")))
            QSKIP("this storlabd has no media.import/jobs yet");
        QVERIFY(window_->selectObject(LabModel::Library, QStringLiteral("jukebox")));
        LibraryView* v = window_->libraryPanel()->view();
        QTRY_VERIFY_WITH_TIMEOUT(v->state().name == QStringLiteral("jukebox"), 10000);
        const ChangerElement* empty = nullptr;
        for (const ChangerElement& e : v->state().elements)
            if (e.type == ChangerElement::Slot && !e.full) {
                empty = &e;
                break;
            }
        QVERIFY(empty);
        const int slot = empty->address;
        QDir().mkpath(daemon_.tempPath(QStringLiteral("docs")));
        writeFile(QStringLiteral("docs/hello.txt"), "hello from the GUI test\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(daemon_.tempPath(QStringLiteral("docs")))});
        QSignalSpy finished(window_->libraryPanel(), &LibraryPanel::importFinished);
        QVERIFY(v->dropFiles(&mime, v->elementCenter(slot)));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString barcode = finished.first().at(1).toString();
        // The daemon has the disc in that slot; the view shows it through events.
        const QJsonObject show = daemon_.call(QStringLiteral("library.show"), {{"name", "jukebox"}}).result.toObject();
        bool there = false;
        for (const QJsonValue& e : show.value(QStringLiteral("elements")).toArray())
            there |= e.toObject().value(QStringLiteral("address")).toInt() == slot
                     && e.toObject().value(QStringLiteral("barcode")).toString() == barcode;
        QVERIFY2(there, qPrintable(barcode));
        QTRY_VERIFY_WITH_TIMEOUT(v->state().at(slot)->barcode == barcode, 5000);
    }

    void cancelledUploadLeavesNothing()
    {
        if (!has(QStringLiteral("job.list")))
            QSKIP("this storlabd has no media.import/jobs yet");
        // An upload (as over TLS) cannot finish before all bytes are sent: cancel after the first chunk.
        QByteArray big = isoHead();
        big.resize(3 * ImportJob::kChunkBytes);
        const QString path = writeFile(QStringLiteral("big.iso"), big);
        ImportJob job(window_->connection(), path, {}, true);
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.jobId() >= 0, 10000);
        job.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(3).toInt(), int(rpc::Cancelled));
        QCOMPARE(daemon_.call(QStringLiteral("job.list")).result.toArray().size(), 0);
        const QString media = daemon_.stateDir() + QStringLiteral("/media");
        for (const QString& f : QDir(media).entryList(QDir::Files))
            QVERIFY2(!f.contains(QStringLiteral("big")), qPrintable(f));
    }

    void standaloneDvdDriveLoadsAndEjects()
    {
        if (!has(QStringLiteral("drive.show"), {{"target", kDisk}, {"lun", 1}}))
            QSKIP("this storlabd has no drive.* methods yet");
        const QString iqn = QStringLiteral("iqn.2026-11.lab.storlab:dvd-test");
        QVERIFY(daemon_.call(QStringLiteral("target.create"), {{"iqn", iqn}}).ok());
        const rpc::RpcReply add = daemon_.call(QStringLiteral("lun.add"), {{"target", iqn}, {"lun", 1}, {"type", "dvd"}});
        QVERIFY2(add.ok(), qPrintable(add.message));
        const QString key = iqn + QStringLiteral("/1");
        auto drive = [&] {
            QStandardItem* it = window_->model()->find(LabModel::Lun, key);
            return it ? it->data(LabModel::DriveRole).toMap() : QVariantMap();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!drive().isEmpty(), 10000);
        QCOMPARE(drive().value("loaded").toBool(), false);
        QSignalSpy done(window_->driveActions(), &DriveActions::done);
        // A folder: the daemon masters it into an ISO (media.import {target, lun}) and loads it.
        QDir().mkpath(daemon_.tempPath(QStringLiteral("dvdfiles")));
        writeFile(QStringLiteral("dvdfiles/readme.txt"), "on a standalone DVD drive\n");
        window_->driveActions()->loadFile(iqn, 1, QStringLiteral("dvd"), daemon_.tempPath(QStringLiteral("dvdfiles")));
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(drive().value("loaded").toBool(), 5000);   // event.drive.changed
        // An eject made elsewhere (CLI, another GUI) arrives by event.
        QVERIFY(daemon_.call(QStringLiteral("drive.eject"), {{"target", iqn}, {"lun", 1}}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!drive().value("loaded").toBool(), 5000);
        // A file that is not media is refused by the GUI, the daemon is not asked.
        done.clear();
        window_->driveActions()->loadFile(iqn, 1, QStringLiteral("dvd"), writeFile(QStringLiteral("x.txt"), "x"));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QStringLiteral("driveError"))
                w->close();
    }

    void targetEditDialogAppliesAclAndChap()
    {
        QVERIFY(window_->selectObject(LabModel::Target, kDisk));
        auto* d = qobject_cast<TargetEditDialog*>(window_->editSelected());
        QVERIFY(d);
        QTRY_VERIFY(d->accountsLoaded());
        d->initiatorNames()->input()->setText(QStringLiteral("iqn.1993-08.org.debian:01:gui"));
        QTest::keyClick(d->initiatorNames()->input(), Qt::Key_Return);   // adds, does not press OK
        QVERIFY(d->isVisible());
        d->initiatorAddresses()->input()->setText(QStringLiteral("127.0.0.0/8"));
        d->incomingUsers()->input()->setText(QStringLiteral("guiuser"));
        // A new CHAP user without a secret: the dialog says what to do and stays.
        clickOk(d);
        QVERIFY(d->isVisible());
        QVERIFY(d->errorMessage().contains(QStringLiteral("guiuser")));
        d->incomingSecret()->setText(QStringLiteral("gui-secret-123"));
        clickOk(d);
        QVERIFY(waitClosed(d));
        const QJsonObject t = daemon_.call(QStringLiteral("target.show"), {{"target", kDisk}}).result.toObject();
        QVERIFY(t.value("initiatorNames").toArray().contains(QStringLiteral("iqn.1993-08.org.debian:01:gui")));
        QVERIFY(t.value("initiatorAddresses").toArray().contains(QStringLiteral("127.0.0.0/8")));
        QVERIFY(QJsonDocument(t.value("incomingUsers").toArray()).toJson().contains("guiuser"));
        // And back: removing the entries removes them on the daemon.
        auto treeHasIt = [this] {
            QStandardItem* it = window_->model()->find(LabModel::Target, kDisk);
            return it && it->data(LabModel::DetailsRole).toMap().value("initiatorNames").toStringList().contains(
                             QStringLiteral("iqn.1993-08.org.debian:01:gui"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(treeHasIt(), 5000);   // the tree follows by events
        QVERIFY(window_->selectObject(LabModel::Target, kDisk));
        d = qobject_cast<TargetEditDialog*>(window_->editSelected());
        d->initiatorNames()->list()->selectAll();
        d->initiatorAddresses()->list()->selectAll();
        d->incomingUsers()->list()->selectAll();
        for (StringListEditor* e : {d->initiatorNames(), d->initiatorAddresses(), d->incomingUsers()})
            qDeleteAll(e->list()->selectedItems());
        clickOk(d);
        QVERIFY(waitClosed(d));
        const QJsonObject after = daemon_.call(QStringLiteral("target.show"), {{"target", kDisk}}).result.toObject();
        QCOMPARE(after.value("initiatorNames").toArray().size(), 0);
        QCOMPARE(after.value("initiatorAddresses").toArray().size(), 0);
        QCOMPARE(after.value("incomingUsers").toArray().size(), 0);
    }

    void lunEditDialogUpdatesTheLun()
    {
        QVERIFY(window_->selectObject(LabModel::Lun, kDisk + QStringLiteral("/1")));
        auto* d = qobject_cast<LunEditDialog*>(window_->editSelected());
        QVERIFY(d);
        const bool wasReadOnly = d->readOnly()->isChecked();
        d->readOnly()->setChecked(!wasReadOnly);
        d->vendor()->setText(QStringLiteral("GUITEST"));
        if (d->force())
            d->force()->setChecked(true);
        clickOk(d);
        const QString error = closedOrError(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QJsonValue& l : daemon_.call(QStringLiteral("lun.list"), {{"target", kDisk}}).result.toArray())
            if (l.toObject().value("lun").toInt() == 1) {
                QCOMPARE(l.toObject().value("readOnly").toBool(), !wasReadOnly);
                QCOMPARE(l.toObject().value("vendor").toString(), QStringLiteral("GUITEST"));
            }
    }

    void addMediaDialogCreatesCartridgesOneByOne()
    {
        if (!window_->selectObject(LabModel::Library, QStringLiteral("tapelib")))
            QSKIP("no tape library in this daemon's default lab");
        const int before = daemon_.call(QStringLiteral("media.list"), {{"library", "tapelib"}}).result.toArray().size();
        auto* d = qobject_cast<AddMediaDialog*>(window_->addMediaToSelected());
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->firstBarcode()->text().isEmpty(), 5000);
        d->count()->setValue(2);
        clickOk(d);
        const QString error = closedOrError(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(daemon_.call(QStringLiteral("media.list"), {{"library", "tapelib"}}).result.toArray().size(), before + 2);
        QCOMPARE(AddMediaDialog::nextBarcode(QStringLiteral("A00009L6")), QStringLiteral("A00010L6"));
        QCOMPARE(AddMediaDialog::nextBarcode(QStringLiteral("A99999L6")), QString());
    }
};

QTEST_MAIN(TestOperations)
#include "test_operations.moc"
