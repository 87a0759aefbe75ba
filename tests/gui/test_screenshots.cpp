// Screenshots for reviewers (not a behaviour test): the main window with the
// live charts of a LUN under load (libiscsi's iscsi-perf), every page of the
// three wizards and the edit, add-media and import dialogs (drawn over the
// main window) and the library views at 1280x800, rendered with
// QWidget::grab() (ctest gui_screenshots: under xvfb-run, else offscreen)
// into $STORLAB_SCREENSHOT_DIR (default: <build>/screenshots). Fails only if
// the daemon cannot be started or a PNG cannot be written.
#include "gui/add_media_dialog.h"
#include "gui/connection_manager.h"
#include "gui/import_job.h"
#include "gui/import_progress_dialog.h"
#include "gui/lab_model.h"
#include "gui/library_panel.h"
#include "gui/main_window.h"
#include "gui/stats_history.h"
#include "test_daemon.h"

#include <QAbstractButton>
#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QWizard>

using namespace storlab::gui;

class TestScreenshots : public QObject {
    Q_OBJECT

    TestDaemon daemon_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    QString dir_;

    void save(const QPixmap& pm, const QString& name)
    {
        const QString path = dir_ + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(pm.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    // The main window, dimmed, with the wizard centred over it, like a window-modal dialog.
    QPixmap composite(QWidget* dialog)
    {
        QPixmap base = window_->grab();
        QPainter p(&base);
        p.fillRect(base.rect(), QColor(0, 0, 0, 90));
        const QPixmap d = dialog->grab();
        const QPoint at((base.width() - d.width()) / 2, (base.height() - d.height()) / 2);
        p.fillRect(QRect(at + QPoint(3, 4), d.size()), QColor(0, 0, 0, 60));
        p.drawPixmap(at, d);
        return base;
    }
    void wizardPages(QWizard* w, const QString& prefix)
    {
        QTest::qWait(100);
        int page = 1;
        while (true) {
            QTest::qWait(50);
            save(composite(w), QStringLiteral("%1-%2").arg(prefix).arg(page++));
            if (!w->button(QWizard::NextButton)->isVisible() || !w->button(QWizard::NextButton)->isEnabled())
                break;
            w->next();
        }
        w->reject();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        dir_ = qEnvironmentVariable("STORLAB_SCREENSHOT_DIR", QStringLiteral(STORLAB_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(dir_));
        const QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        settings_ = std::make_unique<QSettings>(daemon_.tempPath(QStringLiteral("gui.ini")), QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(settings_.get());
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->connectLocal(daemon_.socketPath());
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Target, QStringLiteral("iqn.2026-11.lab.storlab:disk1")), 10000);
    }
    void cleanupTestCase()
    {
        window_.reset();
        daemon_.stop();
    }

    void mainWindow()
    {
        QVERIFY(window_->selectObject(LabModel::Lun, QStringLiteral("iqn.2026-11.lab.storlab:disk1/1")));
        // A real initiator reading for a few seconds draws the live charts.
        const QString perf = QStandardPaths::findExecutable(QStringLiteral("iscsi-perf"));
        QProcess load;
        if (!perf.isEmpty()) {
            load.start(perf, {QStringLiteral("-r"),
                              QStringLiteral("iscsi://127.0.0.1:%1/iqn.2026-11.lab.storlab:disk1/1").arg(daemon_.port())});
            load.waitForStarted();
            QTest::qWait(8000);
        }
        QTest::qWait(100);
        save(window_->grab(), QStringLiteral("main-window"));
        load.kill();
        load.waitForFinished();
        QVERIFY(window_->selectObject(LabModel::Target, QStringLiteral("iqn.2026-11.lab.storlab:disk1")));
        QTest::qWait(100);
        save(window_->grab(), QStringLiteral("main-window-target"));
    }

    void libraries()
    {
        for (const QString& name : {QStringLiteral("tapelib"), QStringLiteral("jukebox")}) {
            if (!window_->selectObject(LabModel::Library, name)) {
                window_->selectObject(LabModel::Group, QStringLiteral("libraries"));
                window_->tabs()->setCurrentIndex(1);
                QTest::qWait(300);
                save(window_->grab(), QStringLiteral("library-unavailable"));
                return;
            }
            QSignalSpy loaded(window_->libraryPanel(), &LibraryPanel::loaded);
            loaded.wait(3000);
            QTest::qWait(100);
            save(window_->grab(), QStringLiteral("library-") + name);
        }
    }

    void wizards()
    {
        wizardPages(window_->openNewDiskWizard(), QStringLiteral("wizard-disk"));
        wizardPages(window_->openNewTapeLibraryWizard(), QStringLiteral("wizard-tape-library"));
        wizardPages(window_->openNewJukeboxWizard(), QStringLiteral("wizard-jukebox"));
    }

    void dialogs()
    {
        auto shoot = [this](QDialog* d, const QString& name) {
            QVERIFY(d);
            QTest::qWait(300);   // the dialog's own RPCs (account.list, media.list) answered
            save(composite(d), name);
            d->close();
        };
        QVERIFY(window_->selectObject(LabModel::Target, QStringLiteral("iqn.2026-11.lab.storlab:disk1")));
        shoot(window_->editSelected(), QStringLiteral("dialog-edit-target"));
        QVERIFY(window_->selectObject(LabModel::Lun, QStringLiteral("iqn.2026-11.lab.storlab:disk1/1")));
        shoot(window_->editSelected(), QStringLiteral("dialog-edit-lun"));
        if (window_->selectObject(LabModel::Library, QStringLiteral("tapelib")))
            shoot(window_->addMediaToSelected(), QStringLiteral("dialog-add-cartridges"));
        if (window_->selectObject(LabModel::Library, QStringLiteral("jukebox")))
            shoot(window_->addMediaToSelected(), QStringLiteral("dialog-add-discs"));
        // An import in progress: an upload (as over TLS) that the test never finishes sending.
        QByteArray bytes(32768, '\0');
        bytes += QByteArray("\x01" "CD001\x01", 7);
        bytes.resize(2 * ImportJob::kChunkBytes);
        QFile f(daemon_.tempPath(QStringLiteral("debian-12-netinst.iso")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        ImportProgressDialog* d = ImportProgressDialog::start(window_.get(), window_->connection(), f.fileName(),
                                                              {{QStringLiteral("library"), QStringLiteral("jukebox")}}, {}, true);
        QPointer<ImportProgressDialog> guard(d);
        emit d->job()->progress(QStringLiteral("expanding"), 180 * 1024 * 1024, 640 * 1024 * 1024);
        d->show();
        QTest::qWait(50);
        if (guard) {
            save(composite(d), QStringLiteral("dialog-import-progress"));
            d->job()->cancel();
        }
    }

    void reconnecting()
    {
        window_->connection()->setBackoffLimits(5000, 30000);
        daemon_.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Reconnecting, 10000);
        QTest::qWait(100);
        save(window_->grab(), QStringLiteral("main-window-reconnecting"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
