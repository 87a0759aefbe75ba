#pragma once
// The admin protocol's transports (shared/PROTOCOL.md §1-3, §8): a local
// socket (trusted by file permission) and optionally TLS (auth.login first).
// Runs on the main thread; parses NDJSON frames, dispatches to AdminService,
// pushes event.* notifications to subscribed clients.
#include "admin/admin_service.h"
#include "shared/rpc_framing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

class QLocalServer;
class QSslServer;
class QIODevice;

namespace storlab::admin {

class RpcServer : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxLocalClients = 256;
    static constexpr int kMaxTlsClients = 64;
    RpcServer(AdminService& service, QObject* parent = nullptr);
    ~RpcServer() override;
    // Listens on the local socket (mode 0660, directory created 0770). When
    // `replaceLive` is false and a live server answers on `path`, fails.
    QString listenLocal(const QString& path, bool replaceLive);
    // Listens for TLS on `address` with `certFile`/`keyFile` (PEM) (rpc_server_tls.cpp).
    QString listenTls(const QString& address, const QString& certFile, const QString& keyFile);
    // The same as a live change (config.import admin.tls): the new listener is
    // bound or the new pair loaded now, in effect at commit; `address` "" = off.
    // Connected TLS clients stay across a change of address or pair; turning
    // TLS off closes them after the current reply.
    PreparedChange prepareTls(const QString& address, const QString& certFile, const QString& keyFile);
    void close();
    // Broadcast one event to subscribed clients (main thread).
    void broadcast(const QString& method, const QJsonObject& params);
    quint16 tlsPort() const;

private:
    struct Client {
        QPointer<QIODevice> device;
        rpc::LineFramer framer;
        bool tls = false;
        bool authenticated = false;
        QString user;
        QString peer;
        bool subscribed = false;
        QStringList patterns;
        bool waiting = false;            // a deferred reply is pending: later lines wait
        quint64 serial = 0;              // identifies the client across a deferred call
    };
    void addClient(QIODevice* device, bool tls, const QString& peer);
    int clientCount(bool tls) const;   // connected clients of one transport (caps above)
    void onReadable(Client* client);
    void processLines(Client* client);
    // Runs a deferred Outcome's work on the pool; replies (in order) on this thread.
    void runDeferred(Client* client, const QJsonValue& id, Outcome outcome);
    void finishDeferred(quint64 serial, const QJsonValue& id, Outcome outcome);
    void handleLine(Client* client, const QByteArray& line);
    QJsonObject handleRequest(Client* client, const QJsonObject& request, const QJsonValue& id);
    QJsonObject login(Client* client, const QJsonObject& params);
    void send(Client* client, const QJsonObject& message);
    void adoptTlsListener(QSslServer* server, const QString& address);
    void closeTlsClientsLater();
    void flushEvents();
    void pushStats();   // event.stats, once per second, to clients that asked for it by name

    AdminService& service_;
    QLocalServer* local_ = nullptr;
    QSslServer* tls_ = nullptr;
    QString localPath_;
    QString tlsAddress_;                  // as configured ("ADDR:PORT")
    std::vector<std::unique_ptr<Client>> clients_;
    struct Failures { int count = 0; QElapsedTimer first; };
    QHash<QString, Failures> failures_;   // failed logins per peer address
    quint64 nextSerial_ = 1;
    QThreadPool pool_;                    // deferred method work (changer moves)
};

} // namespace storlab::admin
