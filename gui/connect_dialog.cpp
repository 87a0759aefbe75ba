#include "gui/connect_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storlab::gui {

ConnectDialog::ConnectDialog(const QList<ConnectionProfile>& saved, QWidget* parent) : QDialog(parent), saved_(saved)
{
    setWindowTitle(tr("Connect to a Daemon"));
    setObjectName(QStringLiteral("connectDialog"));
    savedCombo_ = new QComboBox(this);
    savedCombo_->setAccessibleName(tr("Saved connections"));
    savedCombo_->addItem(tr("New connection"));
    for (const ConnectionProfile& p : saved_)
        savedCombo_->addItem(p.name);
    name_ = new QLineEdit(this);
    name_->setAccessibleName(tr("Connection name"));
    url_ = new QLineEdit(QStringLiteral("tls://"), this);
    url_->setObjectName(QStringLiteral("urlEdit"));
    url_->setAccessibleName(tr("Address"));
    url_->setPlaceholderText(tr("tls://host:3262, or a local socket path (empty: this machine's daemon)"));
    usePassword_ = new QRadioButton(tr("User and &password"), this);
    useToken_ = new QRadioButton(tr("&Token"), this);
    usePassword_->setChecked(true);
    user_ = new QLineEdit(this);
    user_->setAccessibleName(tr("User"));
    password_ = new QLineEdit(this);
    password_->setAccessibleName(tr("Password"));
    password_->setEchoMode(QLineEdit::Password);
    token_ = new QLineEdit(this);
    token_->setAccessibleName(tr("Token"));
    token_->setEchoMode(QLineEdit::Password);
    auto* hint = new QLabel(tr("On first contact the server's certificate fingerprint is shown for you to confirm."), this);
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Saved:"), savedCombo_);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Address:"), url_);
    form->addRow(usePassword_);
    form->addRow(tr("&User:"), user_);
    form->addRow(tr("Pass&word:"), password_);
    form->addRow(useToken_);
    form->addRow(tr("T&oken:"), token_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(savedCombo_, &QComboBox::currentIndexChanged, this, &ConnectDialog::fillFrom);
    connect(usePassword_, &QRadioButton::toggled, this, &ConnectDialog::updateEnabled);
    connect(url_, &QLineEdit::textChanged, this, &ConnectDialog::updateEnabled);
    updateEnabled();
    resize(520, sizeHint().height());
}

void ConnectDialog::fillFrom(int index)
{
    if (index <= 0 || index > saved_.size())
        return;
    const ConnectionProfile& p = saved_[index - 1];
    name_->setText(p.name);
    url_->setText(p.url);
    user_->setText(p.user);
    usePassword_->setChecked(!p.user.isEmpty());
    useToken_->setChecked(p.user.isEmpty());
}

void ConnectDialog::updateEnabled()
{
    const bool tls = url_->text().startsWith(QLatin1String("tls://"));
    usePassword_->setEnabled(tls);
    useToken_->setEnabled(tls);
    user_->setEnabled(tls && usePassword_->isChecked());
    password_->setEnabled(tls && usePassword_->isChecked());
    token_->setEnabled(tls && useToken_->isChecked());
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p;
    p.url = url_->text().trimmed();
    if (p.url == QLatin1String("tls://"))
        p.url.clear();
    p.user = usePassword_->isChecked() ? user_->text().trimmed() : QString();
    p.name = name_->text().trimmed();
    if (p.name.isEmpty())
        p.name = p.url.isEmpty() ? ConnectionProfile::local().name : p.url;
    return p;
}

QString ConnectDialog::password() const { return usePassword_->isChecked() ? password_->text() : QString(); }
QString ConnectDialog::token() const { return useToken_->isChecked() ? token_->text() : QString(); }

} // namespace storlab::gui
