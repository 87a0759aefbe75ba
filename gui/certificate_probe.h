#pragma once
// Fetches a TLS server's certificate without trusting it (handshake with
// verification off, then closes), so the user can check its fingerprint
// before the real connection pins it. Asynchronous.
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QSslSocket;

namespace storlab::gui {

class CertificateProbe : public QObject {
    Q_OBJECT
public:
    explicit CertificateProbe(QObject* parent = nullptr) : QObject(parent) {}
    void probe(const QString& host, quint16 port, int timeoutMs = 10000);

signals:
    void fetched(const QSslCertificate& certificate);
    void failed(const QString& message);

private:
    void finish();
    QPointer<QSslSocket> socket_;
};

} // namespace storlab::gui
