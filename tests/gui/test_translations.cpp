// The translations built from translations/*.ts are embedded in the GUI and
// chosen by the setting (or the system locale).
#include "gui/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace storlab::gui;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void germanMenus()
    {
#ifdef STORLAB_NO_TRANSLATIONS
        QSKIP("built without Qt Linguist tools");
#endif
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::NewDiskWizard", "New Disk"), QStringLiteral("Neue Platte"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::ErrorText", "The daemon refused: %1"), QStringLiteral("Der Dienst lehnte ab: %1"));
    }
    void englishNeedsNoTranslator()
    {
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    }
    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
