#pragma once
// The right-hand pane: the properties of the selected object as a two-column
// tree (nested objects such as a session's negotiated parameters open as
// their own branch), and for a target or LUN its live I/O charts.
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace storlab::gui {

class LiveCharts;
class StatsHistory;

class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(StatsHistory* stats, QWidget* parent = nullptr);
    // chartKey: "iqn" or "iqn/lun" shows that object's live charts; "" hides them.
    void show(const QString& title, const QString& subtitle, const QJsonObject& properties, const QString& chartKey = {});
    void clear();
    QTreeWidget* tree() const { return tree_; }
    LiveCharts* charts() const { return charts_; }

private:
    void add(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value);
    QLabel* title_;
    QLabel* subtitle_;
    QTreeWidget* tree_;
    LiveCharts* charts_;
};

} // namespace storlab::gui
