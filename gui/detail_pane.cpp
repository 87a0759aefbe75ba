#include "gui/detail_pane.h"

#include "gui/live_charts.h"
#include "gui/property_labels.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storlab::gui {

DetailPane::DetailPane(StatsHistory* stats, QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Details"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title_->setFont(f);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_ = new QLabel(this);
    subtitle_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("detailTree"));
    tree_->setAccessibleName(tr("Properties"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Property"), tr("Value")});
    tree_->setAlternatingRowColors(true);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    charts_ = new LiveCharts(stats, this);
    layout->addWidget(tree_, 1);
    layout->addWidget(charts_);
    clear();
}

void DetailPane::clear()
{
    title_->setText(tr("Nothing selected"));
    subtitle_->setText(tr("Select a portal, target, LUN, session or library in the tree."));
    tree_->clear();
    charts_->setKey({}, {});
}

void DetailPane::show(const QString& title, const QString& subtitle, const QJsonObject& properties, const QString& chartKey)
{
    if (chartKey != charts_->key() || chartKey.isEmpty())
        charts_->setKey(chartKey, title);
    title_->setText(title);
    subtitle_->setText(subtitle);
    tree_->clear();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        add(nullptr, it.key(), it.value());
    tree_->expandAll();
}

void DetailPane::add(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value)
{
    const QString label = propertyLabel(key);
    auto* item = parent ? new QTreeWidgetItem(parent, {label}) : new QTreeWidgetItem(tree_, {label});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(item, it.key(), it.value());
        item->setFirstColumnSpanned(o.isEmpty() ? false : true);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            item->setText(1, tr("(none)"));
            return;
        }
        int i = 0;
        for (const QJsonValue& v : a)
            add(item, QString::number(++i), v);
        return;
    }
    QString text;
    if (value.isBool())
        text = value.toBool() ? tr("yes") : tr("no");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else
        text = value.toString();
    item->setText(1, text);
}

} // namespace storlab::gui
