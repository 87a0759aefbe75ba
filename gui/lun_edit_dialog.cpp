#include "gui/lun_edit_dialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <cmath>

namespace storlab::gui {

static constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

LunEditDialog::LunEditDialog(ConnectionManager* connection, const QString& iqn, const QJsonObject& lun, int sessions,
                             QWidget* parent)
    : RpcDialog(connection, parent), iqn_(iqn), lun_(lun)
{
    const int n = lun.value(QLatin1String("lun")).toInt();
    const QString type = lun.value(QLatin1String("type")).toString(QStringLiteral("disk"));
    setObjectName(QStringLiteral("lunEditDialog"));
    setWindowTitle(tr("Edit LUN %1 of %2").arg(n).arg(iqn));
    setAccessibleName(windowTitle());
    auto* where = new QLabel(tr("%1 — %2 store").arg(type, lun.value(QLatin1String("store")).toString()), this);
    form()->addRow(tr("Logical unit:"), where);
    auto* file = new QLabel(lun.value(QLatin1String("path")).toString(tr("no file")), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Image file:"), file);
    readOnly_ = flag(QStringLiteral("readOnly"), tr("&Read-only"), tr("initiators get DATA PROTECT on writes"));
    writeCache_ = flag(QStringLiteral("writeCache"), tr("&Write cache"), tr("WCE: writes are acknowledged before they reach the disk"));
    direct_ = flag(QStringLiteral("direct"), tr("&Direct I/O"), tr("O_DIRECT: bypass the host's page cache"));
    sync_ = flag(QStringLiteral("sync"), tr("&Synchronous writes"), tr("O_SYNC: every write reaches the disk before it completes"));
    thin_ = flag(QStringLiteral("thinProvisioning"), tr("&Thin provisioning"), tr("UNMAP frees space in the image file"));
    const double bytes = lun.value(QLatin1String("size")).toDouble();
    if (type == QLatin1String("disk") && bytes > 0) {
        size_ = new QDoubleSpinBox(this);
        size_->setAccessibleName(tr("Size in GiB"));
        size_->setDecimals(2);
        size_->setRange(bytes / kGiB, 64 * 1024);
        size_->setValue(bytes / kGiB);
        size_->setSuffix(tr(" GiB"));
        size_->setToolTip(tr("Can only grow: the file is extended, initiators see the new capacity after a rescan."));
        form()->addRow(tr("Si&ze:"), size_);
    }
    auto text = [&](const QString& key, int max, const QString& label) {
        auto* e = new QLineEdit(lun.value(key).toString(), this);
        e->setMaxLength(max);
        // INQUIRY strings are printable ASCII (SPC-5 §4.3.1).
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[\\x20-\\x7e]*")), e));
        e->setAccessibleName(label);
        form()->addRow(label, e);
        return e;
    };
    vendor_ = text(QStringLiteral("vendor"), 8, tr("&Vendor:"));
    product_ = text(QStringLiteral("product"), 16, tr("&Product:"));
    revision_ = text(QStringLiteral("revision"), 4, tr("Re&vision:"));
    if (sessions > 0) {
        force_ = new QCheckBox(tr("&Apply while %n session(s) are logged in", nullptr, sessions), this);
        force_->setToolTip(tr("The LU is rebuilt under the initiators: commands in flight finish, the next ones see the new "
                              "settings (and a unit attention)."));
        form()->addRow(QString(), force_);
    }
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

QCheckBox* LunEditDialog::flag(const QString& key, const QString& label, const QString& help)
{
    auto* box = new QCheckBox(label, this);
    box->setChecked(lun_.value(key).toBool());
    box->setToolTip(help);
    box->setAccessibleDescription(help);
    flags_.append({key, box});
    form()->addRow(QString(), box);
    return box;
}

QList<RpcSequence::Step> LunEditDialog::steps(QString* problem)
{
    QJsonObject params{{QStringLiteral("target"), iqn_}, {QStringLiteral("lun"), lun_.value(QLatin1String("lun"))}};
    QStringList changed;
    for (const auto& [key, box] : flags_)
        if (box->isChecked() != lun_.value(key).toBool()) {
            params.insert(key, box->isChecked());
            changed << key;
        }
    if (size_) {
        const double was = lun_.value(QLatin1String("size")).toDouble();
        const double now = std::floor(size_->value() * kGiB / 4096) * 4096;   // a whole number of 4 KiB blocks
        if (now > was + 4096) {
            params.insert(QStringLiteral("size"), now);
            changed << QStringLiteral("size");
        }
    }
    for (const auto& [key, edit] : {std::pair{QStringLiteral("vendor"), vendor_}, std::pair{QStringLiteral("product"), product_},
                                    std::pair{QStringLiteral("revision"), revision_}})
        if (edit->text() != lun_.value(key).toString()) {
            params.insert(key, edit->text());
            changed << key;
        }
    if (changed.isEmpty())
        return {};
    if (force_ && !force_->isChecked()) {
        *problem = tr("Initiators are logged in to this target. Tick “Apply while … logged in” to rebuild the LU under "
                      "them, or log the sessions out first.");
        return {};
    }
    if (force_)
        params.insert(QStringLiteral("force"), true);
    return {{tr("Updating LUN %1").arg(lun_.value(QLatin1String("lun")).toInt()), QStringLiteral("lun.update"), params}};
}

} // namespace storlab::gui
