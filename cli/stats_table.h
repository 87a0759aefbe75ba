#pragma once
// `storlabctl stats [TARGET]`: stats.get as one table row per LU.
#include <QJsonArray>
#include <QString>

namespace storlab::cli {

// Columns: TID TARGET LUN TYPE COMMANDS READS WRITES READ-BYTES WRITTEN-BYTES
// ERRORS AVG-US (latencyMicros / commands since the LU was built) IN-FLIGHT.
QString renderStatsTable(const QJsonArray& stats);

} // namespace storlab::cli
