#include "gui/string_list_editor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>

namespace storlab::gui {

StringListEditor::StringListEditor(const QString& accessibleName, const QString& placeholder, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(accessibleName);
    list_ = new QListWidget(this);
    list_->setAccessibleName(accessibleName);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setMaximumHeight(90);
    input_ = new QLineEdit(this);
    input_->setPlaceholderText(placeholder);
    input_->setAccessibleName(tr("New entry for %1").arg(accessibleName));
    input_->setClearButtonEnabled(true);
    add_ = new QPushButton(tr("Add"), this);
    add_->setAccessibleName(tr("Add to %1").arg(accessibleName));
    remove_ = new QPushButton(tr("Remove"), this);
    remove_->setAccessibleName(tr("Remove from %1").arg(accessibleName));
    remove_->setEnabled(false);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(list_, 0, 0, 2, 1);
    grid->addWidget(remove_, 0, 1, Qt::AlignTop);
    grid->addWidget(input_, 2, 0);
    grid->addWidget(add_, 2, 1);
    connect(add_, &QPushButton::clicked, this, &StringListEditor::commitTyped);
    input_->installEventFilter(this);
    connect(remove_, &QPushButton::clicked, this, [this] { qDeleteAll(list_->selectedItems()); });
    connect(list_, &QListWidget::itemSelectionChanged, this, [this] { remove_->setEnabled(!list_->selectedItems().isEmpty()); });
    auto* del = new QShortcut(QKeySequence::Delete, list_, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, remove_, &QPushButton::click);
}

void StringListEditor::setItems(const QStringList& items)
{
    list_->clear();
    list_->addItems(items);
}

// Enter in the line adds the entry instead of pressing the dialog's OK.
bool StringListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == input_ && event->type() == QEvent::KeyPress && !input_->text().trimmed().isEmpty()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList StringListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < list_->count(); ++i)
        out << list_->item(i)->text();
    return out;
}

void StringListEditor::commitTyped()
{
    const QString text = input_->text().trimmed();
    if (text.isEmpty())
        return;
    if (!items().contains(text))
        list_->addItem(text);
    input_->clear();
}

} // namespace storlab::gui
