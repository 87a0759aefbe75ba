// Placeholder for the tgtadm-compatible front-end (engineer 4b replaces this file).
#include "cli/tgtadm_mode.h"

#include <cstdio>

namespace storlab::cli {

int runTgtadm(const QStringList&)
{
    std::fputs("storlabctl: tgtadm syntax is not available in this build\n", stderr);
    return 22;  // EINVAL, as tgtadm reports bad usage
}

} // namespace storlab::cli
