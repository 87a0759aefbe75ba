#include "shared/rpc_paths.h"

#include <QFileInfo>

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
    if (!env.isEmpty())
        return env;
    // A user without a daemon of their own reaches the system one (the
    // storlabd.service, its socket group-accessible to the `storlab` group).
    const QString own = defaultSocketPath();
    const QString system = QStringLiteral("/run/storlab/storlabd.sock");
    if (own != system && !QFileInfo::exists(own) && QFileInfo::exists(system))
        return system;
    return own;
}

} // namespace storlab::rpc
