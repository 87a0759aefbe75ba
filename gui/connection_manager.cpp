#include "gui/connection_manager.h"

#include <QJsonArray>

namespace storlab::gui {

ConnectionManager::ConnectionManager(QObject* parent) : QObject(parent)
{
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &ConnectionManager::attempt);
    connect(&client_, &rpc::RpcClient::ready, this, &ConnectionManager::onReady);
    connect(&client_, &rpc::RpcClient::failed, this, [this](const QString& why) {
        // Wrong credentials do not get better by retrying; everything else may.
        onLost(why, !why.startsWith(QLatin1String("login refused")) && !why.startsWith(QLatin1String("TLS:")));
    });
    connect(&client_, &rpc::RpcClient::disconnected, this,
            [this] { onLost(tr("the daemon closed the connection"), true); });
    connect(&client_, &rpc::RpcClient::eventReceived, this, [this](const QString& method, const QJsonObject& params) {
        if (method == QLatin1String("event.server.shutdown"))
            lastError_ = tr("the daemon is shutting down");
        emit eventReceived(method, params);
    });
}

void ConnectionManager::setBackoffLimits(int firstMs, int maxMs)
{
    firstBackoffMs_ = firstMs;
    maxBackoffMs_ = maxMs;
    backoffMs_ = firstMs;
}

void ConnectionManager::connectTo(const rpc::ConnectOptions& options)
{
    options_ = options;
    wanted_ = true;
    backoffMs_ = firstBackoffMs_;
    lastError_.clear();
    retryTimer_.stop();
    attempt();
}

void ConnectionManager::disconnectFromServer()
{
    wanted_ = false;
    retryTimer_.stop();
    client_.disconnectFromServer();
    setState(State::Disconnected);
}

void ConnectionManager::retryNow()
{
    if (!wanted_ || state_ == State::Connected)
        return;
    retryTimer_.stop();
    attempt();
}

void ConnectionManager::attempt()
{
    if (state_ != State::Reconnecting)
        setState(State::Connecting);
    client_.connectTo(options_);
}

void ConnectionManager::onReady()
{
    client_.call(QStringLiteral("server.info"), {}, [this](const rpc::RpcReply& info) {
        serverInfo_ = info.result.toObject();
        client_.call(QStringLiteral("events.subscribe"), subscription(), [this](const rpc::RpcReply&) {
            backoffMs_ = firstBackoffMs_;
            lastError_.clear();
            setState(State::Connected);
            emit connected();
        });
    });
}

QJsonObject ConnectionManager::subscription() const
{
    if (namedEvents_.isEmpty())
        return {};
    return {{QStringLiteral("events"), QJsonArray::fromStringList(QStringList{QStringLiteral("event.*")} + namedEvents_)}};
}

void ConnectionManager::subscribeByName(const QString& event)
{
    if (namedEvents_.contains(event))
        return;
    namedEvents_ << event;
    if (state_ == State::Connected)
        client_.call(QStringLiteral("events.subscribe"), subscription(), {});
}

void ConnectionManager::onLost(const QString& why, bool retry)
{
    lastError_ = why;
    if (!wanted_ || !retry) {
        wanted_ = wanted_ && retry;
        setState(State::Disconnected);
        return;
    }
    retryTimer_.start(backoffMs_);
    backoffMs_ = qMin(backoffMs_ * 2, maxBackoffMs_);
    setState(State::Reconnecting);
}

void ConnectionManager::setState(State s)
{
    if (state_ == s && s != State::Reconnecting)
        return;
    state_ = s;
    emit stateChanged(s);
}

QString ConnectionManager::stateText() const
{
    const QString where = options_.url;
    switch (state_) {
    case State::Connected:
        return tr("Connected to %1").arg(where);
    case State::Connecting:
        return tr("Connecting to %1…").arg(where);
    case State::Reconnecting:
        return tr("Reconnecting to %1 in %2 s (%3)").arg(where).arg(qMax(1, retryTimer_.remainingTime() / 1000 + 1)).arg(lastError_);
    case State::Disconnected:
        break;
    }
    return lastError_.isEmpty() ? tr("Not connected") : tr("Not connected: %1").arg(lastError_);
}

void ConnectionManager::call(const QString& method, const QJsonObject& params, rpc::RpcClient::Callback callback)
{
    client_.call(method, params, std::move(callback));
}

} // namespace storlab::gui
