// The "tape" device type: an SSC-4 LTO drive (scsi/ssc_drive.h). Configuration
// (shared/lab_config.cpp, checkTapeLun): "path" = cartridge loaded at start
// ("" = empty drive), "options": {"generation": "LTO-6", "synchronous": false};
// "vendor" picks the personality (IBM ULT3580-TD<N> default, HP Ultrium <N>-SCSI).
#include "app/device_factory.h"
#include "app/identity_store.h"
#include "core/logging.h"
#include "media/tape_cartridge.h"
#include "media/tape_generation.h"
#include "scsi/ssc_drive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace storlab::app {

namespace {

// tgt's tape files (tgtimg / bs_ssc, as tgt's doc/README.vtl makes them)
// become storlab cartridges the first time a tape LU is given one: the
// records, filemarks and barcode are converted (media::convertTgtImage) and
// the tgt file is kept beside it as <path>.tgtimg. "" when `path` is not a
// tgt image (or was converted), else why the conversion failed.
QString convertIfTgtImage(const QString& path, const std::optional<media::TapeGeneration>& gen)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return {};
    const QString converted = path + QStringLiteral(".storlab-tmp");
    QFile::remove(converted);
    auto r = media::convertTgtImage(path.toStdString(), converted.toStdString(), gen);
    if (!r.ok()) {
        QFile::remove(converted);
        return r.error().code == media::tape_error::BadFormat ? QString()   // not a tgt image: used as it is
                                                              : QString::fromStdString(r.error().message);
    }
    const QString kept = path + QStringLiteral(".tgtimg");
    if (QFile::exists(kept) || !QFile::rename(path, kept) || !QFile::rename(converted, path)) {
        QFile::remove(converted);
        return QStringLiteral("%1 is a tgt tape image; converting it needs %2 free (it keeps the tgt file)").arg(path, kept);
    }
    qCInfo(lcScsi).noquote() << path << ": tgt tape image converted to a storlab cartridge, the tgt file kept as" << kept;
    return {};
}

DeviceResult buildTape(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    const QString genText = lc.options.value(QStringLiteral("generation")).toString(QStringLiteral("LTO-6"));
    const auto gen = media::parseGeneration(genText.toStdString());
    if (!gen)
        return {nullptr, QStringLiteral("unknown tape generation '%1' (LTO-1 .. LTO-10)").arg(genText), {}};
    QString err = convertIfTgtImage(lc.path, gen);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    const StoredIdentity id = c.identities.identityFor(c.target.iqn, lc.lun, &err);
    if (!err.isEmpty())
        return {nullptr, err, {}};
    scsi::TapeDriveConfig tc;
    tc.generation = *gen;
    tc.identity = scsi::defaultTapeIdentity(*gen, lc.vendor.isEmpty() ? std::string("IBM") : lc.vendor.toStdString());
    if (!lc.product.isEmpty())
        tc.identity.product = lc.product.toStdString();
    if (!lc.revision.isEmpty())
        tc.identity.revision = lc.revision.toStdString();
    tc.identity.serial = (lc.serial.isEmpty() ? id.serial : lc.serial).toStdString();
    tc.identity.naa = lc.naa ? lc.naa : id.naa;
    tc.mediumPath = lc.path.toStdString();
    tc.synchronous = lc.options.value(QStringLiteral("synchronous")).toBool(false);
    const QString dir = c.stateDir + QStringLiteral("/reservations");
    QDir().mkpath(dir);
    tc.reservationFile = (dir + QLatin1Char('/') + QString(c.target.iqn).replace(QLatin1Char(':'), QLatin1Char('_'))
                          + QStringLiteral("-lun%1.json").arg(lc.lun)).toStdString();
    auto unit = scsi::makeTapeDrive(tc);
    if (!unit)
        return {nullptr, QString::fromStdString(unit.error().message), {}};
    const QString summary = QStringLiteral("tape, %1 drive %2, %3")
                                .arg(genText, QString::fromStdString(tc.identity.serial),
                                     lc.path.isEmpty() ? QStringLiteral("empty") : QStringLiteral("cartridge ") + lc.path);
    return {*unit, {}, summary};
}

} // namespace

void registerTapeDevice()
{
    registerDeviceType(QStringLiteral("tape"), buildTape);
}

} // namespace storlab::app
