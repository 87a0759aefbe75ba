#pragma once
// A target's own iSCSI login parameters (RFC 7143 §13), as the configuration
// (targets[].iscsiParams), the admin protocol (target.create/update) and
// tgtadm mode (--op update --mode target --name N --value V) see them.
// Values are kept in their RFC 7143 §6.1 text form ("16384", "Yes",
// "CRC32C,None"); a key that is not set takes the daemon-wide value.
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace storlab::config {

// Checks one parameter. `name` is matched without regard to case (as tgtadm
// does); on success returns the canonical name and sets `value` to its
// canonical text (decimal numbers). On failure returns nullopt and sets
// `error` to what is wrong and what is allowed; `unsupported` is true when
// the key is known (tgt has it) but storlab does not implement it.
struct IscsiParamCheck {
    QString name;
    QString value;
    QString error;
    bool unsupported = false;
    bool ok() const { return error.isEmpty(); }
};
IscsiParamCheck checkIscsiParam(const QString& name, const QString& value);

// The keys a target may set, in tgt's order (usr/iscsi/param.c session_keys).
const QStringList& iscsiParamNames();

// tgt's per-target values (usr/iscsi/target.c iscsi_target_create) for the
// keys above: what a target made through tgtadm syntax starts with.
QMap<QString, QString> tgtDefaultIscsiParams();

} // namespace storlab::config
