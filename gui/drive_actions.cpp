#include "gui/drive_actions.h"

#include "gui/connection_manager.h"
#include "gui/error_text.h"
#include "gui/import_progress_dialog.h"
#include "gui/lab_model.h"
#include "gui/media_file_check.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QTreeView>

namespace storlab::gui {

DriveActions::DriveActions(ConnectionManager* connection, QWidget* window, QObject* parent)
    : QObject(parent), connection_(connection), window_(window)
{
}

void DriveActions::report(bool ok, const QString& text)
{
    emit done(ok, text);
    if (ok || !window_)
        return;
    // Window-modal but not a nested event loop (this may run inside a drop).
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Drive"), text, QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("driveError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DriveActions::chooseAndLoad(const QString& iqn, int lun, const QString& type)
{
    const bool dvd = type == QLatin1String("dvd");
    QString path;
    if (connection_->isRemote() && !dvd) {
        // A cartridge file must already be on the daemon's host.
        bool ok = false;
        path = QInputDialog::getText(window_, tr("Load a cartridge"),
                                     tr("Path of the cartridge file on the daemon's host:"), QLineEdit::Normal, {}, &ok);
        if (!ok || path.isEmpty())
            return;
        connection_->call(QStringLiteral("drive.load"),
                          {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), lun}, {QStringLiteral("path"), path}},
                          [this, path](const rpc::RpcReply& r) {
                              report(r.ok(), r.ok() ? tr("Loaded %1.").arg(QFileInfo(path).fileName()) : errorText(r));
                          });
        return;
    }
    path = QFileDialog::getOpenFileName(window_, dvd ? tr("Load a disc image") : tr("Load a cartridge"), {},
                                        dvd ? tr("Disc images (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;"
                                                 "All files (*)")
                                            : tr("Cartridge files (*);;All files (*)"));
    if (!path.isEmpty())
        loadFile(iqn, lun, type, path);
}

void DriveActions::loadFile(const QString& iqn, int lun, const QString& type, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const bool dvd = type == QLatin1String("dvd");
    bool inPlace = !connection_->isRemote();
    if (dvd) {
        const MediaFileCheck check = checkMediaFile(path);
        if (!check.ok) {
            report(false, check.problem);
            return;
        }
        inPlace = inPlace && check.plainImage;
    }
    if (inPlace) {
        connection_->call(QStringLiteral("drive.load"),
                          {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), lun},
                           {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}},
                          [this, name](const rpc::RpcReply& r) { report(r.ok(), r.ok() ? tr("Loaded %1.").arg(name) : errorText(r)); });
        return;
    }
    if (!dvd) {
        report(false, tr("A cartridge file can be loaded only from the daemon's host."));
        return;
    }
    ImportProgressDialog::start(window_, connection_, path, {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), lun}},
                                [this, name](bool ok, const QJsonObject&, const QString& error) {
                                    report(ok, ok ? tr("Imported and loaded %1.").arg(name)
                                                  : tr("Import of %1 failed: %2").arg(name, error));
                                });
}

void DriveActions::eject(const QString& iqn, int lun, bool force)
{
    connection_->call(QStringLiteral("drive.eject"),
                      {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), lun}, {QStringLiteral("force"), force}},
                      [this](const rpc::RpcReply& r) {
                          if (r.ok()) {
                              report(true, tr("Ejected %1.").arg(QFileInfo(r.result.toObject().value(QLatin1String("path")).toString()).fileName()));
                              return;
                          }
                          if (r.code == rpc::Busy)
                              report(false, tr("%1\n\nUse “Force eject” to take the medium away from the initiator anyway.").arg(r.message));
                          else
                              report(false, errorText(r));
                      });
}

void DriveActions::acceptDropsOn(QTreeView* tree)
{
    tree_ = tree;
    tree->setAcceptDrops(true);
    tree->viewport()->setAcceptDrops(true);
    tree->viewport()->installEventFilter(this);
}

// The standalone DVD drive under pos in the tree, or an invalid index.
static QModelIndex dvdDriveAt(QTreeView* tree, const QPoint& pos)
{
    const QModelIndex index = tree->indexAt(pos).siblingAtColumn(0);
    if (index.data(LabModel::KindRole).toInt() != LabModel::Lun || !index.data(LabModel::LibraryRole).toString().isEmpty())
        return {};
    const QVariantMap drive = index.data(LabModel::DriveRole).toMap();
    return drive.value(QStringLiteral("type")).toString() == QLatin1String("dvd") ? index : QModelIndex();
}

bool DriveActions::eventFilter(QObject* watched, QEvent* event)
{
    if (!tree_ || watched != tree_->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* e = static_cast<QDragMoveEvent*>(event);
        const QModelIndex drive = e->mimeData()->hasUrls() ? dvdDriveAt(tree_, e->position().toPoint()) : QModelIndex();
        if (drive.isValid()) {
            tree_->setCurrentIndex(drive);
            e->acceptProposedAction();
        } else if (event->type() == QEvent::DragEnter && e->mimeData()->hasUrls()) {
            e->acceptProposedAction();   // keep receiving moves; refused per item below
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* e = static_cast<QDropEvent*>(event);
        const QModelIndex drive = dvdDriveAt(tree_, e->position().toPoint());
        const QList<QUrl> urls = e->mimeData()->urls();
        if (!drive.isValid() || urls.isEmpty()) {
            e->ignore();
            report(false, tr("Drop disc images on a DVD drive (a LUN of type dvd) or on a jukebox in the Library tab."));
            return true;
        }
        e->acceptProposedAction();
        const QString key = drive.data(LabModel::KeyRole).toString();
        loadFile(key.section(QLatin1Char('/'), 0, -2), key.section(QLatin1Char('/'), -1).toInt(), QStringLiteral("dvd"),
                 urls.first().toLocalFile());
        return true;
    }
    default:
        return false;
    }
}

} // namespace storlab::gui
