#include "gui/tape_media_page.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace storlab::gui {

QString TapeMediaPage::mediaId(const QString& generation, bool worm)
{
    const int g = generation.mid(4).toInt();
    if (!worm)
        return QStringLiteral("L%1").arg(g);
    static const char* wormIds[] = {"", "", "", "LT", "LU", "LV", "LW", "LX", "LY", "LZ"};
    return QString::fromLatin1(wormIds[qBound(3, g, 9)]);
}

TapeMediaPage::TapeMediaPage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Cartridges"));
    setSubTitle(tr("Barcoded cartridges created in the storage slots (slot 1, 2, … in order)."));
    prefix_ = new QLineEdit(QStringLiteral("A00000"), this);
    prefix_->setObjectName(QStringLiteral("barcodeEdit"));
    prefix_->setAccessibleName(tr("First barcode"));
    prefix_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Z0-9]{1,5}[0-9]{1,5}")), prefix_));
    count_ = new QSpinBox(this);
    count_->setObjectName(QStringLiteral("cartridgeSpin"));
    count_->setAccessibleName(tr("Data cartridges"));
    count_->setRange(0, 2000);
    count_->setValue(8);
    worm_ = new QSpinBox(this);
    worm_->setObjectName(QStringLiteral("wormSpin"));
    worm_->setAccessibleName(tr("WORM cartridges"));
    worm_->setRange(0, 2000);
    worm_->setValue(1);
    capacity_ = new QSpinBox(this);
    capacity_->setObjectName(QStringLiteral("capacitySpin"));
    capacity_->setAccessibleName(tr("Cartridge capacity in GiB"));
    capacity_->setRange(1, 18000);
    capacity_->setValue(8);
    capacity_->setSuffix(QStringLiteral(" GiB"));
    range_ = new QLabel(this);
    range_->setObjectName(QStringLiteral("barcodeRange"));
    range_->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&First barcode:"), prefix_);
    form->addRow(tr("&Data cartridges:"), count_);
    form->addRow(tr("&WORM cartridges:"), worm_);
    form->addRow(tr("&Capacity each:"), capacity_);
    form->addRow(tr("Barcodes:"), range_);
    registerField(QStringLiteral("firstBarcode"), prefix_);
    registerField(QStringLiteral("cartridges"), count_);
    registerField(QStringLiteral("wormCartridges"), worm_);
    registerField(QStringLiteral("capacityGiB"), capacity_);
    for (QSpinBox* s : {count_, worm_})
        connect(s, &QSpinBox::valueChanged, this, &TapeMediaPage::updateRange);
    connect(prefix_, &QLineEdit::textChanged, this, &TapeMediaPage::updateRange);
}

void TapeMediaPage::initializePage() { updateRange(); }

void TapeMediaPage::updateRange()
{
    const QString gen = field(QStringLiteral("generation")).toString();
    const QString p = prefix_->text();
    QString text;
    if (count_->value() > 0)
        text += tr("data %1%2 … (%3)").arg(p, mediaId(gen, false)).arg(count_->value());
    if (worm_->value() > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + tr("WORM W%1%2 … (%3)").arg(p.mid(1), mediaId(gen, true)).arg(worm_->value());
    const int slotCount = field(QStringLiteral("slots")).toInt();
    if (count_->value() + worm_->value() > slotCount)
        text += QLatin1Char('\n') + tr("Too many cartridges for %1 slots.").arg(slotCount);
    range_->setText(text);
    emit completeChanged();
}

bool TapeMediaPage::isComplete() const
{
    return prefix_->hasAcceptableInput() && count_->value() + worm_->value() <= field(QStringLiteral("slots")).toInt();
}

} // namespace storlab::gui
