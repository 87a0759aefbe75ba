#pragma once
// JSON shapes of library.list / library.show / media.list and the library
// events (shared/PROTOCOL.md, "library").
#include "app/library_registry.h"
#include "shared/library_config.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storlab::admin {

// {name, iqn, personality, driveType, drives, driveLuns, changerLun, slots, ieSlots, media, mediaDir}
QJsonObject librarySummaryJson(const app::LibraryHandle& library, const config::LibraryConfig* config);
// One element: {address, name, type, index, full, barcode, mediaType, kind, worm, source, sourceName,
//               imported, except, drive?: {lun, loaded, prevented}}
QJsonObject elementJson(const scsi::ElementLayout& layout, const scsi::ElementStatus& status);
// "LTO-6", "DVD+R", "DVD-ROM", ... from the file name and barcode (no file I/O).
QString mediaTypeOf(const scsi::Medium& medium);
// A medium with file details (reads the cartridge header: call off the main thread):
// {barcode, path, type, capacity, used, worm, location, address, library}
QJsonObject mediumFileJson(const scsi::Medium& medium);
// event.media.moved params (from/to: addresses or null outside the library).
QJsonObject mediaMovedJson(const QString& library, const scsi::ElementLayout& layout, const scsi::ChangerEvent& event);

} // namespace storlab::admin
