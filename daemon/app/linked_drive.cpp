#include "app/linked_drive.h"

#include "iscsi/target_registry.h"
#include "scsi/ssc_drive.h"
#include "shared/lab_config.h"

#include <QHash>
#include <cerrno>

namespace storlab::app {

UnitFinder unitFinder(const iscsi::TargetRegistry* targets, const config::LabConfig& config)
{
    config::LabConfig numbered = config;
    numbered.assignTids();
    QHash<quint32, std::string> iqns;
    for (const config::TargetConfig& t : numbered.targets)
        iqns.insert(t.tid, t.iqn.toStdString());
    return [targets, iqns](quint32 tid, quint64 lun) -> std::shared_ptr<scsi::LogicalUnit> {
        const auto iqn = iqns.constFind(tid);
        if (!targets || iqn == iqns.constEnd())
            return nullptr;
        auto target = targets->find(*iqn);
        if (!target)
            return nullptr;
        const auto map = target->luns.get();
        if (!map)
            return nullptr;
        const auto it = map->find(lun);
        return it != map->end() ? it->second : nullptr;
    };
}

std::shared_ptr<scsi::RemovableMediumDevice> LinkedDrive::drive() const
{
    if (tid_ == 0 || !find_)
        return nullptr;
    auto unit = find_(tid_, lun_);
    return unit ? scsi::asRemovableMedium(unit) : nullptr;
}

Result<void> LinkedDrive::load(const std::string& path)
{
    if (auto d = drive())
        return d->load(path);
    if (tid_ == 0)
        return Error{-ENODEV, "this data transfer element is not linked to a drive (tgtadm --params element_type=4,address=A,tid=T,lun=L)"};
    return Error{-ENODEV, "no tape or DVD drive at target " + std::to_string(tid_) + " LUN " + std::to_string(lun_)};
}

Result<void> LinkedDrive::unload(bool force)
{
    auto d = drive();
    if (!d || !d->hasMedium())
        return {};   // nothing to take out
    return d->unload(force);
}

bool LinkedDrive::hasMedium() const
{
    auto d = drive();
    return d && d->hasMedium();
}

std::string LinkedDrive::mediumPath() const
{
    auto d = drive();
    return d ? d->mediumPath() : std::string();
}

bool LinkedDrive::removalPrevented() const
{
    auto d = drive();
    return d && d->removalPrevented();
}

scsi::MediumState LinkedDrive::mediumState() const
{
    auto d = drive();
    return d ? d->mediumState() : scsi::MediumState{};
}

} // namespace storlab::app

namespace storlab::app {

scsi::DeviceIdentity LinkedDrive::identity() const
{
    auto unit = tid_ && find_ ? std::dynamic_pointer_cast<scsi::SpcUnit>(find_(tid_, lun_)) : nullptr;
    if (unit)
        return unit->settings().identity;
    scsi::DeviceIdentity none;   // SMC-3 §6.10.3: blank identifier fields
    none.vendor.clear();
    none.product.clear();
    none.revision.clear();
    return none;
}

} // namespace storlab::app
