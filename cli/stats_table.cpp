#include "cli/stats_table.h"

#include "cli/output.h"

#include <QJsonObject>

namespace storlab::cli {

QString renderStatsTable(const QJsonArray& stats)
{
    QJsonArray rows;
    for (const QJsonValue& tv : stats) {
        const QJsonObject t = tv.toObject();
        for (const QJsonValue& lv : t.value(QLatin1String("luns")).toArray()) {
            QJsonObject row = lv.toObject();
            const double commands = row.value(QLatin1String("commands")).toDouble();
            const double micros = row.value(QLatin1String("latencyMicros")).toDouble();
            row[QStringLiteral("tid")] = t.value(QLatin1String("tid"));
            row[QStringLiteral("target")] = t.value(QLatin1String("target"));
            row[QStringLiteral("avgUs")] = commands > 0 ? qint64(micros / commands) : 0;
            rows.append(row);
        }
    }
    return renderHuman(rows, {QStringLiteral("tid"), QStringLiteral("target"), QStringLiteral("lun"), QStringLiteral("type"),
                              QStringLiteral("commands"), QStringLiteral("readCommands"), QStringLiteral("writeCommands"),
                              QStringLiteral("bytesRead"), QStringLiteral("bytesWritten"), QStringLiteral("errors"),
                              QStringLiteral("avgUs"), QStringLiteral("inFlight")});
}

} // namespace storlab::cli
