#include "cli/tgtadm_devices.h"

#include "media/optical_disc.h"
#include "media/optical_format.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace storlab::cli::tgtadm {

namespace {

// What the disc holds, as tgt's mmc store reports the size of its file: an
// ISO image's bytes, or what was burned onto a storlab DVD+R (its trailer's
// next writable address, MMC-6 §6.22.3.1.2) - 0 while blank.
quint64 discBytes(const QString& path)
{
    QFile f(path);
    const qint64 size = f.size();
    if (size < qint64(media::optical_format::kTrailerSize) || !f.open(QIODevice::ReadOnly) ||
        !f.seek(size - qint64(media::optical_format::kTrailerSize)))
        return quint64(std::max<qint64>(size, 0));
    const QByteArray tail = f.read(qint64(media::optical_format::kTrailerSize));
    const auto trailer = media::optical_format::decode(reinterpret_cast<const uint8_t*>(tail.constData()), size_t(tail.size()));
    return trailer ? quint64(trailer->nwa) * media::kSectorSize : quint64(size);
}

} // namespace

bool isRemovableType(const QString& t)
{
    return t == QLatin1String("dvd") || t == QLatin1String("tape") || t == QLatin1String("changer");
}

LuView luView(const QJsonObject& l)
{
    const QString type = l.value(QLatin1String("type")).toString(QStringLiteral("disk"));
    const QString path = l.value(QLatin1String("path")).toString();
    LuView v;
    v.removable = isRemovableType(type);
    if (type == QLatin1String("controller")) {
        v.store = QStringLiteral("null");
        return v;
    }
    if (type == QLatin1String("dvd")) {
        // MMC-6 §4.3: a drive without a disc. tgt's mmc store takes the LU
        // offline then and reports the image's byte size otherwise.
        v.store = QStringLiteral("mmc");
        v.online = !path.isEmpty();
        v.size = path.isEmpty() ? 0 : discBytes(path);
        return v;
    }
    if (type == QLatin1String("tape")) {
        // SSC-4 §4.2.2: tgt's ssc store shows no size; a drive without a cartridge is offline.
        v.store = QStringLiteral("ssc");
        v.online = !path.isEmpty();
        return v;
    }
    if (type == QLatin1String("changer")) {
        v.store = QStringLiteral("smc");
        return v;
    }
    v.store = l.value(QLatin1String("store")).toString(QStringLiteral("null"));
    v.size = quint64(l.value(QLatin1String("size")).toDouble());
    if (v.size == 0 && v.store == QLatin1String("null"))
        v.size = quint64(1) << 40;   // the null store's size when none is given (shared/CONFIG.md), as tgt's
    else if (v.size == 0 && !path.isEmpty() && QFileInfo(path).isFile())
        v.size = quint64(QFileInfo(path).size());   // the daemon uses the whole file when no size is set
    v.blockSize = qint64(l.value(QLatin1String("blockSize")).toDouble());
    return v;
}

} // namespace storlab::cli::tgtadm
