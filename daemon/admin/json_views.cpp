#include "admin/json_views.h"

#include <QJsonDocument>

namespace storlab::admin {

QJsonObject lunJson(const config::LunConfig& lun)
{
    // One serializer for the config and the protocol: the config writer's LUN object.
    config::LabConfig one;
    config::TargetConfig t;
    t.iqn = QStringLiteral("iqn.2000-01.x:y");
    t.luns << lun;
    one.targets << t;
    QJsonObject o = QJsonDocument::fromJson(one.toJson()).object()[QStringLiteral("targets")].toArray()[0]
                        .toObject()[QStringLiteral("luns")].toArray()[0].toObject();
    o[QStringLiteral("size")] = double(lun.size);
    return o;
}

QJsonObject targetJson(const config::TargetConfig& t, int sessions)
{
    QJsonArray luns;
    for (const config::LunConfig& l : t.luns)
        luns.append(lunJson(l));
    return QJsonObject{{QStringLiteral("tid"), qint64(t.tid)},
                       {QStringLiteral("iqn"), t.iqn},
                       {QStringLiteral("alias"), t.alias},
                       {QStringLiteral("tpgt"), int(t.tpgt)},
                       {QStringLiteral("luns"), luns},
                       {QStringLiteral("incomingUsers"), QJsonArray::fromStringList(t.incomingUsers)},
                       {QStringLiteral("outgoingUser"), t.outgoingUser},
                       {QStringLiteral("initiatorAddresses"), QJsonArray::fromStringList(t.initiatorAddresses)},
                       {QStringLiteral("initiatorNames"), QJsonArray::fromStringList(t.initiatorNames)},
                       {QStringLiteral("sessions"), sessions}};
}

QJsonObject sessionJson(const iscsi::Session& s, quint32 tid)
{
    const iscsi::SessionParams& p = s.params();
    QString isid;
    for (uint8_t b : s.isid())
        isid += QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0'));
    const QJsonObject params{
        {QStringLiteral("headerDigest"), p.headerDigest ? QStringLiteral("CRC32C") : QStringLiteral("None")},
        {QStringLiteral("dataDigest"), p.dataDigest ? QStringLiteral("CRC32C") : QStringLiteral("None")},
        {QStringLiteral("maxRecvDataSegmentLength"), qint64(p.targetMaxRecvDataSegmentLength)},
        {QStringLiteral("initiatorMaxRecvDataSegmentLength"), qint64(p.initiatorMaxRecvDataSegmentLength)},
        {QStringLiteral("maxBurstLength"), qint64(p.maxBurstLength)},
        {QStringLiteral("firstBurstLength"), qint64(p.firstBurstLength)},
        {QStringLiteral("immediateData"), p.immediateData},
        {QStringLiteral("initialR2T"), p.initialR2T},
        {QStringLiteral("maxOutstandingR2T"), qint64(p.maxOutstandingR2T)},
        {QStringLiteral("dataPDUInOrder"), p.dataPduInOrder},
        {QStringLiteral("dataSequenceInOrder"), p.dataSequenceInOrder},
        {QStringLiteral("defaultTime2Wait"), qint64(p.defaultTime2Wait)},
        {QStringLiteral("defaultTime2Retain"), qint64(p.defaultTime2Retain)},
        {QStringLiteral("errorRecoveryLevel"), qint64(p.errorRecoveryLevel)},
        {QStringLiteral("maxConnections"), qint64(p.maxConnections)}};
    QJsonArray connections;
    for (const auto& link : s.connections())
        connections.append(QJsonObject{{QStringLiteral("cid"), int(link->cid)},
                                       {QStringLiteral("peer"), QString::fromStdString(link->peer)},
                                       {QStringLiteral("local"), QString::fromStdString(link->local)}});
    return QJsonObject{{QStringLiteral("tsih"), int(s.tsih())},
                       {QStringLiteral("isid"), isid},
                       {QStringLiteral("initiator"), QString::fromStdString(p.initiatorName)},
                       {QStringLiteral("initiatorAlias"), QString::fromStdString(p.initiatorAlias)},
                       {QStringLiteral("target"), QString::fromStdString(p.targetName)},
                       {QStringLiteral("tid"), qint64(tid)},
                       {QStringLiteral("type"), QString::fromStdString(p.sessionType)},
                       {QStringLiteral("params"), params},
                       {QStringLiteral("connections"), connections},
                       {QStringLiteral("tasks"), qint64(s.taskCount())}};
}

std::vector<std::shared_ptr<iscsi::Session>> sessionsOf(const iscsi::SessionManager& sessions, const QString& iqn)
{
    std::vector<std::shared_ptr<iscsi::Session>> out;
    const std::string name = iqn.toLower().toStdString();
    for (auto& s : sessions.all()) {
        if (QString::fromStdString(s->params().targetName).toLower().toStdString() == name)
            out.push_back(s);
    }
    return out;
}

} // namespace storlab::admin
