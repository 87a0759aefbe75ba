#pragma once
// Draws a changer as a grid (drives, import/export ports, storage slots) with
// the cartridges or discs in them, and lets the user move media with the
// mouse: press on a cartridge, drag it over another element, release ->
// moveRequested(from, to). The view keeps the cartridge at the target as
// "moving" until the daemon answers (setState) or refuses (snapBack).
// Files dropped from a file manager (.iso, .iso.gz, .zip, …) on a drive or
// slot -> filesDropped(address, paths).
#include "gui/library_state.h"

#include <QHash>
#include <QWidget>

class QMimeData;

namespace storlab::gui {

class LibraryView : public QWidget {
    Q_OBJECT
public:
    explicit LibraryView(QWidget* parent = nullptr);

    void setState(const LibraryState& state);
    const LibraryState& state() const { return state_; }
    void snapBack();
    // Centre of an element's cell (for tests and accessibility), or (-1,-1).
    QPoint elementCenter(int address) const;
    int elementAt(const QPoint& pos) const;    // address or -1
    // The drop handler used by dropEvent: true when the files were accepted.
    bool dropFiles(const QMimeData* mime, const QPoint& pos);

    QSize sizeHint() const override;
    int heightForWidth(int w) const override;
    bool hasHeightForWidth() const override { return true; }

signals:
    void moveRequested(int from, int to);
    void filesDropped(int address, const QStringList& paths);
    void dropRefused(const QString& why);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void keyPressEvent(QKeyEvent*) override;
    void dragEnterEvent(QDragEnterEvent*) override;
    void dragMoveEvent(QDragMoveEvent*) override;
    void dragLeaveEvent(QDragLeaveEvent*) override;
    void dropEvent(QDropEvent*) override;

private:
    int layoutCells(int width, QHash<int, QRect>* cells, QList<QPair<QString, int>>* headers) const;
    void relayout();
    void paintElement(QPainter& p, const ChangerElement& e, const QRect& r) const;
    void paintMedium(QPainter& p, const QRect& r, const QString& barcode, const QString& type, bool worm, bool ghost) const;
    bool canDropFilesOn(int address) const;

    LibraryState state_;
    QHash<int, QRect> cells_;
    QList<QPair<QString, int>> headers_;      // section title, y
    int pressAddress_ = -1;
    QPoint pressPos_;
    bool dragging_ = false;
    QPoint dragPos_;
    int hoverAddress_ = -1;
    int pendingFrom_ = -1, pendingTo_ = -1;  // a move sent, not yet answered
    int focusIndex_ = 0;                     // keyboard: element with focus
    int pickedAddress_ = -1;                 // keyboard: Space picked up a cartridge
};

} // namespace storlab::gui
