#pragma once
// A data transfer element of a changer built LU by LU (shared/changer_lun.h):
// the drive is another LU, named by target id and LUN (tgt's
// element_type=4,address=A,tid=T,lun=L), looked up at every use so that a
// drive LU created, rebuilt or removed after the changer is always the
// current one. Without a drive there, nothing can be loaded (SMC-3 §6.6:
// MOVE MEDIUM fails; the changer reports MEDIA LOAD OR EJECT FAILED).
#include "scsi/logical_unit.h"
#include "scsi/removable_medium.h"
#include "scsi/spc_unit.h"

#include <QtGlobal>
#include <functional>
#include <memory>

namespace storlab::config {
struct LabConfig;
}
namespace storlab::iscsi {
class TargetRegistry;
}

namespace storlab::app {

// Finds the LU `lun` of the target with tgtadm id `tid` (nullptr when there is none).
using UnitFinder = std::function<std::shared_ptr<scsi::LogicalUnit>(quint32 tid, quint64 lun)>;
// Looks the target id up in `config` (its tids as of now) and the LU in the
// live `targets` (which must outlive the finder).
UnitFinder unitFinder(const iscsi::TargetRegistry* targets, const config::LabConfig& config);

class LinkedDrive : public scsi::RemovableMediumDevice {
public:
    // tid 0: the element is not linked to any drive yet.
    LinkedDrive(UnitFinder find, quint32 tid, quint64 lun) : find_(std::move(find)), tid_(tid), lun_(lun) {}

    Result<void> load(const std::string& path) override;
    Result<void> unload(bool force = false) override;
    bool hasMedium() const override;
    std::string mediumPath() const override;
    bool removalPrevented() const override;
    scsi::MediumState mediumState() const override;
    // The drive LU's INQUIRY identity (for the changer's DVCID), empty without a drive.
    scsi::DeviceIdentity identity() const;

private:
    std::shared_ptr<scsi::RemovableMediumDevice> drive() const;

    UnitFinder find_;
    quint32 tid_;
    quint64 lun_;
};

} // namespace storlab::app
