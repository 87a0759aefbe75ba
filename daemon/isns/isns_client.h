#pragma once
// storlabd's iSNS client (RFC 4171), on the main thread's event loop: keeps
// the server's view of this daemon (isns_registration.h) equal to its targets
// and portals. Registers on connect and after every change, deregisters at
// shutdown, answers ESI and SCN messages on its own port, checks every
// kCheckInterval that the server still knows the entity (a restarted server
// gets everything again) and retries an unreachable server with back-off.
// Nothing here runs on a reactor; no call blocks except shutdown()'s bounded
// deregistration.
#include "isns/isns_registration.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>
#include <map>

class QTcpServer;
class QTcpSocket;

namespace storlab::isns {

struct IsnsSettings {
    QString server;                 // host name or address; empty = none
    quint16 port = kDefaultPort;
    bool enabled = false;
    bool accessControl = false;     // shown and saved; see shared/CONFIG.md
    bool active() const { return enabled && !server.isEmpty(); }
    bool operator==(const IsnsSettings&) const = default;
};

class IsnsClient : public QObject {
    Q_OBJECT
public:
    // `snapshot` gives the targets and portals to register (entity id filled in here).
    IsnsClient(QString entityId, std::function<EntityView()> snapshot, QObject* parent = nullptr);
    ~IsnsClient() override;
    void configure(const IsnsSettings& settings);
    // Targets or portals changed (thread-safe: posts to the client's thread).
    void changed();
    // Deregisters the entity, waiting at most `budget` for the server; then stays off.
    void shutdown(std::chrono::milliseconds budget);
    // isns.get's "status" (shared/PROTOCOL.md).
    QJsonObject status() const;

    static constexpr std::chrono::seconds kCheckInterval{30};
    static constexpr std::chrono::seconds kMaxBackoff{60};
    static constexpr std::chrono::seconds kConnectTimeout{5};
    static constexpr uint32_t kEsiInterval = 30;   // seconds between the server's ESI messages

private:
    enum class Kind { Register, Deregister, Query, ScnRegister, InitiatorQuery };
    void connectToServer();
    void onConnected();
    void onSocketError();
    void onReadyRead(QTcpSocket* socket, bool fromServerConnection);
    void handle(const Message& message, QTcpSocket* socket);
    void handleResponse(const Message& response);
    void handleServerRequest(const Message& request, QTcpSocket* socket);
    void sync();
    void check();
    void deregisterInBackground();
    void retryLater(const QString& why);
    uint16_t send(Message message, Kind kind, const std::string& about = {});
    EntityView wanted() const;
    bool listenForServer();
    void acceptServerConnection();

    QString entityId_;
    std::function<EntityView()> snapshot_;
    IsnsSettings settings_;
    QTcpSocket* socket_ = nullptr;            // to the server
    QTcpServer* esiServer_ = nullptr;         // ESI and SCN from the server
    QTimer connectTimer_;
    QTimer retryTimer_;
    QTimer checkTimer_;
    bool syncQueued_ = false;
    bool connected_ = false;
    bool stopped_ = false;
    EntityView registered_;                   // what the server has (as far as we know)
    std::map<uint16_t, std::pair<Kind, std::string>> outstanding_;
    uint16_t nextTransaction_ = 1;
    std::chrono::seconds backoff_{1};
    QString lastError_;
    QString state_ = QStringLiteral("off");
    quint64 registrations_ = 0;
    quint64 esiAnswered_ = 0;
    quint64 scnReceived_ = 0;
    std::map<std::string, std::vector<std::string>> visibleInitiators_;   // per node, from the last SCN/query
    std::map<QTcpSocket*, FrameReader> readers_;
};

} // namespace storlab::isns
