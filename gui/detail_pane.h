#pragma once
// The right-hand pane: the properties of the selected object as a two-column
// tree (nested objects such as a session's negotiated parameters open as
// their own branch).
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace storlab::gui {

class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);
    void show(const QString& title, const QString& subtitle, const QJsonObject& properties);
    void clear();
    QTreeWidget* tree() const { return tree_; }

private:
    void add(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value);
    QLabel* title_;
    QLabel* subtitle_;
    QTreeWidget* tree_;
};

} // namespace storlab::gui
