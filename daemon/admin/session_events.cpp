#include "admin/session_events.h"

#include "admin/admin_service.h"
#include "admin/json_views.h"
#include "admin/rpc_server.h"

#include <QPointer>

namespace storlab::admin {

namespace {

quint32 tidOf(const AdminService& service, const iscsi::Session& session)
{
    return service.running().tidOf(QString::fromStdString(session.params().targetName));
}

} // namespace

void forwardSessionEvents(iscsi::SessionManager& sessions, const AdminService& service, RpcServer* server)
{
    QPointer<RpcServer> rpc = server;
    const AdminService* svc = &service;
    sessions.setObserver([rpc, svc](iscsi::SessionManager::Change change, const std::shared_ptr<iscsi::Session>& s) {
        const bool added = change == iscsi::SessionManager::Change::Added;
        auto session = s;
        QMetaObject::invokeMethod(rpc, [rpc, svc, added, session] {
            if (!rpc)
                return;
            const quint32 tid = tidOf(*svc, *session);
            const QJsonObject params = added ? sessionJson(*session, tid)
                                             : QJsonObject{{QStringLiteral("tsih"), int(session->tsih())},
                                                           {QStringLiteral("initiator"), QString::fromStdString(session->params().initiatorName)},
                                                           {QStringLiteral("target"), QString::fromStdString(session->params().targetName)},
                                                           {QStringLiteral("tid"), qint64(tid)}};
            rpc->broadcast(added ? QStringLiteral("event.session.added") : QStringLiteral("event.session.removed"), params);
        }, Qt::QueuedConnection);
    });
}

void stopSessionEvents(iscsi::SessionManager& sessions)
{
    sessions.setObserver({});
}

} // namespace storlab::admin
