#pragma once
// storlabctl's native syntax: `storlabctl [connection options] [--json] NOUN VERB [ARGS] [--key value ...]`.
#include <QStringList>

namespace storlab::cli {

// Runs the native front-end; returns 0 ok, 1 RPC or connection error, 2 usage.
int runCommands(const QStringList& args);
// A command-line option name as its RPC parameter: "block-size" -> "blockSize".
QString camel(const QString& option);

} // namespace storlab::cli
