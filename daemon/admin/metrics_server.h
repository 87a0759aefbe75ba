#pragma once
// The opt-in Prometheus endpoint (design.md §6, shared/PROTOCOL.md "metrics"):
// a minimal, strict HTTP/1.1 server (RFC 9110/9112) for one resource,
// GET/HEAD /metrics. Admin plane, main thread; not the data path.
// Every response closes the connection. Limits: request head 8 KiB, no
// request body, 10 s to send the request, 16 clients at once.
#include "admin/admin_host.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace storlab::admin {

class MetricsServer : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxHeadBytes = 8 * 1024;
    static constexpr int kMaxClients = 16;
    static constexpr int kRequestTimeoutMs = 10000;
    // `body` produces the exposition text at each scrape.
    explicit MetricsServer(std::function<QByteArray()> body, QObject* parent = nullptr);
    ~MetricsServer() override;
    // Binds "ADDR:PORT" (port 0: any free one); "" or why not. Serves once adopted by start().
    QString bind(const QString& address);
    void start();
    quint16 port() const;

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& body, bool head = false);
    std::function<QByteArray()> body_;
    QTcpServer* server_ = nullptr;
    int clients_ = 0;
};

// config.import / metrics.set: binds a server for `address` now ("" = off),
// puts it into `slot` (replacing the old one) at commit.
PreparedChange prepareMetricsServer(std::unique_ptr<MetricsServer>& slot, const QString& address, std::function<QByteArray()> body);

// Parses one request head (up to and including the empty line) strictly.
// Returns the HTTP status to answer with: 200 (GET/HEAD /metrics), 400, 404,
// 405, 505; `head` is set for HEAD.
int classifyRequest(const QByteArray& head, bool* isHead);

} // namespace storlab::admin
