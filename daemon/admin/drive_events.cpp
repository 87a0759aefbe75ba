#include "admin/drive_events.h"

#include "admin/admin_service.h"
#include "admin/drive_json.h"
#include "admin/rpc_server.h"

#include <QPointer>

namespace storlab::admin {

void forwardDriveEvents(const AdminHost& host, const AdminService& service, RpcServer* server)
{
    QPointer<RpcServer> rpc = server;
    const AdminHost* h = &host;
    const AdminService* s = &service;
    scsi::setMediumEventSink([rpc, h, s](const scsi::MediumEvent& e) {
        if (!rpc)
            return;
        QMetaObject::invokeMethod(rpc.data(), [rpc, h, s, e] {
            if (!rpc)
                return;
            const auto drive = findDriveByUnit(*h, e.unit);
            if (!drive || !drive->device)
                return;   // an LU being built (load at start) or already replaced
            QJsonObject params = driveJson(*drive, s->running().tidOf(drive->iqn));
            params[QStringLiteral("reason")] = QLatin1String(scsi::mediumChangeName(e.change));
            params[QStringLiteral("byInitiator")] = e.byInitiator;
            rpc->broadcast(QStringLiteral("event.drive.changed"), params);
            // Changer moves already announce themselves (event.library.changed "moved").
            if (drive->library && e.byInitiator) {
                QJsonObject changed{{QStringLiteral("library"), drive->library->name},
                                    {QStringLiteral("reason"), QStringLiteral("driveChanged")},
                                    {QStringLiteral("drive"), params.value(QLatin1String("drive"))}};
                if (params.contains(QLatin1String("barcode")))
                    changed[QStringLiteral("barcode")] = params.value(QLatin1String("barcode"));
                rpc->broadcast(QStringLiteral("event.library.changed"), changed);
            }
        }, Qt::QueuedConnection);
    });
}

void stopDriveEvents()
{
    scsi::setMediumEventSink({});
}

} // namespace storlab::admin
