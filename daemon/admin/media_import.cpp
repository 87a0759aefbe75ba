#include "admin/media_import.h"

#include "admin/library_elements.h"
#include "media/optical_disc.h"
#include "media/optical_image.h"

#include <QFile>
#include <QFileInfo>

namespace storlab::admin {

namespace {

Outcome importError(const Error& e)
{
    namespace oe = media::optical_error;
    const QString m = QString::fromStdString(e.message);
    switch (e.code) {
    case oe::Cancelled: return Outcome::error(rpc::Cancelled, QStringLiteral("cancelled (job.cancel): the partial image was removed"));
    case oe::NotADisc:
    case oe::Truncated:
    case oe::CorruptArchive:
    case oe::TooLarge:
    case oe::Unsupported:
    case oe::InvalidArgument:
    case oe::Exists:
    case -ENOENT: return Outcome::error(rpc::InvalidArgument, m);
    default: return Outcome::error(rpc::IoError, m);
    }
}

} // namespace

void discardImport(const ImportPlan& plan)
{
    QFile::remove(plan.out);
    QFile::remove(plan.out + QStringLiteral(".part"));
    if (plan.uploaded)
        QFile::remove(plan.input);
}

Outcome runImport(const ImportPlan& plan, Job& job)
{
    QString phase = QStringLiteral("expanding");
    media::ImportOptions o;
    o.maxExpandedBytes = plan.maxExpandedBytes;
    o.volumeId = plan.volumeId.toStdString();
    o.cancel = &job.cancelled;
    // The first event names what the import really does (progress events are throttled).
    o.phase = [&](const char* p) {
        phase = QLatin1String(p);
        job.progress(phase, 0, std::nullopt);
    };
    o.progress = [&](uint64_t done, uint64_t total) {
        job.progress(phase, done, total ? std::optional<quint64>(total) : std::nullopt);
    };
    auto imported = media::importImage(plan.input.toStdString(), plan.out.toStdString(), o);
    if (plan.uploaded)
        QFile::remove(plan.input);
    if (!imported) {
        discardImport(plan);
        return importError(imported.error());
    }
    // importImage validated the image before renaming it; open it as a drive would.
    job.progress(QStringLiteral("verifying"), 0, std::nullopt);
    if (auto disc = media::OpticalDisc::open(plan.out.toStdString()); !disc) {
        discardImport(plan);
        return Outcome::error(rpc::InvalidArgument, QString::fromStdString(disc.error().message));
    }
    if (job.cancelled) {
        discardImport(plan);
        return importError(Error{media::optical_error::Cancelled, {}});
    }
    const qint64 size = QFileInfo(plan.out).size();
    job.progress(QStringLiteral("loading"), 0, std::nullopt);
    if (plan.library) {
        const scsi::Medium medium{plan.barcode.toStdString(), plan.out.toStdString(), scsi::MediumKind::Data};
        Outcome placed = placeMedium(*plan.library, medium, plan.slot);
        if (!placed.ok()) {
            discardImport(plan);
            return placed;
        }
        QJsonObject result = placed.result.toObject();
        result[QStringLiteral("size")] = size;
        if (plan.drive) {
            // The disc is in the library now: a drive that cannot take it leaves it in its slot.
            const uint16_t slot = uint16_t(result.value(QLatin1String("address")).toInt());
            Outcome moved = runMove(*plan.library, slot, *plan.drive);
            if (moved.ok()) {
                result[QStringLiteral("location")] = moved.result.toObject().value(QLatin1String("toName"));
                result[QStringLiteral("address")] = int(*plan.drive);
            } else {
                result[QStringLiteral("warning")] = QStringLiteral("the disc is in %1, not in the drive: %2")
                                                        .arg(result.value(QLatin1String("location")).toString(), moved.message);
            }
        }
        return Outcome::value(result);
    }
    QJsonObject result{{QStringLiteral("path"), plan.out}, {QStringLiteral("size"), size}};
    if (plan.standalone) {
        if (auto r = plan.standalone->device->load(plan.out.toStdString()); !r) {
            discardImport(plan);
            return Outcome::error(r.error().code == -EBUSY ? rpc::Busy : rpc::IoError,
                                  QStringLiteral("the image was made but the drive refused it: %1").arg(QString::fromStdString(r.error().message)));
        }
        result[QStringLiteral("target")] = plan.standalone->iqn;
        result[QStringLiteral("lun")] = qint64(plan.standalone->lun);
    }
    return Outcome::value(result);
}

} // namespace storlab::admin
