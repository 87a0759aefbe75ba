// The library view: moves made with simulated mouse events (press on a
// cartridge, move, release on another element) become changer.move calls to
// a real storlabd (child process) and the cartridge is where the daemon says;
// a refused move shows the daemon's reason and snaps back; moves made
// elsewhere (another client) appear through events; files dropped from a
// file manager go through the same drop handler dropEvent() uses (QMimeData
// with file URLs: a platform drag from another application cannot be
// driven headless).
#include "gui/connection_manager.h"
#include "gui/lab_model.h"
#include "gui/library_panel.h"
#include "gui/library_view.h"
#include "gui/main_window.h"
#include "test_daemon.h"

#include <QJsonArray>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace storlab;
using namespace storlab::gui;

class TestLibraryView : public QObject {
    Q_OBJECT

    TestDaemon daemon_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    bool haveLibraryMethods_ = false;

    static void drag(QWidget* view, QPoint from, QPoint to)
    {
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(view, from + (to - from) * i / 8, 5);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    }
    LibraryView* view() const { return window_->libraryPanel()->view(); }
    // The element holding `barcode` according to the daemon, or -1.
    int daemonAddressOf(const QString& library, const QString& barcode)
    {
        const rpc::RpcReply r = daemon_.call(QStringLiteral("library.show"), {{QStringLiteral("name"), library}});
        for (const QJsonValue& v : r.result.toObject().value(QStringLiteral("elements")).toArray())
            if (v.toObject().value(QStringLiteral("barcode")).toString() == barcode)
                return v.toObject().value(QStringLiteral("address")).toInt();
        return -1;
    }
    const ChangerElement* first(ChangerElement::Type type, bool full) const
    {
        for (const ChangerElement& e : view()->state().elements)
            if (e.type == type && e.full == full)
                return &e;
        return nullptr;
    }
    // Drags from -> to in the view and waits for the daemon's answer.
    bool dragAndWait(int from, int to)
    {
        QSignalSpy done(window_->libraryPanel(), &LibraryPanel::moveFinished);
        QSignalSpy loaded(window_->libraryPanel(), &LibraryPanel::loaded);
        drag(view(), view()->elementCenter(from), view()->elementCenter(to));
        if (!done.wait(30000))
            return false;
        loaded.wait(5000);
        return done.first().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        haveLibraryMethods_ = daemon_.call(QStringLiteral("library.list")).code != rpc::MethodNotFound;
        settings_ = std::make_unique<QSettings>(daemon_.tempPath(QStringLiteral("gui.ini")), QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(settings_.get());
        window_->resize(1280, 800);
        window_->show();
        window_->connectLocal(daemon_.socketPath());
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 10000);
    }
    void cleanupTestCase()
    {
        window_.reset();
        daemon_.stop();
    }

    void mouseDragEmitsMoveRequested()
    {
        // No daemon needed: the view alone, with a drawn state.
        LibraryView v;
        LibraryState s;
        s.name = QStringLiteral("x");
        s.elements = {{ChangerElement::Drive, 256, 0, QStringLiteral("drive 0"), false, {}, {}, false, false, false, 1},
                      {ChangerElement::ImportExport, 768, 1, QStringLiteral("ie 1"), false, {}, {}, false, false, false, -1},
                      {ChangerElement::Slot, 1024, 1, QStringLiteral("slot 1"), true, QStringLiteral("A00000L6"), QStringLiteral("LTO-6"),
                       false, false, false, -1},
                      {ChangerElement::Slot, 1025, 2, QStringLiteral("slot 2"), false, {}, {}, false, false, false, -1}};
        v.setState(s);
        v.resize(900, 500);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy spy(&v, &LibraryView::moveRequested);
        drag(&v, v.elementCenter(1024), v.elementCenter(256));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 1024);
        QCOMPARE(spy.first().at(1).toInt(), 256);
        // A click without moving is not a move.
        v.snapBack();
        QTest::mouseClick(&v, Qt::LeftButton, {}, v.elementCenter(1024));
        QCOMPARE(spy.size(), 1);
    }

    void droppedFilesAreCheckedForMedia()
    {
        LibraryView v;
        LibraryState s;
        s.driveType = QStringLiteral("dvd");
        s.elements = {{ChangerElement::Drive, 256, 0, QStringLiteral("drive 0"), false, {}, {}, false, false, false, 1},
                      {ChangerElement::Slot, 1024, 1, QStringLiteral("slot 1"), false, {}, {}, false, false, false, -1}};
        v.setState(s);
        v.resize(900, 400);
        QSignalSpy dropped(&v, &LibraryView::filesDropped);
        QSignalSpy refused(&v, &LibraryView::dropRefused);
        // Real files: the check reads the first bytes (gzip magic 1F 8B, RFC 1952 §2.3.1).
        auto write = [this](const QString& name, const QByteArray& bytes) {
            QFile f(daemon_.tempPath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        QMimeData notMedia;
        notMedia.setUrls({QUrl::fromLocalFile(write(QStringLiteral("notes.txt"), "not a disc"))});
        QVERIFY(!v.dropFiles(&notMedia, v.elementCenter(256)));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().at(0).toString().contains(QStringLiteral("notes.txt")));
        QMimeData renamed;   // a text file named like an image: refused by its content
        renamed.setUrls({QUrl::fromLocalFile(write(QStringLiteral("renamed.iso.gz"), "not gzip"))});
        QVERIFY(!v.dropFiles(&renamed, v.elementCenter(256)));
        QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("renamed.iso.gz")));
        QMimeData iso;
        iso.setUrls({QUrl::fromLocalFile(write(QStringLiteral("debian.iso.gz"), QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(64, '\0')))});
        QVERIFY(v.dropFiles(&iso, v.elementCenter(256)));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toInt(), 256);
    }

    void libraryViewShowsTheTapeLibrary()
    {
        if (!haveLibraryMethods_) {
            QVERIFY(window_->selectObject(LabModel::Group, QStringLiteral("libraries")));
            QSKIP("this storlabd has no library methods yet: the view says so and stays disabled");
        }
        QSignalSpy loaded(window_->libraryPanel(), &LibraryPanel::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(window_->selectObject(LabModel::Library, QStringLiteral("tapelib")), 10000);
        QVERIFY(loaded.wait(10000) || !view()->state().elements.isEmpty());
        QCOMPARE(view()->state().name, QStringLiteral("tapelib"));
        QVERIFY(first(ChangerElement::Slot, true));
        QVERIFY(first(ChangerElement::Drive, false));
    }

    void dragSlotToDriveLoadsAndBack()
    {
        if (!haveLibraryMethods_)
            QSKIP("no library methods");
        const ChangerElement slot = *first(ChangerElement::Slot, true);
        const ChangerElement drive = *first(ChangerElement::Drive, false);
        QVERIFY2(dragAndWait(slot.address, drive.address), qPrintable(window_->libraryPanel()->message()));   // load
        QCOMPARE(daemonAddressOf(QStringLiteral("tapelib"), slot.barcode), drive.address);
        QVERIFY2(dragAndWait(drive.address, slot.address), qPrintable(window_->libraryPanel()->message()));   // unload
        QCOMPARE(daemonAddressOf(QStringLiteral("tapelib"), slot.barcode), slot.address);
    }

    void dragSlotToIeExportsAndBack()
    {
        if (!haveLibraryMethods_)
            QSKIP("no library methods");
        const ChangerElement slot = *first(ChangerElement::Slot, true);
        const ChangerElement ie = *first(ChangerElement::ImportExport, false);
        QVERIFY2(dragAndWait(slot.address, ie.address), qPrintable(window_->libraryPanel()->message()));      // export
        QCOMPARE(daemonAddressOf(QStringLiteral("tapelib"), slot.barcode), ie.address);
        QVERIFY2(dragAndWait(ie.address, slot.address), qPrintable(window_->libraryPanel()->message()));      // import
        QCOMPARE(daemonAddressOf(QStringLiteral("tapelib"), slot.barcode), slot.address);
    }

    void refusedMoveSnapsBack()
    {
        if (!haveLibraryMethods_)
            QSKIP("no library methods");
        QList<ChangerElement> full;
        for (const ChangerElement& e : view()->state().elements)
            if (e.type == ChangerElement::Slot && e.full)
                full << e;
        QVERIFY(full.size() >= 2);
        QVERIFY(!dragAndWait(full[0].address, full[1].address));   // the target slot is occupied
        QVERIFY2(window_->libraryPanel()->message().startsWith(QStringLiteral("Move refused")), qPrintable(window_->libraryPanel()->message()));
        QCOMPARE(daemonAddressOf(QStringLiteral("tapelib"), full[0].barcode), full[0].address);
        QCOMPARE(view()->state().at(full[0].address)->barcode, full[0].barcode);
    }

    void movesElsewhereAppearThroughEvents()
    {
        if (!haveLibraryMethods_)
            QSKIP("no library methods");
        const ChangerElement slot = *first(ChangerElement::Slot, true);
        const ChangerElement drive = *first(ChangerElement::Drive, false);
        const rpc::RpcReply r = daemon_.call(QStringLiteral("changer.move"), {{QStringLiteral("library"), QStringLiteral("tapelib")},
                                                                             {QStringLiteral("from"), slot.address},
                                                                             {QStringLiteral("to"), drive.address}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QTRY_VERIFY_WITH_TIMEOUT(view()->state().at(drive.address)->barcode == slot.barcode, 1000);   // within a second
        QVERIFY(dragAndWait(drive.address, slot.address));
    }
};

QTEST_MAIN(TestLibraryView)
#include "test_library_view.moc"
