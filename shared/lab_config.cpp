#include "shared/lab_config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

LunConfig readLun(Reader& r, const QJsonObject& o, const QString& where)
{
    LunConfig lun;
    checkKeys(r, o, where, {"lun", "type", "store", "path", "size", "blockSize", "readOnly", "writeCache", "direct",
                            "sync", "thinProvisioning", "vendor", "product", "revision", "serial", "naa"});
    if (!o.contains(QLatin1String("lun")))
        r.fail(where + QStringLiteral(".lun"), QStringLiteral("missing (a LUN number 0..16383)"));
    readUInt(r, o, "lun", where, lun.lun, 0, 16383);
    readString(r, o, "type", where, lun.type);
    if (lun.type != QLatin1String("disk"))
        r.fail(where + QStringLiteral(".type"), QStringLiteral("'%1' is not supported (use \"disk\")").arg(lun.type));
    readString(r, o, "store", where, lun.store);
    static const QStringList stores{QStringLiteral("rdwr"), QStringLiteral("aio"), QStringLiteral("uring"), QStringLiteral("null")};
    if (!stores.contains(lun.store))
        r.fail(where + QStringLiteral(".store"), QStringLiteral("'%1' is not one of rdwr, aio, uring, null").arg(lun.store));
    readString(r, o, "path", where, lun.path);
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
    if (lun.store != QLatin1String("null") && lun.path.isEmpty())
        r.fail(where + QStringLiteral(".path"), QStringLiteral("missing: the %1 store needs a file or block device").arg(lun.store));
    return lun;
}

} // namespace

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
    checkKeys(r, root, QStringLiteral("config"), {"schema", "portals", "reactors", "nopInterval", "nopTimeout", "targets"});
    readUInt(r, root, "schema", QStringLiteral("config"), c.schema, 1, kSchemaVersion);
    readUInt(r, root, "reactors", QStringLiteral("config"), c.reactors, 0, 256);
    readUInt(r, root, "nopInterval", QStringLiteral("config"), c.nopInterval, 0, 3600);
    readUInt(r, root, "nopTimeout", QStringLiteral("config"), c.nopTimeout, 1, 3600);
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
        checkKeys(r, to, where, {"iqn", "alias", "tpgt", "luns"});
        readString(r, to, "iqn", where, target.iqn, 223);
        if (!isValidIscsiName(target.iqn))
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
        c.targets << target;
    }
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
    QJsonArray targetArray;
    for (const TargetConfig& t : targets) {
        QJsonObject to;
        to[QStringLiteral("iqn")] = t.iqn;
        if (!t.alias.isEmpty())
            to[QStringLiteral("alias")] = t.alias;
        to[QStringLiteral("tpgt")] = t.tpgt;
        QJsonArray lunArray;
        for (const LunConfig& l : t.luns) {
            QJsonObject lo;
            lo[QStringLiteral("lun")] = qint64(l.lun);
            lo[QStringLiteral("type")] = l.type;
            lo[QStringLiteral("store")] = l.store;
            if (!l.path.isEmpty())
                lo[QStringLiteral("path")] = l.path;
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
            lunArray.append(lo);
        }
        to[QStringLiteral("luns")] = lunArray;
        targetArray.append(to);
    }
    root[QStringLiteral("targets")] = targetArray;
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
    return c;
}

} // namespace storlab::config
