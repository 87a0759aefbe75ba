// storlab: the desktop client of storlabd (gui/main_window.h).
#include "gui/main_window.h"
#include "gui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("storlab"));
    QApplication::setApplicationName(QStringLiteral("storlab"));
    QApplication::setApplicationVersion(QStringLiteral(STORLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("storlab"));
    QSettings settings;
    storlab::gui::Translations::install(&app, settings.value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client of the storlab iSCSI lab appliance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption socket(QStringLiteral("socket"), QApplication::translate("main", "Local admin socket of storlabd."),
                                    QStringLiteral("PATH"));
    parser.addOption(socket);
    parser.process(app);

    storlab::gui::MainWindow window(&settings);
    window.show();
    window.connectLocal(parser.value(socket));
    return app.exec();
}
