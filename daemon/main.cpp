// storlabd: the storlab daemon. Everything lives in the storlab_daemon library.
#include "app/daemon_app.h"
#include "core/journal_stream.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv)
{
    // Qt's own poll()-based dispatcher is leaner than GLib's on the reactors' hot path.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storlabd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORLAB_VERSION));
    // Under systemd: priorities for the journal (core/journal_stream.h).
    const bool journal = storlab::core::stderrIsJournal();
    qSetMessagePattern(storlab::core::logMessagePattern(journal));

    storlab::app::DaemonOptions options;
    int exitCode = 0;
    if (!storlab::app::parseDaemonOptions(app.arguments(), options, exitCode))
        return exitCode;
    if (!options.foreground && ::daemon(0, 0) != 0) {
        std::perror("storlabd: cannot detach");
        return 1;
    }
    storlab::app::Daemon daemon(options);
    if (const QString error = daemon.start(); !error.isEmpty()) {
        std::fprintf(stderr, "%sstorlabd: %s\n", journal ? "<3>" : "", qPrintable(error));
        return 1;
    }
    return app.exec();
}
