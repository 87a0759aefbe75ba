#pragma once
// What a method handler returns: a result or an error (errors are values).
#include "shared/rpc_errors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <functional>

namespace storlab::admin {

struct Outcome {
    QJsonValue result;
    int code = 0;
    QString message;
    QJsonObject data;
    // Deferred reply (methods that block, e.g. changer moves): `work` runs on a
    // worker thread (it must not touch the service's state), then `finish`, if
    // set, on the RPC server's thread with work's Outcome; its Outcome is the
    // reply. Later requests of the same connection wait (replies stay in order).
    std::function<Outcome()> work;
    std::function<Outcome(Outcome)> finish;
    bool ok() const { return code == 0; }
    bool deferred() const { return bool(work); }
    static Outcome later(std::function<Outcome()> work, std::function<Outcome(Outcome)> finish = {})
    {
        Outcome o;
        o.work = std::move(work);
        o.finish = std::move(finish);
        return o;
    }
    static Outcome value(QJsonValue v)
    {
        Outcome o;
        o.result = std::move(v);
        return o;
    }
    static Outcome error(int code, QString message, QString field = {})
    {
        Outcome o;
        o.code = code;
        o.message = std::move(message);
        if (!field.isEmpty())
            o.data[QStringLiteral("field")] = field;
        return o;
    }
};

} // namespace storlab::admin
