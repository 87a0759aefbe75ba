#pragma once
// The GUI's one connection to a storlabd (local socket or TLS): connects,
// subscribes to every event, and reconnects with back-off (1 s doubling to
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
    const QJsonObject& serverInfo() const { return serverInfo_; }
    int nextRetryMs() const { return backoffMs_; }
    void setBackoffLimits(int firstMs, int maxMs);

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
};

} // namespace storlab::gui
