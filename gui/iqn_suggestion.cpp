#include "gui/iqn_suggestion.h"

#include <QHostInfo>
#include <QStringList>

namespace storlab::gui {

QString iqnSafeName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString objectSafeName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_') || c.isSpace())
            out += c.isSpace() ? QLatin1Char('-') : c;
    }
    return out;
}

QString suggestIqn(const QString& name, const QDate& date, const QString& hostName)
{
    QString host = (hostName.isEmpty() ? QHostInfo::localHostName() : hostName).toLower();
    QStringList parts;
    for (const QString& p : host.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        if (const QString safe = iqnSafeName(p); !safe.isEmpty())
            parts.prepend(safe);
    if (parts.isEmpty())
        parts << QStringLiteral("localhost");
    const QString tail = iqnSafeName(name);
    return QStringLiteral("iqn.%1.%2%3")
        .arg(date.toString(QStringLiteral("yyyy-MM")), parts.join(QLatin1Char('.')),
             tail.isEmpty() ? QString() : QLatin1Char(':') + tail);
}

} // namespace storlab::gui
