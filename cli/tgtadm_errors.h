#pragma once
// The status codes tgtd answers tgtadm with, and the text tgtadm prints for
// each ("tgtadm: <text>" on stderr, exit status 22). Same numbering and
// wording as tgt's usr/tgtadm_error.h, so scripts that grep for them work.
#include <QString>

namespace storlab::cli::tgtadm {

enum class Status {
    Success,
    UnknownErr,
    NoMem,
    NoDriver,
    NoTarget,
    NoLun,
    NoSession,
    NoConnection,
    NoBinding,
    TargetExist,
    LunExist,
    BindingExist,
    AclExist,
    AclNoExist,
    UserExist,
    NoUser,
    TooManyUser,
    InvalidRequest,
    OutAccountExist,
    TargetActive,
    LunActive,
    DriverActive,
    UnsupportedOperation,
    UnknownParam,
    PreventRemoval,
};

// The message tgtadm prints for `status`.
const char* statusText(Status status);

// Process exit codes used by tgtadm.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 22;        // EINVAL: usage errors and every error tgtd reports
inline constexpr int kExitBadWord = 1;         // unknown --mode / --op word
inline constexpr int kExitNotConnected = 107;  // ENOTCONN: no daemon listening

} // namespace storlab::cli::tgtadm
