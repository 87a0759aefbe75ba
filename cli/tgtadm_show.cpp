#include "cli/tgtadm_show.h"
#include "cli/tgtadm_devices.h"

#include <algorithm>

namespace storlab::cli::tgtadm {

namespace {

const QString kTab1 = QStringLiteral("    ");
const QString kTab2 = kTab1 + kTab1;
const QString kTab3 = kTab2 + kTab1;
const QString kTab4 = kTab2 + kTab2;

QString yesNo(bool b)
{
    return b ? QStringLiteral("Yes") : QStringLiteral("No");
}

qint64 num(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

void sortBy(QJsonArray& a, const char* key)
{
    QList<QJsonValue> v(a.begin(), a.end());
    std::stable_sort(v.begin(), v.end(), [key](const QJsonValue& x, const QJsonValue& y) {
        return num(x.toObject(), key) < num(y.toObject(), key);
    });
    a = QJsonArray();
    for (const QJsonValue& x : v)
        a.append(x);
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("dvd"))
        return QStringLiteral("cd/dvd");
    if (type == QLatin1String("pt"))
        return QStringLiteral("passthrough");
    return type;   // disk, tape, changer, controller: tgt's words too
}

// One "LUN: N" block.
QString lunBlock(const QJsonObject& l, qint64 tid)
{
    const qint64 lun = num(l, "lun");
    const QString type = l.value(QLatin1String("type")).toString(QStringLiteral("disk"));
    const QString path = l.value(QLatin1String("path")).toString();
    const LuView view = luView(l);
    QString serial = l.value(QLatin1String("serial")).toString();
    if (serial.isEmpty())
        serial = QStringLiteral("beaf%1%2").arg(tid).arg(lun);
    const QString naa = l.value(QLatin1String("naa")).toString();
    const QString scsiId = naa.isEmpty() || naa == QLatin1String("0")
                               ? QStringLiteral("IET     %1%2").arg(tid, 4, 16, QLatin1Char('0')).arg(lun, 4, 16, QLatin1Char('0'))
                               : naa;
    QStringList flags;
    if (l.value(QLatin1String("sync")).toBool())
        flags << QStringLiteral("sync");
    if (l.value(QLatin1String("direct")).toBool())
        flags << QStringLiteral("direct");
    const bool disk = type == QLatin1String("disk");
    QString out;
    out += kTab2 + QStringLiteral("LUN: %1\n").arg(lun);
    out += kTab3 + QStringLiteral("Type: %1\n").arg(typeName(type));
    out += kTab3 + QStringLiteral("SCSI ID: %1\n").arg(scsiId);
    out += kTab3 + QStringLiteral("SCSI SN: %1\n").arg(serial);
    out += kTab3 + QStringLiteral("Size: %1, Block size: %2\n").arg(diskSizeText(view.size)).arg(view.blockSize);
    out += kTab3 + QStringLiteral("Online: %1\n").arg(yesNo(view.online));
    out += kTab3 + QStringLiteral("Removable media: %1\n").arg(yesNo(view.removable));
    out += kTab3 + QStringLiteral("Prevent removal: No\n");
    out += kTab3 + QStringLiteral("Readonly: %1\n").arg(yesNo(l.value(QLatin1String("readOnly")).toBool()));
    out += kTab3 + QStringLiteral("SWP: No\n");
    out += kTab3 + QStringLiteral("Thin-provisioning: %1\n").arg(yesNo(disk && l.value(QLatin1String("thinProvisioning")).toBool()));
    out += kTab3 + QStringLiteral("Backing store type: %1\n").arg(view.store);
    out += kTab3 + QStringLiteral("Backing store path: %1\n").arg(path.isEmpty() ? QStringLiteral("None") : path);
    out += kTab3 + QStringLiteral("Backing store flags: %1\n").arg(flags.join(QLatin1Char(':')));
    return out;
}

} // namespace

QString diskSizeText(quint64 size)
{
    const quint64 sectors = size / 512;
    const quint64 mb = (sectors - ((sectors / 625) - 974)) / 1950;   // tgt's rounding
    return QStringLiteral("%1 MB").arg(mb);
}

QString hostOf(const QString& hostPort)
{
    if (hostPort.startsWith(QLatin1Char('[')))
        return hostPort.mid(1, hostPort.indexOf(QLatin1Char(']')) - 1);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    return colon > 0 && hostPort.count(QLatin1Char(':')) == 1 ? hostPort.left(colon) : hostPort;
}

QString showTargets(QJsonArray targets, const QJsonArray& sessions)
{
    sortBy(targets, "tid");
    QString out;
    for (const QJsonValue& tv : targets) {
        const QJsonObject t = tv.toObject();
        const qint64 tid = num(t, "tid");
        out += QStringLiteral("Target %1: %2\n").arg(tid).arg(t.value(QLatin1String("iqn")).toString());
        out += kTab1 + QStringLiteral("System information:\n");
        out += kTab2 + QStringLiteral("Driver: iscsi\n");
        out += kTab2 + QStringLiteral("State: ready\n");
        out += kTab1 + QStringLiteral("I_T nexus information:\n");
        QJsonArray mine;
        for (const QJsonValue& sv : sessions)
            if (num(sv.toObject(), "tid") == tid && sv.toObject().value(QLatin1String("type")).toString() != QLatin1String("Discovery"))
                mine.append(sv);
        sortBy(mine, "tsih");
        for (const QJsonValue& sv : mine) {
            const QJsonObject s = sv.toObject();
            const QString alias = s.value(QLatin1String("initiatorAlias")).toString();
            const QJsonObject c = s.value(QLatin1String("connections")).toArray().first().toObject();
            out += kTab2 + QStringLiteral("I_T nexus: %1\n").arg(num(s, "tsih"));
            out += kTab3 + QStringLiteral("Initiator: %1 alias: %2\n")
                               .arg(s.value(QLatin1String("initiator")).toString(), alias.isEmpty() ? QStringLiteral("none") : alias);
            out += kTab3 + QStringLiteral("Connection: %1\n").arg(num(c, "cid"));
            out += kTab4 + QStringLiteral("IP Address: %1\n").arg(hostOf(c.value(QLatin1String("peer")).toString()));
        }
        out += kTab1 + QStringLiteral("LUN information:\n");
        QJsonArray luns = t.value(QLatin1String("luns")).toArray();
        sortBy(luns, "lun");
        if (luns.isEmpty() || num(luns.first().toObject(), "lun") != 0)
            out += lunBlock(QJsonObject{{QStringLiteral("lun"), 0}, {QStringLiteral("type"), QStringLiteral("controller")},
                                        {QStringLiteral("store"), QStringLiteral("null")}, {QStringLiteral("size"), 0}},
                            tid);
        for (const QJsonValue& lv : luns)
            out += lunBlock(lv.toObject(), tid);
        out += kTab1 + QStringLiteral("Account information:\n");
        for (const QJsonValue& u : t.value(QLatin1String("incomingUsers")).toArray())
            out += kTab2 + u.toString() + QLatin1Char('\n');
        const QString outgoing = t.value(QLatin1String("outgoingUser")).toString();
        if (!outgoing.isEmpty())
            out += kTab2 + outgoing + QStringLiteral(" (outgoing)\n");
        out += kTab1 + QStringLiteral("ACL information:\n");
        for (const QJsonValue& a : t.value(QLatin1String("initiatorAddresses")).toArray())
            out += kTab2 + a.toString() + QLatin1Char('\n');
        for (const QJsonValue& n : t.value(QLatin1String("initiatorNames")).toArray())
            out += kTab2 + n.toString() + QLatin1Char('\n');
    }
    return out;
}

QString showTargetParams(const QJsonObject& params, const QJsonObject& config)
{
    // tgt's nop_count is how many NOP-Ins may go unanswered; storlab waits nopTimeout seconds
    // for the answer to one sent every nopInterval seconds (0: none sent, nothing counted).
    const int interval = config.value(QLatin1String("nopInterval")).toInt(30);
    const int timeout = config.value(QLatin1String("nopTimeout")).toInt(30);
    QString out = QStringLiteral("nop_interval=%1\nnop_count=%2\n").arg(interval).arg(interval ? (timeout + interval - 1) / interval : 0);
    // tgt's key order (usr/iscsi/param.c session_keys). Keys storlab has no value for are
    // printed with tgt's per-target defaults: marker intervals (RFC 3720 §A.3.2, unused
    // since markers are No), iSER keys (RFC 7145 §6.3: never negotiated over TCP) and
    // tgt's local transmit/queue sizes (storlab: 8192 until the initiator declares, 128).
    static const char* const order[][2] = {
        {"MaxRecvDataSegmentLength", nullptr}, {"HeaderDigest", nullptr},     {"DataDigest", nullptr},
        {"InitialR2T", nullptr},               {"MaxOutstandingR2T", nullptr}, {"ImmediateData", nullptr},
        {"FirstBurstLength", nullptr},         {"MaxBurstLength", nullptr},    {"DataPDUInOrder", nullptr},
        {"DataSequenceInOrder", nullptr},      {"ErrorRecoveryLevel", nullptr}, {"IFMarker", nullptr},
        {"OFMarker", nullptr},                 {"DefaultTime2Wait", nullptr},  {"DefaultTime2Retain", nullptr},
        {"OFMarkInt", "Reject"},               {"IFMarkInt", "Reject"},        {"MaxConnections", nullptr},
        {"RDMAExtensions", "Yes"},             {"TargetRecvDataSegmentLength", "262144"},
        {"InitiatorRecvDataSegmentLength", "262144"}, {"MaxOutstandingUnexpectedPDUs", "0"},
        {"MaxXmitDataSegmentLength", "8192"},  {"MaxQueueCmd", "128"}};
    for (const auto& kv : order) {
        const QString value = kv[1] ? QLatin1String(kv[1]) : params.value(QLatin1String(kv[0])).toString();
        out += QStringLiteral("%1=%2\n").arg(QLatin1String(kv[0]), value);
    }
    return out;
}

QString showAccounts(const QJsonArray& accounts)
{
    QString out;
    if (!accounts.isEmpty())
        out += QStringLiteral("Account list:\n");
    // tgt lists the newest account first.
    for (auto a = accounts.end(); a != accounts.begin();) {
        --a;
        out += kTab1 + a->toObject().value(QLatin1String("user")).toString() + QLatin1Char('\n');
    }
    return out;
}

QString showSystem(const QJsonObject& info, const QJsonObject& config)
{
    QString out = QStringLiteral("System:\n");
    out += kTab1 + QStringLiteral("State: ready\n");
    out += kTab1 + QStringLiteral("debug: %1\n").arg(info.value(QLatin1String("logLevel")).toString() == QLatin1String("debug")
                                                          ? QStringLiteral("on") : QStringLiteral("off"));
    out += QStringLiteral("LLDs:\n") + kTab1 + QStringLiteral("iscsi: ready\n");
    // The stores and device types storlab has, in the order tgtd lists its own
    // (uring is not in tgt).
    // ssc/smc/mmc are the tape, changer and DVD media stores that tgtadm's
    // -Y tape/changer/cd LUs use; bsg and sg belong to -Y pt.
    out += QStringLiteral("Backing stores:\n");
    for (const char* bs : {"sheepdog", "bsg", "sg", "null", "ssc", "smc (bsoflags sync:direct)", "mmc (bsoflags sync:direct)",
                           "rdwr (bsoflags sync:direct)", "aio", "uring"})
        out += kTab1 + QLatin1String(bs) + QLatin1Char('\n');
    // Optional stores the daemon was built with (rbd, glfs), as tgtd lists
    // the backing-store modules it loaded.
    for (const QJsonValue& c : info.value(QLatin1String("capabilities")).toArray()) {
        const QString cap = c.toString();
        if (cap == QLatin1String("lun.stores:rbd") || cap == QLatin1String("lun.stores:glfs"))
            out += kTab1 + cap.mid(11) + QLatin1Char('\n');
    }
    QStringList types;
    for (const QJsonValue& c : info.value(QLatin1String("capabilities")).toArray())
        if (c.toString().startsWith(QLatin1String("lun.types:")))
            types << typeName(c.toString().mid(10));
    types << QStringLiteral("controller");   // every target's LUN 0 (SPC-4 §6.6, as in tgt)
    out += QStringLiteral("Device types:\n");
    for (const char* t : {"disk", "cd/dvd", "osd", "controller", "changer", "tape", "passthrough"})
        if (types.contains(QLatin1String(t)))
            out += kTab1 + QLatin1String(t) + QLatin1Char('\n');
    const QJsonObject discovery = config.value(QLatin1String("discovery")).toObject();
    const QJsonArray users = discovery.value(QLatin1String("incomingUsers")).toArray();
    if (!users.isEmpty()) {
        out += kTab1 + QStringLiteral("Account information:\n\n");   // tgt prints this blank line too
        for (const QJsonValue& u : users)
            out += kTab1 + u.toString() + QLatin1Char('\n');
        const QString outgoing = discovery.value(QLatin1String("outgoingUser")).toString();
        if (!outgoing.isEmpty())
            out += kTab1 + outgoing + QStringLiteral(" (outgoing)\n");
    }
    // tgt's iSNS lines; config "isns" absent = never configured (shared/CONFIG.md).
    const QJsonObject isns = config.value(QLatin1String("isns")).toObject();
    const auto onOff = [](bool on) { return on ? QStringLiteral("On") : QStringLiteral("Off"); };
    const bool enabled = !isns.isEmpty() && isns.value(QLatin1String("enabled")).toBool(true);
    out += QStringLiteral("iSNS:\n");
    out += kTab1 + QStringLiteral("iSNS=%1\n").arg(onOff(enabled));
    out += kTab1 + QStringLiteral("iSNSServerIP=%1\n").arg(isns.value(QLatin1String("server")).toString());
    out += kTab1 + QStringLiteral("iSNSServerPort=%1\n").arg(isns.value(QLatin1String("port")).toInt(3205));
    out += kTab1 + QStringLiteral("iSNSAccessControl=%1\n").arg(onOff(isns.value(QLatin1String("accessControl")).toBool(false)));
    return out;
}

QString showLlds(QJsonArray targets)
{
    sortBy(targets, "tid");
    QString out = QStringLiteral("LLDs:\n") + kTab1 + QStringLiteral("iscsi: ready\n");
    for (const QJsonValue& t : targets)
        out += kTab2 + QStringLiteral("Target %1: %2\n").arg(num(t.toObject(), "tid")).arg(t.toObject().value(QLatin1String("iqn")).toString());
    return out;
}

QString showPortals(const QJsonArray& portals)
{
    QString out;
    for (const QJsonValue& p : portals) {
        const QJsonObject o = p.toObject();
        const QString host = o.value(QLatin1String("host")).toString();
        const bool v6 = host.contains(QLatin1Char(':'));
        out += QStringLiteral("Portal: %1%2%3:%4,1\n").arg(v6 ? QStringLiteral("[") : QString(), host, v6 ? QStringLiteral("]") : QString())
                   .arg(num(o, "port"));
    }
    return out;
}

QString showConnections(const QJsonArray& sessions)
{
    QString out;
    for (const QJsonValue& sv : sessions) {
        const QJsonObject s = sv.toObject();
        for (const QJsonValue& cv : s.value(QLatin1String("connections")).toArray()) {
            const QJsonObject c = cv.toObject();
            out += QStringLiteral("Session: %1\n").arg(num(s, "tsih"));
            out += kTab1 + QStringLiteral("Connection: %1\n").arg(num(c, "cid"));
            out += kTab2 + QStringLiteral("Initiator: %1\n").arg(s.value(QLatin1String("initiator")).toString());
            out += kTab2 + QStringLiteral("IP Address: %1\n").arg(hostOf(c.value(QLatin1String("peer")).toString()));
        }
    }
    return out;
}

QString showStats(const QJsonArray& stats)
{
    QString out = QStringLiteral("tgt lun sid rd_subm(bytes,cmds) rd_done(bytes,cmds) wr_subm(bytes,cmds) wr_done(bytes,cmds) errs\n");
    for (const QJsonValue& tv : stats) {
        const QJsonObject t = tv.toObject();
        if (num(t, "sessions") == 0)
            continue;   // tgt prints a line per LU and I_T nexus: none without sessions
        for (const QJsonValue& lv : t.value(QLatin1String("luns")).toArray()) {
            const QJsonObject l = lv.toObject();
            // storlab counts per LU, not per nexus, and only finished commands (submitted = done).
            out += QString::asprintf("%3lld %3lld %3d %12lld %6lld %12lld %6lld %12lld %6lld %12lld %6lld %4lld\n", num(t, "tid"), num(l, "lun"), 0,
                                     num(l, "bytesRead"), num(l, "readCommands"), num(l, "bytesRead"), num(l, "readCommands"),
                                     num(l, "bytesWritten"), num(l, "writeCommands"), num(l, "bytesWritten"), num(l, "writeCommands"),
                                     num(l, "errors"));
        }
    }
    return out;
}

} // namespace storlab::cli::tgtadm
