#pragma once
// `storlabctl [connection options] [--json] library|changer|media VERB ...`:
// tape libraries and DVD jukeboxes over the admin protocol (shared/PROTOCOL.md,
// "library", "changer", "media"). Own front-end because `library create`
// folds flags (--drives, --generation, --cartridges A00000L6:10) into a
// libraries[] entry (shared/CONFIG.md).
#include <QStringList>

namespace storlab::cli {

// True when the first word after the connection options is library, changer or media.
bool isLibraryCommand(const QStringList& argv);
// Exit status: 0 ok, 1 error from the daemon, 2 usage.
int runLibraryCommand(const QStringList& argv);

} // namespace storlab::cli
