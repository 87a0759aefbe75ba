#pragma once
// tgt's media changer parameters ('tgtadm --mode logicalunit --op update
// --params element_type=...', tgt's usr/smc.c and doc/README.vtl), applied to
// the "options" of a storlab changer LUN (shared/changer_lun.h) one command
// at a time, with tgt's checks and status codes.
#include "cli/tgtadm_errors.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace storlab::cli::tgtadm {

// True for the keys only a changer LU understands (element_type, address, media_home, ...).
bool isChangerParam(const QString& key);

// Applies one command's changer keys (in order) to `options`. On an error
// `options` may be half changed: the caller then sends nothing.
Status applyChangerParams(const QList<QPair<QString, QString>>& params, QJsonObject& options);

} // namespace storlab::cli::tgtadm
