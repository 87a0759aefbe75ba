#pragma once
// The status bar's connection indicator: a coloured dot and the state
// ("Connected to …", "Reconnecting in 4 s …"), with a Retry button while
// reconnecting.
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace storlab::gui {

class ConnectionManager;

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(ConnectionManager* connection, QWidget* parent = nullptr);
    QString text() const;
    // The colour of a connection state (status bar dot and tray icon).
    static int levelOf(int state);

private:
    void update();
    ConnectionManager* connection_;
    QLabel* dot_;
    QLabel* label_;
    QToolButton* retry_;
    QTimer tick_;        // refreshes the countdown while reconnecting
};

} // namespace storlab::gui
