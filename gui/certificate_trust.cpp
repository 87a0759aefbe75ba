#include "gui/certificate_trust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace storlab::gui {

QString CertificateTrust::key(const QString& hostPort)
{
    QString k = hostPort;
    k.replace(QLatin1Char('/'), QLatin1Char('_'));
    k.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("trustedCertificates/") + k;
}

QString CertificateTrust::fingerprint(const QSslCertificate& cert)
{
    const QByteArray hex = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString CertificateTrust::trustedFingerprint(const QString& hostPort) const
{
    return settings_.value(key(hostPort) + QStringLiteral("/sha256")).toString();
}

CertificateTrust::Status CertificateTrust::check(const QString& hostPort, const QSslCertificate& cert) const
{
    const QString known = trustedFingerprint(hostPort);
    if (known.isEmpty())
        return Status::Unknown;
    return known == fingerprint(cert) ? Status::Trusted : Status::Changed;
}

void CertificateTrust::trust(const QString& hostPort, const QSslCertificate& cert)
{
    settings_.setValue(key(hostPort) + QStringLiteral("/sha256"), fingerprint(cert));
    settings_.setValue(key(hostPort) + QStringLiteral("/pem"), QString::fromLatin1(cert.toPem()));
    settings_.sync();
}

QString CertificateTrust::pinnedCertificateFile(const QString& hostPort) const
{
    const QByteArray pem = settings_.value(key(hostPort) + QStringLiteral("/pem")).toString().toLatin1();
    if (pem.isEmpty())
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/certificates");
    QDir().mkpath(dir);
    QString name = hostPort;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".pem");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(pem);
    return path;
}

} // namespace storlab::gui
