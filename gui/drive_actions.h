#pragma once
// Load and eject for standalone tape and DVD drives (PROTOCOL.md "drive"):
// the tree's context menu and file drops on a DVD drive in the tree. A plain
// ISO on a local daemon is loaded in place (drive.load); anything else
// (compressed, archives, folders, or a remote daemon) goes through
// media.import {target, lun} with progress and cancel.
#include <QObject>
#include <QPointer>

class QTreeView;
class QWidget;

namespace storlab::gui {

class ConnectionManager;

class DriveActions : public QObject {
    Q_OBJECT
public:
    DriveActions(ConnectionManager* connection, QWidget* window, QObject* parent = nullptr);

    // Accept file drops on standalone DVD drives of this tree (LabModel items).
    void acceptDropsOn(QTreeView* tree);
    // Asks for a file and loads it (image or cartridge file).
    void chooseAndLoad(const QString& iqn, int lun, const QString& type);
    // Checks the file (checkMediaFile for discs), then loads or imports it.
    void loadFile(const QString& iqn, int lun, const QString& type, const QString& path);
    void eject(const QString& iqn, int lun, bool force);

signals:
    // Every outcome, for the status bar and tests: ok, and what happened or the daemon's message as is.
    void done(bool ok, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report(bool ok, const QString& text);
    ConnectionManager* connection_;
    QPointer<QWidget> window_;
    QPointer<QTreeView> tree_;
};

} // namespace storlab::gui
