#pragma once
// tgtadm's --bstype (-E) names and what each becomes in storlab for the
// device type of the LU (--device-type, -Y). One row per name tgt knows, so a
// store added to storlab (shared/CONFIG.md "store") is one more row here.
#include <QString>

#include <optional>

namespace storlab::cli::tgtadm {

struct TgtBackingStore {
    const char* bstype;      // as tgtadm spells it
    const char* diskStore;   // storlab store of a disk LU; nullptr: tgt refuses it (or crashes) for disks
    bool mediaDevices;       // cd, tape and changer LUs accept it: tgt replaces it by their own mmc/ssc/smc store
};

// The store a LU of storlab type `storlabType` (disk, dvd, tape, changer) gets
// for --bstype `bstype`: a store name for a disk, an empty string for the
// media devices (they keep their media store), nothing when refused (tgt's
// "invalid request", exit 22).
std::optional<QString> storeForBstype(const QString& bstype, const QString& storlabType);

} // namespace storlab::cli::tgtadm
