// The TLS admin listener (shared/PROTOCOL.md §2): started from the
// configuration, and changed or stopped live by config.import (admin.tls).
#include "admin/rpc_server.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace { Q_LOGGING_CATEGORY(lcAdminTls, "storlab.admin") }

namespace storlab::admin {

namespace {

struct TlsPair {
    QSslConfiguration configuration;
    QString fingerprint;   // SHA-256 of the certificate, hex with colons
};

// Reads a PEM certificate chain and an unencrypted RSA or EC key; "" or what is wrong.
QString loadTlsPair(const QString& certFile, const QString& keyFile, TlsPair* out)
{
    if (certFile.isEmpty() || keyFile.isEmpty() || !QFile::exists(certFile) || !QFile::exists(keyFile))
        return QStringLiteral("TLS admin needs admin.tls.cert and admin.tls.key (PEM files; create a self-signed pair with "
                              "openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj /CN=$(hostname) -keyout KEY -out CERT)");
    const auto certs = QSslCertificate::fromPath(certFile);
    QFile kf(keyFile);
    if (certs.isEmpty() || !kf.open(QIODevice::ReadOnly))
        return QStringLiteral("admin.tls: cannot read the certificate %1 (PEM) or the key %2").arg(certFile, keyFile);
    const QByteArray keyPem = kf.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (key.isNull())
        return QStringLiteral("admin.tls.key %1: not an unencrypted PEM RSA or EC private key").arg(keyFile);
    out->configuration = QSslConfiguration::defaultConfiguration();
    out->configuration.setLocalCertificateChain(certs);
    out->configuration.setPrivateKey(key);
    out->configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    out->fingerprint = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':'));
    return {};
}

// A listener bound by prepareTls and not (yet) adopted: deleted with the plan.
struct PendingListener {
    QSslServer* server = nullptr;
    ~PendingListener() { delete server; }
};

} // namespace

QString RpcServer::listenTls(const QString& address, const QString& certFile, const QString& keyFile)
{
    PreparedChange change = prepareTls(address, certFile, keyFile);
    if (change.error.isEmpty())
        change.commit();
    return change.error;
}

PreparedChange RpcServer::prepareTls(const QString& address, const QString& certFile, const QString& keyFile)
{
    if (address.isEmpty()) {
        return {{}, [this] {
            if (!tls_)
                return;
            adoptTlsListener(nullptr, {});
            closeTlsClientsLater();
            qCInfo(lcAdminTls) << "TLS admin stopped";
        }};
    }
    QString host;
    quint16 port = 0;
    if (!config::parsePortal(address, &host, &port))
        return {QStringLiteral("admin.tls.listen: '%1' is not ADDRESS:PORT").arg(address), {}};
    TlsPair pair;
    if (QString err = loadTlsPair(certFile, keyFile, &pair); !err.isEmpty())
        return {err, {}};
    if (tls_ && address == tlsAddress_) {
        // Same address: the listener stays; handshakes from now on use the new pair.
        return {{}, [this, pair] {
            if (tls_)
                tls_->setSslConfiguration(pair.configuration);
            qCInfo(lcAdminTls).noquote() << "TLS admin certificate replaced, fingerprint SHA-256" << pair.fingerprint;
        }};
    }
    auto pending = std::make_shared<PendingListener>();
    pending->server = new QSslServer;
    pending->server->setSslConfiguration(pair.configuration);
    if (!pending->server->listen(QHostAddress(host), port))
        return {QStringLiteral("cannot listen for TLS admin on %1: %2").arg(address, pending->server->errorString()), {}};
    return {{}, [this, pending, address, pair] {
        QSslServer* server = std::exchange(pending->server, nullptr);
        adoptTlsListener(server, address);
        qCInfo(lcAdminTls).noquote() << "TLS admin listening on" << address << "port" << server->serverPort()
                                     << "fingerprint SHA-256" << pair.fingerprint;
    }};
}

void RpcServer::adoptTlsListener(QSslServer* server, const QString& address)
{
    delete tls_;   // accepted clients are parented to this server object, not to the listener
    tls_ = server;
    tlsAddress_ = address;
    if (!server)
        return;
    server->setParent(this);
    connect(server, &QSslServer::pendingConnectionAvailable, this, [this, server] {
        while (QTcpSocket* s = server->nextPendingConnection()) {
            if (clientCount(true) >= kMaxTlsClients) {
                s->abort();
                s->deleteLater();
                continue;
            }
            s->setParent(this);   // outlives a listener replaced by config.import
            addClient(s, true, s->peerAddress().toString());
        }
    });
}

void RpcServer::closeTlsClientsLater()
{
    // After the reply now being sent (possibly to a TLS client): close() sends what is queued first.
    QTimer::singleShot(0, this, [this] {
        for (const auto& c : clients_)
            if (c->tls && c->device)
                c->device->close();
    });
}

} // namespace storlab::admin
