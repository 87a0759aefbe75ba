#pragma once
// The library tab: the changer drawn by LibraryView, kept current by
// library.show after every event.library.changed / event.media.moved, and
// the RPCs behind the user's moves (changer.move) and file drops (media.import
// then changer.move into the drive). Disabled with a note when the daemon has
// no library methods.
#include "gui/library_state.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace storlab::gui {

class ConnectionManager;
class LibraryView;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(ConnectionManager* connection, QWidget* parent = nullptr);
    void setLibrary(const QString& name);
    QString library() const { return name_; }
    LibraryView* view() const { return view_; }
    QString message() const;
    void reload();

signals:
    void loaded();                      // a library.show answer was drawn
    void moveFinished(bool ok, const QString& message);
    void importFinished(bool ok, const QString& barcodeOrError);

private:
    void showMessage(const QString& text, bool error);
    void requestMove(int from, int to);
    void importFiles(int address, const QStringList& paths);

    ConnectionManager* connection_;
    QString name_;
    LibraryView* view_;
    QScrollArea* scroll_;
    QLabel* title_;
    QLabel* message_;
    QTimer coalesce_;
    quint64 generation_ = 0;
};

} // namespace storlab::gui
