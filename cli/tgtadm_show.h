#pragma once
// The text tgtadm prints for the show operations, built from admin RPC
// results (shapes in shared/PROTOCOL.md §7). Layout, indentation and field
// names are tgt's (tests/clients/data/tgtadm_show_reference.txt).
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace storlab::cli::tgtadm {

// --mode target --op show: `targets` are target.show results, `sessions` session.list.
QString showTargets(QJsonArray targets, const QJsonArray& sessions);
// --mode target --op show --tid N: the target's iSCSI parameters as key=value lines
// (`params`: target.show's iscsiParams; `config`: config.export's document, for the NOP timing).
QString showTargetParams(const QJsonObject& params, const QJsonObject& config);
// --mode account --op show
QString showAccounts(const QJsonArray& accounts);
// --mode sys --op show: `info` is server.info, `config` config.export's document.
QString showSystem(const QJsonObject& info, const QJsonObject& config);
// --mode lld --op show: `targets` from target.list.
QString showLlds(QJsonArray targets);
// --mode portal --op show: `portals` from portal.list.
QString showPortals(const QJsonArray& portals);
// --mode conn --op show: sessions of one target.
QString showConnections(const QJsonArray& sessions);
// --mode target|sys --op stat: `stats` from stats.get.
QString showStats(const QJsonArray& stats);

// tgt's "Size:" value: megabytes the way tgt rounds them ("17 MB").
QString diskSizeText(quint64 bytes);
// The host part of "ip:port" / "[v6]:port".
QString hostOf(const QString& hostPort);

} // namespace storlab::cli::tgtadm
