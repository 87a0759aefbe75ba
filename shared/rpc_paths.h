#pragma once
// Where the daemon's local admin socket lives by default (shared/PROTOCOL.md §2).
#include <QString>

namespace storlab::rpc {
// /run/storlab/storlabd.sock as root, else $XDG_RUNTIME_DIR/storlab/storlabd.sock,
// else /tmp/storlab-$UID/storlabd.sock.
QString defaultSocketPath();
// For clients: $STORLAB_SOCKET when set, else defaultSocketPath(), or the
// system daemon's /run/storlab/storlabd.sock when a non-root user has no
// daemon of their own.
QString clientSocketPath();
} // namespace storlab::rpc
