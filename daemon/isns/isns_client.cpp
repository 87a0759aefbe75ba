#include "isns/isns_client.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>

Q_LOGGING_CATEGORY(lcIsns, "storlab.isns")

namespace storlab::isns {

namespace {
QString at(const IsnsSettings& s)
{
    return (s.server.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(s.server) : s.server) + QStringLiteral(":%1").arg(s.port);
}

bool hasNode(const EntityView& view, const std::string& name)
{
    return std::any_of(view.nodes.begin(), view.nodes.end(), [&](const RegisteredNode& n) { return n.name == name; });
}
} // namespace

IsnsClient::IsnsClient(QString entityId, std::function<EntityView()> snapshot, QObject* parent)
    : QObject(parent), entityId_(std::move(entityId)), snapshot_(std::move(snapshot))
{
    connectTimer_.setSingleShot(true);
    retryTimer_.setSingleShot(true);
    connect(&connectTimer_, &QTimer::timeout, this, [this] {
        if (socket_)
            socket_->abort();
        retryLater(QStringLiteral("no answer within %1 s").arg(kConnectTimeout.count()));
    });
    // A refused registration retries on the open connection; a lost server is connected to again.
    connect(&retryTimer_, &QTimer::timeout, this, [this] { connected_ ? sync() : connectToServer(); });
    connect(&checkTimer_, &QTimer::timeout, this, &IsnsClient::check);
}

IsnsClient::~IsnsClient()
{
    stopped_ = true;
    if (socket_)
        socket_->abort();
}

void IsnsClient::configure(const IsnsSettings& settings)
{
    if (settings == settings_ && !stopped_)
        return;
    const bool serverChanged = settings.server != settings_.server || settings.port != settings_.port || settings.enabled != settings_.enabled;
    settings_ = settings;
    stopped_ = false;
    if (!serverChanged && connected_)
        return;
    if (socket_ && connected_ && !registered_.empty())
        deregisterInBackground();   // the old server forgets us; the new one hears of us now
    if (socket_) {
        socket_->disconnect(this);
        readers_.erase(socket_);
        socket_->abort();
        socket_->deleteLater();
        socket_ = nullptr;
    }
    connected_ = false;
    registered_ = {};
    outstanding_.clear();
    retryTimer_.stop();
    checkTimer_.stop();
    backoff_ = std::chrono::seconds(1);
    if (!settings_.active()) {
        state_ = QStringLiteral("off");
        if (esiServer_)
            esiServer_->close();
        return;
    }
    qCInfo(lcIsns).noquote() << "iSNS server" << at(settings_) << "- entity" << entityId_;
    connectToServer();
}

void IsnsClient::changed()
{
    QMetaObject::invokeMethod(this, [this] {
        if (syncQueued_)
            return;
        syncQueued_ = true;
        QTimer::singleShot(0, this, [this] {
            syncQueued_ = false;
            sync();
        });
    }, Qt::QueuedConnection);
}

void IsnsClient::connectToServer()
{
    if (stopped_ || !settings_.active() || connected_)
        return;
    if (socket_)
        socket_->deleteLater();
    socket_ = new QTcpSocket(this);
    QTcpSocket* s = socket_;
    connect(s, &QTcpSocket::connected, this, &IsnsClient::onConnected);
    connect(s, &QTcpSocket::errorOccurred, this, [this, s] {
        if (s == socket_)
            onSocketError();
    });
    connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s, true); });
    state_ = QStringLiteral("connecting");
    connectTimer_.start(kConnectTimeout);
    s->connectToHost(settings_.server, settings_.port);
}

void IsnsClient::onConnected()
{
    connectTimer_.stop();
    connected_ = true;
    readers_[socket_] = FrameReader{};
    if (!listenForServer())
        qCWarning(lcIsns).noquote() << "cannot listen for ESI/SCN messages:" << esiServer_->errorString();
    qCInfo(lcIsns).noquote() << "connected to iSNS server" << at(settings_);
    registered_ = {};   // a new connection may be a restarted server: register everything
    state_ = QStringLiteral("connected");
    checkTimer_.start(kCheckInterval);
    sync();
}

void IsnsClient::onSocketError()
{
    const QString why = socket_->errorString();
    connectTimer_.stop();
    readers_.erase(socket_);
    socket_->deleteLater();
    socket_ = nullptr;
    const bool wasConnected = connected_;
    connected_ = false;
    registered_ = {};
    outstanding_.clear();
    checkTimer_.stop();
    if (stopped_ || !settings_.active())
        return;
    if (wasConnected)
        backoff_ = std::chrono::seconds(1);   // a restarting server comes back quickly
    retryLater(why);
}

void IsnsClient::retryLater(const QString& why)
{
    lastError_ = why;
    state_ = QStringLiteral("retrying");
    qCWarning(lcIsns).noquote() << "iSNS server" << at(settings_) << ":" << why << "- retrying in" << backoff_.count() << "s";
    if (socket_ && !connected_) {
        socket_->abort();
        socket_->deleteLater();
        socket_ = nullptr;
    }
    retryTimer_.start(backoff_);
    backoff_ = std::min(backoff_ * 2, std::chrono::seconds(kMaxBackoff));
}

bool IsnsClient::listenForServer()
{
    const QHostAddress local = socket_->localAddress();
    if (!esiServer_) {
        esiServer_ = new QTcpServer(this);
        connect(esiServer_, &QTcpServer::newConnection, this, &IsnsClient::acceptServerConnection);
    }
    if (esiServer_->isListening() && esiServer_->serverAddress() == local)
        return true;
    esiServer_->close();
    return esiServer_->listen(local, 0);
}

void IsnsClient::acceptServerConnection()
{
    while (QTcpSocket* s = esiServer_->nextPendingConnection()) {
        s->setParent(this);
        readers_[s] = FrameReader{};
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s, false); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            readers_.erase(s);
            s->deleteLater();
        });
    }
}

void IsnsClient::onReadyRead(QTcpSocket* socket, bool fromServerConnection)
{
    auto it = readers_.find(socket);
    if (it == readers_.end())
        return;
    const QByteArray bytes = socket->readAll();
    it->second.append(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    for (;;) {
        std::string error;
        std::optional<Message> m = it->second.next(&error);
        if (!error.empty()) {
            qCWarning(lcIsns).noquote() << "malformed iSNSP message from" << socket->peerAddress().toString() << ":"
                                        << QString::fromStdString(error) << "- connection closed";
            readers_.erase(it);
            if (fromServerConnection)
                socket->abort();   // errorOccurred: reconnect and register again
            else
                socket->disconnectFromHost();
            return;
        }
        if (!m)
            return;
        handle(*m, socket);
        it = readers_.find(socket);   // handling may have closed the connection
        if (it == readers_.end())
            return;
    }
}

void IsnsClient::handle(const Message& message, QTcpSocket* socket)
{
    if (message.isResponse())
        handleResponse(message);
    else
        handleServerRequest(message, socket);
}

void IsnsClient::handleServerRequest(const Message& request, QTcpSocket* socket)
{
    if (request.function == ESI) {
        ++esiAnswered_;
        qCDebug(lcIsns) << "ESI from the iSNS server answered";
    } else if (request.function == SCN) {
        ++scnReceived_;
        std::string node;
        if (const Attribute* a = request.find(IscsiName))
            node = a->asString();
        qCDebug(lcIsns).noquote() << "SCN for" << QString::fromStdString(node) << "- querying the initiators it may see";
        if (connected_ && hasNode(registered_, node))
            send(visibleInitiatorsQuery(node, nextTransaction_), Kind::InitiatorQuery, node);
    } else {
        Message refused = replyTo(request);
        refused.status = MessageNotSupported;
        const auto bytes = refused.encode();
        socket->write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
        return;
    }
    const auto bytes = replyTo(request).encode();
    socket->write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
}

void IsnsClient::handleResponse(const Message& response)
{
    const auto it = outstanding_.find(response.transaction);
    if (it == outstanding_.end())
        return;
    const auto [kind, about] = it->second;
    outstanding_.erase(it);
    const QString status = QStringLiteral("%1 (%2)").arg(QLatin1String(statusName(response.status))).arg(response.status);
    switch (kind) {
    case Kind::Register:
        if (response.status != Success) {
            registered_ = {};
            retryTimer_.stop();
            retryLater(QStringLiteral("registration refused: %1").arg(status));
            return;
        }
        ++registrations_;
        backoff_ = std::chrono::seconds(1);
        lastError_.clear();
        state_ = QStringLiteral("registered");
        qCInfo(lcIsns).noquote() << "registered entity" << entityId_ << "with" << registered_.nodes.size() << "node(s) and"
                                 << registered_.portals.size() << "portal(s) at" << at(settings_);
        return;
    case Kind::Deregister:
        if (response.status != Success)
            qCWarning(lcIsns).noquote() << "deregistration of" << QString::fromStdString(about) << "refused:" << status;
        return;
    case Kind::ScnRegister:
        if (response.status != Success)
            qCWarning(lcIsns).noquote() << "SCN registration of" << QString::fromStdString(about) << "refused:" << status;
        return;
    case Kind::Query: {
        const Attribute* eid = nullptr;
        for (const Attribute& a : response.operating())
            if (a.tag == EntityIdentifier && a.asString() == entityId_.toStdString())
                eid = &a;
        if (response.status == Success && eid)
            return;
        if (registered_.empty())
            return;
        qCWarning(lcIsns).noquote() << "the iSNS server no longer knows entity" << entityId_ << "(" << status << ") - registering again";
        registered_ = {};
        sync();
        return;
    }
    case Kind::InitiatorQuery: {
        std::vector<std::string> names;
        const std::vector<Attribute> attrs = response.operating();
        for (size_t i = 0; i < attrs.size(); ++i)
            if (attrs[i].tag == IscsiName && i + 1 < attrs.size() && attrs[i + 1].tag == IscsiNodeType
                && (attrs[i + 1].asU32() & kNodeTypeInitiator))
                names.push_back(attrs[i].asString());
        visibleInitiators_[about] = names;
        return;
    }
    }
}

EntityView IsnsClient::wanted() const
{
    EntityView view = snapshot_();
    view.entityId = entityId_.toStdString();
    if (esiServer_ && esiServer_->isListening()) {
        view.esiPort = esiServer_->serverPort();
        view.esiInterval = kEsiInterval;
    }
    // A wildcard portal is reachable on the address the server sees us at (as tgt registers it).
    const std::string local = socket_ ? socket_->localAddress().toString().toStdString() : std::string();
    for (RegisteredPortal& p : view.portals)
        if ((p.host == "0.0.0.0" || p.host == "::") && !local.empty())
            p.host = local;
    return view;
}

void IsnsClient::sync()
{
    if (stopped_ || !settings_.active())
        return;
    if (!connected_) {
        if (!socket_ && !retryTimer_.isActive())
            connectToServer();
        return;
    }
    const EntityView want = wanted();
    if (want == registered_)
        return;
    if (want.empty()) {
        if (!registered_.empty()) {
            send(entityDeregistration(registered_.entityId, registered_.nodes.front().name, nextTransaction_), Kind::Deregister,
                 registered_.entityId);
            qCInfo(lcIsns).noquote() << "no targets: entity" << entityId_ << "deregistered";
        }
        registered_ = want;
        state_ = QStringLiteral("connected");
        return;
    }
    for (const RegisteredNode& n : registered_.nodes)
        if (!hasNode(want, n.name))
            send(nodeDeregistration(n.name, nextTransaction_), Kind::Deregister, n.name);
    std::string source = want.nodes.front().name;
    for (const RegisteredNode& n : want.nodes)
        if (hasNode(registered_, n.name)) {
            source = n.name;
            break;
        }
    const EntityView before = registered_;
    registered_ = want;   // a refused registration clears it again
    send(registration(want, source, nextTransaction_), Kind::Register);
    for (const RegisteredNode& n : want.nodes)
        if (!hasNode(before, n.name))
            send(scnRegistration(n.name, nextTransaction_), Kind::ScnRegister, n.name);
}

void IsnsClient::check()
{
    if (!connected_ || registered_.empty())
        return;
    send(entityQuery(entityId_.toStdString(), registered_.nodes.front().name, nextTransaction_), Kind::Query);
}

uint16_t IsnsClient::send(Message message, Kind kind, const std::string& about)
{
    if (!socket_)
        return 0;
    const uint16_t xid = message.transaction = nextTransaction_++;
    if (nextTransaction_ == 0)
        nextTransaction_ = 1;
    outstanding_[xid] = {kind, about};
    const auto bytes = message.encode();
    socket_->write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
    return xid;
}

// DevDereg on the current connection, which then closes by itself at the
// answer or after kConnectTimeout: nothing waits for it.
void IsnsClient::deregisterInBackground()
{
    QTcpSocket* old = socket_;
    send(entityDeregistration(registered_.entityId, registered_.nodes.front().name, nextTransaction_), Kind::Deregister,
         registered_.entityId);
    qCInfo(lcIsns).noquote() << "entity" << entityId_ << "deregistered from" << at(settings_);
    readers_.erase(old);
    old->disconnect(this);
    old->setParent(nullptr);
    socket_ = nullptr;
    const auto close = [old] {
        old->disconnect();
        old->abort();
        old->deleteLater();
    };
    connect(old, &QTcpSocket::readyRead, old, close);
    connect(old, &QTcpSocket::errorOccurred, old, close);
    QTimer::singleShot(kConnectTimeout, old, close);
    registered_ = {};
    outstanding_.clear();
    connected_ = false;
}

void IsnsClient::shutdown(std::chrono::milliseconds budget)
{
    stopped_ = true;
    retryTimer_.stop();
    checkTimer_.stop();
    connectTimer_.stop();
    // The server tells our nodes' SCN port about the deregistration and may wait for the
    // answer before it answers us: with the port closed that fails at once.
    if (esiServer_)
        esiServer_->close();
    std::vector<QTcpSocket*> fromServer;
    for (const auto& [s, reader] : readers_)
        if (s != socket_)
            fromServer.push_back(s);
    for (QTcpSocket* s : fromServer) {
        readers_.erase(s);
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    const EntityView was = registered_;
    if (!was.empty() && settings_.active()) {
        if (!connected_ || !socket_ || socket_->state() != QAbstractSocket::ConnectedState) {
            if (socket_) {
                readers_.erase(socket_);
                socket_->disconnect(this);
                socket_->abort();
            }
            delete socket_;
            socket_ = new QTcpSocket(this);
            socket_->connectToHost(settings_.server, settings_.port);
            connected_ = socket_->waitForConnected(int(budget.count()));
        }
        if (connected_) {
            const uint16_t xid = send(entityDeregistration(was.entityId, was.nodes.front().name, nextTransaction_), Kind::Deregister,
                                      was.entityId);
            socket_->flush();
            std::vector<uint8_t> reply;
            FrameReader reader;
            while (socket_->waitForReadyRead(int(budget.count()))) {
                const QByteArray bytes = socket_->readAll();
                reader.append(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
                std::string error;
                auto m = reader.next(&error);
                while (m && m->transaction != xid)
                    m = reader.next(&error);
                if (m || !error.empty())
                    break;
            }
            qCInfo(lcIsns).noquote() << "entity" << entityId_ << "deregistered from" << at(settings_);
        }
    }
    stopped_ = true;
    registered_ = {};
    outstanding_.clear();
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
        socket_->deleteLater();
        socket_ = nullptr;
    }
    connected_ = false;
    state_ = QStringLiteral("off");
}

QJsonObject IsnsClient::status() const
{
    QJsonObject o{{QStringLiteral("state"), state_},
                  {QStringLiteral("entity"), entityId_},
                  {QStringLiteral("registrations"), double(registrations_)},
                  {QStringLiteral("esiAnswered"), double(esiAnswered_)},
                  {QStringLiteral("scnReceived"), double(scnReceived_)}};
    if (!lastError_.isEmpty())
        o[QStringLiteral("lastError")] = lastError_;
    if (retryTimer_.isActive())
        o[QStringLiteral("retryInSeconds")] = (retryTimer_.remainingTime() + 999) / 1000;
    QJsonArray nodes;
    for (const RegisteredNode& n : registered_.nodes) {
        QJsonArray initiators;
        if (auto it = visibleInitiators_.find(n.name); it != visibleInitiators_.end())
            for (const std::string& i : it->second)
                initiators.append(QString::fromStdString(i));
        nodes.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(n.name)}, {QStringLiteral("visibleInitiators"), initiators}});
    }
    o[QStringLiteral("nodes")] = nodes;
    QJsonArray portals;
    for (const RegisteredPortal& p : registered_.portals)
        portals.append(QStringLiteral("%1:%2").arg(QString::fromStdString(p.host)).arg(p.port));
    o[QStringLiteral("portals")] = portals;
    if (esiServer_ && esiServer_->isListening())
        o[QStringLiteral("esiPort")] = esiServer_->serverPort();
    return o;
}

} // namespace storlab::isns
