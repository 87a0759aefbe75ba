#pragma once
// Changers built LU by LU (targets[].luns[] of type "changer", shared/changer_lun.h)
// as library.list / library.show present them: a library named
// "tid<T>-lun<N>" whose changer is that LU and whose drives are the LUs its
// data transfer elements are linked to.
#include "admin/admin_host.h"
#include "app/library_registry.h"
#include "shared/lab_config.h"

#include <memory>
#include <vector>

namespace storlab::admin {

struct ChangerLunLibrary {
    std::shared_ptr<const app::LibraryHandle> handle;
    quint32 tid = 0;
};

// Every running changer LU of `running`.
std::vector<ChangerLunLibrary> changerLunLibraries(const AdminHost& host, const config::LabConfig& running);
// The one named `name` ("tid3-lun4"), or a null handle.
ChangerLunLibrary findChangerLunLibrary(const AdminHost& host, const config::LabConfig& running, const QString& name);

} // namespace storlab::admin
