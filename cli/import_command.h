#pragma once
// `storlabctl [connection options] import targets.conf [--dry-run]`: converts a
// tgt-admin configuration (shared/targets_conf.h), merges it into the running
// configuration and applies it with config.import; prints the changes and every
// directive that could not be honoured.
#include <QStringList>

namespace storlab::cli {

// True when the first word after the connection options is "import".
bool isImportCommand(const QStringList& argv);
// Exit status: 0 applied (possibly with unhonoured directives), 1 daemon error, 2 usage or unreadable file.
int runImport(const QStringList& argv);

} // namespace storlab::cli
