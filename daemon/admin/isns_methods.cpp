// isns.get / isns.set (shared/PROTOCOL.md "isns"): the iSNS server storlabd
// registers with (RFC 4171), changed live and saved like every other setting.
#include "admin/admin_service.h"

namespace storlab::admin {

namespace {
QJsonObject isnsJson(const AdminHost& host, const config::IsnsConfig& c)
{
    QJsonObject o{{QStringLiteral("server"), c.server},
                  {QStringLiteral("port"), c.port},
                  {QStringLiteral("enabled"), c.enabled},
                  {QStringLiteral("accessControl"), c.accessControl}};
    if (host.isnsStatus)
        o[QStringLiteral("status")] = host.isnsStatus();
    return o;
}
} // namespace

void AdminService::registerIsnsMethods()
{
    methods_[QStringLiteral("isns.get")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        return Outcome::value(isnsJson(host_, running_.isns));
    };
    // Every key optional: what is left out keeps its value. server "" or "off" clears it.
    methods_[QStringLiteral("isns.set")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"server", "port", "enabled", "accessControl"});
        config::IsnsConfig next = running_.isns;
        if (p.has("server")) {
            next.server = p.string("server", true);
            if (next.server == QLatin1String("off"))
                next.server.clear();
        }
        if (auto port = p.integer("port", false, 1, 65535))
            next.port = quint16(*port);
        next.enabled = p.boolean("enabled", next.enabled);
        next.accessControl = p.boolean("accessControl", next.accessControl);
        if (p.failed())
            return Outcome{};
        if (!config::isValidIsnsServer(next.server))
            return Outcome::error(rpc::InvalidArgument,
                                  QStringLiteral("params.server: '%1' is not a host name or IP address, e.g. 10.0.0.1; \"\" or off clears it")
                                      .arg(next.server),
                                  QStringLiteral("params.server"));
        config::LabConfig copy = running_;
        copy.isns = next;
        Outcome o = commit(copy, false);
        if (!o.ok())
            return o;
        return Outcome::value(isnsJson(host_, running_.isns));
    };
}

} // namespace storlab::admin
