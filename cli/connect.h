#pragma once
// Connection options shared by both CLI front-ends: --socket PATH, or
// --connect tls://host:port with --user/--password-file (before the command)
// or --token, --ca FILE.
#include "shared/rpc_client.h"

#include <QStringList>

namespace storlab::cli {

// Removes the connection options it knows from `args`; false + `error` on a bad one.
bool takeConnectOptions(QStringList& args, rpc::ConnectOptions& options, QString* error);
// argv without the program name, the connection options and --json: what a
// subcommand dispatcher looks at (the noun is element 0).
QStringList argsAfterConnectOptions(const QStringList& argv);
// Without any option: $STORLAB_SOCKET or the default socket path.
rpc::ConnectOptions connectFromEnvironment();

} // namespace storlab::cli
