#pragma once
// Human-readable output of RPC results: arrays of objects as aligned tables,
// objects as "key: value" lines; --json prints the result as JSON.
#include <QJsonValue>
#include <QStringList>

namespace storlab::cli {

// `columns`: preferred column order for tables (others omitted); empty = every scalar key.
QString renderHuman(const QJsonValue& result, const QStringList& columns = {});
QString renderJson(const QJsonValue& result);

} // namespace storlab::cli
