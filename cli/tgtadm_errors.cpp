#include "cli/tgtadm_errors.h"

namespace storlab::cli::tgtadm {

const char* statusText(Status status)
{
    switch (status) {
    case Status::Success: return "success";
    case Status::UnknownErr: return "unknown error";
    case Status::NoMem: return "out of memory";
    case Status::NoDriver: return "can't find the driver";
    case Status::NoTarget: return "can't find the target";
    case Status::NoLun: return "can't find the logical unit";
    case Status::NoSession: return "can't find the session";
    case Status::NoConnection: return "can't find the connection";
    case Status::NoBinding: return "can't find the binding";
    case Status::TargetExist: return "this target already exists";
    case Status::LunExist: return "this logical unit number already exists";
    case Status::BindingExist: return "this binding already exists";
    case Status::AclExist: return "this access control rule already exists";
    case Status::AclNoExist: return "this access control rule does not exist";
    case Status::UserExist: return "this account already exists";
    case Status::NoUser: return "can't find the account";
    case Status::TooManyUser: return "too many accounts";
    case Status::InvalidRequest: return "invalid request";
    case Status::OutAccountExist: return "this target already has an outgoing account";
    case Status::TargetActive: return "this target is still active";
    case Status::LunActive: return "this logical unit is still active";
    case Status::DriverActive: return "this driver is busy";
    case Status::UnsupportedOperation: return "this operation isn't supported";
    case Status::UnknownParam: return "unknown parameter";
    case Status::PreventRemoval: return "this device has Prevent Removal set";
    }
    return "(unknown tgtadm_errno)";
}

} // namespace storlab::cli::tgtadm
