#pragma once
// The changer's inventory file, <state dir>/libraries/<name>/inventory.json:
// which medium (barcode + file) is in which element, plus the vault (media
// exported from the library). Written with write-temp-fsync-rename after
// every move, so locations survive a restart and kill -9.
//
//   {"schema": 1,
//    "elements": [{"address": 1024, "barcode": "A00000L6", "path": "...", "kind": "data",
//                  "source": 1024, "imported": false}, ...],
//    "vault": [{"barcode": "...", "path": "...", "kind": "data"}]}
#include "scsi/element_map.h"

#include <QString>
#include <optional>

namespace storlab::app {

QByteArray inventoryToJson(const scsi::Inventory& inventory);
// nullopt + error when the document is not an inventory.
std::optional<scsi::Inventory> inventoryFromJson(const QByteArray& json, QString* error);
// Missing file: an empty optional and no error.
std::optional<scsi::Inventory> loadInventory(const QString& path, QString* error);
QString saveInventory(const QString& path, const scsi::Inventory& inventory);

} // namespace storlab::app
