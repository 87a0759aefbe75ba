#include "admin/changer_luns.h"

#include "shared/changer_lun.h"

namespace storlab::admin {

std::vector<ChangerLunLibrary> changerLunLibraries(const AdminHost& host, const config::LabConfig& running)
{
    std::vector<ChangerLunLibrary> out;
    config::LabConfig numbered = running;
    numbered.assignTids();
    for (const config::TargetConfig& t : numbered.targets) {
        const auto target = host.targets ? host.targets->find(t.iqn.toStdString()) : nullptr;
        const auto map = target ? target->luns.get() : nullptr;
        for (const config::LunConfig& l : t.luns) {
            if (l.type != QLatin1String("changer") || !map || !map->count(l.lun))
                continue;
            auto changer = std::dynamic_pointer_cast<scsi::SmcChanger>(map->at(l.lun));
            config::ChangerLunOptions o;
            if (!changer || !config::readChangerOptions(l.options, o).isEmpty())
                continue;
            auto h = std::make_shared<app::LibraryHandle>();
            h->name = QStringLiteral("tid%1-lun%2").arg(t.tid).arg(l.lun);
            h->iqn = t.iqn;
            h->personality = QStringLiteral("lun-by-lun");   // built with tgtadm --params element_type=...
            h->mediaDir = o.mediaHome;
            h->changerLun = l.lun;
            h->changer = changer;
            for (const config::ChangerDriveLink& d : o.drives)
                h->driveLuns << d.lun;
            out.push_back({h, t.tid});
        }
    }
    return out;
}

ChangerLunLibrary findChangerLunLibrary(const AdminHost& host, const config::LabConfig& running, const QString& name)
{
    for (ChangerLunLibrary& l : changerLunLibraries(host, running))
        if (l.handle->name == name)
            return l;
    return {};
}

} // namespace storlab::admin
