#pragma once
// Trust-on-first-use for remote daemons' TLS certificates: the SHA-256
// fingerprint (and the PEM, to pin it) per host:port, kept in QSettings.
#include <QSslCertificate>
#include <QString>

class QSettings;

namespace storlab::gui {

class CertificateTrust {
public:
    enum class Status { Unknown, Trusted, Changed };
    explicit CertificateTrust(QSettings& settings) : settings_(settings) {}

    static QString fingerprint(const QSslCertificate& cert);   // "AB:CD:…" (SHA-256)
    Status check(const QString& hostPort, const QSslCertificate& cert) const;
    QString trustedFingerprint(const QString& hostPort) const;
    void trust(const QString& hostPort, const QSslCertificate& cert);
    // Writes the trusted certificate of hostPort to a PEM file for
    // rpc::ConnectOptions::caFile (the client pins exactly that certificate).
    QString pinnedCertificateFile(const QString& hostPort) const;

private:
    static QString key(const QString& hostPort);
    QSettings& settings_;
};

} // namespace storlab::gui
