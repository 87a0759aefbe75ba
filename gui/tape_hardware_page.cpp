#include "gui/tape_hardware_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace storlab::gui {

TapeHardwarePage::TapeHardwarePage(bool dvd, QWidget* parent) : QWizardPage(parent)
{
    setTitle(dvd ? tr("Jukebox hardware") : tr("Library hardware"));
    setSubTitle(dvd ? tr("DVD drives, storage slots and import/export ports of the jukebox.")
                    : tr("What the changer reports to initiators, its LTO drives, slots and import/export ports."));
    personality_ = new QComboBox(this);
    personality_->setObjectName(QStringLiteral("personalityCombo"));
    personality_->setAccessibleName(tr("Changer personality"));
    if (dvd) {
        personality_->addItem(tr("storlab DVD jukebox"), QStringLiteral("storlab-jukebox"));
    } else {
        personality_->addItem(tr("storlab virtual library"), QStringLiteral("storlab"));
        personality_->addItem(QStringLiteral("IBM TS3500"), QStringLiteral("ibm-ts3500"));
        personality_->addItem(QStringLiteral("HP MSL G3"), QStringLiteral("hp-msl-g3"));
        personality_->addItem(QStringLiteral("StorageTek L700"), QStringLiteral("stk-l700"));
    }
    drives_ = new QSpinBox(this);
    drives_->setObjectName(QStringLiteral("drivesSpin"));
    drives_->setAccessibleName(tr("Number of drives"));
    drives_->setRange(1, 64);
    drives_->setValue(dvd ? 1 : 2);
    slots_ = new QSpinBox(this);
    slots_->setObjectName(QStringLiteral("slotsSpin"));
    slots_->setAccessibleName(tr("Storage slots"));
    slots_->setRange(1, 2000);
    slots_->setValue(dvd ? 10 : 20);
    ie_ = new QSpinBox(this);
    ie_->setObjectName(QStringLiteral("ieSpin"));
    ie_->setAccessibleName(tr("Import/export ports"));
    ie_->setRange(0, 64);
    ie_->setValue(dvd ? 2 : 4);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Personality:"), personality_);
    form->addRow(tr("&Drives:"), drives_);
    if (!dvd) {
        generation_ = new QComboBox(this);
        generation_->setObjectName(QStringLiteral("generationCombo"));
        generation_->setAccessibleName(tr("LTO generation of the drives"));
        for (int g = 1; g <= 9; ++g)
            generation_->addItem(QStringLiteral("LTO-%1").arg(g), QStringLiteral("LTO-%1").arg(g));
        generation_->setCurrentIndex(5);
        form->addRow(tr("LTO &generation:"), generation_);
        registerField(QStringLiteral("generation"), generation_, "currentData");
    }
    form->addRow(tr("&Storage slots:"), slots_);
    form->addRow(tr("&Import/export ports:"), ie_);
    registerField(QStringLiteral("personality"), personality_, "currentData");
    registerField(QStringLiteral("drives"), drives_);
    registerField(QStringLiteral("slots"), slots_);
    registerField(QStringLiteral("ieSlots"), ie_);
}

} // namespace storlab::gui
