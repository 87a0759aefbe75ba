#include "admin/params.h"

#include <cmath>

namespace storlab::admin {

void Params::fail(const QString& key, const QString& what)
{
    if (failed_)
        return;
    failed_ = true;
    error_ = Outcome::error(rpc::InvalidParams, QStringLiteral("params.%1: %2").arg(key, what), QStringLiteral("params.") + key);
}

QString Params::string(const char* key, bool required, const QString& fallback)
{
    const QJsonValue v = p_.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            fail(QLatin1String(key), QStringLiteral("missing (a string)"));
        return fallback;
    }
    if (!v.isString()) {
        fail(QLatin1String(key), QStringLiteral("must be a string"));
        return fallback;
    }
    return v.toString();
}

std::optional<qint64> Params::integer(const char* key, bool required, qint64 min, qint64 max)
{
    const QJsonValue v = p_.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            fail(QLatin1String(key), QStringLiteral("missing (an integer from %1 to %2)").arg(min).arg(max));
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        fail(QLatin1String(key), QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

bool Params::boolean(const char* key, bool fallback)
{
    const QJsonValue v = p_.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(QLatin1String(key), QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

void Params::allowOnly(std::initializer_list<const char*> known, bool allowMore)
{
    if (allowMore)
        return;
    for (auto it = p_.begin(); it != p_.end(); ++it) {
        bool ok = false;
        for (const char* k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok) {
            QStringList names;
            for (const char* k : known)
                names << QLatin1String(k);
            fail(it.key(), QStringLiteral("unknown parameter (expected: %1)").arg(names.join(QStringLiteral(", "))));
        }
    }
}

} // namespace storlab::admin
