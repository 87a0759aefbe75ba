#include "cli/tgtadm_bstypes.h"

namespace storlab::cli::tgtadm {

namespace {

// What tgtd 1.0.85 does with `--op new --mode logicalunit --bstype B
// --device-type T` (checked side by side in tests/clients/test_tgtadm_bstype.sh):
// a disk uses the named store; mmc and smc serve a disk from its file as rdwr
// does (tgtd's ssc store crashes it on a disk, storlab refuses it); a cd,
// tape or changer takes any store but the SCSI pass-through ones (sg, bsg)
// and uses its own media store instead; a tape takes any name at all, even
// one tgtd does not know. uring is storlab's, not tgt's.
constexpr TgtBackingStore kBackingStores[] = {
    {"rdwr", "rdwr", true},
    {"aio", "aio", true},
    {"null", "null", true},
    {"uring", "uring", true},
    {"ssc", nullptr, true},
    {"smc", "rdwr", true},
    {"mmc", "rdwr", true},
    {"sheepdog", "sheepdog", true},
    {"rbd", "rbd", true},   // Ceph RBD image (tgt-rbd's bs_rbd)
    {"glfs", "glfs", true}, // GlusterFS file (tgt-glusterfs's bs_glfs)
    {"sg", "sg", false},    // SCSI pass-through: the LU becomes type pt (tgtadm -Y pt)
    {"bsg", "bsg", false},
};

} // namespace

std::optional<QString> storeForBstype(const QString& bstype, const QString& storlabType)
{
    if (storlabType == QLatin1String("tape"))
        return QString();
    for (const TgtBackingStore& row : kBackingStores) {
        if (bstype != QLatin1String(row.bstype))
            continue;
        // A disk, a pass-through LU and an OSD (whose path is its object
        // directory) use the named store; only removable media drives and
        // changers replace it with their own.
        if (storlabType == QLatin1String("disk") || storlabType == QLatin1String("pt") ||
            storlabType == QLatin1String("osd")) {
            if (!row.diskStore)
                return std::nullopt;
            return QString::fromLatin1(row.diskStore);
        }
        if (!row.mediaDevices)
            return std::nullopt;
        return QString();
    }
    return std::nullopt;
}

} // namespace storlab::cli::tgtadm
