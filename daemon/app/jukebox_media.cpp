// The DVD jukebox side of the library assembly (library_builder.cpp): MMC DVD
// drives as the changer's data transfer elements and the disc files in the
// slots (sample ISOs mastered and blanks created on first start, archives
// imported once, ISO images used in place).
#include "app/identity_store.h"
#include "app/library_builder.h"
#include "core/logging.h"
#include "media/optical_disc.h"
#include "media/optical_image.h"
#include "scsi/mmc_drive.h"
#include "scsi/smc_personality.h"
#include "scsi/ssc_drive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace storlab::app {

QString buildOpticalDrives(const config::LibraryConfig& lib, const scsi::ChangerPersonality& p, IdentityStore& identities,
                           const QString& stateDir, BuiltLibrary& out, std::vector<scsi::ChangerDrive>& drives)
{
    const QString reservations = stateDir + QStringLiteral("/reservations");
    QDir().mkpath(reservations);
    for (quint64 lun : lib.driveLuns()) {
        QString err;
        const StoredIdentity id = identities.identityFor(lib.iqn, lun, &err);
        if (!err.isEmpty())
            return err;
        scsi::DvdDriveConfig dc;
        dc.identity = scsi::defaultDvdIdentity();
        if (!p.opticalProduct.empty()) {
            dc.identity.vendor = std::string(p.opticalVendor);
            dc.identity.product = std::string(p.opticalProduct);
            dc.identity.revision = std::string(p.opticalRevision);
        }
        if (!lib.driveVendor.isEmpty())
            dc.identity.vendor = lib.driveVendor.toStdString();
        dc.identity.serial = id.serial.toStdString();
        dc.identity.naa = id.naa;
        dc.reservationFile = (reservations + QLatin1Char('/') + QString(lib.iqn).replace(QLatin1Char(':'), QLatin1Char('_')) +
                              QStringLiteral("-lun%1.json").arg(lun)).toStdString();
        auto unit = scsi::makeDvdDrive(dc);
        if (!unit.ok())
            return QStringLiteral("drive LUN %1: %2").arg(lun).arg(QString::fromStdString(unit.error().message));
        (*out.luns)[lun] = *unit;
        out.handle.drives.push_back(*unit);
        drives.push_back({scsi::asRemovableMedium(*unit), dc.identity, lun});
    }
    return {};
}

namespace {

QString sampleDisc(const QString& label, unsigned seed, const QString& path)
{
    QTemporaryDir tmp(QFileInfo(path).absolutePath() + QStringLiteral("/.master-XXXXXX"));
    if (!tmp.isValid())
        return QStringLiteral("cannot create a temporary directory next to %1").arg(path);
    const std::string tree = (tmp.path() + QStringLiteral("/tree")).toStdString();
    if (auto r = media::writeSampleTree(tree, seed); !r.ok())
        return QString::fromStdString(r.error().message);
    media::MasterOptions o;
    o.volumeId = label.toStdString();
    auto r = media::masterIso({{tree, ""}}, path.toStdString(), o);
    if (!r.ok())
        return QStringLiteral("cannot master %1: %2").arg(path, QString::fromStdString(r.error().message));
    return {};
}

} // namespace

QString prepareDiscs(const config::LibraryConfig& lib, const QString& dir, std::vector<scsi::Medium>& out)
{
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create the media directory %1").arg(dir);
    unsigned seed = 0;
    for (const config::DiscSetConfig& set : lib.discs) {
        for (const QString& label : config::discLabels(set)) {
            ++seed;
            QString path;
            if (set.sample) {
                path = dir + QLatin1Char('/') + label + QStringLiteral(".iso");
                if (!QFile::exists(path))
                    if (QString e = sampleDisc(label, seed, path); !e.isEmpty())
                        return QStringLiteral("disc %1: %2").arg(label, e);
            } else if (!set.blank.isEmpty()) {
                path = dir + QLatin1Char('/') + label + QStringLiteral(".dvdr");
                if (!QFile::exists(path)) {
                    media::BlankOptions o;
                    o.capacityBytes = set.capacity;
                    if (auto r = media::OpticalDisc::createBlank(path.toStdString(), o); !r.ok())
                        return QStringLiteral("disc %1: %2").arg(label, QString::fromStdString(r.error().message));
                }
            } else {
                // An ISO is used in place; anything else (archive, compressed image,
                // directory) is imported once into the media directory.
                const std::string image = set.image.toStdString();
                if (QFileInfo(set.image).isFile() && media::inspectIso(image).ok()) {
                    path = set.image;
                } else {
                    path = dir + QLatin1Char('/') + label + QStringLiteral(".iso");
                    if (!QFile::exists(path)) {
                        media::ImportOptions o;
                        o.volumeId = label.toStdString();
                        auto r = media::importImage(image, path.toStdString(), o);
                        if (!r.ok())
                            return QStringLiteral("disc %1: %2").arg(label, QString::fromStdString(r.error().message));
                        qCInfo(lcScsi).noquote() << "library" << lib.name << ": disc" << label << "imported from"
                                                 << set.image << QString::fromStdString("(" + r->how + ")");
                    }
                }
            }
            out.push_back({label.toStdString(), path.toStdString(), scsi::MediumKind::Data});
        }
    }
    return {};
}

} // namespace storlab::app
