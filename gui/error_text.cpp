#include "gui/error_text.h"

#include <QCoreApplication>

namespace storlab::gui {

QString errorText(const rpc::RpcReply& reply)
{
    switch (reply.code) {
    case rpc::TransportError:
        return QCoreApplication::translate("storlab::gui::ErrorText", "Connection error: %1").arg(reply.message);
    case rpc::MethodNotFound:
        return QCoreApplication::translate("storlab::gui::ErrorText", "Not available on this daemon: %1").arg(reply.message);
    case rpc::Unauthenticated:
    case rpc::RateLimited:
        return QCoreApplication::translate("storlab::gui::ErrorText", "Login failed: %1").arg(reply.message);
    case rpc::Busy:
        return QCoreApplication::translate("storlab::gui::ErrorText", "In use: %1").arg(reply.message);
    default:
        return QCoreApplication::translate("storlab::gui::ErrorText", "The daemon refused: %1").arg(reply.message);
    }
}

} // namespace storlab::gui
