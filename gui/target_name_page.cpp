#include "gui/target_name_page.h"

#include "gui/iqn_suggestion.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace storlab::gui {

TargetNamePage::TargetNamePage(const QString& title, const QString& subtitle, const QString& defaultName, QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(title);
    setSubTitle(subtitle);
    name_ = new QLineEdit(defaultName, this);
    name_->setObjectName(QStringLiteral("nameEdit"));
    name_->setAccessibleName(tr("Name"));
    name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{1,64}")), name_));
    iqn_ = new QLineEdit(this);
    iqn_->setObjectName(QStringLiteral("iqnEdit"));
    iqn_->setAccessibleName(tr("Target name (IQN)"));
    alias_ = new QLineEdit(this);
    alias_->setObjectName(QStringLiteral("aliasEdit"));
    alias_->setAccessibleName(tr("Alias"));
    auto* hint = new QLabel(tr("The IQN is suggested from the name, today's month and this host; edit it freely."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&IQN:"), iqn_);
    form->addRow(tr("&Alias:"), alias_);
    form->addRow(hint);
    registerField(QStringLiteral("name*"), name_);
    registerField(QStringLiteral("iqn*"), iqn_);
    registerField(QStringLiteral("alias"), alias_);
    connect(name_, &QLineEdit::textChanged, this, &TargetNamePage::suggest);
    connect(iqn_, &QLineEdit::textEdited, this, [this] { iqnEdited_ = true; });
    connect(iqn_, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    suggest();
}

void TargetNamePage::suggest()
{
    if (!iqnEdited_)
        iqn_->setText(suggestIqn(name_->text(), QDate::currentDate(), host_));
}

bool TargetNamePage::isComplete() const
{
    const QString iqn = iqn_->text();
    return !name_->text().isEmpty() && (iqn.startsWith(QLatin1String("iqn.")) || iqn.startsWith(QLatin1String("eui.")))
           && !iqn.contains(QLatin1Char(' '));
}

} // namespace storlab::gui
