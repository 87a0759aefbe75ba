#pragma once
// A blocking wrapper around RpcClient for command-line tools (storlabctl):
// each call runs a local event loop until the reply or a timeout.
#include "shared/rpc_client.h"

namespace storlab::rpc {

class BlockingClient {
public:
    // Connects (and logs in for TLS); false with `error` set on failure.
    bool connectTo(const ConnectOptions& options, QString* error, int timeoutMs = 10000);
    RpcReply call(const QString& method, const QJsonObject& params = {}, int timeoutMs = 120000);
    RpcClient& client() { return client_; }

private:
    RpcClient client_;
};

} // namespace storlab::rpc
