// metrics.get / metrics.set (shared/PROTOCOL.md "metrics"): the Prometheus
// endpoint's address, changed live and saved like every other setting.
#include "admin/admin_service.h"

#include <QHostAddress>

namespace storlab::admin {

namespace {
QJsonObject metricsJson(const AdminHost& host, const QString& listen)
{
    const quint16 port = host.metricsPort ? host.metricsPort() : 0;
    QJsonObject o{{QStringLiteral("listen"), listen}, {QStringLiteral("port"), port}};
    if (port)
        o[QStringLiteral("url")] = QStringLiteral("http://%1/metrics").arg(listen.left(listen.lastIndexOf(QLatin1Char(':'))) +
                                                                          QStringLiteral(":%1").arg(port));
    return o;
}
} // namespace

void AdminService::registerMetricsMethods()
{
    methods_[QStringLiteral("metrics.get")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        return Outcome::value(metricsJson(host_, running_.metricsListen));
    };
    methods_[QStringLiteral("metrics.set")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"listen"});
        QString listen = p.string("listen", true);
        if (listen == QLatin1String("off"))
            listen.clear();
        if (p.failed())
            return Outcome{};
        QString host;
        quint16 port = 0;
        if (!listen.isEmpty() && (!config::parsePortal(listen, &host, &port) || QHostAddress(host).isNull()))
            return Outcome::error(rpc::InvalidArgument,
                                  QStringLiteral("params.listen: '%1' is not IP:PORT (port 1-65535), e.g. 127.0.0.1:9470; \"\" turns metrics off")
                                      .arg(listen),
                                  QStringLiteral("params.listen"));
        config::LabConfig next = running_;
        next.metricsListen = listen;
        Outcome o = commit(next, false);
        if (!o.ok())
            return o;
        return Outcome::value(metricsJson(host_, running_.metricsListen));
    };
}

} // namespace storlab::admin
