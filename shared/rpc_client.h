#pragma once
// Asynchronous client of the storlabd admin protocol (shared/PROTOCOL.md), for
// the GUI and for BlockingClient. One connection, requests matched to replies
// by id, server notifications delivered as eventReceived().
#include "shared/rpc_errors.h"
#include "shared/rpc_framing.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <functional>

class QIODevice;

namespace storlab::rpc {

struct RpcReply {
    QJsonValue result;
    int code = 0;              // 0 = success, else an ErrorCode
    QString message;
    QJsonValue data;
    bool ok() const { return code == 0; }
};

struct ConnectOptions {
    // "unix:/path", "/path" (local socket) or "tls://host:port" (port default 3262).
    QString url;
    // TLS login (auth.login): user + password, or token.
    QString user;
    QString password;
    QString token;
    QString caFile;            // trust this CA/certificate (self-signed daemons)
    bool insecure = false;     // do not verify the server certificate (testing only)
};

class RpcClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcReply&)>;
    explicit RpcClient(QObject* parent = nullptr);
    ~RpcClient() override;

    // Connects; emits ready() (after auth.login for TLS with credentials) or failed().
    void connectTo(const ConnectOptions& options);
    void disconnectFromServer();
    bool isReady() const { return ready_; }
    // Sends a request; `callback` runs with the reply (or a TransportError if the
    // connection goes away first). Returns the request id.
    qint64 call(const QString& method, const QJsonObject& params = {}, Callback callback = {});

signals:
    void ready();
    void failed(const QString& message);
    void disconnected();
    void eventReceived(const QString& method, const QJsonObject& params);

private:
    void onConnected();
    void onReadyRead();
    void onClosed(const QString& why);
    void handleMessage(const QByteArray& line);

    QPointer<QIODevice> device_;
    ConnectOptions options_;
    LineFramer framer_;
    QHash<qint64, Callback> pending_;
    qint64 nextId_ = 1;
    bool ready_ = false;
};

} // namespace storlab::rpc
