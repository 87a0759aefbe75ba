#include "gui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace storlab::gui {

QStringList Translations::available() { return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")}; }

QString Translations::nativeName(const QString& lang)
{
    return QLocale(lang).nativeLanguageName();
}

QString Translations::install(QCoreApplication* app, const QString& preferred)
{
    const QStringList wanted = preferred.isEmpty() ? QLocale::system().uiLanguages() : QStringList{preferred};
    for (const QString& l : wanted) {
        const QString lang = l.left(2).toLower();
        if (lang == QLatin1String("en"))
            return lang;
        if (!available().contains(lang))
            continue;
        auto* t = new QTranslator(app);
        if (!t->load(QStringLiteral(":/i18n/storlab_") + lang)) {
            delete t;
            continue;
        }
        app->installTranslator(t);
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app->installTranslator(qt);
        else
            delete qt;
        return lang;
    }
    return QStringLiteral("en");
}

} // namespace storlab::gui
