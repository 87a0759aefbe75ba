#include "admin/metrics_text.h"

#include "admin/json_views.h"
#include "admin/stats_json.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storlab::admin {

namespace {

// One metric family: HELP and TYPE once, then its samples (the format wants a
// family's samples together).
struct Family {
    const char* name;
    const char* type;   // "counter" | "gauge"
    const char* help;
    QStringList samples;
};

QString labels(const QJsonObject& target, const QJsonObject* lun)
{
    QString out = QStringLiteral("target=\"%1\",tid=\"%2\"")
                      .arg(escapeLabelValue(target.value(QLatin1String("target")).toString()))
                      .arg(target.value(QLatin1String("tid")).toInteger());
    if (lun)
        out += QStringLiteral(",lun=\"%1\",type=\"%2\"")
                   .arg(lun->value(QLatin1String("lun")).toInteger())
                   .arg(escapeLabelValue(lun->value(QLatin1String("type")).toString()));
    return out;
}

QString sample(const char* name, const QString& labelText, const QString& value)
{
    return QStringLiteral("%1{%2} %3\n").arg(QLatin1String(name), labelText, value);
}

} // namespace

QString escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray metricsText(const AdminHost& host, const config::LabConfig& running)
{
    // Counter names end in _total; latency is a sum of seconds (base units).
    Family lu[] = {
        {"storlab_lu_commands_total", "counter", "SCSI commands that reached the logical unit and completed.", {}},
        {"storlab_lu_read_commands_total", "counter", "Commands that moved data from the medium.", {}},
        {"storlab_lu_write_commands_total", "counter", "Commands that moved data to the medium.", {}},
        {"storlab_lu_read_bytes_total", "counter", "Bytes read from the medium.", {}},
        {"storlab_lu_written_bytes_total", "counter", "Bytes written to the medium.", {}},
        {"storlab_lu_errors_total", "counter", "Commands that ended with a status other than GOOD or were aborted.", {}},
        {"storlab_lu_service_seconds_total", "counter", "Sum of service times (command received to status sent).", {}},
        {"storlab_lu_in_flight", "gauge", "Commands in progress.", {}},
    };
    static const char* const keys[] = {"commands", "readCommands", "writeCommands", "bytesRead", "bytesWritten", "errors", "latencyMicros",
                                       "inFlight"};
    Family sessions{"storlab_target_sessions", "gauge", "iSCSI sessions logged in to the target.", {}};
    Family connections{"storlab_target_connections", "gauge", "TCP connections of the target's sessions.", {}};
    for (const QJsonValue& tv : statsJson(host, running)) {
        const QJsonObject t = tv.toObject();
        const QString targetLabels = labels(t, nullptr);
        sessions.samples << sample(sessions.name, targetLabels, QString::number(t.value(QLatin1String("sessions")).toInteger()));
        qint64 links = 0;
        if (host.server)
            for (const auto& s : sessionsOf(host.server->sessions(), t.value(QLatin1String("target")).toString()))
                links += qint64(s->connections().size());
        connections.samples << sample(connections.name, targetLabels, QString::number(links));
        for (const QJsonValue& lv : t.value(QLatin1String("luns")).toArray()) {
            const QJsonObject l = lv.toObject();
            const QString lunLabels = labels(t, &l);
            for (size_t i = 0; i < std::size(keys); ++i) {
                const qint64 v = l.value(QLatin1String(keys[i])).toInteger();
                const bool micros = QLatin1String(keys[i]) == QLatin1String("latencyMicros");
                lu[i].samples << sample(lu[i].name, lunLabels, micros ? QString::number(double(v) / 1e6, 'f', 6) : QString::number(v));
            }
        }
    }
    QString out;
    auto writeFamily = [&out](const Family& f) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(QLatin1String(f.name), QLatin1String(f.help), QLatin1String(f.type));
        for (const QString& s : f.samples)
            out += s;
    };
    for (const Family& f : lu)
        writeFamily(f);
    writeFamily(sessions);
    writeFamily(connections);
    return out.toUtf8();
}

} // namespace storlab::admin
