#include "shared/rpc_paths.h"

#include <unistd.h>

namespace storlab::rpc {

QString defaultSocketPath()
{
    if (geteuid() == 0)
        return QStringLiteral("/run/storlab/storlabd.sock");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/storlab/storlabd.sock");
    return QStringLiteral("/tmp/storlab-%1/storlabd.sock").arg(geteuid());
}

QString clientSocketPath()
{
    const QString env = qEnvironmentVariable("STORLAB_SOCKET");
    return env.isEmpty() ? defaultSocketPath() : env;
}

} // namespace storlab::rpc
