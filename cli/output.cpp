#include "cli/output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storlab::cli {

namespace {
QString scalar(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: return QString::number(qint64(v.toDouble()));
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& x : v.toArray())
            parts << (x.isObject() || x.isArray() ? QString::fromUtf8(QJsonDocument(x.toObject()).toJson(QJsonDocument::Compact)) : scalar(x));
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return QString();
    }
}
} // namespace

QString renderJson(const QJsonValue& result)
{
    if (result.isArray())
        return QString::fromUtf8(QJsonDocument(result.toArray()).toJson(QJsonDocument::Indented));
    if (result.isObject())
        return QString::fromUtf8(QJsonDocument(result.toObject()).toJson(QJsonDocument::Indented));
    return scalar(result) + QLatin1Char('\n');
}

QString renderHuman(const QJsonValue& result, const QStringList& preferred)
{
    if (result.isObject()) {
        const QJsonObject o = result.toObject();
        QString out;
        int width = 0;
        for (auto it = o.begin(); it != o.end(); ++it)
            width = std::max(width, int(it.key().size()));
        for (auto it = o.begin(); it != o.end(); ++it)
            out += QStringLiteral("%1: %2\n").arg(it.key(), -width).arg(scalar(it.value()));
        return out;
    }
    if (!result.isArray())
        return scalar(result) + QLatin1Char('\n');
    const QJsonArray rows = result.toArray();
    if (rows.isEmpty())
        return QStringLiteral("(none)\n");
    QStringList columns = preferred;
    if (columns.isEmpty())
        for (auto it = rows[0].toObject().begin(); it != rows[0].toObject().end(); ++it)
            if (!it.value().isObject())
                columns << it.key();
    QList<QStringList> cells;
    QList<int> widths;
    for (const QString& c : columns)
        widths << int(c.size());
    for (const QJsonValue& r : rows) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            line << scalar(r.toObject().value(columns[i]));
            widths[i] = std::max(widths[i], int(line.last().size()));
        }
        cells << line;
    }
    QString out;
    for (int i = 0; i < columns.size(); ++i)
        out += columns[i].toUpper().leftJustified(widths[i] + 2);
    out = out.trimmed() + QLatin1Char('\n');
    for (const QStringList& line : cells) {
        QString l;
        for (int i = 0; i < line.size(); ++i)
            l += line[i].leftJustified(widths[i] + 2);
        out += l.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace storlab::cli
