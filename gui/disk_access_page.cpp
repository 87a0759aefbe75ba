#include "gui/disk_access_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace storlab::gui {

DiskAccessPage::DiskAccessPage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Access"));
    setSubTitle(tr("Who may log in: portal, initiator addresses and names, CHAP. Empty lists admit everyone."));
    portal_ = new QComboBox(this);
    portal_->setObjectName(QStringLiteral("portalCombo"));
    portal_->setAccessibleName(tr("Portal"));
    portal_->setEditable(true);
    addresses_ = new QLineEdit(this);
    addresses_->setObjectName(QStringLiteral("aclAddressesEdit"));
    addresses_->setAccessibleName(tr("Allowed initiator addresses"));
    addresses_->setPlaceholderText(tr("e.g. 127.0.0.1, 10.0.0.0/24 (empty: any address)"));
    initiators_ = new QLineEdit(this);
    initiators_->setObjectName(QStringLiteral("aclInitiatorsEdit"));
    initiators_->setAccessibleName(tr("Allowed initiator names"));
    initiators_->setPlaceholderText(tr("iqn.… separated by commas (empty: any initiator)"));
    chap_ = new QGroupBox(tr("Require &CHAP authentication"), this);
    chap_->setObjectName(QStringLiteral("chapGroup"));
    chap_->setCheckable(true);
    chap_->setChecked(false);
    chapUser_ = new QLineEdit(chap_);
    chapUser_->setObjectName(QStringLiteral("chapUserEdit"));
    chapUser_->setAccessibleName(tr("CHAP user"));
    chapSecret_ = new QLineEdit(chap_);
    chapSecret_->setObjectName(QStringLiteral("chapSecretEdit"));
    chapSecret_->setAccessibleName(tr("CHAP secret"));
    chapSecret_->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    chapSecret_->setPlaceholderText(tr("12 to 16 characters recommended"));
    auto* chapForm = new QFormLayout(chap_);
    chapForm->addRow(tr("&User:"), chapUser_);
    chapForm->addRow(tr("&Secret:"), chapSecret_);

    auto* form = new QFormLayout;
    form->addRow(tr("&Portal:"), portal_);
    form->addRow(tr("Allowed &addresses:"), addresses_);
    form->addRow(tr("Allowed i&nitiators:"), initiators_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(chap_);
    layout->addStretch(1);
    registerField(QStringLiteral("portal"), portal_, "currentText");
    registerField(QStringLiteral("aclAddresses"), addresses_);
    registerField(QStringLiteral("aclInitiators"), initiators_);
    registerField(QStringLiteral("chap"), chap_, "checked", SIGNAL(toggled(bool)));
    registerField(QStringLiteral("chapUser"), chapUser_);
    registerField(QStringLiteral("chapSecret"), chapSecret_);
    for (QLineEdit* e : {chapUser_, chapSecret_})
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(chap_, &QGroupBox::toggled, this, &QWizardPage::completeChanged);
}

void DiskAccessPage::setPortals(const QStringList& portals)
{
    portal_->clear();
    portal_->addItems(portals);
}

bool DiskAccessPage::chapEnabled() const { return chap_->isChecked(); }

bool DiskAccessPage::isComplete() const
{
    return !chap_->isChecked() || (!chapUser_->text().contains(QLatin1Char(' ')) && !chapUser_->text().isEmpty()
                                   && !chapSecret_->text().isEmpty());
}

} // namespace storlab::gui
