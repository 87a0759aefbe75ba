#include "gui/media_file_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace storlab::gui {

namespace {

constexpr char kContext[] = "storlab::gui::MediaFileCheck";
QString kindName(const char* kind) { return QCoreApplication::translate(kContext, kind); }

struct Format {
    const char* suffix;
    const char* kind;
    bool (*matches)(const QByteArray& head);
    bool plain;
};

bool startsWith(const QByteArray& h, const char* magic, int n) { return h.size() >= n && h.left(n) == QByteArray(magic, n); }
bool isIso(const QByteArray& h)
{
    // Volume descriptors start at sector 16 (byte 32768); the identifier is at +1.
    const QByteArray id = h.mid(32769, 5);
    return id == "CD001" || id == "BEA01" || id == "NSR02" || id == "NSR03";
}
bool isGzip(const QByteArray& h) { return startsWith(h, "\x1f\x8b", 2); }
bool isXz(const QByteArray& h) { return startsWith(h, "\xfd\x37\x7a\x58\x5a\x00", 6); }
bool isZstd(const QByteArray& h) { return startsWith(h, "\x28\xb5\x2f\xfd", 4); }
bool isBzip2(const QByteArray& h) { return startsWith(h, "BZh", 3); }
bool isZip(const QByteArray& h) { return startsWith(h, "PK\x03\x04", 4) || startsWith(h, "PK\x05\x06", 4); }
bool is7z(const QByteArray& h) { return startsWith(h, "7z\xbc\xaf\x27\x1c", 6); }
bool isTar(const QByteArray& h) { return h.mid(257, 5) == "ustar"; }

const Format kFormats[] = {
    {".iso", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "ISO 9660 image"), isIso, true},
    {".udf", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "UDF image"), isIso, true},
    {".iso.gz", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "gzip-compressed image"), isGzip, false},
    {".iso.xz", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "xz-compressed image"), isXz, false},
    {".iso.zst", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "zstd-compressed image"), isZstd, false},
    {".iso.bz2", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "bzip2-compressed image"), isBzip2, false},
    {".zip", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "zip archive"), isZip, false},
    {".tar", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "tar archive"), isTar, false},
    {".tar.gz", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "compressed tar archive"), isGzip, false},
    {".tgz", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "compressed tar archive"), isGzip, false},
    {".tar.xz", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "compressed tar archive"), isXz, false},
    {".7z", QT_TRANSLATE_NOOP("storlab::gui::MediaFileCheck", "7-Zip archive"), is7z, false},
};

const Format* bySuffix(const QString& path)
{
    const Format* best = nullptr;
    for (const Format& f : kFormats)
        if (path.endsWith(QLatin1String(f.suffix), Qt::CaseInsensitive) && (!best || qstrlen(f.suffix) > qstrlen(best->suffix)))
            best = &f;
    return best;
}

// What the bytes are, whatever the name says.
const Format* byContent(const QByteArray& head)
{
    for (const Format& f : kFormats)
        if (f.matches(head))
            return &f;
    return nullptr;
}

} // namespace

bool hasMediaFileName(const QString& path)
{
    return bySuffix(path) || QFileInfo(path).isDir();
}

MediaFileCheck checkMediaFile(const QString& path)
{
    MediaFileCheck r;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir()) {
        r.ok = r.folder = true;
        r.kind = QCoreApplication::translate("storlab::gui::MediaFileCheck", "folder (mastered into an ISO image)");
        return r;
    }
    const QString accepted = QCoreApplication::translate("storlab::gui::MediaFileCheck", "Drop .iso, .iso.gz, .iso.xz, .zip, .tar or .7z files, or a folder.");
    if (!info.exists()) {
        r.problem = QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 does not exist.").arg(name);
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.problem = QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 cannot be read: %2.").arg(name, file.errorString());
        return r;
    }
    const QByteArray head = file.read(32769 + 8);
    const Format* named = bySuffix(path);
    const Format* actual = byContent(head);
    if (!named) {
        r.problem = actual ? QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 is a %2 but its name does not say so; rename it to end in %3.")
                                 .arg(name, kindName(actual->kind), QLatin1String(actual->suffix))
                           : QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 is not disc media. %2").arg(name, accepted);
        return r;
    }
    if (head.isEmpty()) {
        r.problem = QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 is empty.").arg(name);
        return r;
    }
    if (!named->matches(head)) {
        r.problem = actual ? QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 is named like a %2 but its content is a %3.").arg(name, kindName(named->kind), kindName(actual->kind))
                           : QCoreApplication::translate("storlab::gui::MediaFileCheck", "%1 is named like a %2 but its content is not one (damaged or another kind of file).")
                                 .arg(name, kindName(named->kind));
        return r;
    }
    r.ok = true;
    r.kind = kindName(named->kind);
    r.plainImage = named->plain;
    return r;
}

} // namespace storlab::gui
