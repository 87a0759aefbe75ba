#include "gui/library_panel.h"

#include "gui/connection_manager.h"
#include "gui/error_text.h"
#include "gui/import_progress_dialog.h"
#include "gui/library_view.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>

namespace storlab::gui {

LibraryPanel::LibraryPanel(ConnectionManager* connection, QWidget* parent) : QWidget(parent), connection_(connection)
{
    setAccessibleName(tr("Library view"));
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title_->setFont(f);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("libraryMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view_ = new LibraryView(this);
    scroll_ = new QScrollArea(this);
    scroll_->setWidget(view_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title_);
    layout->addWidget(message_);
    layout->addWidget(scroll_, 1);
    showMessage(tr("Select a library or jukebox in the tree."), false);

    coalesce_.setSingleShot(true);
    coalesce_.setInterval(30);
    connect(&coalesce_, &QTimer::timeout, this, &LibraryPanel::reload);
    connect(view_, &LibraryView::moveRequested, this, &LibraryPanel::requestMove);
    connect(view_, &LibraryView::filesDropped, this, &LibraryPanel::importFiles);
    connect(view_, &LibraryView::dropRefused, this, [this](const QString& why) { showMessage(why, true); });
    connect(connection_, &ConnectionManager::connected, this, &LibraryPanel::reload);
    connect(connection_, &ConnectionManager::eventReceived, this, [this](const QString& method, const QJsonObject& params) {
        if (name_.isEmpty() || (method != QLatin1String("event.library.changed") && method != QLatin1String("event.media.moved")))
            return;
        const QString lib = params.value(QLatin1String("library")).toString(params.value(QLatin1String("name")).toString());
        if (lib.isEmpty() || lib == name_)
            coalesce_.start();
    });
}

void LibraryPanel::showMessage(const QString& text, bool error)
{
    message_->setText(text);
    message_->setStyleSheet(error ? QStringLiteral("QLabel { color: #8c1d18; background: #fbe6e4; border: 1px solid #e6b8b3;"
                                                   " border-radius: 4px; padding: 6px; }")
                                   : QStringLiteral("QLabel { color: palette(window-text); padding: 6px 0px; }"));
}

QString LibraryPanel::message() const { return message_->text(); }

void LibraryPanel::setLibrary(const QString& name)
{
    name_ = name;
    title_->setText(name);
    reload();
}

void LibraryPanel::reload()
{
    if (name_.isEmpty())
        return;
    const quint64 gen = ++generation_;
    QPointer<LibraryPanel> self(this);
    connection_->call(QStringLiteral("library.show"), {{QStringLiteral("name"), name_}}, [self, gen](const rpc::RpcReply& r) {
        if (!self || gen != self->generation_)
            return;
        if (!r.ok()) {
            self->view_->setEnabled(false);
            self->showMessage(isMissingMethod(r) ? tr("This daemon does not offer the library methods yet (library.show): "
                                                      "the library view is disabled. Update storlabd.")
                                                 : errorText(r),
                              true);
            return;
        }
        const LibraryState state = LibraryState::fromJson(r.result.toObject());
        self->view_->setEnabled(true);
        self->view_->setState(state);
        self->title_->setText(tr("%1 — %2 (%3)").arg(state.name, state.iqn, state.personality));
        if (self->message_->styleSheet().contains(QLatin1String("fbe6e4")) == false)
            self->showMessage(state.isDvd() ? tr("Drag a disc between slots, drives and import/export ports, or drop .iso/.zip files "
                                                 "on a drive or slot.")
                                            : tr("Drag a cartridge to a drive to load it, back to a slot to unload, to an "
                                                 "import/export port to export it."),
                              false);
        emit self->loaded();
    });
}

void LibraryPanel::requestMove(int from, int to)
{
    const ChangerElement* src = view_->state().at(from);
    const ChangerElement* dst = view_->state().at(to);
    const QString what = tr("Moving %1 from %2 to %3…").arg(src ? src->barcode : QString(), src ? src->name : QString(),
                                                           dst ? dst->name : QString());
    showMessage(what, false);
    QPointer<LibraryPanel> self(this);
    connection_->call(QStringLiteral("changer.move"),
                      {{QStringLiteral("library"), name_}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                      [self](const rpc::RpcReply& r) {
                          if (!self)
                              return;
                          if (!r.ok()) {
                              self->view_->snapBack();
                              const QString msg = tr("Move refused: %1").arg(isMissingMethod(r) ? tr("this daemon has no changer.move") : r.message);
                              self->showMessage(msg, true);
                              emit self->moveFinished(false, msg);
                              self->reload();
                              return;
                          }
                          self->showMessage(tr("Moved."), false);
                          emit self->moveFinished(true, {});
                          self->reload();
                      });
}

// Dropped images: media.import into the library (through an IE port into
// the slot, PROTOCOL.md "media.import"), then into the drive when dropped on
// one. Several files dropped on a slot go one after the other into the
// first empty slots.
void LibraryPanel::importFiles(int address, const QStringList& paths)
{
    const ChangerElement* target = view_->state().at(address);
    if (paths.isEmpty() || !target)
        return;
    const bool toDrive = target->type == ChangerElement::Drive;
    if (toDrive && target->full) {
        showMessage(tr("%1 holds %2: move it to a slot first, then drop the image again.").arg(target->name, target->barcode), true);
        return;
    }
    QJsonObject destination{{QStringLiteral("library"), name_}};
    if (toDrive)
        destination.insert(QStringLiteral("drive"), QStringLiteral("drive:%1").arg(target->index));
    else if (!target->full)
        destination.insert(QStringLiteral("to"), QStringLiteral("slot:%1").arg(target->index));
    QStringList rest = paths.mid(1);
    if (toDrive && !rest.isEmpty()) {
        showMessage(tr("A drive takes one disc: only %1 is imported.").arg(QFileInfo(paths.first()).fileName()), false);
        rest.clear();
    }
    const QString path = paths.first();
    const QString file = QFileInfo(path).fileName();
    showMessage(tr("Importing %1…").arg(file), false);
    QPointer<LibraryPanel> self(this);
    ImportProgressDialog::start(this, connection_, path, destination,
                                [self, file, rest, toDrive](bool ok, const QJsonObject& result, const QString& error) {
        if (!self)
            return;
        if (!ok) {
            self->showMessage(tr("Import of %1 failed: %2").arg(file, error), true);
            emit self->importFinished(false, error);
            return;
        }
        const QString barcode = result.value(QLatin1String("barcode")).toString();
        const QString where = result.value(QLatin1String("location")).toString();
        self->showMessage(toDrive ? tr("Imported %1 as %2 and loaded it.").arg(file, barcode)
                                  : tr("Imported %1 as %2 into %3.").arg(file, barcode, where),
                          false);
        emit self->importFinished(true, barcode);
        self->reload();
        if (!rest.isEmpty()) {
            // The next ones go to the first empty slots (no `to`).
            const ChangerElement* firstSlot = nullptr;
            for (const ChangerElement& e : self->view_->state().elements)
                if (e.type == ChangerElement::Slot && !firstSlot)
                    firstSlot = &e;
            self->importFiles(firstSlot ? firstSlot->address : -1, rest);
        }
    });
}

} // namespace storlab::gui
