#pragma once
// Typed access to named JSON-RPC params with precise -32602 messages
// ("params.lun: must be an integer from 0 to 16383").
#include "admin/rpc_outcome.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace storlab::admin {

class Params {
public:
    explicit Params(const QJsonObject& params) : p_(params) {}
    const QJsonObject& json() const { return p_; }
    bool has(const char* key) const { return p_.contains(QLatin1String(key)); }
    QString string(const char* key, bool required, const QString& fallback = {});
    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max);
    bool boolean(const char* key, bool fallback);
    // Refuses keys outside `known` (typos do not pass silently).
    void allowOnly(std::initializer_list<const char*> known, bool allowMore = false);
    bool failed() const { return failed_; }
    Outcome error() const { return error_; }

private:
    void fail(const QString& key, const QString& what);
    QJsonObject p_;
    bool failed_ = false;
    Outcome error_;
};

} // namespace storlab::admin
