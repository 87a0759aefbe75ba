#include "shared/changer_lun.h"

#include <QJsonArray>
#include <QSet>

namespace storlab::config {

namespace {

const QStringList kTypes{QStringLiteral("transport"), QStringLiteral("slot"), QStringLiteral("ie"), QStringLiteral("drive")};

// An element address: SMC-3 §6.10.3 gives it 16 bits; tgt never uses 0.
bool readAddress(const QJsonObject& o, const char* key, quint32 max, quint32& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 1 || v.toDouble() > max)
        return false;
    out = quint32(v.toDouble());
    return true;
}

QString checkKeys(const QJsonObject& o, const QStringList& known, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return where + QLatin1Char('.') + it.key() + QStringLiteral(": unknown key");
    return {};
}

QString readRanges(const QJsonArray& a, ChangerLunOptions& out)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("elements[%1]").arg(i);
        const QJsonObject o = a.at(i).toObject();
        if (QString e = checkKeys(o, {QStringLiteral("type"), QStringLiteral("first"), QStringLiteral("count")}, at); !e.isEmpty())
            return e;
        ChangerRange r;
        r.type = o.value(QLatin1String("type")).toString();
        if (!kTypes.contains(r.type))
            return at + QStringLiteral(".type: must be transport, slot, ie or drive");
        if (out.range(r.type))
            return at + QStringLiteral(".type: a second %1 range (one address range per element type)").arg(r.type);
        if (!readAddress(o, "first", 0xFFFF, r.first))
            return at + QStringLiteral(".first: must be an element address 1..65535");
        if (!readAddress(o, "count", 0x10000 - r.first, r.count))
            return at + QStringLiteral(".count: must be 1..%1 (addresses end at 65535)").arg(0x10000 - r.first);
        for (const ChangerRange& other : out.elements)
            if (r.first < other.first + other.count && other.first < r.first + r.count)
                return at + QStringLiteral(": addresses %1..%2 overlap the %3 range %4..%5 (SMC-3 §4.2: addresses are unique)")
                                .arg(r.first).arg(r.first + r.count - 1).arg(other.type).arg(other.first).arg(other.first + other.count - 1);
        out.elements << r;
    }
    return {};
}

} // namespace

const ChangerRange* ChangerLunOptions::range(const QString& type) const
{
    for (const ChangerRange& r : elements)
        if (r.type == type)
            return &r;
    return nullptr;
}

QString ChangerLunOptions::typeAt(quint32 address) const
{
    for (const ChangerRange& r : elements)
        if (address >= r.first && address < r.first + r.count)
            return r.type;
    return {};
}

QString readChangerOptions(const QJsonObject& options, ChangerLunOptions& out)
{
    out = {};
    if (QString e = checkKeys(options, {QStringLiteral("mediaHome"), QStringLiteral("elements"), QStringLiteral("drives"), QStringLiteral("media")},
                              QStringLiteral("options"));
        !e.isEmpty())
        return e;
    const QJsonValue home = options.value(QLatin1String("mediaHome"));
    if (!home.isUndefined() && !home.isString())
        return QStringLiteral("mediaHome: must be a directory path");
    out.mediaHome = home.toString();
    for (const char* key : {"elements", "drives", "media"})
        if (options.contains(QLatin1String(key)) && !options.value(QLatin1String(key)).isArray())
            return QLatin1String(key) + QStringLiteral(": must be an array");
    if (QString e = readRanges(options.value(QLatin1String("elements")).toArray(), out); !e.isEmpty())
        return e;
    const QJsonArray drives = options.value(QLatin1String("drives")).toArray();
    QSet<quint32> used;
    for (qsizetype i = 0; i < drives.size(); ++i) {
        const QString at = QStringLiteral("drives[%1]").arg(i);
        const QJsonObject o = drives.at(i).toObject();
        if (QString e = checkKeys(o, {QStringLiteral("address"), QStringLiteral("tid"), QStringLiteral("lun")}, at); !e.isEmpty())
            return e;
        ChangerDriveLink d;
        quint32 lun = 0;
        if (!readAddress(o, "address", 0xFFFF, d.address) || out.typeAt(d.address) != QLatin1String("drive"))
            return at + QStringLiteral(".address: not the address of a data transfer element");
        if (!readAddress(o, "tid", 0x7FFFFFFF, d.tid))
            return at + QStringLiteral(".tid: must be a target id (1 or more)");
        if (!readAddress(o, "lun", 16383, lun))
            return at + QStringLiteral(".lun: must be the drive's LUN 1..16383");
        d.lun = lun;
        if (used.contains(d.address))
            return at + QStringLiteral(".address: element %1 is linked twice").arg(d.address);
        used.insert(d.address);
        out.drives << d;
    }
    const QJsonArray media = options.value(QLatin1String("media")).toArray();
    QSet<QString> barcodes;
    used.clear();
    for (qsizetype i = 0; i < media.size(); ++i) {
        const QString at = QStringLiteral("media[%1]").arg(i);
        const QJsonObject o = media.at(i).toObject();
        if (QString e = checkKeys(o, {QStringLiteral("address"), QStringLiteral("barcode")}, at); !e.isEmpty())
            return e;
        ChangerMedium m;
        const QString type = readAddress(o, "address", 0xFFFF, m.address) ? out.typeAt(m.address) : QString();
        if (type != QLatin1String("slot") && type != QLatin1String("ie"))
            return at + QStringLiteral(".address: not the address of a storage or import/export element");
        m.barcode = o.value(QLatin1String("barcode")).toString();
        // SMC-3 §6.10.3: a volume tag is at most 32 characters; here it also names a file.
        if (m.barcode.isEmpty() || m.barcode.size() > 32 || m.barcode.contains(QLatin1Char('/')) || m.barcode.startsWith(QLatin1Char('.')))
            return at + QStringLiteral(".barcode: must be 1..32 characters, no '/', not starting with '.'");
        if (used.contains(m.address))
            return at + QStringLiteral(".address: element %1 already holds a medium").arg(m.address);
        if (barcodes.contains(m.barcode))
            return at + QStringLiteral(".barcode: %1 is in the changer twice").arg(m.barcode);
        used.insert(m.address);
        barcodes.insert(m.barcode);
        out.media << m;
    }
    return {};
}

QJsonObject changerOptionsJson(const ChangerLunOptions& c)
{
    QJsonObject o;
    if (!c.mediaHome.isEmpty())
        o[QStringLiteral("mediaHome")] = c.mediaHome;
    QJsonArray elements, drives, media;
    for (const ChangerRange& r : c.elements)
        elements.append(QJsonObject{{QStringLiteral("type"), r.type}, {QStringLiteral("first"), qint64(r.first)}, {QStringLiteral("count"), qint64(r.count)}});
    for (const ChangerDriveLink& d : c.drives)
        drives.append(QJsonObject{{QStringLiteral("address"), qint64(d.address)}, {QStringLiteral("tid"), qint64(d.tid)}, {QStringLiteral("lun"), qint64(d.lun)}});
    for (const ChangerMedium& m : c.media)
        media.append(QJsonObject{{QStringLiteral("address"), qint64(m.address)}, {QStringLiteral("barcode"), m.barcode}});
    if (!elements.isEmpty())
        o[QStringLiteral("elements")] = elements;
    if (!drives.isEmpty())
        o[QStringLiteral("drives")] = drives;
    if (!media.isEmpty())
        o[QStringLiteral("media")] = media;
    return o;
}

} // namespace storlab::config
