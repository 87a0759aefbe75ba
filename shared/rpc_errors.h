#pragma once
#include <QtGlobal>
// Stable error codes of the admin protocol (shared/PROTOCOL.md §5): JSON-RPC 2.0
// standard codes plus storlab's application codes. Never renumber.
namespace storlab::rpc {

enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    NotFound = -32001,
    AlreadyExists = -32002,
    InvalidArgument = -32003,
    Busy = -32004,
    PermissionDenied = -32005,
    Unauthenticated = -32006,
    RateLimited = -32007,
    IoError = -32008,
    Unsupported = -32009,
    Cancelled = -32010,          // a job ended by job.cancel (PROTOCOL.md "jobs")
    // Client side only (never sent by the daemon): transport failures.
    TransportError = -31999,
};

inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kMaxFrameBytes = 16 * 1024 * 1024;   // one message per line, at most 16 MiB

} // namespace storlab::rpc
