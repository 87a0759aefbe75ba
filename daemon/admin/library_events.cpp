#include "admin/library_events.h"

#include "admin/library_json.h"
#include "admin/rpc_server.h"

#include <QPointer>

namespace storlab::admin {

void forwardLibraryEvents(app::LibraryRegistry& libraries, RpcServer* server)
{
    QPointer<RpcServer> rpc = server;
    app::LibraryRegistry* registry = &libraries;
    libraries.setEventSink([rpc, registry](const QString& name, const scsi::ChangerEvent& e) {
        QJsonObject moved;
        QJsonObject changed{{QStringLiteral("library"), name}};
        if (e.kind == scsi::ChangerEvent::Kind::Warning) {
            changed[QStringLiteral("reason")] = QStringLiteral("warning");
            changed[QStringLiteral("message")] = QString::fromStdString(e.message);
        } else if (auto lib = registry->find(name)) {
            moved = mediaMovedJson(name, lib->changer->layout(), e);
            changed[QStringLiteral("reason")] = moved.value(QLatin1String("kind"));
            changed[QStringLiteral("barcode")] = moved.value(QLatin1String("barcode"));
        } else {
            return;   // a library being torn down
        }
        if (!rpc)
            return;
        QMetaObject::invokeMethod(rpc.data(), [rpc, moved, changed] {
            if (!rpc)
                return;
            if (!moved.isEmpty())
                rpc->broadcast(QStringLiteral("event.media.moved"), moved);
            rpc->broadcast(QStringLiteral("event.library.changed"), changed);
        }, Qt::QueuedConnection);
    });
}

} // namespace storlab::admin
