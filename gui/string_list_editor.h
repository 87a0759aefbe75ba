#pragma once
// A list of short strings (initiator names, addresses, CHAP users) with a
// line to type a new one, Add (or Enter) and Remove (or Delete).
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace storlab::gui {

class StringListEditor : public QWidget {
    Q_OBJECT
public:
    StringListEditor(const QString& accessibleName, const QString& placeholder, QWidget* parent = nullptr);
    void setItems(const QStringList& items);
    QStringList items() const;
    // Adds what is typed (also what a test or the user typed without pressing Add).
    void commitTyped();
    QLineEdit* input() const { return input_; }
    QListWidget* list() const { return list_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidget* list_;
    QLineEdit* input_;
    QPushButton* add_;
    QPushButton* remove_;
};

} // namespace storlab::gui
