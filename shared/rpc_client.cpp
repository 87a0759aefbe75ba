#include "shared/rpc_client.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace storlab::rpc {

RpcClient::RpcClient(QObject* parent) : QObject(parent) {}

RpcClient::~RpcClient()
{
    pending_.clear();   // no callbacks from a destructor
    if (device_)
        device_->disconnect(this);
}

void RpcClient::connectTo(const ConnectOptions& options)
{
    options_ = options;
    disconnectFromServer();
    if (options.url.startsWith(QLatin1String("tls://"))) {
        const QUrl url(options.url);
        if (!url.isValid() || url.host().isEmpty()) {
            emit failed(QStringLiteral("%1: expected tls://HOST:PORT").arg(options.url));
            return;
        }
        auto* socket = new QSslSocket(this);
        QSslConfiguration conf = socket->sslConfiguration();
        if (!options.caFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(options.caFile);
            if (certs.isEmpty()) {
                socket->deleteLater();
                emit failed(QStringLiteral("%1: no PEM certificate in that file").arg(options.caFile));
                return;
            }
            conf.addCaCertificates(certs);
        }
        if (options.insecure)
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(conf);
        device_ = socket;
        connect(socket, &QSslSocket::encrypted, this, &RpcClient::onConnected);
        connect(socket, &QSslSocket::readyRead, this, &RpcClient::onReadyRead);
        connect(socket, &QSslSocket::disconnected, this, [this] { onClosed(QStringLiteral("the server closed the connection")); });
        connect(socket, &QSslSocket::errorOccurred, this, [this, socket] { onClosed(socket->errorString()); });
        const auto pinned = options.caFile.isEmpty() ? QList<QSslCertificate>{} : QSslCertificate::fromPath(options.caFile);
        connect(socket, &QSslSocket::sslErrors, this, [this, socket, pinned](const QList<QSslError>& errors) {
            // --insecure, or the daemon presents exactly the certificate given with --ca
            // (a pinned self-signed certificate: its host name need not match).
            if (options_.insecure || (!pinned.isEmpty() && pinned.contains(socket->peerCertificate()))) {
                socket->ignoreSslErrors();
                return;
            }
            if (!errors.isEmpty())
                onClosed(QStringLiteral("TLS: %1 (pass the daemon's certificate with --ca FILE)").arg(errors.first().errorString()));
        });
        socket->connectToHostEncrypted(url.host(), quint16(url.port(3262)));
        return;
    }
    QString path = options.url;
    if (path.startsWith(QLatin1String("unix:")))
        path = path.mid(5);
    auto* socket = new QLocalSocket(this);
    device_ = socket;
    connect(socket, &QLocalSocket::connected, this, &RpcClient::onConnected);
    connect(socket, &QLocalSocket::readyRead, this, &RpcClient::onReadyRead);
    connect(socket, &QLocalSocket::disconnected, this, [this] { onClosed(QStringLiteral("the server closed the connection")); });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket, path] {
        onClosed(QStringLiteral("%1: %2 (is storlabd running? use --socket PATH)").arg(path, socket->errorString()));
    });
    socket->connectToServer(path);
}

void RpcClient::disconnectFromServer()
{
    ready_ = false;
    if (!device_)
        return;
    QIODevice* d = device_;
    device_ = nullptr;
    d->disconnect(this);
    d->close();
    d->deleteLater();
    framer_ = LineFramer();
    auto pending = std::exchange(pending_, {});
    for (auto& cb : pending)
        if (cb)
            cb(RpcReply{{}, TransportError, QStringLiteral("disconnected"), {}});
}

void RpcClient::onConnected()
{
    const bool tls = qobject_cast<QSslSocket*>(device_.data()) != nullptr;
    if (tls && (!options_.token.isEmpty() || !options_.user.isEmpty())) {
        QJsonObject params;
        if (!options_.token.isEmpty())
            params[QStringLiteral("token")] = options_.token;
        else {
            params[QStringLiteral("user")] = options_.user;
            params[QStringLiteral("password")] = options_.password;
        }
        call(QStringLiteral("auth.login"), params, [this](const RpcReply& r) {
            if (!r.ok()) {
                const QString msg = QStringLiteral("login refused: %1").arg(r.message);
                disconnectFromServer();
                emit failed(msg);
                return;
            }
            ready_ = true;
            emit ready();
        });
        return;
    }
    ready_ = true;
    emit ready();
}

void RpcClient::onClosed(const QString& why)
{
    if (!device_)
        return;
    const bool wasReady = ready_;
    disconnectFromServer();
    if (wasReady)
        emit disconnected();
    else
        emit failed(why);
}

void RpcClient::onReadyRead()
{
    if (!device_)
        return;
    framer_.append(device_->readAll());
    QByteArray line;
    while (device_ && framer_.takeLine(&line))
        if (!line.trimmed().isEmpty())
            handleMessage(line);
    if (device_ && framer_.overflow())
        onClosed(QStringLiteral("the server sent a message over %1 bytes").arg(kMaxFrameBytes));
}

void RpcClient::handleMessage(const QByteArray& line)
{
    const QJsonObject msg = QJsonDocument::fromJson(line).object();
    if (msg.contains(QLatin1String("method")) && !msg.contains(QLatin1String("id"))) {
        emit eventReceived(msg.value(QLatin1String("method")).toString(), msg.value(QLatin1String("params")).toObject());
        return;
    }
    const qint64 id = qint64(msg.value(QLatin1String("id")).toDouble(-1));
    RpcReply reply;
    if (msg.contains(QLatin1String("error"))) {
        const QJsonObject e = msg.value(QLatin1String("error")).toObject();
        reply.code = e.value(QLatin1String("code")).toInt(InternalError);
        reply.message = e.value(QLatin1String("message")).toString();
        reply.data = e.value(QLatin1String("data"));
    } else {
        reply.result = msg.value(QLatin1String("result"));
    }
    Callback cb = pending_.take(id);
    if (cb)
        cb(reply);
}

qint64 RpcClient::call(const QString& method, const QJsonObject& params, Callback callback)
{
    const qint64 id = nextId_++;
    if (!device_) {
        if (callback)
            callback(RpcReply{{}, TransportError, QStringLiteral("not connected"), {}});
        return id;
    }
    QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                    {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        msg[QStringLiteral("params")] = params;
    pending_.insert(id, std::move(callback));
    device_->write(frame(msg));
    return id;
}

} // namespace storlab::rpc
