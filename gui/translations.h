#pragma once
// Loads the GUI's translation (:/i18n/storlab_<lang>.qm, built from
// translations/*.ts) and Qt's own, for the language in the settings
// ("ui/language": "" = the system locale, "en", "de", "fr", "ja").
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace storlab::gui {

struct Translations {
    static QStringList available();               // "de", "fr", "ja" (English is built in)
    static QString nativeName(const QString& lang);
    // Installs translators on the application; returns the language used ("en" when none).
    static QString install(QCoreApplication* app, const QString& preferred);
};

} // namespace storlab::gui
