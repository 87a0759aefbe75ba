#include "admin/metrics_server.h"

#include "core/logging.h"
#include "shared/lab_config.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cctype>

namespace storlab::admin {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

// RFC 9110 §5.6.2: a header field name is a token.
bool isToken(const QByteArray& s)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || extra.contains(c)))
            return false;
    return true;
}

} // namespace

int classifyRequest(const QByteArray& head, bool* isHead)
{
    // RFC 9112 §2.2: lines end in CRLF; a bare LF is tolerated, a bare CR is not.
    if (head.contains('\0') || head.contains("\r\r") || QByteArray(head).replace("\r\n", "\n").contains('\r'))
        return 400;
    QList<QByteArray> lines = QByteArray(head).replace("\r\n", "\n").split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return 400;
    // Request line (RFC 9112 §3): method SP request-target SP HTTP-version, single spaces.
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return 400;
    static const QRegularExpression version(QStringLiteral("^HTTP/[0-9]\\.[0-9]$"));
    if (!version.match(QString::fromLatin1(parts[2])).hasMatch())
        return 400;
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return 505;
    bool host = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No whitespace before the colon (RFC 9112 §5.1), no obsolete line folding (§5.2).
        if (colon <= 0 || !isToken(line.left(colon)))
            return 400;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            if (host)
                return 400;   // §3.2: more than one Host
            host = true;
        }
        // No request body is read: a request announcing one is refused.
        if (name == "transfer-encoding" || (name == "content-length" && value != "0"))
            return 400;
    }
    if (parts[2] == "HTTP/1.1" && !host)
        return 400;   // RFC 9112 §3.2: an HTTP/1.1 request without Host
    const QByteArray path = parts[1].left(parts[1].indexOf('?') < 0 ? parts[1].size() : parts[1].indexOf('?'));
    if (!path.startsWith('/'))
        return 400;   // origin-form only (§3.2.1); no absolute-form or asterisk-form
    *isHead = parts[0] == "HEAD";
    if (path != "/metrics")
        return 404;
    if (parts[0] != "GET" && parts[0] != "HEAD")
        return 405;
    return 200;
}

MetricsServer::MetricsServer(std::function<QByteArray()> body, QObject* parent) : QObject(parent), body_(std::move(body)) {}

MetricsServer::~MetricsServer() = default;

QString MetricsServer::bind(const QString& address)
{
    QString host;
    quint16 port = 0;
    // parsePortal wants a port from 1; ":0" asks for any free one.
    const bool anyPort = address.endsWith(QLatin1String(":0"));
    const QString probe = anyPort ? address.chopped(1) + QLatin1Char('1') : address;
    if (!config::parsePortal(probe, &host, &port) || QHostAddress(host).isNull())
        return QStringLiteral("metrics.listen: '%1' is not ADDRESS:PORT, e.g. 127.0.0.1:9470").arg(address);
    if (anyPort)
        port = 0;
    server_ = new QTcpServer(this);
    if (!server_->listen(QHostAddress(host), port)) {
        const QString err = QStringLiteral("cannot serve metrics on %1: %2").arg(address, server_->errorString());
        delete server_;
        server_ = nullptr;
        return err;
    }
    return {};
}

void MetricsServer::start()
{
    if (server_)
        connect(server_, &QTcpServer::newConnection, this, &MetricsServer::onConnection);
}

quint16 MetricsServer::port() const
{
    return server_ ? server_->serverPort() : 0;
}

void MetricsServer::onConnection()
{
    while (QTcpSocket* socket = server_->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (clients_ >= kMaxClients) {
            respond(socket, 503, "too many clients\n");
            continue;
        }
        ++clients_;
        connect(socket, &QObject::destroyed, this, [this] { --clients_; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        // A client that does not finish its request in time is answered 408 and closed.
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            if (!socket->property("answered").toBool())
                respond(socket, 408, "request timeout\n");
        });
        timer->start(kRequestTimeoutMs);
    }
}

void MetricsServer::onReadable(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();   // after the response: ignored until the close completes
        return;
    }
    QByteArray buffered = socket->property("head").toByteArray() + socket->readAll();
    qsizetype end = buffered.indexOf("\r\n\r\n");
    qsizetype endLength = 4;
    if (end < 0) {
        end = buffered.indexOf("\n\n");
        endLength = 2;
    }
    if (end < 0 ? buffered.size() > kMaxHeadBytes : end + endLength > kMaxHeadBytes) {
        respond(socket, 431, "request head over 8 KiB\n");
        return;
    }
    if (end < 0) {
        socket->setProperty("head", buffered);
        return;
    }
    bool head = false;
    const int status = classifyRequest(buffered.left(end + endLength), &head);
    if (status != 200) {
        respond(socket, status, reason(status).toLower() + '\n', head);
        return;
    }
    respond(socket, 200, body_(), head);
}

void MetricsServer::respond(QTcpSocket* socket, int status, const QByteArray& body, bool head)
{
    socket->setProperty("answered", true);
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    r += status == 200 ? "Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n" : "Content-Type: text/plain; charset=utf-8\r\n";
    if (status == 405)
        r += "Allow: GET, HEAD\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (!head)
        r += body;
    socket->write(r);
    socket->disconnectFromHost();   // after the bytes are written
}

PreparedChange prepareMetricsServer(std::unique_ptr<MetricsServer>& slot, const QString& address, std::function<QByteArray()> body)
{
    if (address.isEmpty())
        return {{}, [&slot] {
            if (slot)
                qCInfo(lcDaemon) << "metrics endpoint stopped";
            slot.reset();
        }};
    auto fresh = std::make_shared<std::unique_ptr<MetricsServer>>(std::make_unique<MetricsServer>(std::move(body)));
    if (QString err = (*fresh)->bind(address); !err.isEmpty())
        return {err, {}};
    return {{}, [&slot, fresh, address] {
        slot = std::move(*fresh);
        slot->start();
        qCInfo(lcDaemon).noquote() << "metrics endpoint" << address << "port" << slot->port() << "serving GET /metrics";
    }};
}

} // namespace storlab::admin
