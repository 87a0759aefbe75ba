// storlabctl: command-line administration of storlabd (shared/PROTOCOL.md).
//
// Dispatch point for the two front-ends:
//   - tgtadm syntax (`--mode/--op/--lld`, or invoked as `tgtadm`): cli/tgtadm_mode.cpp
//   - native noun/verb syntax: cli/commands.cpp
//   - `import targets.conf` (tgt-admin format): cli/import_command.cpp
//   - library / changer / media (tape libraries, DVD jukeboxes): cli/library_commands.cpp
#include "cli/commands.h"
#include "cli/drive_media_commands.h"
#include "cli/import_command.h"
#include "cli/library_commands.h"
#include "cli/tgtadm_mode.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storlabctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORLAB_VERSION));
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (storlab::cli::isTgtadmInvocation(args))
        return storlab::cli::runTgtadm(args);
    if (storlab::cli::isImportCommand(args))
        return storlab::cli::runImport(args);
    if (storlab::cli::isDriveMediaCommand(args))   // drive, job, media import: cli/drive_media_commands.cpp
        return storlab::cli::runDriveMediaCommand(args);
    if (storlab::cli::isLibraryCommand(args))
        return storlab::cli::runLibraryCommand(args);
    return storlab::cli::runCommands(args);
}
