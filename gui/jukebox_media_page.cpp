#include "gui/jukebox_media_page.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storlab::gui {

JukeboxMediaPage::JukeboxMediaPage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Discs"));
    setSubTitle(tr("Discs put in the slots: small sample ISOs, blank DVD+Rs to burn, and your own images "
                   "(.iso used in place; .iso.gz, .zip, .tar, .7z imported once)."));
    samples_ = new QSpinBox(this);
    samples_->setObjectName(QStringLiteral("samplesSpin"));
    samples_->setAccessibleName(tr("Sample discs"));
    samples_->setRange(0, 100);
    samples_->setValue(3);
    blanks_ = new QSpinBox(this);
    blanks_->setObjectName(QStringLiteral("blanksSpin"));
    blanks_->setAccessibleName(tr("Blank DVD+R discs"));
    blanks_->setRange(0, 100);
    blanks_->setValue(2);
    images_ = new QListWidget(this);
    images_->setObjectName(QStringLiteral("imagesList"));
    images_->setAccessibleName(tr("Disc images"));
    auto* add = new QPushButton(tr("&Add images…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* imagesRow = new QHBoxLayout;
    imagesRow->addWidget(images_, 1);
    imagesRow->addLayout(buttons);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Sample discs:"), samples_);
    form->addRow(tr("&Blank DVD+R:"), blanks_);
    form->addRow(tr("&Images:"), imagesRow);
    registerField(QStringLiteral("samples"), samples_);
    registerField(QStringLiteral("blanks"), blanks_);
    connect(add, &QPushButton::clicked, this, [this] {
        for (const QString& f : QFileDialog::getOpenFileNames(this, tr("Disc images"), {},
                                                              tr("Disc images (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)")))
            addImage(f);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete images_->currentItem(); emit completeChanged(); });
    for (QSpinBox* s : {samples_, blanks_})
        connect(s, &QSpinBox::valueChanged, this, &QWizardPage::completeChanged);
}

void JukeboxMediaPage::addImage(const QString& path)
{
    images_->addItem(path);
    emit completeChanged();
}

QStringList JukeboxMediaPage::images() const
{
    QStringList out;
    for (int i = 0; i < images_->count(); ++i)
        out << images_->item(i)->text();
    return out;
}

bool JukeboxMediaPage::isComplete() const
{
    return samples_->value() + blanks_->value() + images_->count() <= field(QStringLiteral("slots")).toInt();
}

} // namespace storlab::gui
