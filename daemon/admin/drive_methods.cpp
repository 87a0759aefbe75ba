// drive.load / drive.eject / drive.show (shared/PROTOCOL.md, "drive"):
// standalone tape and DVD drives loaded and ejected by the administrator,
// without a changer. The drive's configured "path" (medium at start) follows,
// so a restart finds the drive as it was left. Drives of a library refuse:
// their media move with changer.move.
#include "admin/admin_service.h"

#include "admin/drive_json.h"
#include "admin/library_support.h"

#include <QFile>
#include <QFileInfo>

namespace storlab::admin {

namespace {

// What a file that is not a medium looks like, from its first bytes.
QString describeFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("it cannot be read (%1)").arg(f.errorString());
    const QByteArray head = f.read(512);
    if (head.isEmpty())
        return QStringLiteral("it is empty");
    struct Magic { const char* bytes; int offset; const char* what; };
    static const Magic magics[] = {
        {"\x1f\x8b", 0, "gzip-compressed"}, {"\xfd" "7zXZ", 0, "xz-compressed"}, {"\x28\xb5\x2f\xfd", 0, "zstd-compressed"},
        {"BZh", 0, "bzip2-compressed"}, {"PK\x03\x04", 0, "a zip archive"}, {"7z\xbc\xaf", 0, "a 7z archive"},
        {"ustar", 257, "a tar archive"}};
    for (const Magic& m : magics)
        if (head.mid(m.offset).startsWith(QByteArray(m.bytes)))
            return QStringLiteral("it is %1: media.import turns it into a disc image").arg(QLatin1String(m.what));
    int printable = 0;
    for (char c : head)
        printable += (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t';
    if (printable == head.size())
        return QStringLiteral("it looks like a text file");
    return QStringLiteral("%1 bytes of unknown content").arg(QFileInfo(path).size());
}

Outcome inLibrary(const DriveRef& d)
{
    Outcome o = refusal(rpc::Busy, QStringLiteral("inLibrary"),
                        QStringLiteral("drive %1 of library %2: use changer.move").arg(d.driveIndex).arg(d.library->name));
    o.data[QStringLiteral("library")] = d.library->name;
    o.data[QStringLiteral("drive")] = QStringLiteral("drive:%1").arg(d.driveIndex);
    return o;
}

} // namespace

// Finds the drive named by params target|tid + lun; an error for a missing LU or one that is no drive.
std::optional<DriveRef> AdminService::driveParam(Params& p, Outcome* error, quint32* tid)
{
    // A library's target is not in the configured targets (tid 0): its IQN names it.
    QString iqn = p.string("target", false);
    LibraryPtr library;
    if (host_.libraries && !iqn.isEmpty())
        for (const auto& lib : host_.libraries->all())
            if (lib->iqn.compare(iqn, Qt::CaseInsensitive) == 0)
                library = lib;
    config::TargetConfig* t = library ? nullptr : target(running_, p, error);
    const auto lun = p.integer("lun", true, 0, 16383);
    if ((!t && !library) || p.failed())
        return std::nullopt;
    *tid = t ? t->tid : running_.tidOf(library->iqn);
    iqn = t ? t->iqn : library->iqn;
    auto d = findDrive(host_, iqn, quint64(*lun));
    if (!d) {
        *error = Outcome::error(rpc::NotFound, QStringLiteral("target %1 has no LUN %2: lun.list shows them").arg(iqn).arg(*lun));
        return std::nullopt;
    }
    if (!d->device) {
        *error = Outcome::error(rpc::InvalidArgument,
                                QStringLiteral("LUN %1 of %2 is not a tape or DVD drive").arg(*lun).arg(iqn), QStringLiteral("params.lun"));
        return std::nullopt;
    }
    return d;
}

// Keeps the configured medium of a standalone drive in step with the drive (no rebuild:
// the running copy changes too, so the applier sees nothing to do and only saves).
Outcome AdminService::recordDriveMedium(const QString& iqn, quint64 lun, const QString& path, QJsonValue result)
{
    config::LabConfig next = running_;
    for (config::LabConfig* c : {&next, &running_})
        if (config::TargetConfig* t = c->findTarget(iqn))
            for (config::LunConfig& l : t->luns)
                if (l.lun == lun)
                    l.path = path;
    return commit(next, false, std::move(result));
}

void AdminService::registerDriveMethods()
{
    // drive.load / drive.eject: a drive outside any library (call() reports a params error itself).
    auto standalone = [this](Params& p, Outcome* error, quint32* tid) -> std::optional<DriveRef> {
        auto d = driveParam(p, error, tid);
        if (d && d->library) {
            *error = inLibrary(*d);
            return std::nullopt;
        }
        return d;
    };
    auto reply = [](const DriveRef& d, quint32 tid, const QString& path) {
        return QJsonObject{{QStringLiteral("target"), d.iqn}, {QStringLiteral("tid"), qint64(tid)}, {QStringLiteral("lun"), qint64(d.lun)},
                           {QStringLiteral("path"), path}};
    };
    methods_[QStringLiteral("drive.show")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun"});
        Outcome err;
        quint32 tid = 0;
        auto d = driveParam(p, &err, &tid);
        if (!d)
            return err;
        return Outcome::value(driveJson(*d, tid));
    };
    methods_[QStringLiteral("drive.load")] = [this, standalone, reply](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun", "path"});
        const QString path = p.string("path", true);
        Outcome err;
        quint32 tid = 0;
        auto d = standalone(p, &err, &tid);
        if (!d)
            return err;
        if (d->device->hasMedium())
            return refusal(rpc::Busy, QStringLiteral("destinationFull"),
                           QStringLiteral("the drive holds %1: eject it first (drive.eject)").arg(QString::fromStdString(d->device->mediumPath())));
        const QFileInfo fi(path);
        if (!fi.isAbsolute() || !fi.isFile())
            return refusal(rpc::InvalidArgument, QStringLiteral("invalidMedium"),
                           QStringLiteral("params.path: %1 is not %2 on the daemon's host").arg(path, fi.isAbsolute() ? QStringLiteral("a file") : QStringLiteral("an absolute path to a file")));
        if (auto r = d->device->load(fi.absoluteFilePath().toStdString()); !r) {
            if (r.error().code == -EBUSY)
                return refusal(rpc::Busy, QStringLiteral("destinationFull"), QString::fromStdString(r.error().message));
            const QString kind = driveType(*d) == QLatin1String("dvd") ? QStringLiteral("an ISO 9660/UDF or disc image")
                                                                       : QStringLiteral("a tape cartridge");
            return refusal(rpc::InvalidArgument, QStringLiteral("invalidMedium"),
                           QStringLiteral("%1 is not %2: %3 (%4)").arg(path, kind, describeFile(path), QString::fromStdString(r.error().message)));
        }
        QJsonObject result = reply(*d, tid, fi.absoluteFilePath());
        result[QStringLiteral("mediaType")] = QString::fromStdString(d->device->mediumState().mediaType);
        return recordDriveMedium(d->iqn, d->lun, fi.absoluteFilePath(), result);
    };
    methods_[QStringLiteral("drive.eject")] = [this, standalone, reply](Params& p, const CallContext&) {
        p.allowOnly({"target", "tid", "lun", "force"});
        const bool force = p.boolean("force", false);
        Outcome err;
        quint32 tid = 0;
        auto d = standalone(p, &err, &tid);
        if (!d)
            return err;
        const QString path = QString::fromStdString(d->device->mediumPath());
        if (!d->device->hasMedium())
            return refusal(rpc::InvalidArgument, QStringLiteral("sourceEmpty"), QStringLiteral("the drive is empty: nothing to eject"));
        if (d->device->removalPrevented() && !force)
            return refusal(rpc::Busy, QStringLiteral("removalPrevented"),
                           QStringLiteral("removal is prevented by an initiator (PREVENT ALLOW MEDIUM REMOVAL) in LUN %1: the initiator "
                                          "must allow removal first, or eject with force (the initiator then finds the medium gone)").arg(d->lun));
        if (auto r = d->device->unload(force); !r && d->device->hasMedium())
            return refusal(rpc::IoError, QStringLiteral("driveFailed"), QString::fromStdString(r.error().message));
        return recordDriveMedium(d->iqn, d->lun, QString(), reply(*d, tid, path));
    };
}

} // namespace storlab::admin
