#include "gui/certificate_probe.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace storlab::gui {

void CertificateProbe::probe(const QString& host, quint16 port, int timeoutMs)
{
    finish();
    auto* s = new QSslSocket(this);
    socket_ = s;
    QSslConfiguration conf = s->sslConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    s->setSslConfiguration(conf);
    connect(s, &QSslSocket::encrypted, this, [this, s] {
        const QSslCertificate cert = s->peerCertificate();
        finish();
        if (cert.isNull())
            emit failed(tr("The server presented no certificate."));
        else
            emit fetched(cert);
    });
    connect(s, &QSslSocket::errorOccurred, this, [this, s] {
        const QString why = s->errorString();
        finish();
        emit failed(why);
    });
    QTimer::singleShot(timeoutMs, s, [this] {
        finish();
        emit failed(tr("No TLS answer within the time limit."));
    });
    s->connectToHostEncrypted(host, port);
}

void CertificateProbe::finish()
{
    if (!socket_)
        return;
    QSslSocket* s = socket_;
    socket_ = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

} // namespace storlab::gui
