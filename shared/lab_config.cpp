#include "shared/lab_config.h"
#include "shared/changer_lun.h"
#include "shared/iscsi_params.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace storlab::config {

std::optional<quint64> parseSize(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*([kKmMgGtT]?)(i?[bB])?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    quint64 value = m.captured(1).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    int shift = unit.isEmpty() ? 0 : unit == "k" ? 10 : unit == "m" ? 20 : unit == "g" ? 30 : 40;
    if (shift && value > (~quint64(0) >> shift))
        return std::nullopt;
    return value << shift;
}

bool isValidIscsiName(const QString& name)
{
    // RFC 7143 §4.2.7: at most 223 bytes; iqn.YYYY-MM.<reversed domain>[:<unique>], eui.<16 hex>, naa.<16|32 hex>.
    static const QRegularExpression iqn(QStringLiteral("^iqn\\.\\d{4}-\\d{2}\\.[a-z0-9][a-z0-9.-]*(:[^\\s]*)?$"));
    static const QRegularExpression eui(QStringLiteral("^eui\\.[0-9A-Fa-f]{16}$"));
    static const QRegularExpression naa(QStringLiteral("^naa\\.([0-9A-Fa-f]{16}|[0-9A-Fa-f]{32})$"));
    if (name.isEmpty() || name.toUtf8().size() > 223)
        return false;
    return iqn.match(name).hasMatch() || eui.match(name).hasMatch() || naa.match(name).hasMatch();
}

bool isTgtTargetName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9:.-]+$"));
    return !name.isEmpty() && name.toUtf8().size() <= 223 && allowed.match(name).hasMatch();
}

bool isValidTargetName(const QString& name, const QString& nameCheck)
{
    if (nameCheck.isEmpty() || nameCheck == QLatin1String("rfc"))
        return isValidIscsiName(name);
    if (nameCheck == QLatin1String("tgt"))
        return isTgtTargetName(name);
    return false;
}

bool parsePortal(const QString& text, QString* host, quint16* port)
{
    static const QRegularExpression re(QStringLiteral("^(\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):(\\d{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const uint p = m.captured(4).toUInt();
    if (p == 0 || p > 65535)
        return false;
    *host = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    *port = quint16(p);
    return true;
}

namespace {

struct Reader {
    QString* error;
    bool failed = false;
    void fail(const QString& where, const QString& what)
    {
        if (!failed && error)
            *error = where + QStringLiteral(": ") + what;
        failed = true;
    }
};

template <class T>
bool readUInt(Reader& r, const QJsonObject& o, const char* key, const QString& where, T& out, quint64 min, quint64 max)
{
    if (!o.contains(QLatin1String(key)))
        return true;
    const QJsonValue v = o.value(QLatin1String(key));
    const QString at = where + '.' + QLatin1String(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(quint64(v.toDouble()))) {
        r.fail(at, QStringLiteral("must be a non-negative integer"));
        return false;
    }
    const quint64 n = quint64(v.toDouble());
    if (n < min || n > max) {
        r.fail(at, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return false;
    }
    out = T(n);
    return true;
}

void readBool(Reader& r, const QJsonObject& o, const char* key, const QString& where, bool& out)
{
    if (!o.contains(QLatin1String(key)))
        return;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool())
        return r.fail(where + '.' + QLatin1String(key), QStringLiteral("must be true or false"));
    out = v.toBool();
}

void readString(Reader& r, const QJsonObject& o, const char* key, const QString& where, QString& out, int maxLength = 4096)
{
    if (!o.contains(QLatin1String(key)))
        return;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return r.fail(where + '.' + QLatin1String(key), QStringLiteral("must be a string"));
    if (v.toString().size() > maxLength)
        return r.fail(where + '.' + QLatin1String(key), QStringLiteral("longer than %1 characters").arg(maxLength));
    out = v.toString();
}

void checkKeys(Reader& r, const QJsonObject& o, const QString& where, std::initializer_list<const char*> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool found = false;
        for (const char* k : known)
            found = found || it.key() == QLatin1String(k);
        if (!found)
            r.fail(where + '.' + it.key(), QStringLiteral("unknown key"));
    }
}

// --- tape LUNs (issue 5) -------------------------------------------------
// "type": "tape": "path" is the cartridge loaded at start ("" = empty drive);
// "options": {"generation": "LTO-1".."LTO-10" (default LTO-6),
//             "synchronous": bool (fdatasync after every WRITE; default false)}.
void checkTapeLun(Reader& r, const LunConfig& lun, const QString& where)
{
    const QJsonValue g = lun.options.value(QLatin1String("generation"));
    static const QRegularExpression lto(QStringLiteral("^LTO-?([1-9]|10)$"), QRegularExpression::CaseInsensitiveOption);
    if (!g.isUndefined() && (!g.isString() || !lto.match(g.toString()).hasMatch()))
        r.fail(where + QStringLiteral(".options.generation"), QStringLiteral("must be \"LTO-1\" .. \"LTO-10\""));
    const QJsonValue s = lun.options.value(QLatin1String("synchronous"));
    if (!s.isUndefined() && !s.isBool())
        r.fail(where + QStringLiteral(".options.synchronous"), QStringLiteral("must be true or false"));
}

// --- DVD LUNs (issue 6) -------------------------------------------------
// "type": "dvd": an MMC DVD drive; "path" is the disc loaded at start ("" =
// empty drive): an ISO 9660/UDF image (read-only, can be shared) or a
// recordable DVD+R file (`storlab-media iso blank`). No options yet.
void checkDvdLun(Reader& r, const LunConfig& lun, const QString& where)
{
    for (auto it = lun.options.begin(); it != lun.options.end(); ++it)
        r.fail(where + QStringLiteral(".options.") + it.key(), QStringLiteral("unknown key (a dvd LUN has no options)"));
}

// --- pass-through LUNs -------------------------------------------------
// "store": "sg" | "bsg": the whole SCSI device at "path" (/dev/sgN,
// /dev/bsg/H:C:T:L) is the LU, so its type is "pt" (tgt's --device-type pt)
// whatever the device is; "disk" (the default) is taken to mean it.
// Options: "timeout" (seconds, 1..86400) for commands the device does not
// time itself, "queueDepth" (1..64) commands sent to the device at once.
bool isPassthroughStore(const QString& store)
{
    return store == QLatin1String("sg") || store == QLatin1String("bsg");
}

void checkPassthroughLun(Reader& r, LunConfig& lun, const QString& where)
{
    if (isPassthroughStore(lun.store) && lun.type == QLatin1String("disk"))
        lun.type = QStringLiteral("pt");
    if (lun.type != QLatin1String("pt")) {
        if (isPassthroughStore(lun.store))
            r.fail(where + QStringLiteral(".store"), QStringLiteral("'%1' passes a whole SCSI device through; its type comes from the device (leave type as disk or pt, not %2)").arg(lun.store, lun.type));
        return;
    }
    if (!isPassthroughStore(lun.store))
        r.fail(where + QStringLiteral(".store"), QStringLiteral("a pt LUN passes a device through: the store must be sg or bsg, not '%1'").arg(lun.store));
    if (lun.path.isEmpty())
        r.fail(where + QStringLiteral(".path"), QStringLiteral("missing: the %1 store needs a SCSI generic node (%2)")
                                                    .arg(lun.store, lun.store == QLatin1String("bsg") ? QStringLiteral("/dev/bsg/H:C:T:L") : QStringLiteral("/dev/sgN")));
    for (auto it = lun.options.begin(); it != lun.options.end(); ++it) {
        const bool timeout = it.key() == QLatin1String("timeout");
        if (!timeout && it.key() != QLatin1String("queueDepth")) {
            r.fail(where + QStringLiteral(".options.") + it.key(), QStringLiteral("unknown key (a pt LUN has timeout and queueDepth)"));
            continue;
        }
        const double v = it.value().toDouble(-1);
        const double max = timeout ? 86400 : 64;
        if (!it.value().isDouble() || v < 1 || v > max || v != qint64(v))
            r.fail(where + QStringLiteral(".options.") + it.key(), QStringLiteral("must be a whole number 1..%1%2").arg(max).arg(timeout ? QStringLiteral(" (seconds)") : QString()));
    }
}

LunConfig readLun(Reader& r, const QJsonObject& o, const QString& where)
{
    LunConfig lun;
    checkKeys(r, o, where, {"lun", "type", "store", "path", "size", "blockSize", "readOnly", "writeCache", "direct",
                            "sync", "thinProvisioning", "vendor", "product", "revision", "serial", "naa", "options", "bsopts"});
    if (!o.contains(QLatin1String("lun")))
        r.fail(where + QStringLiteral(".lun"), QStringLiteral("missing (a LUN number 0..16383)"));
    readUInt(r, o, "lun", where, lun.lun, 0, 16383);
    readString(r, o, "type", where, lun.type);
    static const QStringList types{QStringLiteral("disk"), QStringLiteral("tape"), QStringLiteral("dvd"), QStringLiteral("changer"),
                                   QStringLiteral("pt"), QStringLiteral("osd")};
    if (!types.contains(lun.type))
        r.fail(where + QStringLiteral(".type"),
               QStringLiteral("'%1' is not supported (use \"disk\", \"tape\", \"dvd\", \"changer\", \"pt\" or \"osd\")").arg(lun.type));
    readString(r, o, "store", where, lun.store);
    static const QStringList stores{QStringLiteral("rdwr"), QStringLiteral("aio"), QStringLiteral("uring"), QStringLiteral("null"),
                                    QStringLiteral("sg"), QStringLiteral("bsg"), QStringLiteral("sheepdog"),
                                    QStringLiteral("rbd"), QStringLiteral("glfs")};
    if (!stores.contains(lun.store))
        r.fail(where + QStringLiteral(".store"), QStringLiteral("'%1' is not one of %2").arg(lun.store, stores.join(QStringLiteral(", "))));
    readString(r, o, "path", where, lun.path);
    readString(r, o, "bsopts", where, lun.bsopts);
    if (!lun.bsopts.isEmpty() && lun.store != QLatin1String("rbd") && lun.store != QLatin1String("glfs"))
        r.fail(where + QStringLiteral(".bsopts"), QStringLiteral("only the rbd and glfs stores take bsopts"));
    if (o.contains(QLatin1String("size"))) {
        const QJsonValue v = o.value(QLatin1String("size"));
        std::optional<quint64> size;
        if (v.isString())
            size = parseSize(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0)
            size = quint64(v.toDouble());
        if (!size)
            r.fail(where + QStringLiteral(".size"), QStringLiteral("must be bytes or a size like \"1G\", \"256M\""));
        else
            lun.size = *size;
    }
    readUInt(r, o, "blockSize", where, lun.blockSize, 512, 4096);
    if (lun.blockSize != 512 && lun.blockSize != 4096)
        r.fail(where + QStringLiteral(".blockSize"), QStringLiteral("must be 512 or 4096"));
    if (lun.size % lun.blockSize)
        r.fail(where + QStringLiteral(".size"), QStringLiteral("must be a multiple of the block size %1").arg(lun.blockSize));
    readBool(r, o, "readOnly", where, lun.readOnly);
    readBool(r, o, "writeCache", where, lun.writeCache);
    readBool(r, o, "direct", where, lun.direct);
    readBool(r, o, "sync", where, lun.sync);
    readBool(r, o, "thinProvisioning", where, lun.thinProvisioning);
    readString(r, o, "vendor", where, lun.vendor, 8);
    readString(r, o, "product", where, lun.product, 16);
    readString(r, o, "revision", where, lun.revision, 4);
    readString(r, o, "serial", where, lun.serial, 64);
    if (o.contains(QLatin1String("naa"))) {
        bool ok = false;
        lun.naa = o.value(QLatin1String("naa")).toString().toULongLong(&ok, 16);
        if (!ok)
            r.fail(where + QStringLiteral(".naa"), QStringLiteral("must be a hex string of up to 16 digits"));
    }
    if (o.contains(QLatin1String("options"))) {
        if (!o.value(QLatin1String("options")).isObject())
            r.fail(where + QStringLiteral(".options"), QStringLiteral("must be an object of type-specific settings"));
        lun.options = o.value(QLatin1String("options")).toObject();
    }
    checkPassthroughLun(r, lun, where);
    if (lun.type == QLatin1String("tape"))
        checkTapeLun(r, lun, where);
    else if (lun.type == QLatin1String("dvd"))
        checkDvdLun(r, lun, where);
    else if (lun.type == QLatin1String("changer")) {
        ChangerLunOptions changer;   // shared/changer_lun.h
        if (QString e = readChangerOptions(lun.options, changer); !e.isEmpty())
            r.fail(where + QStringLiteral(".options.") + e.section(QLatin1Char(':'), 0, 0), e.section(QLatin1String(": "), 1));
    }
    else if (lun.type == QLatin1String("osd")) {
        // "type": "osd": an OSD-2 object store; "path" is its directory, "size" its capacity.
        if (lun.path.isEmpty())
            r.fail(where + QStringLiteral(".path"), QStringLiteral("missing: an osd LUN keeps its objects in a directory"));
        for (auto it = lun.options.begin(); it != lun.options.end(); ++it)
            r.fail(where + QStringLiteral(".options.") + it.key(), QStringLiteral("unknown key (an osd LUN has no options)"));
    }
    else if (lun.type == QLatin1String("disk") && lun.store != QLatin1String("null") && lun.path.isEmpty())
        r.fail(where + QStringLiteral(".path"), lun.store == QLatin1String("rbd")    ? QStringLiteral("missing: the rbd store needs [pool/]image[@snapshot]")
                                                : lun.store == QLatin1String("glfs") ? QStringLiteral("missing: the glfs store needs volume@host:/file")
                                                : QStringLiteral("missing: the %1 store needs a file or block device").arg(lun.store));
    return lun;
}

// ---- admin plane (schema 2): tids, CHAP accounts, ACLs, admin users ----

void readStringList(Reader& r, const QJsonObject& o, const char* key, const QString& where, QStringList& out)
{
    if (!o.contains(QLatin1String(key)))
        return;
    const QJsonValue v = o.value(QLatin1String(key));
    const QString at = where + '.' + QLatin1String(key);
    if (!v.isArray())
        return r.fail(at, QStringLiteral("must be an array of strings"));
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            return r.fail(at + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a string"));
        out << a[i].toString();
    }
}

void readTargetAccess(Reader& r, const QJsonObject& o, const QString& where, TargetConfig& t)
{
    readUInt(r, o, "tid", where, t.tid, 1, 1u << 30);
    readStringList(r, o, "incomingUsers", where, t.incomingUsers);
    readString(r, o, "outgoingUser", where, t.outgoingUser, 255);
    readStringList(r, o, "initiatorAddresses", where, t.initiatorAddresses);
    for (const QString& a : std::as_const(t.initiatorAddresses))
        if (!isValidInitiatorAddress(a))
            r.fail(where + QStringLiteral(".initiatorAddresses"),
                   QStringLiteral("'%1' is not ALL, an IP address or ADDRESS/PREFIX").arg(a));
    readStringList(r, o, "initiatorNames", where, t.initiatorNames);
}

// "iscsiParams": {"HeaderDigest": "CRC32C", "MaxRecvDataSegmentLength": "16384"} (shared/iscsi_params.h);
// numbers may also be JSON numbers.
void readIscsiParams(Reader& r, const QJsonObject& o, const QString& where, TargetConfig& t)
{
    const QJsonValue v = o.value(QLatin1String("iscsiParams"));
    if (v.isUndefined())
        return;
    if (!v.isObject())
        return r.fail(where + QStringLiteral(".iscsiParams"), QStringLiteral("must be an object of iSCSI key: value"));
    const QJsonObject params = v.toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString at = where + QStringLiteral(".iscsiParams.") + it.key();
        const QJsonValue value = it.value();
        if (!value.isString() && !(value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 4294967295.0))
            return r.fail(at, QStringLiteral("must be a string (RFC 7143 text value) or a number"));
        const IscsiParamCheck c = checkIscsiParam(it.key(), value.isString() ? value.toString() : QString::number(qint64(value.toDouble())));
        if (!c.ok())
            return r.fail(at, c.error);
        if (c.name != it.key())
            return r.fail(at, QStringLiteral("write the key as %1").arg(c.name));
        t.iscsiParams.insert(c.name, c.value);
    }
}

void writeTargetAccess(const TargetConfig& t, QJsonObject& to)
{
    if (t.tid)
        to[QStringLiteral("tid")] = qint64(t.tid);
    if (!t.incomingUsers.isEmpty())
        to[QStringLiteral("incomingUsers")] = QJsonArray::fromStringList(t.incomingUsers);
    if (!t.outgoingUser.isEmpty())
        to[QStringLiteral("outgoingUser")] = t.outgoingUser;
    if (!t.initiatorAddresses.isEmpty())
        to[QStringLiteral("initiatorAddresses")] = QJsonArray::fromStringList(t.initiatorAddresses);
    if (!t.initiatorNames.isEmpty())
        to[QStringLiteral("initiatorNames")] = QJsonArray::fromStringList(t.initiatorNames);
}

void readAccounts(Reader& r, const QJsonObject& root, LabConfig& c)
{
    const QJsonArray a = root.value(QLatin1String("accounts")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        const QJsonObject o = a[i].toObject();
        checkKeys(r, o, where, {"user", "password"});
        ChapAccount acc;
        readString(r, o, "user", where, acc.user, 255);
        readString(r, o, "password", where, acc.password, 255);
        if (acc.user.isEmpty())
            r.fail(where + QStringLiteral(".user"), QStringLiteral("missing"));
        for (const ChapAccount& other : std::as_const(c.accounts))
            if (other.user == acc.user)
                r.fail(where + QStringLiteral(".user"), QStringLiteral("account %1 is defined twice").arg(acc.user));
        c.accounts << acc;
    }
    for (int t = 0; t < c.targets.size(); ++t) {
        const TargetConfig& tc = c.targets[t];
        QStringList bound = tc.incomingUsers;
        if (!tc.outgoingUser.isEmpty())
            bound << tc.outgoingUser;
        for (const QString& u : bound) {
            bool known = false;
            for (const ChapAccount& acc : std::as_const(c.accounts))
                known = known || acc.user == u;
            if (!known)
                r.fail(QStringLiteral("targets[%1]").arg(t), QStringLiteral("account '%1' is not in accounts").arg(u));
        }
    }
}

void readAdmin(Reader& r, const QJsonObject& root, AdminConfig& admin)
{
    if (!root.contains(QLatin1String("admin")))
        return;
    const QString where = QStringLiteral("admin");
    const QJsonObject o = root.value(QLatin1String("admin")).toObject();
    checkKeys(r, o, where, {"tls", "users", "tokens"});
    const QJsonObject tls = o.value(QLatin1String("tls")).toObject();
    checkKeys(r, tls, where + QStringLiteral(".tls"), {"listen", "cert", "key"});
    readString(r, tls, "listen", where + QStringLiteral(".tls"), admin.tlsListen);
    readString(r, tls, "cert", where + QStringLiteral(".tls"), admin.tlsCert);
    readString(r, tls, "key", where + QStringLiteral(".tls"), admin.tlsKey);
    QString host;
    quint16 port;
    if (!admin.tlsListen.isEmpty() && !parsePortal(admin.tlsListen, &host, &port))
        r.fail(where + QStringLiteral(".tls.listen"), QStringLiteral("must be \"ADDRESS:PORT\", e.g. \"0.0.0.0:3262\""));
    const QJsonArray users = o.value(QLatin1String("users")).toArray();
    for (int i = 0; i < users.size(); ++i) {
        const QString at = where + QStringLiteral(".users[%1]").arg(i);
        const QJsonObject uo = users[i].toObject();
        checkKeys(r, uo, at, {"name", "password"});
        AdminUser u;
        readString(r, uo, "name", at, u.name, 255);
        readString(r, uo, "password", at, u.password);
        if (!u.password.startsWith(QLatin1String("pbkdf2-sha256$")))
            r.fail(at + QStringLiteral(".password"), QStringLiteral("must be a pbkdf2-sha256$... hash (set it with storlabctl admin-user set)"));
        admin.users << u;
    }
    const QJsonArray tokens = o.value(QLatin1String("tokens")).toArray();
    for (int i = 0; i < tokens.size(); ++i) {
        const QString at = where + QStringLiteral(".tokens[%1]").arg(i);
        const QJsonObject to = tokens[i].toObject();
        checkKeys(r, to, at, {"name", "hash"});
        AdminToken t;
        readString(r, to, "name", at, t.name, 255);
        readString(r, to, "hash", at, t.hash);
        if (!t.hash.startsWith(QLatin1String("sha256$")))
            r.fail(at + QStringLiteral(".hash"), QStringLiteral("must be a sha256$... hash (create tokens with storlabctl token create)"));
        admin.tokens << t;
    }
}

// "metrics": {"listen": "ADDR:PORT"} (design.md §6; off when absent).
void readMetrics(Reader& r, const QJsonObject& root, LabConfig& c)
{
    if (!root.contains(QLatin1String("metrics")))
        return;
    const QString where = QStringLiteral("metrics");
    const QJsonObject o = root.value(QLatin1String("metrics")).toObject();
    checkKeys(r, o, where, {"listen"});
    readString(r, o, "listen", where, c.metricsListen);
    QString host;
    quint16 port;
    if (!c.metricsListen.isEmpty() && !parsePortal(c.metricsListen, &host, &port))
        r.fail(where + QStringLiteral(".listen"), QStringLiteral("must be \"ADDRESS:PORT\", e.g. \"127.0.0.1:9470\""));
}

// "isns": {"server": HOST, "port": 3205, "enabled": true, "accessControl": false}.
void readIsns(Reader& r, const QJsonObject& root, LabConfig& c)
{
    if (!root.contains(QLatin1String("isns")))
        return;
    const QString where = QStringLiteral("isns");
    if (!root.value(QLatin1String("isns")).isObject()) {
        r.fail(where, QStringLiteral("must be an object like {\"server\": \"10.0.0.1\", \"port\": 3205}"));
        return;
    }
    const QJsonObject o = root.value(QLatin1String("isns")).toObject();
    checkKeys(r, o, where, {"server", "port", "enabled", "accessControl"});
    readString(r, o, "server", where, c.isns.server, 255);
    readUInt(r, o, "port", where, c.isns.port, 1, 65535);
    readBool(r, o, "enabled", where, c.isns.enabled);
    readBool(r, o, "accessControl", where, c.isns.accessControl);
    if (!isValidIsnsServer(c.isns.server))
        r.fail(where + QStringLiteral(".server"), QStringLiteral("'%1' is not a host name or IP address").arg(c.isns.server));
}

void writeIsns(const LabConfig& c, QJsonObject& root)
{
    if (c.isns.isDefault())
        return;
    root[QStringLiteral("isns")] = QJsonObject{{QStringLiteral("server"), c.isns.server},
                                              {QStringLiteral("port"), c.isns.port},
                                              {QStringLiteral("enabled"), c.isns.enabled},
                                              {QStringLiteral("accessControl"), c.isns.accessControl}};
}

void writeAccountsAndAdmin(const LabConfig& c, QJsonObject& root)
{
    writeIsns(c, root);
    if (!c.metricsListen.isEmpty())
        root[QStringLiteral("metrics")] = QJsonObject{{QStringLiteral("listen"), c.metricsListen}};
    if (!c.accounts.isEmpty()) {
        QJsonArray a;
        for (const ChapAccount& acc : c.accounts)
            a.append(QJsonObject{{QStringLiteral("user"), acc.user}, {QStringLiteral("password"), acc.password}});
        root[QStringLiteral("accounts")] = a;
    }
    if (c.admin.isEmpty())
        return;
    QJsonObject admin;
    QJsonObject tls;
    if (!c.admin.tlsListen.isEmpty())
        tls[QStringLiteral("listen")] = c.admin.tlsListen;
    if (!c.admin.tlsCert.isEmpty())
        tls[QStringLiteral("cert")] = c.admin.tlsCert;
    if (!c.admin.tlsKey.isEmpty())
        tls[QStringLiteral("key")] = c.admin.tlsKey;
    if (!tls.isEmpty())
        admin[QStringLiteral("tls")] = tls;
    QJsonArray users;
    for (const AdminUser& u : c.admin.users)
        users.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("password"), u.password}});
    if (!users.isEmpty())
        admin[QStringLiteral("users")] = users;
    QJsonArray tokens;
    for (const AdminToken& t : c.admin.tokens)
        tokens.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("hash"), t.hash}});
    if (!tokens.isEmpty())
        admin[QStringLiteral("tokens")] = tokens;
    root[QStringLiteral("admin")] = admin;
}

// ---- iSCSI security (engineer 4b): discovery authentication ----

bool accountKnown(const LabConfig& c, const QString& user)
{
    for (const ChapAccount& acc : c.accounts)
        if (acc.user == user)
            return true;
    return false;
}

void readDiscovery(Reader& r, const QJsonObject& root, LabConfig& c)
{
    if (!root.contains(QLatin1String("discovery")))
        return;
    const QString where = QStringLiteral("discovery");
    if (!root.value(QLatin1String("discovery")).isObject())
        return r.fail(where, QStringLiteral("must be an object {incomingUsers, outgoingUser}"));
    const QJsonObject o = root.value(QLatin1String("discovery")).toObject();
    checkKeys(r, o, where, {"incomingUsers", "outgoingUser"});
    readStringList(r, o, "incomingUsers", where, c.discovery.incomingUsers);
    readString(r, o, "outgoingUser", where, c.discovery.outgoingUser, 255);
    QStringList bound = c.discovery.incomingUsers;
    if (!c.discovery.outgoingUser.isEmpty())
        bound << c.discovery.outgoingUser;
    for (const QString& u : std::as_const(bound))
        if (!accountKnown(c, u))
            r.fail(where, QStringLiteral("account '%1' is not in accounts").arg(u));
    if (!c.discovery.outgoingUser.isEmpty() && c.discovery.incomingUsers.isEmpty())
        r.fail(where + QStringLiteral(".outgoingUser"), QStringLiteral("mutual CHAP needs incomingUsers too"));
}

void writeDiscovery(const LabConfig& c, QJsonObject& root)
{
    if (c.discovery.isEmpty())
        return;
    QJsonObject o;
    o[QStringLiteral("incomingUsers")] = QJsonArray::fromStringList(c.discovery.incomingUsers);
    if (!c.discovery.outgoingUser.isEmpty())
        o[QStringLiteral("outgoingUser")] = c.discovery.outgoingUser;
    root[QStringLiteral("discovery")] = o;
}

} // namespace

bool isValidIsnsServer(const QString& server)
{
    if (server.isEmpty() || (server.contains(QLatin1Char(':')) && isValidInitiatorAddress(server) && !server.contains(QLatin1Char('/'))))
        return true;
    static const QRegularExpression host(QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return host.match(server).hasMatch();
}

// "ALL", an IPv4/IPv6 address, or ADDRESS/PREFIX (CIDR).
bool isValidInitiatorAddress(const QString& text)
{
    if (text == QLatin1String("ALL"))
        return true;
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    QString host = parts[0];
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    static const QRegularExpression v4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    int maxPrefix = 0;
    if (const auto m = v4.match(host); m.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            if (m.captured(i).toInt() > 255)
                return false;
        maxPrefix = 32;
    } else if (v6.match(host).hasMatch() && host.contains(QLatin1Char(':'))) {
        maxPrefix = 128;
    } else {
        return false;
    }
    if (parts.size() == 2) {
        bool ok = false;
        const int prefix = parts[1].toInt(&ok);
        return ok && prefix >= 0 && prefix <= maxPrefix;
    }
    return true;
}

void LabConfig::assignTids()
{
    // Targets and libraries share one tid space (a library is one target).
    QSet<quint32> taken;
    for (const TargetConfig& t : std::as_const(targets))
        taken.insert(t.tid);
    for (const LibraryConfig& l : std::as_const(libraries))
        taken.insert(l.tid);
    auto lowestFree = [&taken] {
        quint32 tid = 1;
        while (taken.contains(tid))
            ++tid;
        taken.insert(tid);
        return tid;
    };
    for (TargetConfig& t : targets)
        if (!t.tid)
            t.tid = lowestFree();
    for (LibraryConfig& l : libraries)
        if (!l.tid)
            l.tid = lowestFree();
}

quint32 LabConfig::tidOf(const QString& iqn) const
{
    if (const TargetConfig* t = findTarget(iqn))
        return t->tid;
    for (const LibraryConfig& l : libraries)
        if (l.iqn.compare(iqn, Qt::CaseInsensitive) == 0)
            return l.tid;
    return 0;
}

QString LabConfig::iqnOfTid(quint32 tid) const
{
    for (const TargetConfig& t : targets)
        if (tid && t.tid == tid)
            return t.iqn;
    for (const LibraryConfig& l : libraries)
        if (tid && l.tid == tid)
            return l.iqn;
    return {};
}

const TargetConfig* LabConfig::findTarget(const QString& iqn) const
{
    for (const TargetConfig& t : targets)
        if (t.iqn.compare(iqn, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

TargetConfig* LabConfig::findTarget(const QString& iqn)
{
    return const_cast<TargetConfig*>(std::as_const(*this).findTarget(iqn));
}

std::optional<LabConfig> LabConfig::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("not valid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the configuration must be a JSON object");
        return std::nullopt;
    }
    Reader r{error};
    LabConfig c;
    const QJsonObject root = doc.object();
    checkKeys(r, root, QStringLiteral("config"),
              {"schema", "portals", "reactors", "nopInterval", "nopTimeout", "busyPollUs", "targets", "accounts", "admin",
               "discovery", "libraries", "metrics", "isns"});
    readUInt(r, root, "schema", QStringLiteral("config"), c.schema, 1, kSchemaVersion);
    readUInt(r, root, "reactors", QStringLiteral("config"), c.reactors, 0, 256);
    readUInt(r, root, "nopInterval", QStringLiteral("config"), c.nopInterval, 0, 3600);
    readUInt(r, root, "nopTimeout", QStringLiteral("config"), c.nopTimeout, 1, 3600);
    readUInt(r, root, "busyPollUs", QStringLiteral("config"), c.busyPollUs, 0, 10000);
    const QJsonArray portals = root.value(QLatin1String("portals")).toArray();
    for (int i = 0; i < portals.size(); ++i) {
        QString host;
        quint16 port;
        if (!portals[i].isString() || !parsePortal(portals[i].toString(), &host, &port))
            r.fail(QStringLiteral("config.portals[%1]").arg(i), QStringLiteral("must be \"ADDRESS:PORT\" (IPv6 as \"[::1]:3260\")"));
        else
            c.portals << portals[i].toString();
    }
    const QJsonArray targets = root.value(QLatin1String("targets")).toArray();
    for (int t = 0; t < targets.size(); ++t) {
        const QString where = QStringLiteral("targets[%1]").arg(t);
        const QJsonObject to = targets[t].toObject();
        TargetConfig target;
        checkKeys(r, to, where, {"iqn", "alias", "tpgt", "luns", "tid", "incomingUsers", "outgoingUser",
                                 "initiatorAddresses", "initiatorNames", "nameCheck", "iscsiParams"});
        readTargetAccess(r, to, where, target);
        readIscsiParams(r, to, where, target);
        readString(r, to, "iqn", where, target.iqn, 223);
        readString(r, to, "nameCheck", where, target.nameCheck, 8);
        if (!target.nameCheck.isEmpty() && target.nameCheck != QLatin1String("rfc") && target.nameCheck != QLatin1String("tgt"))
            r.fail(where + QStringLiteral(".nameCheck"), QStringLiteral("'%1' is not rfc or tgt").arg(target.nameCheck));
        else if (!isValidTargetName(target.iqn, target.nameCheck))
            r.fail(where + QStringLiteral(".iqn"), QStringLiteral("'%1' is not an iSCSI name like iqn.2026-11.org.example:disk1").arg(target.iqn));
        readString(r, to, "alias", where, target.alias, 255);
        readUInt(r, to, "tpgt", where, target.tpgt, 1, 65535);
        const QJsonArray luns = to.value(QLatin1String("luns")).toArray();
        for (int l = 0; l < luns.size(); ++l) {
            LunConfig lun = readLun(r, luns[l].toObject(), where + QStringLiteral(".luns[%1]").arg(l));
            for (const LunConfig& other : target.luns)
                if (other.lun == lun.lun)
                    r.fail(where + QStringLiteral(".luns[%1].lun").arg(l), QStringLiteral("LUN %1 is used twice").arg(lun.lun));
            target.luns << lun;
        }
        for (const TargetConfig& other : c.targets)
            if (other.iqn == target.iqn)
                r.fail(where + QStringLiteral(".iqn"), QStringLiteral("target %1 is defined twice").arg(target.iqn));
            else if (target.tid && other.tid == target.tid)
                r.fail(where + QStringLiteral(".tid"), QStringLiteral("tid %1 is used twice").arg(target.tid));
        c.targets << target;
    }
    readAccounts(r, root, c);
    readAdmin(r, root, c.admin);
    readMetrics(r, root, c);
    readIsns(r, root, c);
    readDiscovery(r, root, c);
    if (const QString e = readLibraries(root, c.libraries); !e.isEmpty()) {
        const auto at = e.indexOf(QStringLiteral(": "));
        r.fail(e.left(at), e.mid(at + 2));
    }
    for (int i = 0; i < c.libraries.size(); ++i) {
        const quint32 tid = c.libraries[i].tid;
        const QString where = QStringLiteral("libraries[%1].tid").arg(i);
        if (!tid)
            continue;
        for (const TargetConfig& t : std::as_const(c.targets))
            if (t.tid == tid)
                r.fail(where, QStringLiteral("tid %1 is used by target %2").arg(tid).arg(t.iqn));
        for (int j = 0; j < i; ++j)
            if (c.libraries[j].tid == tid)
                r.fail(where, QStringLiteral("tid %1 is used by library %2").arg(tid).arg(c.libraries[j].name));
    }
    c.schema = kSchemaVersion;  // schema 1 migrates by adding nothing: the new keys are optional (tids: assignTids())
    if (r.failed)
        return std::nullopt;
    return c;
}

QByteArray LabConfig::toJson() const
{
    QJsonObject root;
    root[QStringLiteral("schema")] = schema;
    root[QStringLiteral("portals")] = QJsonArray::fromStringList(portals);
    root[QStringLiteral("reactors")] = reactors;
    root[QStringLiteral("nopInterval")] = nopInterval;
    root[QStringLiteral("nopTimeout")] = nopTimeout;
    if (busyPollUs >= 0)   // absent stays absent, so STORLAB_BUSY_POLL_US keeps deciding
        root[QStringLiteral("busyPollUs")] = busyPollUs;
    QJsonArray targetArray;
    for (const TargetConfig& t : targets) {
        QJsonObject to;
        to[QStringLiteral("iqn")] = t.iqn;
        if (!t.alias.isEmpty())
            to[QStringLiteral("alias")] = t.alias;
        if (t.nameCheck == QLatin1String("tgt"))
            to[QStringLiteral("nameCheck")] = t.nameCheck;
        to[QStringLiteral("tpgt")] = t.tpgt;
        writeTargetAccess(t, to);
        if (!t.iscsiParams.isEmpty()) {
            QJsonObject params;
            for (auto it = t.iscsiParams.begin(); it != t.iscsiParams.end(); ++it)
                params[it.key()] = it.value();
            to[QStringLiteral("iscsiParams")] = params;
        }
        QJsonArray lunArray;
        for (const LunConfig& l : t.luns) {
            QJsonObject lo;
            lo[QStringLiteral("lun")] = qint64(l.lun);
            lo[QStringLiteral("type")] = l.type;
            lo[QStringLiteral("store")] = l.store;
            if (!l.path.isEmpty())
                lo[QStringLiteral("path")] = l.path;
            if (!l.bsopts.isEmpty())
                lo[QStringLiteral("bsopts")] = l.bsopts;
            lo[QStringLiteral("size")] = QString::number(l.size);
            lo[QStringLiteral("blockSize")] = qint64(l.blockSize);
            lo[QStringLiteral("readOnly")] = l.readOnly;
            lo[QStringLiteral("writeCache")] = l.writeCache;
            lo[QStringLiteral("direct")] = l.direct;
            lo[QStringLiteral("sync")] = l.sync;
            lo[QStringLiteral("thinProvisioning")] = l.thinProvisioning;
            if (!l.vendor.isEmpty())
                lo[QStringLiteral("vendor")] = l.vendor;
            if (!l.product.isEmpty())
                lo[QStringLiteral("product")] = l.product;
            if (!l.revision.isEmpty())
                lo[QStringLiteral("revision")] = l.revision;
            if (!l.serial.isEmpty())
                lo[QStringLiteral("serial")] = l.serial;
            if (l.naa)
                lo[QStringLiteral("naa")] = QString::number(l.naa, 16);
            if (!l.options.isEmpty())
                lo[QStringLiteral("options")] = l.options;
            lunArray.append(lo);
        }
        to[QStringLiteral("luns")] = lunArray;
        targetArray.append(to);
    }
    root[QStringLiteral("targets")] = targetArray;
    writeAccountsAndAdmin(*this, root);
    writeDiscovery(*this, root);
    writeLibraries(libraries, root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LabConfig LabConfig::defaultLab(const QString& stateDir)
{
    LabConfig c;
    c.portals << QStringLiteral("127.0.0.1:3260");
    TargetConfig disk;
    disk.iqn = QStringLiteral("iqn.2026-11.lab.storlab:disk1");
    disk.alias = QStringLiteral("storlab default lab disk");
    LunConfig lun;
    lun.lun = 1;
    lun.store = QStringLiteral("rdwr");
    lun.path = stateDir + QStringLiteral("/disk1.img");
    lun.size = quint64(1) << 30;
    disk.luns << lun;
    c.targets << disk;
    c.libraries << defaultTapeLibrary() << defaultJukebox();
    c.assignTids();
    return c;
}

} // namespace storlab::config
