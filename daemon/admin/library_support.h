#pragma once
// Helpers of the library/changer/media methods: finding a library, turning
// changer errors into protocol errors (with a stable data.reason), checking a
// move before it runs (so refusals say what to do), and placing new media.
#include "admin/admin_host.h"
#include "admin/params.h"
#include "app/library_registry.h"
#include "core/result.h"
#include "shared/lab_config.h"

#include <memory>

namespace storlab::admin {

using LibraryPtr = std::shared_ptr<const app::LibraryHandle>;

const config::LibraryConfig* findLibraryConfig(const config::LabConfig& config, const QString& name);
// The library named by params "library" (or "name"); nullptr with `error`.
LibraryPtr findLibrary(const AdminHost& host, Params& p, Outcome* error);
// changer_error code -> protocol error; data.reason: sourceEmpty, destinationFull,
// removalPrevented, incompatibleMedium, driveFailed, noFreeElement, invalidMedium,
// persistFailed, invalidAddress.
Outcome changerError(const Error& e);
Outcome refusal(int code, const QString& reason, const QString& message);
// A size param: a number of bytes or "8G"; 0 when absent; nullopt with `err` when malformed.
std::optional<quint64> sizeParam(Params& p, const char* key, Outcome* err);
// Refuses an impossible move with a message that says what to do (main thread, no I/O).
Outcome checkMove(const app::LibraryHandle& library, uint16_t from, uint16_t to);
// Moves (blocking: worker thread). Result {library, barcode, from, to, fromName, toName}.
Outcome runMove(const app::LibraryHandle& library, uint16_t from, uint16_t to);

// A new medium: file created in the library's media directory, then put into
// the library through its first free import/export port and moved to `to`
// (a storage slot; nullopt: the first empty one). Blocking: worker thread.
struct NewMedium {
    QString barcode;
    QString kind = QStringLiteral("tape");   // tape | dvd+r
    QString generation;                      // tape: "" = from the barcode
    quint64 capacity = 0;
    bool worm = false;
};
Outcome createAndPlace(const app::LibraryHandle& library, const NewMedium& medium, std::optional<uint16_t> to);
// The placing half of createAndPlace for an existing medium file (media.import):
// in through the first free IE port, then to `to` or the first empty slot.
// Result {library, barcode, path, location, address}. Blocking: worker thread.
Outcome placeMedium(const app::LibraryHandle& library, const scsi::Medium& medium, std::optional<uint16_t> to);
// Checks before createAndPlace (main thread): barcode free, file absent, a free slot and IE port.
Outcome checkNewMedia(const app::LibraryHandle& library, const QStringList& barcodes, const QString& kind);

} // namespace storlab::admin
