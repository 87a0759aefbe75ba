#pragma once
// The GUI's one connection to a storlabd (local socket or TLS): connects,
// subscribes to every event (plus those a client must name, such as
// event.stats: subscribeByName), and reconnects with back-off (1 s doubling to
// 30 s) when the daemon goes away. All calls are asynchronous.
#include "shared/rpc_client.h"

#include <QObject>
#include <QTimer>

namespace storlab::gui {

class ConnectionManager : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit ConnectionManager(QObject* parent = nullptr);

    void connectTo(const rpc::ConnectOptions& options);
    void disconnectFromServer();
    // Skips the remaining back-off wait.
    void retryNow();

    State state() const { return state_; }
    QString stateText() const;           // translated, for the status bar
    QString lastError() const { return lastError_; }
    QString url() const { return options_.url; }
    // TLS: the daemon is (maybe) on another host and cannot read our files.
    bool isRemote() const { return options_.url.startsWith(QLatin1String("tls://")); }
    const QJsonObject& serverInfo() const { return serverInfo_; }
    int nextRetryMs() const { return backoffMs_; }
    void setBackoffLimits(int firstMs, int maxMs);
    // Events the default subscription leaves out (PROTOCOL.md: event.stats is
    // sent only to connections naming it); applied now and on every reconnect.
    void subscribeByName(const QString& event);

    // Forwards to the client; callbacks run on the event loop.
    void call(const QString& method, const QJsonObject& params, rpc::RpcClient::Callback callback);

signals:
    void stateChanged(State state);
    void connected();                   // ready, subscribed, serverInfo() filled
    void eventReceived(const QString& method, const QJsonObject& params);

private:
    void setState(State s);
    void onReady();
    void onLost(const QString& why, bool retry);
    void attempt();
    QJsonObject subscription() const;

    rpc::RpcClient client_;
    rpc::ConnectOptions options_;
    QTimer retryTimer_;
    State state_ = State::Disconnected;
    QString lastError_;
    QJsonObject serverInfo_;
    int firstBackoffMs_ = 1000;
    int maxBackoffMs_ = 30000;
    int backoffMs_ = 1000;
    bool wanted_ = false;
    QStringList namedEvents_;
};

} // namespace storlab::gui
