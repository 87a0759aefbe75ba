#include "scsi/scsi_task.h"

#include <cstdio>

namespace storlab::scsi {

std::string Nexus::initiatorPortName() const
{
    // RFC 7143 §4.2.7 / SPC-4 §7.6.4.6: "<name>,i,0x<ISID in 12 hex digits>".
    char isidHex[13];
    std::snprintf(isidHex, sizeof isidHex, "%02x%02x%02x%02x%02x%02x", isid[0], isid[1], isid[2], isid[3], isid[4],
                  isid[5]);
    return initiatorName + ",i,0x" + isidHex;
}

std::string Nexus::targetPortName() const
{
    char tpgtHex[5];
    std::snprintf(tpgtHex, sizeof tpgtHex, "%04x", unsigned(tpgt));
    return targetName + ",t,0x" + tpgtHex;
}

} // namespace storlab::scsi
