// The TLS trust dialog against a real storlabd with its TLS admin listener
// (PROTOCOL.md §2, §3): the first connection shows the certificate's SHA-256
// fingerprint and connects once trusted; after the daemon restarts with a
// different certificate the GUI warns and stays disconnected until the new
// certificate is confirmed; wrong credentials end in a clear message, not a
// hang or a retry loop.
#include "gui/certificate_trust.h"
#include "gui/connection_manager.h"
#include "gui/main_window.h"
#include "test_daemon.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace storlab;
using namespace storlab::gui;

class TestTlsTrust : public QObject {
    Q_OBJECT

    TestDaemon daemon_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    QString openssl_, cert_, key_;
    quint16 tlsPort_ = 0;

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(tlsPort_); }
    ConnectionProfile profile() const
    {
        return {QStringLiteral("test"), QStringLiteral("tls://127.0.0.1:%1").arg(tlsPort_), QStringLiteral("admin")};
    }
    bool newCertificate()
    {
        return QProcess::execute(openssl_, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                                            "/CN=localhost", "-keyout", key_, "-out", cert_}) == 0;
    }
    QString fingerprintOnDisk() const { return CertificateTrust::fingerprint(QSslCertificate::fromPath(cert_).value(0)); }
    // The daemon with its TLS listener up (start() waits only for the local socket).
    bool restartDaemon()
    {
        daemon_.stop();
        if (!daemon_.start().isEmpty())
            return false;
        for (int i = 0; i < 200; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, tlsPort_);
            if (s.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    // Answers the message box named `name` when it shows (it runs its own
    // event loop, so the answer comes from a timer): clicks the button
    // `pick` returns and records the text the user saw.
    struct Answer {
        QString text;
        bool seen = false;
    };
    std::shared_ptr<Answer> answerWhenShown(const QString& name, std::function<QAbstractButton*(QMessageBox*)> pick)
    {
        auto answer = std::make_shared<Answer>();
        auto* timer = new QTimer(this);
        timer->setInterval(30);
        connect(timer, &QTimer::timeout, this, [=] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(w);
                if (!box || !box->isVisible() || box->objectName() != name)
                    continue;
                answer->text = box->text();
                answer->seen = true;
                timer->stop();
                timer->deleteLater();
                pick(box)->click();
                return;
            }
        });
        timer->start();
        return answer;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        openssl_ = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl_.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("openssl or TLS support missing");
        cert_ = daemon_.tempPath(QStringLiteral("admin.crt"));
        key_ = daemon_.tempPath(QStringLiteral("admin.key"));
        QVERIFY(newCertificate());
        QString err = daemon_.start();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(daemon_.call(QStringLiteral("adminUser.set"), {{"name", "admin"}, {"password", "s3cret-pass"}}).ok());
        QJsonObject config = daemon_.call(QStringLiteral("config.export")).result.toObject().value("config").toObject();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        tlsPort_ = probe.serverPort();
        probe.close();
        QJsonObject admin = config.value("admin").toObject();
        admin["tls"] = QJsonObject{{"listen", hostPort()}, {"cert", cert_}, {"key", key_}};
        config["admin"] = admin;
        daemon_.stop();
        QFile f(daemon_.stateDir() + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(config).toJson());
        f.close();
        QVERIFY(restartDaemon());
        settings_ = std::make_unique<QSettings>(daemon_.tempPath(QStringLiteral("gui.ini")), QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(settings_.get());
        window_->connection()->setBackoffLimits(200, 1000);
        window_->show();
    }
    void cleanupTestCase()
    {
        window_.reset();
        daemon_.stop();
    }

    void firstContactShowsTheFingerprint()
    {
        auto answer = answerWhenShown(QStringLiteral("trustCertificate"), [](QMessageBox* b) { return b->button(QMessageBox::Yes); });
        window_->connectToProfile(profile(), QStringLiteral("s3cret-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(answer->seen, 20000);
        QVERIFY2(answer->text.contains(fingerprintOnDisk()), qPrintable(answer->text));
        // PBKDF2 (200000 iterations) under ASan takes seconds.
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 90000);
        QCOMPARE(CertificateTrust(*settings_).trustedFingerprint(hostPort()), fingerprintOnDisk());
    }

    void changedCertificateIsRefusedUntilConfirmed()
    {
        const QString trusted = fingerprintOnDisk();
        QVERIFY(newCertificate());
        const QString replaced = fingerprintOnDisk();
        QVERIFY(trusted != replaced);
        auto refuse = answerWhenShown(QStringLiteral("certificateChanged"), [](QMessageBox* b) { return b->button(QMessageBox::Cancel); });
        QVERIFY(restartDaemon());
        // The GUI reconnects by itself, the pinned certificate does not match: it warns.
        QTRY_VERIFY_WITH_TIMEOUT(refuse->seen, 60000);
        QVERIFY2(refuse->text.contains(trusted) && refuse->text.contains(replaced), qPrintable(refuse->text));
        QTest::qWait(1500);   // no silent reconnect after the refusal
        QCOMPARE(window_->connection()->state(), ConnectionManager::State::Disconnected);
        QCOMPARE(CertificateTrust(*settings_).trustedFingerprint(hostPort()), trusted);
        QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("not trusted")));
        // Connecting again asks again; confirming trusts the new certificate.
        auto accept = answerWhenShown(QStringLiteral("certificateChanged"),
                                      [](QMessageBox* b) { return b->findChild<QAbstractButton*>(QStringLiteral("trustNew")); });
        window_->connectToProfile(profile(), QStringLiteral("s3cret-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(accept->seen, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window_->connection()->state() == ConnectionManager::State::Connected, 90000);
        QCOMPARE(CertificateTrust(*settings_).trustedFingerprint(hostPort()), replaced);
    }

    void wrongCredentialsSaySoWithoutRetrying()
    {
        window_->connection()->disconnectFromServer();
        auto answer = answerWhenShown(QStringLiteral("loginFailed"), [](QMessageBox* b) { return b->button(QMessageBox::Ok); });
        window_->connectToProfile(profile(), QStringLiteral("wrong-password"));
        QTRY_VERIFY_WITH_TIMEOUT(answer->seen, 90000);
        QVERIFY2(answer->text.contains(QStringLiteral("password")), qPrintable(answer->text));
        QCOMPARE(window_->connection()->state(), ConnectionManager::State::Disconnected);
        QTest::qWait(1500);   // back-off is 200 ms here: a retry loop would show by now
        QCOMPARE(window_->connection()->state(), ConnectionManager::State::Disconnected);
    }
};

QTEST_MAIN(TestTlsTrust)
#include "test_tls_trust.moc"
