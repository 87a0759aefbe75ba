#include "shared/library_config.h"

#include "shared/lab_config.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace storlab::config {

QString LibraryConfig::effectiveMediaDir(const QString& stateDir) const
{
    return mediaDir.isEmpty() ? stateDir + QStringLiteral("/libraries/") + name : mediaDir;
}

QList<quint64> LibraryConfig::driveLuns() const
{
    QList<quint64> luns;
    for (quint32 i = 0; i < driveCount; ++i)
        luns << firstDriveLun + i;
    return luns;
}

QStringList knownChangerPersonalities()
{
    return {QStringLiteral("storlab"), QStringLiteral("ibm-ts3500"), QStringLiteral("hp-msl-g3"),
            QStringLiteral("stk-l700"), QStringLiteral("storlab-jukebox")};
}

namespace {

// Minimal typed readers with field-naming errors (same style as lab_config.cpp).
struct Lr {
    QString error;
    bool ok() const { return error.isEmpty(); }
    void fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + what;
    }
    void keys(const QJsonObject& o, const QString& where, std::initializer_list<const char*> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool found = false;
            for (const char* k : known)
                found = found || it.key() == QLatin1String(k);
            if (!found)
                fail(where + '.' + it.key(), QStringLiteral("unknown key"));
        }
    }
    template <class T>
    void uint(const QJsonObject& o, const char* key, const QString& where, T& out, quint64 min, quint64 max)
    {
        if (!o.contains(QLatin1String(key)))
            return;
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = where + '.' + QLatin1String(key);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(quint64(v.toDouble())))
            return fail(at, QStringLiteral("must be a non-negative integer"));
        const quint64 n = quint64(v.toDouble());
        if (n < min || n > max)
            return fail(at, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        out = T(n);
    }
    void string(const QJsonObject& o, const char* key, const QString& where, QString& out, int maxLength = 4096)
    {
        if (!o.contains(QLatin1String(key)))
            return;
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return fail(where + '.' + QLatin1String(key), QStringLiteral("must be a string"));
        if (v.toString().size() > maxLength)
            return fail(where + '.' + QLatin1String(key), QStringLiteral("longer than %1 characters").arg(maxLength));
        out = v.toString();
    }
    void boolean(const QJsonObject& o, const char* key, const QString& where, bool& out)
    {
        if (!o.contains(QLatin1String(key)))
            return;
        if (!o.value(QLatin1String(key)).isBool())
            return fail(where + '.' + QLatin1String(key), QStringLiteral("must be true or false"));
        out = o.value(QLatin1String(key)).toBool();
    }
    void size(const QJsonObject& o, const char* key, const QString& where, quint64& out)
    {
        if (!o.contains(QLatin1String(key)))
            return;
        const QJsonValue v = o.value(QLatin1String(key));
        std::optional<quint64> s;
        if (v.isString())
            s = parseSize(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0)
            s = quint64(v.toDouble());
        if (!s)
            return fail(where + '.' + QLatin1String(key), QStringLiteral("must be bytes or a size like \"8G\""));
        out = *s;
    }
};

CartridgeSetConfig readSet(Lr& r, const QJsonObject& o, const QString& where)
{
    CartridgeSetConfig s;
    r.keys(o, where, {"first", "count", "generation", "capacity", "worm"});
    r.string(o, "first", where, s.first, 32);
    static const QRegularExpression barcode(QStringLiteral("^[A-Z0-9]{1,30}[0-9][A-Z0-9]{2}$"));
    if (!barcode.match(s.first).hasMatch())
        r.fail(where + QStringLiteral(".first"),
               QStringLiteral("'%1' is not a barcode like A00000L6 (upper-case letters and digits, "
                              "a serial number ending in a digit, then a 2-character media id)").arg(s.first));
    r.uint(o, "count", where, s.count, 1, 10000);
    r.string(o, "generation", where, s.generation, 16);
    r.size(o, "capacity", where, s.capacity);
    r.boolean(o, "worm", where, s.worm);
    return s;
}

DiscSetConfig readDiscSet(Lr& r, const QJsonObject& o, const QString& where)
{
    DiscSetConfig d;
    r.keys(o, where, {"first", "count", "image", "blank", "capacity", "sample"});
    r.string(o, "first", where, d.first, 32);
    static const QRegularExpression label(QStringLiteral("^[A-Z0-9_-]{1,32}$"));
    if (!label.match(d.first).hasMatch())
        r.fail(where + QStringLiteral(".first"),
               QStringLiteral("'%1' is not a volume tag (1-32 upper-case letters, digits, '-', '_')").arg(d.first));
    r.uint(o, "count", where, d.count, 1, 2000);
    r.string(o, "image", where, d.image);
    r.string(o, "blank", where, d.blank, 16);
    r.size(o, "capacity", where, d.capacity);
    r.boolean(o, "sample", where, d.sample);
    const int sources = int(!d.image.isEmpty()) + int(!d.blank.isEmpty()) + int(d.sample);
    if (sources != 1)
        r.fail(where, QStringLiteral("needs exactly one of \"image\", \"blank\" or \"sample\""));
    if (!d.blank.isEmpty() && d.blank.compare(QLatin1String("dvd+r"), Qt::CaseInsensitive) != 0)
        r.fail(where + QStringLiteral(".blank"), QStringLiteral("'%1' is not supported (use \"dvd+r\")").arg(d.blank));
    if (!d.image.isEmpty() && d.count != 1)
        r.fail(where + QStringLiteral(".count"), QStringLiteral("an image is one disc (count 1)"));
    if (d.count > 1 && !d.first.isEmpty() && !d.first.back().isDigit())
        r.fail(where + QStringLiteral(".first"), QStringLiteral("must end in digits to count up"));
    if (d.capacity && (d.capacity < 32768 || d.capacity > 8547991552ull))
        r.fail(where + QStringLiteral(".capacity"), QStringLiteral("must be between 32K and 8.5G"));
    return d;
}

LibraryConfig readLibrary(Lr& r, const QJsonObject& o, const QString& where)
{
    LibraryConfig l;
    r.keys(o, where, {"name", "iqn", "tid", "alias", "tpgt", "personality", "changerLun", "drives", "slots", "ieSlots",
                      "mediaDir", "cartridges", "discs"});
    r.string(o, "name", where, l.name, 64);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!name.match(l.name).hasMatch())
        r.fail(where + QStringLiteral(".name"), QStringLiteral("missing or not made of letters, digits, '-' and '_'"));
    r.string(o, "iqn", where, l.iqn, 223);
    if (!isValidIscsiName(l.iqn))
        r.fail(where + QStringLiteral(".iqn"),
               QStringLiteral("'%1' is not an iSCSI name like iqn.2026-11.org.example:tapelib").arg(l.iqn));
    r.string(o, "alias", where, l.alias, 255);
    r.uint(o, "tid", where, l.tid, 1, 1u << 30);
    r.uint(o, "tpgt", where, l.tpgt, 1, 65535);
    r.string(o, "personality", where, l.personality, 32);
    if (!knownChangerPersonalities().contains(l.personality))
        r.fail(where + QStringLiteral(".personality"),
               QStringLiteral("'%1' is not one of %2").arg(l.personality, knownChangerPersonalities().join(QStringLiteral(", "))));
    r.uint(o, "changerLun", where, l.changerLun, 0, 16383);
    if (o.contains(QLatin1String("drives"))) {
        const QString dw = where + QStringLiteral(".drives");
        if (!o.value(QLatin1String("drives")).isObject()) {
            r.fail(dw, QStringLiteral("must be an object like {\"count\": 2, \"generation\": \"LTO-6\"}"));
        } else {
            const QJsonObject d = o.value(QLatin1String("drives")).toObject();
            r.keys(d, dw, {"count", "type", "generation", "firstLun", "vendor", "synchronous"});
            r.uint(d, "count", dw, l.driveCount, 1, 64);
            r.string(d, "type", dw, l.driveType, 16);
            if (l.driveType != QLatin1String("tape") && l.driveType != QLatin1String("dvd"))
                r.fail(dw + QStringLiteral(".type"), QStringLiteral("'%1' is not supported (use \"tape\" or \"dvd\")").arg(l.driveType));
            r.string(d, "generation", dw, l.driveGeneration, 16);
            if (l.driveType == QLatin1String("dvd") && !d.contains(QLatin1String("generation")))
                l.driveGeneration = QStringLiteral("DVD"); // what listings print for optical drives
            r.uint(d, "firstLun", dw, l.firstDriveLun, 0, 16383);
            r.string(d, "vendor", dw, l.driveVendor, 8);
            r.boolean(d, "synchronous", dw, l.driveSynchronous);
        }
    }
    r.uint(o, "slots", where, l.slotCount, 1, 2000);
    r.uint(o, "ieSlots", where, l.ieSlots, 0, 64);
    r.string(o, "mediaDir", where, l.mediaDir);
    const QJsonArray sets = o.value(QLatin1String("cartridges")).toArray();
    quint64 total = 0;
    for (int i = 0; i < sets.size(); ++i) {
        l.cartridges << readSet(r, sets[i].toObject(), where + QStringLiteral(".cartridges[%1]").arg(i));
        total += l.cartridges.back().count;
    }
    if (total > l.slotCount)
        r.fail(where + QStringLiteral(".cartridges"),
               QStringLiteral("%1 cartridges do not fit in %2 slots").arg(total).arg(l.slotCount));
    const QJsonArray discs = o.value(QLatin1String("discs")).toArray();
    quint64 discTotal = 0;
    for (int i = 0; i < discs.size(); ++i) {
        l.discs << readDiscSet(r, discs[i].toObject(), where + QStringLiteral(".discs[%1]").arg(i));
        discTotal += l.discs.back().count;
    }
    if (!l.discs.isEmpty() && l.driveType != QLatin1String("dvd"))
        r.fail(where + QStringLiteral(".discs"), QStringLiteral("discs need optical drives (\"drives\": {\"type\": \"dvd\"})"));
    if (!l.cartridges.isEmpty() && l.driveType == QLatin1String("dvd"))
        r.fail(where + QStringLiteral(".cartridges"), QStringLiteral("a DVD jukebox holds discs, not cartridges"));
    if (discTotal > l.slotCount)
        r.fail(where + QStringLiteral(".discs"), QStringLiteral("%1 discs do not fit in %2 slots").arg(discTotal).arg(l.slotCount));
    for (quint64 lun : l.driveLuns())
        if (lun == l.changerLun || lun > 16383)
            r.fail(where + QStringLiteral(".drives.firstLun"),
                   QStringLiteral("drive LUN %1 collides with the changer LUN or is above 16383").arg(lun));
    return l;
}

} // namespace

QString readLibraries(const QJsonObject& root, QList<LibraryConfig>& out)
{
    if (!root.contains(QLatin1String("libraries")))
        return {};
    if (!root.value(QLatin1String("libraries")).isArray())
        return QStringLiteral("config.libraries: must be an array");
    Lr r;
    const QJsonArray arr = root.value(QLatin1String("libraries")).toArray();
    QSet<QString> names, iqns;
    for (const QJsonValue& t : root.value(QLatin1String("targets")).toArray())
        iqns.insert(t.toObject().value(QLatin1String("iqn")).toString());
    for (int i = 0; i < arr.size() && r.ok(); ++i) {
        const QString where = QStringLiteral("libraries[%1]").arg(i);
        if (!arr[i].isObject()) {
            r.fail(where, QStringLiteral("must be an object"));
            break;
        }
        LibraryConfig l = readLibrary(r, arr[i].toObject(), where);
        if (names.contains(l.name))
            r.fail(where + QStringLiteral(".name"), QStringLiteral("library %1 is defined twice").arg(l.name));
        if (iqns.contains(l.iqn))
            r.fail(where + QStringLiteral(".iqn"), QStringLiteral("target %1 is defined twice").arg(l.iqn));
        names.insert(l.name);
        iqns.insert(l.iqn);
        out << l;
    }
    return r.error;
}

namespace {
QJsonArray writeDiscSets(const QList<DiscSetConfig>& discs)
{
    QJsonArray arr;
    for (const DiscSetConfig& d : discs) {
        QJsonObject o;
        o[QStringLiteral("first")] = d.first;
        o[QStringLiteral("count")] = qint64(d.count);
        if (!d.image.isEmpty())
            o[QStringLiteral("image")] = d.image;
        if (!d.blank.isEmpty())
            o[QStringLiteral("blank")] = d.blank;
        if (d.capacity)
            o[QStringLiteral("capacity")] = QString::number(d.capacity);
        if (d.sample)
            o[QStringLiteral("sample")] = true;
        arr.append(o);
    }
    return arr;
}
} // namespace

QStringList discLabels(const DiscSetConfig& set)
{
    QStringList out;
    int digits = 0;
    while (digits < set.first.size() && set.first[set.first.size() - 1 - digits].isDigit())
        ++digits;
    const QString prefix = set.first.left(set.first.size() - digits);
    const quint64 start = digits ? set.first.right(digits).toULongLong() : 0;
    for (quint32 i = 0; i < set.count; ++i) {
        if (i == 0 || digits == 0) {
            out << set.first;
            continue;
        }
        out << prefix + QString::number(start + i).rightJustified(digits, QLatin1Char('0'));
    }
    return out;
}

void writeLibraries(const QList<LibraryConfig>& libraries, QJsonObject& root)
{
    if (libraries.isEmpty())
        return;
    QJsonArray arr;
    for (const LibraryConfig& l : libraries) {
        QJsonObject o;
        o[QStringLiteral("name")] = l.name;
        o[QStringLiteral("iqn")] = l.iqn;
        if (l.tid)
            o[QStringLiteral("tid")] = qint64(l.tid);
        if (!l.alias.isEmpty())
            o[QStringLiteral("alias")] = l.alias;
        o[QStringLiteral("tpgt")] = l.tpgt;
        o[QStringLiteral("personality")] = l.personality;
        o[QStringLiteral("changerLun")] = qint64(l.changerLun);
        QJsonObject d;
        d[QStringLiteral("count")] = qint64(l.driveCount);
        d[QStringLiteral("type")] = l.driveType;
        d[QStringLiteral("generation")] = l.driveGeneration;
        d[QStringLiteral("firstLun")] = qint64(l.firstDriveLun);
        if (!l.driveVendor.isEmpty())
            d[QStringLiteral("vendor")] = l.driveVendor;
        if (l.driveSynchronous)
            d[QStringLiteral("synchronous")] = true;
        o[QStringLiteral("drives")] = d;
        o[QStringLiteral("slots")] = qint64(l.slotCount);
        o[QStringLiteral("ieSlots")] = qint64(l.ieSlots);
        if (!l.mediaDir.isEmpty())
            o[QStringLiteral("mediaDir")] = l.mediaDir;
        QJsonArray sets;
        for (const CartridgeSetConfig& s : l.cartridges) {
            QJsonObject so;
            so[QStringLiteral("first")] = s.first;
            so[QStringLiteral("count")] = qint64(s.count);
            if (!s.generation.isEmpty())
                so[QStringLiteral("generation")] = s.generation;
            if (s.capacity)
                so[QStringLiteral("capacity")] = QString::number(s.capacity);
            if (s.worm)
                so[QStringLiteral("worm")] = true;
            sets.append(so);
        }
        o[QStringLiteral("cartridges")] = sets;
        if (!l.discs.isEmpty())
            o[QStringLiteral("discs")] = writeDiscSets(l.discs);
        arr.append(o);
    }
    root[QStringLiteral("libraries")] = arr;
}

LibraryConfig defaultTapeLibrary()
{
    LibraryConfig l;
    l.name = QStringLiteral("tapelib");
    l.iqn = QStringLiteral("iqn.2026-11.lab.storlab:tapelib");
    l.alias = QStringLiteral("storlab default lab tape library");
    l.personality = QStringLiteral("storlab");
    l.changerLun = 0;
    l.driveCount = 2;
    l.driveGeneration = QStringLiteral("LTO-6");
    l.firstDriveLun = 1;
    l.slotCount = 20;
    l.ieSlots = 4;
    CartridgeSetConfig data;
    data.first = QStringLiteral("A00000L6");
    data.count = 9;
    data.capacity = quint64(8) << 30;
    CartridgeSetConfig worm;
    worm.first = QStringLiteral("W00000LW");
    worm.count = 1;
    worm.capacity = quint64(8) << 30;
    worm.worm = true;
    l.cartridges << data << worm;
    return l;
}

} // namespace storlab::config

namespace storlab::config {

LibraryConfig defaultJukebox()
{
    LibraryConfig l;
    l.name = QStringLiteral("jukebox");
    l.iqn = QStringLiteral("iqn.2026-11.lab.storlab:jukebox");
    l.alias = QStringLiteral("storlab default lab DVD jukebox");
    l.personality = QStringLiteral("storlab-jukebox");
    l.changerLun = 0;
    l.driveCount = 1;
    l.driveType = QStringLiteral("dvd");
    l.driveGeneration = QStringLiteral("DVD");
    l.firstDriveLun = 1;
    l.slotCount = 10;
    l.ieSlots = 2;
    DiscSetConfig samples;
    samples.first = QStringLiteral("ISO000");
    samples.count = 3;
    samples.sample = true;
    DiscSetConfig blanks;
    blanks.first = QStringLiteral("DVDR000");
    blanks.count = 3;
    blanks.blank = QStringLiteral("dvd+r");
    l.discs << samples << blanks;
    return l;
}

} // namespace storlab::config
