#pragma once
// Element names of the admin protocol (shared/PROTOCOL.md, "library"):
// "slot:3" and "ie:1" count from 1, "drive:0" and "transport:0" from 0 (as
// mtx numbers them); element addresses (1024 or "0x0400") and barcodes
// ("A00003L6": the element holding it) are accepted wherever a name is.
#include "scsi/smc_changer.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace storlab::admin {

QString elementName(const scsi::ElementLayout& layout, uint16_t address);
// The element address named by `value` (string or number); nullopt with `error` ("what to pass").
std::optional<uint16_t> resolveElement(const scsi::SmcChanger& changer, const QJsonValue& value, QString* error);

} // namespace storlab::admin
