// The main window against a real storlabd (a child process): connecting and
// the tree, the New disk / tape library / DVD jukebox wizards driven through
// their fields and Next/Finish buttons with the result checked over RPC,
// daemon errors shown in the wizard, reconnecting after the daemon restarts.
#include "gui/connection_indicator.h"
#include "gui/connection_manager.h"
#include "gui/lab_model.h"
#include "gui/main_window.h"
#include "gui/summary_page.h"
#include "test_daemon.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWizard>

using namespace storlab;
using namespace storlab::gui;

class TestMainWindow : public QObject {
    Q_OBJECT

    TestDaemon daemon_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;

    template <typename T>
    static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    // Presses Finish and waits for the wizard to close (accepted) or show an error.
    static QString finish(QWizard* w, SummaryPage* summary)
    {
        QSignalSpy accepted(w, &QDialog::accepted);
        w->button(QWizard::FinishButton)->click();
        for (int i = 0; i < 300 && accepted.isEmpty() && summary->isRunning(); ++i)
            QTest::qWait(100);
        QTest::qWait(50);
        return accepted.isEmpty() ? summary->errorMessage() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        settings_ = std::make_unique<QSettings>(daemon_.tempPath(QStringLiteral("gui.ini")), QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(settings_.get());
        window_->show();
        window_->connectLocal(daemon_.socketPath());
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 10000);
    }
    void cleanupTestCase()
    {
        window_.reset();
        daemon_.stop();
    }

    void treeShowsTheDefaultLab()
    {
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Target, QStringLiteral("iqn.2026-11.lab.storlab:disk1")), 10000);
        QVERIFY(window_->model()->find(LabModel::Lun, QStringLiteral("iqn.2026-11.lab.storlab:disk1/1")));
        QVERIFY(window_->model()->find(LabModel::Group, QStringLiteral("portals"))->rowCount() >= 1);
        QVERIFY(window_->indicator()->text().contains(QStringLiteral("Connected")));
        QVERIFY(window_->selectObject(LabModel::Lun, QStringLiteral("iqn.2026-11.lab.storlab:disk1/1")));
    }

    void newDiskWizardCreatesTarget()
    {
        QWizard* w = window_->openNewDiskWizard();
        child<QLineEdit>(w, "nameEdit")->setText(QStringLiteral("guidisk"));
        const QString iqn = child<QLineEdit>(w, "iqnEdit")->text();
        QVERIFY2(iqn.startsWith(QStringLiteral("iqn.")) && iqn.endsWith(QStringLiteral(":guidisk")), qPrintable(iqn));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        const QString path = daemon_.tempPath(QStringLiteral("guidisk.img"));
        child<QLineEdit>(w, "pathEdit")->setText(path);
        child<QSpinBox>(w, "sizeSpin")->setValue(16);
        child<QComboBox>(w, "sizeUnit")->setCurrentIndex(0);   // MiB
        child<QSpinBox>(w, "lunSpin")->setValue(1);
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        child<QLineEdit>(w, "aclAddressesEdit")->setText(QStringLiteral("127.0.0.1, 10.0.0.0/24"));
        child<QGroupBox>(w, "chapGroup")->setChecked(true);
        child<QLineEdit>(w, "chapUserEdit")->setText(QStringLiteral("guiuser"));
        child<QLineEdit>(w, "chapSecretEdit")->setText(QStringLiteral("guisecret1234"));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        auto* summary = qobject_cast<SummaryPage*>(w->currentPage());
        QVERIFY(summary);
        const QString err = finish(w, summary);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        const rpc::RpcReply t = daemon_.call(QStringLiteral("target.show"), {{QStringLiteral("target"), iqn}});
        QVERIFY2(t.ok(), qPrintable(t.message));
        const QJsonObject target = t.result.toObject();
        const QJsonArray luns = target.value(QStringLiteral("luns")).toArray();
        QCOMPARE(luns.size(), 1);
        QCOMPARE(luns[0].toObject().value(QStringLiteral("size")).toDouble(), 16.0 * 1024 * 1024);
        QCOMPARE(luns[0].toObject().value(QStringLiteral("path")).toString(), path);
        QVERIFY(target.value(QStringLiteral("initiatorAddresses")).toArray().contains(QStringLiteral("10.0.0.0/24")));
        QVERIFY(target.value(QStringLiteral("incomingUsers")).toVariant().toStringList().join(QLatin1Char(' ')).contains(QStringLiteral("guiuser"))
                || QJsonDocument(target).toJson().contains("guiuser"));
        // The tree follows through the pushed events.
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Target, iqn), 5000);
    }

    void wizardShowsTheDaemonsError()
    {
        QWizard* w = window_->openNewDiskWizard();
        child<QLineEdit>(w, "nameEdit")->setText(QStringLiteral("dup"));
        child<QLineEdit>(w, "iqnEdit")->setText(QStringLiteral("iqn.2026-11.lab.storlab:disk1"));   // exists
        w->next();
        child<QComboBox>(w, "storeCombo")->setCurrentIndex(3);   // null
        w->next();
        w->next();
        auto* summary = qobject_cast<SummaryPage*>(w->currentPage());
        QVERIFY(summary);
        const QString err = finish(w, summary);
        QVERIFY2(err.contains(QStringLiteral("iqn.2026-11.lab.storlab:disk1")), qPrintable(err));
        QVERIFY(w->isVisible());   // kept open: nothing typed is lost
        w->reject();
    }

    void newTapeLibraryWizardCreatesLibrary()
    {
        QWizard* w = window_->openNewTapeLibraryWizard();
        child<QLineEdit>(w, "nameEdit")->setText(QStringLiteral("guilib"));
        w->next();
        child<QSpinBox>(w, "drivesSpin")->setValue(1);
        child<QComboBox>(w, "generationCombo")->setCurrentText(QStringLiteral("LTO-5"));
        child<QSpinBox>(w, "slotsSpin")->setValue(8);
        child<QSpinBox>(w, "ieSpin")->setValue(2);
        w->next();
        child<QLineEdit>(w, "barcodeEdit")->setText(QStringLiteral("G00000"));
        child<QSpinBox>(w, "cartridgeSpin")->setValue(3);
        child<QSpinBox>(w, "wormSpin")->setValue(1);
        child<QSpinBox>(w, "capacitySpin")->setValue(1);
        w->next();
        auto* summary = qobject_cast<SummaryPage*>(w->currentPage());
        QVERIFY(summary);
        const QString err = finish(w, summary);
        if (err.contains(QStringLiteral("library.create")) && err.contains(QStringLiteral("Not available")))
            QSKIP("this storlabd has no library.create yet");
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const rpc::RpcReply r = daemon_.call(QStringLiteral("library.show"), {{QStringLiteral("name"), QStringLiteral("guilib")}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QStringList barcodes;
        for (const QJsonValue& e : r.result.toObject().value(QStringLiteral("elements")).toArray())
            if (const QString b = e.toObject().value(QStringLiteral("barcode")).toString(); !b.isEmpty())
                barcodes << b;
        barcodes.sort();
        QCOMPARE(barcodes, (QStringList{QStringLiteral("G00000L5"), QStringLiteral("G00001L5"), QStringLiteral("G00002L5"),
                                        QStringLiteral("W00000LV")}));
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Library, QStringLiteral("guilib")), 5000);
    }

    void newJukeboxWizardCreatesJukebox()
    {
        QWizard* w = window_->openNewJukeboxWizard();
        child<QLineEdit>(w, "nameEdit")->setText(QStringLiteral("guijuke"));
        w->next();
        child<QSpinBox>(w, "slotsSpin")->setValue(6);
        w->next();
        child<QSpinBox>(w, "samplesSpin")->setValue(2);
        child<QSpinBox>(w, "blanksSpin")->setValue(1);
        w->next();
        auto* summary = qobject_cast<SummaryPage*>(w->currentPage());
        QVERIFY(summary);
        const QString err = finish(w, summary);
        if (err.contains(QStringLiteral("library.create")) && err.contains(QStringLiteral("Not available")))
            QSKIP("this storlabd has no library.create yet");
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const rpc::RpcReply r = daemon_.call(QStringLiteral("library.show"), {{QStringLiteral("name"), QStringLiteral("guijuke")}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QJsonObject lib = r.result.toObject();
        QCOMPARE(lib.value(QStringLiteral("driveType")).toString(), QStringLiteral("dvd"));
        QCOMPARE(lib.value(QStringLiteral("media")).toInt(), 3);
    }

    void reconnectsAfterTheDaemonRestarts()
    {
        window_->connection()->setBackoffLimits(200, 800);
        daemon_.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Reconnecting, 10000);
        QVERIFY2(window_->indicator()->text().contains(QStringLiteral("Reconnecting")), qPrintable(window_->indicator()->text()));
        const QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 15000);
        // State is read afresh: the disk made by the wizard is still there.
        QTRY_VERIFY_WITH_TIMEOUT(window_->model()->find(LabModel::Target, QStringLiteral("iqn.2026-11.lab.storlab:disk1")), 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
