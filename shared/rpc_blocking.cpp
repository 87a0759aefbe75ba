#include "shared/rpc_blocking.h"

#include <QEventLoop>
#include <QTimer>

namespace storlab::rpc {

bool BlockingClient::connectTo(const ConnectOptions& options, QString* error, int timeoutMs)
{
    QEventLoop loop;
    QString failure = QStringLiteral("timed out connecting to %1").arg(options.url);
    bool ok = false;
    auto c1 = QObject::connect(&client_, &RpcClient::ready, &loop, [&] { ok = true; loop.quit(); });
    auto c2 = QObject::connect(&client_, &RpcClient::failed, &loop, [&](const QString& m) { failure = m; loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    client_.connectTo(options);
    if (!client_.isReady())
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    ok = ok || client_.isReady();
    if (!ok && error)
        *error = failure;
    return ok;
}

RpcReply BlockingClient::call(const QString& method, const QJsonObject& params, int timeoutMs)
{
    QEventLoop loop;
    auto reply = std::make_shared<std::optional<RpcReply>>();
    client_.call(method, params, [reply, &loop](const RpcReply& r) {
        *reply = r;
        loop.quit();
    });
    if (!*reply) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!*reply) {
        client_.disconnectFromServer();  // the late reply must not touch this stack frame
        return RpcReply{{}, TransportError, QStringLiteral("no reply to %1 within %2 s").arg(method).arg(timeoutMs / 1000), {}};
    }
    return **reply;
}

} // namespace storlab::rpc
