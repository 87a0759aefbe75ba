#pragma once
// The work of a media.import job (shared/PROTOCOL.md, "media"): the input
// (a file or folder on the daemon's host, or the bytes a client uploaded)
// becomes an ISO image through media/'s libarchive import (expanding or
// mastering, capped, cancellable), is verified, and is then placed: into a
// library (IE port -> slot, optionally -> drive), into a standalone DVD
// drive, or only stored. A failure or a cancel leaves nothing behind.
#include "admin/drive_json.h"
#include "admin/job_registry.h"
#include "admin/library_support.h"
#include "admin/upload_idle_watch.h"

#include <map>
#include <memory>
#include <optional>

namespace storlab::admin {

struct ImportPlan {
    QString input;                          // what to import (an upload: the received file)
    bool uploaded = false;                  // input is the job's own upload file (removed at the end)
    quint64 uploadSize = 0;
    int uploadIdleSeconds = 0;              // an upload without a chunk for this long is abandoned
    QString out;                            // the ISO image to write (must not exist)
    quint64 maxExpandedBytes = quint64(16) << 30;
    QString volumeId;                       // when files are mastered
    LibraryPtr library;                     // destination library (with barcode, slot, drive)
    QString barcode;
    std::optional<uint16_t> slot;
    std::optional<uint16_t> drive;          // element address of the drive to load
    std::optional<DriveRef> standalone;     // destination standalone DVD drive
};

// Worker thread. Result: library {library, barcode, path, location, address, size},
// standalone drive {target, lun, path, size} (tid added by the caller), else {path, size}.
Outcome runImport(const ImportPlan& plan, Job& job);
// Removes what a failed or cancelled import may have left (output, upload file).
void discardImport(const ImportPlan& plan);

} // namespace storlab::admin

namespace storlab::admin {

// The media.import jobs of the service: plans of running imports (to refuse a
// second import to the same barcode or file) and uploads still receiving.
struct ImportJobs {
    std::map<quint64, ImportPlan> plans;     // by job id
    std::map<quint64, quint64> receiving;    // upload jobs: bytes received so far
    std::unique_ptr<UploadIdleWatch> idle;   // ends the uploads whose client went away
};

} // namespace storlab::admin
