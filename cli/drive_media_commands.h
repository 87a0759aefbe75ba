#pragma once
// `storlabctl [connection options] [--json] drive load|eject|show ...`,
// `media import SOURCE ...` and `job list|cancel`: standalone drives and disc
// image imports over the admin protocol (shared/PROTOCOL.md, "drive", "jobs",
// "media.import"). An import shows its progress on stderr; Ctrl-C cancels the
// job (job.cancel) and waits for the daemon to clean up. A local SOURCE is
// sent as a path over the local socket and uploaded (media.upload) over TLS.
#include <QStringList>

namespace storlab::cli {

// True for `drive ...`, `job ...` and `media import`.
bool isDriveMediaCommand(const QStringList& argv);
// Exit status: 0 ok, 1 error from the daemon (or cancelled), 2 usage.
int runDriveMediaCommand(const QStringList& argv);

} // namespace storlab::cli
