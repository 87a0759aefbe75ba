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
        QCOMPARE(QCoreApplication::translate("storlab::gui::LiveCharts", "Live I/O charts"), QStringLiteral("Live-E/A-Diagramme"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::MediaFileCheck", "zip archive"), QStringLiteral("zip-Archiv"));
    }
    void japaneseDialogs()
    {
#ifdef STORLAB_NO_TRANSLATIONS
        QSKIP("built without Qt Linguist tools");
#endif
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::ImportProgressDialog", "&Cancel import"), QStringLiteral("インポートを中止(&C)"));
        QCOMPARE(QCoreApplication::translate("storlab::gui::TargetEditDialog", "Edit target %1"), QStringLiteral("ターゲット %1 を編集"));
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
