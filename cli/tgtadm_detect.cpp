#include "cli/tgtadm_mode.h"

#include <QFileInfo>

namespace storlab::cli {

bool isTgtadmInvocation(const QStringList& argv)
{
    if (!argv.isEmpty() && QFileInfo(argv.first()).fileName() == QLatin1String("tgtadm"))
        return true;
    static const QStringList markers{QStringLiteral("--mode"), QStringLiteral("-m"), QStringLiteral("--op"),
                                     QStringLiteral("-o"), QStringLiteral("--lld"), QStringLiteral("-L")};
    for (const QString& a : argv.mid(1))
        if (markers.contains(a.section(QLatin1Char('='), 0, 0)))
            return true;
    return false;
}

} // namespace storlab::cli
