#include "admin/rpc_server.h"

#include "admin/password_hash.h"
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <sys/stat.h>

namespace { Q_LOGGING_CATEGORY(lcAdmin, "storlab.admin") }

namespace storlab::admin {

namespace {
constexpr int kMaxFailures = 5;
constexpr qint64 kFailureWindowMs = 60000;

QJsonObject errorReply(const QJsonValue& id, int code, const QString& message, const QJsonObject& data = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        e[QStringLiteral("data")] = data;
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("error"), e}};
}

// Periodic events that a client gets only when it subscribed to them by name
// (PROTOCOL.md "stats"): the default subscription and '*' patterns skip them.
bool byNameOnly(const QString& method)
{
    return method == QLatin1String("event.stats");
}

bool matches(const QStringList& patterns, const QString& method)
{
    if (byNameOnly(method))
        return patterns.contains(method);
    if (patterns.isEmpty())
        return true;
    for (const QString& p : patterns) {
        if (p.endsWith(QLatin1Char('*')) ? method.startsWith(p.chopped(1)) : method == p)
            return true;
    }
    return false;
}
} // namespace

RpcServer::RpcServer(AdminService& service, QObject* parent) : QObject(parent), service_(service)
{
    pool_.setMaxThreadCount(4);
    auto* statsTimer = new QTimer(this);
    statsTimer->setInterval(1000);
    connect(statsTimer, &QTimer::timeout, this, &RpcServer::pushStats);
    statsTimer->start();
}

void RpcServer::pushStats()
{
    const QString method = QStringLiteral("event.stats");
    const bool wanted = std::any_of(clients_.begin(), clients_.end(), [&](const auto& c) {
        return c->subscribed && matches(c->patterns, method);
    });
    if (wanted)
        broadcast(method, QJsonObject{{QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()},
                                      {QStringLiteral("targets"), service_.stats()}});
}

RpcServer::~RpcServer()
{
    // Deferred work references the daemon's objects: let it end first (its
    // queued replies to this object are dropped with it).
    pool_.waitForDone();
    close();
}

QString RpcServer::listenLocal(const QString& path, bool replaceLive)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create the directory of the admin socket %1").arg(path);
    ::chmod(QFile::encodeName(info.absolutePath()).constData(), 0770);
    if (QFile::exists(path)) {
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(500)) {
            probe.abort();
            if (!replaceLive)
                return QStringLiteral("another storlabd is serving the admin socket %1: stop it or pass --socket PATH").arg(path);
        }
        QLocalServer::removeServer(path);
    }
    local_ = new QLocalServer(this);
    local_->setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    local_->setMaxPendingConnections(kMaxLocalClients);
    if (!local_->listen(path)) {
        const QString err = QStringLiteral("cannot listen on the admin socket %1: %2").arg(path, local_->errorString());
        delete local_;
        local_ = nullptr;
        return err;
    }
    ::chmod(QFile::encodeName(path).constData(), 0660);
    localPath_ = path;
    connect(local_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = local_->nextPendingConnection()) {
            if (clientCount(false) >= kMaxLocalClients) {
                s->abort();
                s->deleteLater();
                continue;
            }
            addClient(s, false, QStringLiteral("local"));
        }
    });
    qCInfo(lcAdmin).noquote() << "admin socket" << path;
    return {};
}

int RpcServer::clientCount(bool tls) const
{
    return int(std::count_if(clients_.begin(), clients_.end(), [tls](const auto& c) { return c->tls == tls; }));
}

quint16 RpcServer::tlsPort() const
{
    return tls_ ? tls_->serverPort() : 0;
}

void RpcServer::close()
{
    for (auto& c : clients_)
        if (c->device) {
            c->device->disconnect(this);
            c->device->close();
            c->device->deleteLater();
        }
    clients_.clear();
    if (local_) {
        local_->close();
        delete local_;
        local_ = nullptr;
        QLocalServer::removeServer(localPath_);
    }
    delete tls_;
    tls_ = nullptr;
}

void RpcServer::addClient(QIODevice* device, bool tls, const QString& peer)
{
    auto client = std::make_unique<Client>();
    client->device = device;
    client->tls = tls;
    client->peer = peer;
    client->serial = nextSerial_++;
    Client* raw = client.get();
    clients_.push_back(std::move(client));
    connect(device, &QIODevice::readyRead, this, [this, raw] { onReadable(raw); });
    auto gone = [this, raw] {
        for (auto it = clients_.begin(); it != clients_.end(); ++it) {
            if (it->get() == raw) {
                if (raw->device)
                    raw->device->deleteLater();
                clients_.erase(it);
                return;
            }
        }
    };
    if (auto* ls = qobject_cast<QLocalSocket*>(device))
        connect(ls, &QLocalSocket::disconnected, this, gone, Qt::QueuedConnection);
    else if (auto* ts = qobject_cast<QTcpSocket*>(device))
        connect(ts, &QTcpSocket::disconnected, this, gone, Qt::QueuedConnection);
}

void RpcServer::onReadable(Client* client)
{
    if (!client->device)
        return;
    client->framer.append(client->device->readAll());
    processLines(client);
}

void RpcServer::processLines(Client* client)
{
    QByteArray line;
    while (client->device && !client->waiting && client->framer.takeLine(&line)) {
        if (!line.trimmed().isEmpty())
            handleLine(client, line);
    }
    if (client->device && client->framer.overflow()) {
        send(client, errorReply(QJsonValue::Null, rpc::InvalidRequest,
                                QStringLiteral("request too large: at most %1 bytes per message (one JSON per line)").arg(rpc::kMaxFrameBytes)));
        client->device->close();
    }
    flushEvents();
}

void RpcServer::handleLine(Client* client, const QByteArray& line)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (doc.isNull()) {
        send(client, errorReply(QJsonValue::Null, rpc::ParseError,
                                QStringLiteral("parse error at offset %1: %2; send one JSON object per line").arg(perr.offset).arg(perr.errorString())));
        return;
    }
    if (!doc.isObject()) {
        send(client, errorReply(QJsonValue::Null, rpc::InvalidRequest, QStringLiteral("expected a JSON-RPC 2.0 request object (batches are not supported)")));
        return;
    }
    const QJsonObject req = doc.object();
    const QJsonValue id = req.value(QLatin1String("id"));
    const bool notification = !req.contains(QLatin1String("id"));
    if (!notification && !id.isDouble() && !id.isString() && !id.isNull()) {
        send(client, errorReply(QJsonValue::Null, rpc::InvalidRequest, QStringLiteral("id must be a number or a string")));
        return;
    }
    QJsonObject reply = handleRequest(client, req, notification ? QJsonValue(QJsonValue::Undefined) : id);
    if (reply.contains(QLatin1String("deferred")))
        return;   // runDeferred() answers
    if (!notification)
        send(client, reply);
}

void RpcServer::runDeferred(Client* client, const QJsonValue& id, Outcome outcome)
{
    client->waiting = true;
    const quint64 serial = client->serial;
    QPointer<RpcServer> self = this;
    pool_.start([self, serial, id, outcome]() mutable {
        Outcome done = outcome.work();
        if (outcome.finish)
            done.finish = std::move(outcome.finish);
        // The destructor waits for the pool, so `self` is alive here.
        QMetaObject::invokeMethod(self.data(), [self, serial, id, done] {
            if (self)
                self->finishDeferred(serial, id, done);
        }, Qt::QueuedConnection);
    });
}

void RpcServer::finishDeferred(quint64 serial, const QJsonValue& id, Outcome done)
{
    if (done.finish) {
        auto finish = std::move(done.finish);
        done.finish = {};
        done = finish(done);
    }
    flushEvents();
    Client* client = nullptr;
    for (const auto& c : clients_)
        if (c->serial == serial)
            client = c.get();
    if (!client)
        return;   // the client went away; the change happened all the same
    client->waiting = false;
    if (!id.isUndefined()) {   // a notification gets no reply
        if (done.ok())
            send(client, QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                                     {QStringLiteral("result"), done.result.isUndefined() ? QJsonValue(QJsonObject{}) : done.result}});
        else
            send(client, errorReply(id, done.code, done.message, done.data));
    }
    processLines(client);
}

QJsonObject RpcServer::handleRequest(Client* client, const QJsonObject& req, const QJsonValue& id)
{
    if (req.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0") || !req.value(QLatin1String("method")).isString())
        return errorReply(id, rpc::InvalidRequest, QStringLiteral("not a JSON-RPC 2.0 request: needs \"jsonrpc\": \"2.0\" and a string \"method\""));
    const QString method = req.value(QLatin1String("method")).toString();
    const QJsonValue pv = req.value(QLatin1String("params"));
    if (!pv.isUndefined() && !pv.isObject())
        return errorReply(id, rpc::InvalidParams, QStringLiteral("params must be an object of named parameters"));
    const QJsonObject params = pv.toObject();
    auto ok = [&](const QJsonValue& result) {
        return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}};
    };
    if (method == QLatin1String("auth.login")) {
        QJsonObject r = login(client, params);
        if (r.contains(QLatin1String("code")))
            return errorReply(id, r.value(QLatin1String("code")).toInt(), r.value(QLatin1String("message")).toString());
        return ok(r);
    }
    if (client->tls && !client->authenticated)
        return errorReply(id, rpc::Unauthenticated, QStringLiteral("unauthenticated: call auth.login with user/password or token first"));
    if (method == QLatin1String("events.subscribe")) {
        QStringList patterns;
        for (const QJsonValue& v : params.value(QLatin1String("events")).toArray())
            patterns << v.toString();
        client->subscribed = true;
        client->patterns = patterns;
        return ok(QJsonObject{{QStringLiteral("events"), QJsonArray::fromStringList(patterns.isEmpty() ? QStringList{QStringLiteral("event.*")} : patterns)}});
    }
    if (method == QLatin1String("events.unsubscribe")) {
        client->subscribed = false;
        return ok(QJsonObject{});
    }
    Outcome o = service_.call(method, params, CallContext{client->tls, client->user});
    if (o.deferred()) {
        runDeferred(client, id, std::move(o));
        return QJsonObject{{QStringLiteral("deferred"), true}};
    }
    if (!o.ok())
        return errorReply(id, o.code, o.message, o.data);
    return ok(o.result.isUndefined() ? QJsonValue(QJsonObject{}) : o.result);
}

QJsonObject RpcServer::login(Client* client, const QJsonObject& params)
{
    auto fail = [](int code, const QString& m) { return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), m}}; };
    if (!client->tls) {
        client->authenticated = true;
        return QJsonObject{{QStringLiteral("user"), QString()}, {QStringLiteral("method"), QStringLiteral("local")}};
    }
    Failures& f = failures_[client->peer];
    if (f.count >= kMaxFailures && f.first.isValid() && f.first.elapsed() < kFailureWindowMs) {
        qCWarning(lcAdmin).noquote() << "admin login from" << client->peer << "refused: rate limited";
        return fail(rpc::RateLimited, QStringLiteral("too many failed logins from %1: wait 60 s").arg(client->peer));
    }
    const config::AdminConfig& admin = service_.running().admin;
    QString who;
    QString how;
    if (params.contains(QLatin1String("token"))) {
        const QString token = params.value(QLatin1String("token")).toString();
        for (const config::AdminToken& t : admin.tokens)
            if (verifyToken(token, t.hash))
                who = t.name, how = QStringLiteral("token");
    } else {
        const QString user = params.value(QLatin1String("user")).toString();
        const QString password = params.value(QLatin1String("password")).toString();
        for (const config::AdminUser& u : admin.users)
            if (u.name == user && verifyPassword(password, u.password))
                who = u.name, how = QStringLiteral("password");
    }
    if (who.isEmpty()) {
        if (!f.first.isValid() || f.first.elapsed() >= kFailureWindowMs) {
            f.count = 0;
            f.first.start();
        }
        ++f.count;
        qCWarning(lcAdmin).noquote() << "failed admin login from" << client->peer << "(" << f.count << "in the last minute)";
        return fail(rpc::Unauthenticated, QStringLiteral("wrong user, password or token"));
    }
    failures_.remove(client->peer);
    client->authenticated = true;
    client->user = who;
    qCInfo(lcAdmin).noquote() << "admin" << who << "logged in from" << client->peer;
    return QJsonObject{{QStringLiteral("user"), who}, {QStringLiteral("method"), how}};
}

void RpcServer::send(Client* client, const QJsonObject& message)
{
    if (client->device)
        client->device->write(rpc::frame(message));
}

void RpcServer::flushEvents()
{
    for (const auto& [method, params] : service_.takeEvents())
        broadcast(method, params);
}

void RpcServer::broadcast(const QString& method, const QJsonObject& params)
{
    const QJsonObject note{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    for (const auto& c : clients_)
        if (c->subscribed && (!c->tls || c->authenticated) && matches(c->patterns, method))
            send(c.get(), note);
}

} // namespace storlab::admin
