// job.list, job.cancel, media.import, media.upload (shared/PROTOCOL.md,
// "jobs" and "media"). The parameters and destinations are checked here, on
// the RPC thread, before a job starts; the conversion runs as a job
// (media_import.cpp); its end saves the new disc in the configuration.
#include "admin/admin_service.h"

#include "admin/library_elements.h"
#include "admin/media_import.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace storlab::admin {

namespace {

constexpr qint64 kMaxChunk = 4 << 20;   // media.upload: decoded bytes per chunk
// media.import source.upload.idleSeconds: how long a receiving upload waits
// for its next chunk before it is taken as abandoned (default, range).
constexpr int kUploadIdleDefault = 600;
constexpr int kUploadIdleMax = 86400;

// The next free volume tag of the library's series of imported images: the
// prefix and width of an existing image's tag ("ISO002" -> ISO003), else ISO000.
QString nextBarcode(const app::LibraryHandle& lib, const ImportJobs& jobs)
{
    static const QRegularExpression series(QStringLiteral("^([A-Z_-]*)(\\d+)$"));
    QSet<QString> taken;
    QString prefix = QStringLiteral("ISO");
    int width = 3;
    bool fromIso = false;
    auto note = [&](const scsi::Medium& m) {
        const QString b = QString::fromStdString(m.barcode);
        taken.insert(b);
        const auto match = series.match(b);
        if (!fromIso && match.hasMatch() && QString::fromStdString(m.path).endsWith(QLatin1String(".iso"), Qt::CaseInsensitive)) {
            prefix = match.captured(1);
            width = int(match.captured(2).size());
            fromIso = true;
        }
    };
    const scsi::Inventory inv = lib.changer->inventory();
    for (const auto& e : inv.placed)
        note(e.medium);
    for (const auto& m : inv.vault)
        note(m);
    for (const auto& [id, plan] : jobs.plans)
        taken.insert(plan.barcode);
    for (int n = 0;; ++n) {
        const QString b = prefix + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
        if (!taken.contains(b) && !QFile::exists(lib.mediaDir + QLatin1Char('/') + b + QStringLiteral(".iso")))
            return b;
    }
}

// "debian-12.iso.gz" -> "debian-12"
QString imageStem(const QString& name)
{
    QString stem = QFileInfo(name).fileName();
    static const QRegularExpression ext(QStringLiteral("(\\.(gz|xz|zst|bz2|tgz|zip|tar|7z|iso|img))+$"), QRegularExpression::CaseInsensitiveOption);
    stem.remove(ext);
    return stem.isEmpty() ? QStringLiteral("image") : stem;
}

config::LabConfig withImportedDisc(config::LabConfig c, const QString& library, const QString& barcode, const QString& path)
{
    for (config::LibraryConfig& l : c.libraries)
        if (l.name == library) {
            config::DiscSetConfig d;
            d.first = barcode;
            d.count = 1;
            d.image = path;
            l.discs << d;
        }
    return c;
}

} // namespace

void AdminService::registerJobMethods()
{
    jobs_ = std::make_unique<JobRegistry>([this](const QString& method, const QJsonObject& params) {
        if (host_.broadcast)
            host_.broadcast(method, params);
    });
    imports_ = std::make_shared<ImportJobs>();
    imports_->idle = std::make_unique<UploadIdleWatch>([this](quint64 id, int idleSeconds) {
        endReceiving(id, Outcome::error(rpc::Cancelled, QStringLiteral("no bytes came for %1 s: the upload was taken as abandoned and removed")
                                                            .arg(idleSeconds)));
    });

    methods_[QStringLiteral("job.list")] = [this](Params& p, const CallContext&) {
        p.allowOnly({});
        return Outcome::value(jobs_->list());
    };
    methods_[QStringLiteral("job.cancel")] = [this](Params& p, const CallContext&) {
        p.allowOnly({"job"});
        const auto id = p.integer("job", true, 1, std::numeric_limits<qint64>::max());
        if (p.failed())
            return Outcome{};
        auto job = jobs_->find(quint64(*id));
        if (!job)
            return Outcome::error(rpc::NotFound, QStringLiteral("no running job %1: job.list shows them").arg(*id));
        job->cancelled = true;
        // Still receiving: no work runs yet, so it ends here.
        endReceiving(job->id, Outcome::error(rpc::Cancelled, QStringLiteral("cancelled (job.cancel) while receiving: the upload was removed")));
        return Outcome::value(QJsonObject{});
    };
    methods_[QStringLiteral("media.import")] = [this](Params& p, const CallContext&) -> Outcome {
        p.allowOnly({"source", "library", "barcode", "to", "drive", "target", "tid", "lun", "name", "maxExpandedBytes"});
        Outcome err;
        ImportPlan plan;
        const QJsonObject source = p.json().value(QLatin1String("source")).toObject();
        const QString name = p.string("name", false);
        const auto cap = sizeParam(p, "maxExpandedBytes", &err);
        if (p.failed())
            return Outcome{};
        if (!cap)
            return err;
        if (*cap)
            plan.maxExpandedBytes = *cap;
        QString sourceName;
        if (source.contains(QLatin1String("path")) && source.size() == 1) {
            plan.input = source.value(QLatin1String("path")).toString();
            const QFileInfo fi(plan.input);
            if (!fi.isAbsolute() || !fi.exists())
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.source.path: %1 is not %2 on the daemon's host")
                                                                .arg(plan.input, fi.isAbsolute() ? QStringLiteral("a file or folder") : QStringLiteral("an absolute path")),
                                      QStringLiteral("params.source.path"));
            if (!fi.isReadable())
                return Outcome::error(rpc::PermissionDenied, QStringLiteral("params.source.path: the daemon may not read %1").arg(plan.input));
            sourceName = fi.fileName();
        } else if (source.value(QLatin1String("upload")).isObject() && source.size() == 1) {
            const QJsonObject up = source.value(QLatin1String("upload")).toObject();
            sourceName = QFileInfo(up.value(QLatin1String("name")).toString()).fileName();
            const double size = up.value(QLatin1String("size")).toDouble(-1);
            const QJsonValue idleValue = up.value(QLatin1String("idleSeconds"));
            const double idle = idleValue.isUndefined() ? kUploadIdleDefault : idleValue.toDouble(-1);
            const QStringList keys = up.keys();
            const bool knownKeys = std::all_of(keys.begin(), keys.end(), [](const QString& k) {
                return k == QLatin1String("name") || k == QLatin1String("size") || k == QLatin1String("idleSeconds");
            });
            if (sourceName.isEmpty() || size < 1 || size != double(quint64(size)) || !knownKeys || idle < 1 || idle > kUploadIdleMax ||
                idle != double(int(idle)))
                return Outcome::error(rpc::InvalidParams,
                                      QStringLiteral("params.source.upload: {name: file name, size: bytes > 0, idleSeconds?: 1..%1}").arg(kUploadIdleMax),
                                      QStringLiteral("params.source.upload"));
            plan.uploaded = true;
            plan.uploadSize = quint64(size);
            plan.uploadIdleSeconds = int(idle);
        } else {
            return Outcome::error(rpc::InvalidParams, QStringLiteral("params.source: {path: \"/abs/file\"} or {upload: {name, size}}"),
                                  QStringLiteral("params.source"));
        }
        plan.volumeId = name.isEmpty() ? imageStem(sourceName) : name;
        const bool toLibrary = p.has("library");
        const bool toDrive = p.has("target") || p.has("tid") || p.has("lun");
        if (toLibrary && toDrive)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params: a library or a standalone drive (target, lun), not both"));
        if (!toLibrary && (p.has("barcode") || p.has("to") || p.has("drive")))
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params: barcode, to and drive need a library"));
        QString where;
        if (toLibrary) {
            plan.library = findLibrary(host_, p, &err);
            if (!plan.library)
                return err;
            const config::LibraryConfig* cfg = findLibraryConfig(running_, plan.library->name);
            if (!cfg || cfg->driveType != QLatin1String("dvd"))
                return Outcome::error(rpc::InvalidArgument, QStringLiteral("library %1 has tape drives: disc images go into a DVD jukebox").arg(plan.library->name),
                                      QStringLiteral("params.library"));
            plan.barcode = p.has("barcode") ? p.string("barcode", true).toUpper() : nextBarcode(*plan.library, *imports_);
            for (const auto& [id, other] : imports_->plans)
                if (other.library && other.library->name == plan.library->name && other.barcode == plan.barcode)
                    return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 is being imported already (job %2)").arg(plan.barcode).arg(id));
            if (Outcome refused = checkNewMedia(*plan.library, {plan.barcode}, QStringLiteral("iso")); !refused.ok())
                return refused;
            for (const char* key : {"to", "drive"}) {
                if (!p.has(key))
                    continue;
                QString why;
                auto a = resolveElement(*plan.library->changer, p.json().value(QLatin1String(key)), &why);
                if (!a)
                    return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.%1: %2").arg(QLatin1String(key), why), QStringLiteral("params.") + QLatin1String(key));
                for (const scsi::ElementStatus& s : plan.library->changer->elements()) {
                    if (s.element.address != *a)
                        continue;
                    const bool drive = s.element.type == scsi::ElementType::DataTransfer;
                    if (drive != (QLatin1String(key) == QLatin1String("drive")))
                        return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.%1: %2 is not a %3").arg(QLatin1String(key), elementName(plan.library->changer->layout(), *a),
                                                                                                                 drive ? QStringLiteral("slot") : QStringLiteral("drive")));
                    if (s.element.medium || s.driveLoaded)
                        return refusal(rpc::Busy, QStringLiteral("destinationFull"),
                                       QStringLiteral("%1 is occupied by %2: choose an empty one").arg(elementName(plan.library->changer->layout(), *a),
                                                                                                     QString::fromStdString(s.element.medium ? s.element.medium->barcode : std::string("a medium"))));
                }
                (QLatin1String(key) == QLatin1String("to") ? plan.slot : plan.drive) = a;
            }
            QDir().mkpath(plan.library->mediaDir);
            plan.out = plan.library->mediaDir + QLatin1Char('/') + plan.barcode + QStringLiteral(".iso");
            if (QFile::exists(plan.out))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 exists already: delete it or pick another barcode").arg(plan.out),
                                      QStringLiteral("params.barcode"));
            where = QStringLiteral("%1 as %2").arg(plan.library->name, plan.barcode);
        } else {
            if (toDrive) {
                quint32 tid = 0;
                plan.standalone = driveParam(p, &err, &tid);
                if (!plan.standalone)
                    return p.failed() ? p.error() : err;
                if (driveType(*plan.standalone) != QLatin1String("dvd"))
                    return Outcome::error(rpc::InvalidArgument, QStringLiteral("LUN %1 of %2 is a tape drive: disc images go into a DVD drive")
                                                                    .arg(plan.standalone->lun).arg(plan.standalone->iqn), QStringLiteral("params.lun"));
                if (plan.standalone->library)
                    return refusal(rpc::Busy, QStringLiteral("inLibrary"), QStringLiteral("drive %1 of library %2: import with library and drive instead")
                                                                               .arg(plan.standalone->driveIndex).arg(plan.standalone->library->name));
                if (plan.standalone->device->hasMedium())
                    return refusal(rpc::Busy, QStringLiteral("destinationFull"), QStringLiteral("the drive holds %1: eject it first (drive.eject)")
                                                                                     .arg(QString::fromStdString(plan.standalone->device->mediumPath())));
                where = QStringLiteral("LUN %1 of %2").arg(plan.standalone->lun).arg(plan.standalone->iqn);
            }
            const QString dir = host_.stateDir + QStringLiteral("/media");
            QDir().mkpath(dir);
            const QString stem = name.isEmpty() ? imageStem(sourceName) : QFileInfo(name).fileName();
            plan.out = dir + QLatin1Char('/') + stem + QStringLiteral(".iso");
            auto taken = [&](const QString& path) {
                if (QFile::exists(path) || QFile::exists(path + QStringLiteral(".part")))
                    return true;
                for (const auto& [id, other] : imports_->plans)
                    if (other.out == path)
                        return true;
                return false;
            };
            if (!name.isEmpty() && taken(plan.out))
                return Outcome::error(rpc::AlreadyExists, QStringLiteral("%1 exists: choose another name").arg(plan.out), QStringLiteral("params.name"));
            for (int n = 1; taken(plan.out); ++n)
                plan.out = dir + QLatin1Char('/') + stem + QStringLiteral("-%1.iso").arg(n);
            if (where.isEmpty())
                where = plan.out;
        }
        auto job = jobs_->create(QStringLiteral("media.import"), QStringLiteral("%1 -> %2").arg(sourceName, where));
        if (plan.uploaded) {
            const QString dir = host_.stateDir + QStringLiteral("/uploads");
            QDir().mkpath(dir);
            plan.input = dir + QStringLiteral("/job%1-%2").arg(job->id).arg(sourceName);
            QFile f(plan.input);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                jobs_->finish(job, Outcome::error(rpc::IoError, f.errorString()));
                return Outcome::error(rpc::IoError, QStringLiteral("cannot create %1: %2").arg(plan.input, f.errorString()));
            }
            imports_->receiving[job->id] = 0;
            imports_->idle->watch(job->id, plan.uploadIdleSeconds);
            job->progress(QStringLiteral("receiving"), 0, plan.uploadSize);
        }
        imports_->plans[job->id] = plan;
        if (!plan.uploaded)
            startImport(job);
        return Outcome::value(QJsonObject{{QStringLiteral("job"), qint64(job->id)}});
    };
    methods_[QStringLiteral("media.upload")] = [this](Params& p, const CallContext&) -> Outcome {
        p.allowOnly({"job", "offset", "data"});
        const auto id = p.integer("job", true, 1, std::numeric_limits<qint64>::max());
        const auto offset = p.integer("offset", true, 0, std::numeric_limits<qint64>::max());
        const QString data = p.string("data", true);
        if (p.failed())
            return Outcome{};
        auto job = jobs_->find(quint64(*id));
        auto receiving = imports_->receiving.find(quint64(*id));
        if (!job || receiving == imports_->receiving.end())
            return Outcome::error(rpc::NotFound, QStringLiteral("job %1 is not waiting for uploaded bytes: job.list shows the running jobs").arg(*id));
        const ImportPlan& plan = imports_->plans[job->id];
        if (quint64(*offset) != receiving->second)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.offset: job %1 has received %2 bytes: send the chunk at offset %2")
                                                            .arg(*id).arg(receiving->second), QStringLiteral("params.offset"));
        const auto result = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray* decoded = &result.decoded;
        if (!result)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.data: not base64"), QStringLiteral("params.data"));
        if (decoded->size() > kMaxChunk)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.data: %1 bytes, at most %2 per chunk").arg(decoded->size()).arg(kMaxChunk),
                                  QStringLiteral("params.data"));
        if (receiving->second + quint64(decoded->size()) > plan.uploadSize)
            return Outcome::error(rpc::InvalidArgument, QStringLiteral("params.data: beyond the announced size of %1 bytes").arg(plan.uploadSize),
                                  QStringLiteral("params.data"));
        QFile f(plan.input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(*decoded) != decoded->size())
            return Outcome::error(rpc::IoError, QStringLiteral("cannot write %1: %2").arg(plan.input, f.errorString()));
        f.close();
        receiving->second += quint64(decoded->size());
        const quint64 received = receiving->second;
        imports_->idle->renew(job->id);
        job->progress(QStringLiteral("receiving"), received, plan.uploadSize);
        if (received == plan.uploadSize) {
            imports_->receiving.erase(receiving);
            imports_->idle->forget(job->id);
            startImport(job);
        }
        return Outcome::value(QJsonObject{{QStringLiteral("received"), qint64(received)}});
    };
}

void AdminService::endReceiving(quint64 id, Outcome why)
{
    // Still receiving: no work runs yet, so the job ends here.
    if (!imports_->receiving.erase(id))
        return;
    imports_->idle->forget(id);
    discardImport(imports_->plans[id]);
    imports_->plans.erase(id);
    if (auto job = jobs_->find(id))
        jobs_->finish(job, std::move(why));
}

void AdminService::startImport(const std::shared_ptr<Job>& job)
{
    const ImportPlan plan = imports_->plans[job->id];
    jobs_->run(job, [plan, job] { return runImport(plan, *job); },
               [this, plan, id = job->id](Outcome done) {
                   imports_->plans.erase(id);
                   if (!done.ok())
                       return done;
                   QJsonObject result = done.result.toObject();
                   Outcome saved;
                   if (plan.library) {
                       saved = commit(withImportedDisc(running_, plan.library->name, plan.barcode, plan.out), false, result);
                   } else if (plan.standalone) {
                       const config::TargetConfig* t = running_.findTarget(plan.standalone->iqn);
                       result[QStringLiteral("tid")] = qint64(t ? t->tid : 0);
                       saved = recordDriveMedium(plan.standalone->iqn, plan.standalone->lun, plan.out, result);
                   } else {
                       saved = Outcome::value(result);
                   }
                   // No request is being answered: push what the save announced now.
                   for (const auto& [method, params] : takeEvents())
                       if (host_.broadcast)
                           host_.broadcast(method, params);
                   return saved;
               });
}

} // namespace storlab::admin
