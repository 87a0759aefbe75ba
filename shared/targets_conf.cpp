// targets.conf (tgt-admin, Config::General syntax) -> LabConfig.
//
// Layout: "key value" lines (or "key = value"), '#' comments, '\' line
// continuation, <target IQN> ... </target> blocks with per-LUN
// <backing-store PATH> / <direct-store PATH> sub-blocks. Options set at the
// target level apply to every LUN unless a sub-block sets them. LUNs without a
// "lun" are numbered from 1, backing-store before direct-store (as tgt-admin).
#include "shared/targets_conf.h"
#include "shared/iscsi_params.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>
#include <map>

namespace storlab::config {

QString ImportIssue::toString() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(directive, reason);
}

namespace {

struct Node {
    QString key;      // lower-case directive or block name
    QString value;
    QString file;
    int line = 0;
    bool block = false;
    QList<Node> children;
};

struct Parser {
    TargetsConfImport& out;
    int depth = 0;
    QStringList openFiles;

    void issue(const Node& n, const QString& reason)
    {
        issueAt(n.file, n.line, n.key + (n.value.isEmpty() ? QString() : QLatin1Char(' ') + n.value), reason);
    }
    void issueAt(const QString& file, int line, const QString& directive, const QString& reason)
    {
        for (const ImportIssue& i : std::as_const(out.issues))  // a target-level option reported once, not per LUN
            if (i.file == file && i.line == line && i.reason == reason)
                return;
        out.issues.append({file, line, directive, reason});
    }

    // Text -> nodes (blocks nested). Includes are expanded in place at the top level.
    QList<Node> parse(const QString& text, const QString& file, const QString& baseDir)
    {
        QList<Node> top;
        QList<Node*> stack;  // open blocks
        const QStringList lines = text.split(QLatin1Char('\n'));
        QString pending;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            // Comments: '#' to the end of the line unless escaped as "\#".
            for (int k = 0; k < line.size(); ++k) {
                if (line[k] == QLatin1Char('#') && (k == 0 || line[k - 1] != QLatin1Char('\\'))) {
                    line.truncate(k);
                    break;
                }
            }
            line.replace(QStringLiteral("\\#"), QStringLiteral("#"));
            if (pending.isEmpty())
                pendingLine = i + 1;
            if (line.trimmed().endsWith(QLatin1Char('\\'))) {
                pending += line.trimmed().chopped(1) + QLatin1Char(' ');
                continue;
            }
            line = (pending + line).trimmed();
            pending.clear();
            if (line.isEmpty())
                continue;
            Node n;
            n.file = file;
            n.line = pendingLine;
            if (line.startsWith(QLatin1String("</"))) {
                const QString name = line.mid(2).chopped(line.endsWith(QLatin1Char('>')) ? 1 : 0).trimmed().toLower();
                if (stack.isEmpty() || stack.last()->key != name) {
                    issueAt(file, n.line, line, QStringLiteral("closing tag without a matching <%1>").arg(name));
                    out.fatal = true;
                } else {
                    stack.removeLast();
                }
                continue;
            }
            if (line.startsWith(QLatin1Char('<'))) {
                if (!line.endsWith(QLatin1Char('>'))) {
                    issueAt(file, n.line, line, QStringLiteral("block tag without '>'"));
                    out.fatal = true;
                    continue;
                }
                const QString inner = line.mid(1, line.size() - 2).trimmed();
                const qsizetype sp = inner.indexOf(QRegularExpression(QStringLiteral("\\s")));
                n.key = (sp < 0 ? inner : inner.left(sp)).toLower();
                n.value = sp < 0 ? QString() : inner.mid(sp).trimmed();
                n.block = true;
                QList<Node>& siblings = stack.isEmpty() ? top : stack.last()->children;
                siblings.append(n);
                stack.append(&siblings.last());
                continue;
            }
            static const QRegularExpression kv(QStringLiteral("^([^\\s=]+)\\s*(?:=\\s*|\\s+|$)(.*)$"));
            const auto m = kv.match(line);
            n.key = m.captured(1).toLower();
            n.value = m.captured(2).trimmed();
            if (n.value.size() >= 2 && n.value.startsWith(QLatin1Char('"')) && n.value.endsWith(QLatin1Char('"')))
                n.value = n.value.mid(1, n.value.size() - 2);
            if (n.key == QLatin1String("include") && stack.isEmpty()) {
                top.append(include(n, baseDir));
                continue;
            }
            (stack.isEmpty() ? top : stack.last()->children).append(n);
        }
        for (const Node* open : stack) {
            issueAt(file, open->line, QLatin1Char('<') + open->key + QLatin1Char(' ') + open->value + QLatin1Char('>'),
                    QStringLiteral("block is never closed"));
            out.fatal = true;
        }
        return top;
    }

    QList<Node> include(const Node& n, const QString& baseDir)
    {
        QList<Node> nodes;
        if (depth >= 8) {
            issue(n, QStringLiteral("includes nested more than 8 deep"));
            return nodes;
        }
        const QFileInfo pattern(QDir(baseDir).absoluteFilePath(n.value));
        const QStringList names = QDir(pattern.absolutePath()).entryList({pattern.fileName()}, QDir::Files, QDir::Name);
        if (names.isEmpty())
            issue(n, QStringLiteral("no file matches (nothing included)"));
        for (const QString& name : names) {
            const QString path = pattern.absoluteDir().absoluteFilePath(name);
            if (openFiles.contains(path)) {
                issue(n, QStringLiteral("%1 includes itself").arg(path));
                continue;
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                issue(n, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
                continue;
            }
            ++depth;
            openFiles << path;
            nodes.append(parse(QString::fromUtf8(f.readAll()), path, QFileInfo(path).absolutePath()));
            openFiles.removeLast();
            --depth;
        }
        return nodes;
    }
};

// One LUN as the file describes it, before numbering.
struct LunSpec {
    Node origin;
    bool direct = false;
    std::map<QString, Node> options;  // local options (last wins), by directive
};

bool parseBool(const QString& v, bool* ok)
{
    const QString s = v.toLower();
    *ok = true;
    if (s == QLatin1String("on") || s == QLatin1String("yes") || s == QLatin1String("1") || s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("off") || s == QLatin1String("no") || s == QLatin1String("0") || s == QLatin1String("false"))
        return false;
    *ok = false;
    return false;
}

// Directives valid inside a LUN (and at target level as LUN defaults).
const QStringList& lunDirectives()
{
    static const QStringList k{
        QStringLiteral("lun"), QStringLiteral("bs-type"), QStringLiteral("device-type"), QStringLiteral("vendor_id"),
        QStringLiteral("product_id"), QStringLiteral("product_rev"), QStringLiteral("scsi_sn"), QStringLiteral("scsi_id"),
        QStringLiteral("write-cache"), QStringLiteral("readonly"), QStringLiteral("params"), QStringLiteral("bsoflags"),
        QStringLiteral("block-size"), QStringLiteral("mode_page"), QStringLiteral("sense_format"), QStringLiteral("removable"),
        QStringLiteral("online"), QStringLiteral("path"), QStringLiteral("lbppbe"), QStringLiteral("la_lba"),
        QStringLiteral("optimal_xfer_gran"), QStringLiteral("optimal_xfer_len"), QStringLiteral("allow-in-use"),
        QStringLiteral("thin_provisioning")};
    return k;
}

// iSCSI operational keys tgt lets a target tune (RFC 7143 §13); storlab negotiates them globally.
const QStringList& tuningKeys()
{
    static const QStringList k{
        QStringLiteral("maxrecvdatasegmentlength"), QStringLiteral("maxxmitdatasegmentlength"), QStringLiteral("headerdigest"),
        QStringLiteral("datadigest"), QStringLiteral("initialr2t"), QStringLiteral("maxoutstandingr2t"),
        QStringLiteral("immediatedata"), QStringLiteral("firstburstlength"), QStringLiteral("maxburstlength"),
        QStringLiteral("datapduinorder"), QStringLiteral("datasequenceinorder"), QStringLiteral("errorrecoverylevel"),
        QStringLiteral("ifmarker"), QStringLiteral("ofmarker"), QStringLiteral("defaulttime2wait"),
        QStringLiteral("defaulttime2retain"), QStringLiteral("ofmarkint"), QStringLiteral("ifmarkint"),
        QStringLiteral("maxconnections")};
    return k;
}

struct Converter {
    Parser& p;
    TargetsConfImport& out;
    QString defaultDriver = QStringLiteral("iscsi");

    void addAccount(const Node& n, QString* userOut)
    {
        const QStringList parts = n.value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (parts.size() != 2) {
            p.issue(n, QStringLiteral("expected \"USER SECRET\""));
            return;
        }
        for (const ChapAccount& a : std::as_const(out.config.accounts)) {
            if (a.user == parts[0]) {
                if (a.password != parts[1])
                    p.issue(n, QStringLiteral("account %1 was already defined with another secret; the first one is kept").arg(parts[0]));
                *userOut = parts[0];
                return;
            }
        }
        if (parts[1].toUtf8().size() < 12)
            p.issue(n, QStringLiteral("imported, but the secret is shorter than 12 bytes (RFC 7143 §9.2.1: weak without IPsec)"));
        out.config.accounts.append({parts[0], parts[1]});
        *userOut = parts[0];
    }

    // Applies one LUN option to `lun`; false (and an issue) when not honoured.
    void applyLunOption(const Node& n, LunConfig& lun)
    {
        const QString& k = n.key;
        const QString& v = n.value;
        bool ok = false;
        if (k == QLatin1String("lun") || k == QLatin1String("allow-in-use")) {
            return;  // numbering is done by the caller; storlab does not check whether a device is in use
        } else if (k == QLatin1String("bs-type")) {
            static const QStringList same{QStringLiteral("rdwr"), QStringLiteral("aio"), QStringLiteral("null")};
            if (same.contains(v))
                lun.store = v;
            else if (v == QLatin1String("io_uring") || v == QLatin1String("uring"))
                lun.store = QStringLiteral("uring");
            else
                p.issue(n, QStringLiteral("backing store type '%1' is not available; using rdwr").arg(v));
        } else if (k == QLatin1String("device-type")) {
            static const std::map<QString, QString> types{{QStringLiteral("disk"), QStringLiteral("disk")},
                                                          {QStringLiteral("cd"), QStringLiteral("dvd")},
                                                          {QStringLiteral("tape"), QStringLiteral("tape")},
                                                          {QStringLiteral("changer"), QStringLiteral("changer")}};
            auto it = types.find(v.toLower());
            if (it == types.end())
                p.issue(n, QStringLiteral("device type '%1' is not emulated (disk, cd, tape, changer are); using disk").arg(v));
            else
                lun.type = it->second;
        } else if (k == QLatin1String("vendor_id")) {
            lun.vendor = v.left(8);
            if (v.size() > 8) p.issue(n, QStringLiteral("longer than 8 characters; truncated to '%1'").arg(lun.vendor));
        } else if (k == QLatin1String("product_id")) {
            lun.product = v.left(16);
            if (v.size() > 16) p.issue(n, QStringLiteral("longer than 16 characters; truncated to '%1'").arg(lun.product));
        } else if (k == QLatin1String("product_rev")) {
            lun.revision = v.left(4);
            if (v.size() > 4) p.issue(n, QStringLiteral("longer than 4 characters; truncated to '%1'").arg(lun.revision));
        } else if (k == QLatin1String("scsi_sn")) {
            lun.serial = v.left(64);
        } else if (k == QLatin1String("scsi_id")) {
            static const QRegularExpression hex(QStringLiteral("^(0x)?[0-9A-Fa-f]{1,16}$"));
            if (hex.match(v).hasMatch())
                lun.naa = v.toULongLong(&ok, 16);
            else
                p.issue(n, QStringLiteral("storlab's device identifier is an NAA ID (up to 16 hex digits); a generated one is used"));
        } else if (k == QLatin1String("write-cache")) {
            const bool b = parseBool(v, &ok);
            if (ok) lun.writeCache = b; else p.issue(n, QStringLiteral("expected on or off"));
        } else if (k == QLatin1String("readonly")) {
            const bool b = parseBool(v, &ok);
            if (ok) lun.readOnly = b; else p.issue(n, QStringLiteral("expected 0/1, on/off or yes/no"));
        } else if (k == QLatin1String("thin_provisioning")) {
            const bool b = parseBool(v, &ok);
            if (ok) lun.thinProvisioning = b; else p.issue(n, QStringLiteral("expected 0/1, on/off or yes/no"));
        } else if (k == QLatin1String("bsoflags")) {
            for (const QString& flag : v.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
                if (flag == QLatin1String("direct")) lun.direct = true;
                else if (flag == QLatin1String("sync")) lun.sync = true;
                else p.issue(n, QStringLiteral("open flag '%1' is not supported (direct, sync are)").arg(flag));
            }
        } else if (k == QLatin1String("block-size")) {
            const uint bs = v.toUInt(&ok);
            if (ok && (bs == 512 || bs == 4096)) lun.blockSize = bs;
            else p.issue(n, QStringLiteral("block size must be 512 or 4096"));
        } else if (k == QLatin1String("params")) {
            // Device-type specific "key=value,key=value" (tape/changer settings): kept for the device type.
            for (const QString& item : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = item.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    p.issue(n, QStringLiteral("'%1' is not key=value").arg(item));
                    continue;
                }
                lun.options.insert(item.left(eq).trimmed(), item.mid(eq + 1).trimmed());
            }
        } else {
            p.issue(n, QStringLiteral("not supported by storlab (ignored)"));
        }
    }

    void convertTarget(const Node& t)
    {
        TargetConfig target;
        target.iqn = t.value;
        // tgt-admin takes any name tgtd does: keep tgt's rule for names that are not strict RFC 7143 ones.
        if (!isValidIscsiName(target.iqn))
            target.nameCheck = QStringLiteral("tgt");
        if (!isTgtTargetName(target.iqn)) {
            p.issue(t, QStringLiteral("not a target name tgtd accepts (letters, digits, ':', '.', '-'); target skipped"));
            return;
        }
        for (const TargetConfig& other : std::as_const(out.config.targets))
            if (other.iqn.compare(target.iqn, Qt::CaseInsensitive) == 0) {
                p.issue(t, QStringLiteral("target defined twice; the second definition is skipped"));
                return;
            }
        std::map<QString, Node> globals;  // target-level LUN defaults
        QList<LunSpec> backing, direct;
        for (const Node& n : t.children) {
            if (n.key == QLatin1String("backing-store") || n.key == QLatin1String("direct-store")) {
                LunSpec spec{n, n.key == QLatin1String("direct-store"), {}};
                for (const Node& c : n.children) {
                    if (lunDirectives().contains(c.key)) spec.options[c.key] = c;
                    else p.issue(c, QStringLiteral("not a per-LUN directive (ignored)"));
                }
                (spec.direct ? direct : backing).append(spec);
            } else if (n.block) {
                p.issue(n, QStringLiteral("unknown block (ignored)"));
            } else if (n.key == QLatin1String("incominguser")) {
                QString user;
                addAccount(n, &user);
                if (!user.isEmpty() && !target.incomingUsers.contains(user)) target.incomingUsers << user;
            } else if (n.key == QLatin1String("outgoinguser")) {
                QString user;
                if (!target.outgoingUser.isEmpty()) p.issue(n, QStringLiteral("only one outgoing user per target; the last one is used"));
                addAccount(n, &user);
                if (!user.isEmpty()) target.outgoingUser = user;
            } else if (n.key == QLatin1String("initiator-address")) {
                if (isValidInitiatorAddress(n.value)) target.initiatorAddresses << n.value;
                else p.issue(n, QStringLiteral("not ALL, an IP address or ADDRESS/PREFIX; ignored"));
            } else if (n.key == QLatin1String("initiator-name")) {
                target.initiatorNames << n.value;
            } else if (n.key == QLatin1String("controller_tid")) {
                bool ok = false;
                const uint tid = n.value.toUInt(&ok);
                bool taken = false;
                for (const TargetConfig& other : std::as_const(out.config.targets)) taken = taken || other.tid == tid;
                if (!ok || tid == 0) p.issue(n, QStringLiteral("not a positive number"));
                else if (taken) p.issue(n, QStringLiteral("tid %1 is used by another target; one is assigned").arg(tid));
                else target.tid = tid;
            } else if (n.key == QLatin1String("driver")) {
                if (n.value != QLatin1String("iscsi")) p.issue(n, QStringLiteral("only the iscsi driver is provided; iscsi is used"));
            } else if (tuningKeys().contains(n.key)) {
                // tgt-admin passes these to "tgtadm --op update --mode target --name K --value V".
                const IscsiParamCheck c = checkIscsiParam(n.key, n.value);
                if (c.ok()) target.iscsiParams.insert(c.name, c.value);
                else p.issue(n, c.error + QStringLiteral("; the daemon-wide value applies"));
            } else if (lunDirectives().contains(n.key)) {
                globals[n.key] = n;
            } else {
                p.issue(n, QStringLiteral("unknown directive (ignored)"));
            }
        }
        // tgt-admin: "lun N" at target level numbers a target's single LUN.
        if (globals.count(QStringLiteral("lun")) && backing.size() + direct.size() != 1)
            p.issue(globals[QStringLiteral("lun")], QStringLiteral("a target-level lun only applies to a target with one LUN; ignored"));
        QList<quint64> used;
        QList<LunSpec> ordered = backing + direct;
        QList<qint64> numbers(ordered.size(), -1);
        for (int i = 0; i < ordered.size(); ++i) {
            const Node* lunNode = nullptr;
            if (auto it = ordered[i].options.find(QStringLiteral("lun")); it != ordered[i].options.end()) lunNode = &it->second;
            else if (ordered.size() == 1 && globals.count(QStringLiteral("lun"))) lunNode = &globals[QStringLiteral("lun")];
            if (!lunNode) continue;
            bool ok = false;
            const uint n = lunNode->value.toUInt(&ok);
            if (!ok || n > 16383) p.issue(*lunNode, QStringLiteral("LUN must be 0..16383; numbered automatically"));
            else if (used.contains(n)) p.issue(*lunNode, QStringLiteral("LUN %1 is used twice; numbered automatically").arg(n));
            else { numbers[i] = n; used << n; }
        }
        for (int i = 0; i < ordered.size(); ++i) {
            const LunSpec& spec = ordered[i];
            LunConfig lun;
            lun.path = spec.origin.value;
            if (numbers[i] < 0) {
                quint64 n = 1;
                while (used.contains(n)) ++n;
                numbers[i] = qint64(n);
                used << n;
            }
            lun.lun = quint64(numbers[i]);
            if (spec.direct)
                p.issue(spec.origin, QStringLiteral("used as a backing store: the device's own INQUIRY data is not copied (set vendor_id/product_id/scsi_sn)"));
            std::map<QString, Node> merged = globals;
            for (const auto& [k, v] : spec.options) merged[k] = v;
            for (const auto& [k, v] : merged)
                applyLunOption(v, lun);
            if (lun.path.isEmpty() && lun.store != QLatin1String("null"))
                p.issue(spec.origin, QStringLiteral("no path"));
            target.luns.append(lun);
        }
        out.config.targets.append(target);
    }

    void convert(const QList<Node>& top)
    {
        for (const Node& n : top) {
            if (n.key == QLatin1String("target") && n.block) {
                convertTarget(n);
            } else if (n.key == QLatin1String("default-driver")) {
                defaultDriver = n.value;
                if (n.value != QLatin1String("iscsi"))
                    p.issue(n, QStringLiteral("only the iscsi driver is provided; iscsi is used"));
            } else if (n.key == QLatin1String("incominguser") || n.key == QLatin1String("outgoinguser")) {
                // tgt binds accounts outside any target to discovery sessions.
                QString user;
                addAccount(n, &user);
                if (user.isEmpty()) continue;
                if (n.key == QLatin1String("incominguser") && !out.config.discovery.incomingUsers.contains(user))
                    out.config.discovery.incomingUsers << user;
                else if (n.key == QLatin1String("outgoinguser"))
                    out.config.discovery.outgoingUser = user;
            } else if (n.key.startsWith(QLatin1String("isns")) || n.key == QLatin1String("ignore-errors")) {
                p.issue(n, QStringLiteral("not supported by storlab (ignored)"));
            } else {
                p.issue(n, n.block ? QStringLiteral("unknown block (ignored)") : QStringLiteral("unknown directive (ignored)"));
            }
        }
        if (!out.config.discovery.outgoingUser.isEmpty() && out.config.discovery.incomingUsers.isEmpty())
            out.config.discovery.outgoingUser.clear();
        out.config.assignTids();
    }
};

} // namespace

TargetsConfImport parseTargetsConf(const QString& text, const QString& fileName, const QString& baseDir)
{
    TargetsConfImport result;
    result.config.portals.clear();
    Parser parser{result};
    parser.openFiles << QFileInfo(QDir(baseDir), fileName).absoluteFilePath();
    const QList<Node> nodes = parser.parse(text, fileName, baseDir);
    Converter{parser, result}.convert(nodes);
    std::stable_sort(result.issues.begin(), result.issues.end(), [](const ImportIssue& a, const ImportIssue& b) {
        return a.file == b.file ? a.line < b.line : false;
    });
    return result;
}

TargetsConfImport importTargetsConf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TargetsConfImport result;
        result.fatal = true;
        result.issues.append({path, 0, QString(), QStringLiteral("cannot read: %1").arg(f.errorString())});
        return result;
    }
    const QFileInfo info(path);
    return parseTargetsConf(QString::fromUtf8(f.readAll()), info.absoluteFilePath(), info.absolutePath());
}

} // namespace storlab::config
