#pragma once
// The OSD device type (T10 OSD-2, peripheral device type 11h): an object
// store (osd_store.h) behind OSD-2's variable-length CDBs (osd_cdb.h).
// tgt's osd.c accepts the 200-byte CDB and hands it to its backing store;
// storlab executes the OSD-2 commands itself: FORMAT OSD, CREATE/REMOVE
// PARTITION, CREATE, CREATE AND WRITE, REMOVE, READ, WRITE, APPEND, FLUSH,
// LIST, GET/SET ATTRIBUTES, with attributes got and set by every command in
// the page, list or one-attribute CDB formats. Security method NOSEC only.
#include "scsi/disk_unit.h"
#include "scsi/logical_unit.h"

#include <memory>
#include <string>

namespace storlab::scsi {

struct OsdConfig {
    DeviceIdentity identity;       // product defaults to "VIRTUAL-OSD"
    std::string root;              // the store's directory (made when missing)
    uint64_t capacity = 1ull << 30;   // formatted capacity of a new store (bytes)
    std::string reservationFile;
};

// nullptr and `error` when the directory cannot be used.
std::shared_ptr<LogicalUnit> makeOsdUnit(const OsdConfig& config, std::string* error);

} // namespace storlab::scsi
