#pragma once
// What a method handler returns: a result or an error (errors are values).
#include "shared/rpc_errors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace storlab::admin {

struct Outcome {
    QJsonValue result;
    int code = 0;
    QString message;
    QJsonObject data;
    bool ok() const { return code == 0; }
    static Outcome value(QJsonValue v) { return Outcome{std::move(v), 0, {}, {}}; }
    static Outcome error(int code, QString message, QString field = {})
    {
        Outcome o{{}, code, std::move(message), {}};
        if (!field.isEmpty())
            o.data[QStringLiteral("field")] = field;
        return o;
    }
};

} // namespace storlab::admin
