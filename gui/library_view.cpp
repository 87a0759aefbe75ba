#include "gui/library_view.h"

#include "gui/media_file_check.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

namespace storlab::gui {

namespace {
constexpr int kMargin = 16;
constexpr int kGap = 10;
constexpr int kHeader = 30;
constexpr QSize kDrive(210, 92);
constexpr QSize kSlot(132, 64);

QColor mediumColor(const QString& type, bool worm)
{
    if (worm)
        return QColor(0x8e, 0x44, 0xad);
    if (type.startsWith(QLatin1String("DVD+R")))
        return QColor(0xc9, 0x9a, 0x2e);
    if (type.startsWith(QLatin1String("DVD")) || type.startsWith(QLatin1String("BD")))
        return QColor(0x7f, 0x8c, 0x99);
    static const QColor lto[] = {QColor(0x1f, 0x6f, 0xd0), QColor(0x17, 0x8a, 0x7a), QColor(0x2e, 0x7d, 0x32),
                                 QColor(0xb2, 0x56, 0x1d), QColor(0x6a, 0x4c, 0x93)};
    const int gen = type.mid(4).toInt();
    return lto[qMax(0, gen) % 5];
}
} // namespace

LibraryView::LibraryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryView"));
    setAccessibleName(tr("Library"));
    setAccessibleDescription(tr("Drag a cartridge to a drive, slot or import/export port to move it. "
                                "Keyboard: arrows select, Space picks up, Space again drops."));
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LibraryView::setState(const LibraryState& state)
{
    state_ = state;
    pendingFrom_ = pendingTo_ = -1;
    pickedAddress_ = -1;
    focusIndex_ = qBound(0, focusIndex_, qMax(0, int(state_.elements.size()) - 1));
    relayout();
    setToolTip({});
}

void LibraryView::snapBack()
{
    pendingFrom_ = pendingTo_ = -1;
    update();
}

int LibraryView::layoutCells(int width, QHash<int, QRect>* cells, QList<QPair<QString, int>>* headers) const
{
    int y = kMargin;
    const int usable = qMax(kSlot.width(), width - 2 * kMargin);
    auto section = [&](const QString& title, ChangerElement::Type type, QSize size) {
        const QList<ChangerElement> list = state_.ofType(type);
        if (list.isEmpty())
            return;
        if (headers)
            headers->append({title, y});
        y += kHeader;
        const int perRow = qMax(1, (usable + kGap) / (size.width() + kGap));
        for (int i = 0; i < list.size(); ++i) {
            const int col = i % perRow, row = i / perRow;
            if (cells)
                cells->insert(list[i].address, QRect(QPoint(kMargin + col * (size.width() + kGap), y + row * (size.height() + kGap)), size));
        }
        const int rows = int((list.size() + perRow - 1) / perRow);
        y += rows * (size.height() + kGap) + kGap;
    };
    section(state_.isDvd() ? tr("DVD drives") : tr("Tape drives"), ChangerElement::Drive, kDrive);
    section(tr("Import/export ports"), ChangerElement::ImportExport, kSlot);
    section(tr("Storage slots"), ChangerElement::Slot, kSlot);
    return y + kMargin;
}

void LibraryView::relayout()
{
    cells_.clear();
    headers_.clear();
    layoutCells(width(), &cells_, &headers_);
    updateGeometry();
    update();
}

QSize LibraryView::sizeHint() const { return {900, heightForWidth(900)}; }
int LibraryView::heightForWidth(int w) const { return layoutCells(w, nullptr, nullptr); }
void LibraryView::resizeEvent(QResizeEvent*) { relayout(); }

QPoint LibraryView::elementCenter(int address) const
{
    return cells_.contains(address) ? cells_.value(address).center() : QPoint(-1, -1);
}

int LibraryView::elementAt(const QPoint& pos) const
{
    for (auto it = cells_.begin(); it != cells_.end(); ++it)
        if (it.value().contains(pos))
            return it.key();
    return -1;
}

void LibraryView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    QFont hf = font();
    hf.setBold(true);
    for (const auto& [title, y] : headers_) {
        p.setFont(hf);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, y, width() - 2 * kMargin, kHeader - 6), Qt::AlignLeft | Qt::AlignBottom, title);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(kMargin, y + kHeader - 3, width() - kMargin, y + kHeader - 3);
    }
    p.setFont(font());
    for (int i = 0; i < state_.elements.size(); ++i) {
        const ChangerElement& e = state_.elements[i];
        if (!cells_.contains(e.address))
            continue;
        paintElement(p, e, cells_.value(e.address));
        if (hasFocus() && i == focusIndex_) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(cells_.value(e.address).adjusted(-3, -3, 3, 3), 8, 8);
        }
    }
    if (dragging_ && pressAddress_ >= 0) {
        if (const ChangerElement* e = state_.at(pressAddress_)) {
            QRect r(QPoint(), QSize(kSlot.width() - 16, kSlot.height() - 18));
            r.moveCenter(dragPos_);
            p.setOpacity(0.85);
            paintMedium(p, r, e->barcode, e->mediaType, e->worm, false);
            p.setOpacity(1);
        }
    }
}

void LibraryView::paintElement(QPainter& p, const ChangerElement& e, const QRect& r) const
{
    const bool isHover = (dragging_ || hoverAddress_ >= 0) && hoverAddress_ == e.address && hoverAddress_ != pressAddress_;
    const bool targetOk = isHover && (!e.full || e.address == pendingFrom_);
    QColor frame = palette().color(QPalette::Mid);
    QColor fill = palette().color(QPalette::AlternateBase);
    if (e.type == ChangerElement::Drive)
        fill = palette().color(QPalette::Window);
    if (isHover) {
        frame = targetOk ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd0, 0x3b, 0x2f);
        fill = targetOk ? QColor(0xe3, 0xf4, 0xe6) : QColor(0xfb, 0xe6, 0xe4);
    }
    if (e.except)
        frame = QColor(0xd0, 0x3b, 0x2f);
    p.setPen(QPen(frame, isHover ? 2 : 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // Caption: "Drive 0 · LUN 1", "Slot 3", "I/E 1"
    QString caption;
    switch (e.type) {
    case ChangerElement::Drive:
        caption = e.lun >= 0 ? tr("Drive %1 · LUN %2").arg(e.index).arg(e.lun) : tr("Drive %1").arg(e.index);
        break;
    case ChangerElement::ImportExport: caption = tr("I/E %1").arg(e.index); break;
    case ChangerElement::Slot: caption = tr("Slot %1").arg(e.index); break;
    case ChangerElement::Transport: caption = tr("Robot"); break;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRect capRect = r.adjusted(8, 3, -8, 0);
    p.drawText(capRect, Qt::AlignLeft | Qt::AlignTop, caption);
    if (e.type == ChangerElement::Drive && e.prevented)
        p.drawText(capRect, Qt::AlignRight | Qt::AlignTop, tr("locked"));
    p.setFont(font());

    const QRect media = r.adjusted(8, 20, -8, -6);
    const bool movingAway = (dragging_ && e.address == pressAddress_) || e.address == pendingFrom_;
    if (e.address == pendingTo_) {
        if (const ChangerElement* src = state_.at(pendingFrom_))
            paintMedium(p, media, src->barcode, src->mediaType, src->worm, true);
        return;
    }
    if (e.full && !movingAway) {
        paintMedium(p, media, e.barcode, e.mediaType, e.worm, false);
    } else {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(media, 4, 4);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(media, Qt::AlignCenter, tr("empty"));
    }
}

void LibraryView::paintMedium(QPainter& p, const QRect& r, const QString& barcode, const QString& type, bool worm, bool ghost) const
{
    const QColor c = mediumColor(type, worm);
    p.save();
    if (ghost)
        p.setOpacity(0.5);
    const bool disc = type.startsWith(QLatin1String("DVD")) || type.startsWith(QLatin1String("BD"));
    p.setPen(QPen(c.darker(140), 1));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(r), 4, 4);
    QRect label = r.adjusted(4, 4, -4, -4);
    if (disc) {
        const int d = label.height();
        QRectF circle(label.left(), label.top(), d, d);
        p.setBrush(QColor(0xf4, 0xf4, 0xf4));
        p.drawEllipse(circle);
        p.setBrush(c);
        p.drawEllipse(circle.center(), d / 7.0, d / 7.0);
        label.setLeft(label.left() + d + 4);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(label), 3, 3);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    p.setFont(mono);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QRect top = label.adjusted(2, 0, -2, -label.height() / 2);
    const QRect bottom = label.adjusted(2, label.height() / 2, -2, 0);
    p.drawText(top, Qt::AlignCenter, barcode.isEmpty() ? tr("(no label)") : barcode);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(c.darker(150));
    p.drawText(bottom, Qt::AlignCenter, ghost ? tr("moving…") : (worm ? tr("%1 WORM").arg(type) : type));
    p.restore();
}

void LibraryView::mousePressEvent(QMouseEvent* ev)
{
    if (ev->button() != Qt::LeftButton || pendingFrom_ >= 0)
        return;
    const int a = elementAt(ev->position().toPoint());
    const ChangerElement* e = state_.at(a);
    pressAddress_ = (e && e->full) ? a : -1;
    pressPos_ = ev->position().toPoint();
    for (int i = 0; i < state_.elements.size(); ++i)
        if (state_.elements[i].address == a)
            focusIndex_ = i;
    update();
}

void LibraryView::mouseMoveEvent(QMouseEvent* ev)
{
    const QPoint pos = ev->position().toPoint();
    if (pressAddress_ >= 0 && (ev->buttons() & Qt::LeftButton)) {
        if (!dragging_ && (pos - pressPos_).manhattanLength() >= QApplication::startDragDistance())
            dragging_ = true;
        if (dragging_) {
            dragPos_ = pos;
            hoverAddress_ = elementAt(pos);
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        return;
    }
    const int a = elementAt(pos);
    const ChangerElement* e = state_.at(a);
    setCursor(e && e->full ? Qt::OpenHandCursor : Qt::ArrowCursor);
    if (e)
        setToolTip(e->full ? tr("%1: %2 (%3)").arg(e->name, e->barcode, e->mediaType) : tr("%1: empty").arg(e->name));
}

void LibraryView::mouseReleaseEvent(QMouseEvent* ev)
{
    const int from = pressAddress_;
    const bool wasDragging = dragging_;
    pressAddress_ = -1;
    dragging_ = false;
    hoverAddress_ = -1;
    unsetCursor();
    if (ev->button() == Qt::LeftButton && wasDragging && from >= 0) {
        const int to = elementAt(ev->position().toPoint());
        if (to >= 0 && to != from) {
            pendingFrom_ = from;
            pendingTo_ = to;
            emit moveRequested(from, to);
        }
    }
    update();
}

void LibraryView::keyPressEvent(QKeyEvent* ev)
{
    if (state_.elements.isEmpty())
        return QWidget::keyPressEvent(ev);
    const int n = int(state_.elements.size());
    switch (ev->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        focusIndex_ = (focusIndex_ + 1) % n;
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        focusIndex_ = (focusIndex_ + n - 1) % n;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return: {
        const ChangerElement& e = state_.elements[focusIndex_];
        if (pickedAddress_ < 0 && e.full) {
            pickedAddress_ = e.address;
            hoverAddress_ = e.address;
        } else if (pickedAddress_ >= 0) {
            if (e.address != pickedAddress_) {
                pendingFrom_ = pickedAddress_;
                pendingTo_ = e.address;
                emit moveRequested(pendingFrom_, pendingTo_);
            }
            pickedAddress_ = hoverAddress_ = -1;
        }
        break;
    }
    case Qt::Key_Escape:
        pickedAddress_ = hoverAddress_ = -1;
        break;
    default:
        return QWidget::keyPressEvent(ev);
    }
    update();
}

bool LibraryView::canDropFilesOn(int address) const
{
    const ChangerElement* e = state_.at(address);
    return e && state_.isDvd() && (e->type == ChangerElement::Drive || e->type == ChangerElement::Slot);
}

void LibraryView::dragEnterEvent(QDragEnterEvent* ev)
{
    if (ev->mimeData()->hasUrls())
        ev->acceptProposedAction();
}

void LibraryView::dragMoveEvent(QDragMoveEvent* ev)
{
    hoverAddress_ = elementAt(ev->position().toPoint());
    if (canDropFilesOn(hoverAddress_))
        ev->acceptProposedAction();
    else
        ev->ignore();
    update();
}

void LibraryView::dragLeaveEvent(QDragLeaveEvent*)
{
    hoverAddress_ = -1;
    update();
}

void LibraryView::dropEvent(QDropEvent* ev)
{
    hoverAddress_ = -1;
    if (dropFiles(ev->mimeData(), ev->position().toPoint()))
        ev->acceptProposedAction();
    else
        ev->ignore();
    update();
}

bool LibraryView::dropFiles(const QMimeData* mime, const QPoint& pos)
{
    const int address = elementAt(pos);
    if (!state_.isDvd()) {
        emit dropRefused(tr("Files can only be dropped on a DVD jukebox; tape cartridges are created by the New tape library wizard."));
        return false;
    }
    if (!canDropFilesOn(address)) {
        emit dropRefused(tr("Drop disc images on a DVD drive or a storage slot."));
        return false;
    }
    // Checked here, before anything is sent: the name and the first bytes.
    QStringList paths, problems;
    for (const QUrl& u : mime->urls()) {
        const QString path = u.toLocalFile();
        if (path.isEmpty()) {
            problems << tr("%1 is not a local file: save it first, then drop the file.").arg(u.toString());
            continue;
        }
        const MediaFileCheck check = checkMediaFile(path);
        if (check.ok)
            paths << path;
        else
            problems << check.problem;
    }
    if (!problems.isEmpty()) {
        emit dropRefused(problems.join(QLatin1Char('\n')));
        if (paths.isEmpty())
            return false;
    }
    emit filesDropped(address, paths);
    return true;
}

} // namespace storlab::gui
