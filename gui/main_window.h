#pragma once
// The main window: tree of the daemon's objects (left), properties and the
// library view (right), menus with shortcuts, the connection state in the
// status bar. Connects to the local daemon at start; File > Connect to… for
// remote daemons over TLS (certificate fingerprint confirmed on first use).
#include "gui/connection_profile.h"

#include <QMainWindow>
#include <QPointer>

class QSettings;
class QSslCertificate;
class QTabWidget;
class QTreeView;
class QWizard;
class QDialog;
class QMessageBox;

namespace storlab::gui {

class CertificateProbe;
class ConnectionIndicator;
class ConnectionManager;
class DetailPane;
class LabModel;
class LibraryPanel;
class DriveActions;
class TrayIndicator;
class StatsHistory;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void connectToProfile(const ConnectionProfile& profile, const QString& password = {}, const QString& token = {});
    void connectLocal(const QString& socketPath = {});

    // Open the wizards (window-modal, non-blocking); return them for tests.
    QWizard* openNewDiskWizard();
    QWizard* openNewTapeLibraryWizard();
    QWizard* openNewJukeboxWizard();

    ConnectionManager* connection() const { return connection_; }
    LabModel* model() const { return model_; }
    QTreeView* tree() const { return tree_; }
    LibraryPanel* libraryPanel() const { return libraryPanel_; }
    DetailPane* detailPane() const { return details_; }
    ConnectionIndicator* indicator() const { return indicator_; }
    StatsHistory* stats() const { return stats_; }
    QTabWidget* tabs() const { return tabs_; }
    bool selectObject(int kind, const QString& key);
    DriveActions* driveActions() const { return drives_; }
    TrayIndicator* tray() const { return tray_; }
    // The edit dialog for the selected target/LUN, or the add-media dialog
    // for the selected library (window-modal, not blocking); nullptr if none applies.
    QDialog* editSelected();
    QDialog* addMediaToSelected();

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    void buildMenus();
    void buildLayout();
    void onSelectionChanged();
    void onTlsCertificate(const ConnectionProfile& profile, const QSslCertificate& cert, const QString& password,
                          const QString& token, bool onlyIfChanged);
    void probeAndConnect(const ConnectionProfile& profile, const QString& password, const QString& token, bool onlyIfChanged);
    void onConnectionLost();
    void showNonBlocking(QMessageBox* box);
    void showConnectDialog();
    void rebuildConnectionsMenu();
    void deleteSelected();
    void showContextMenu(const QPoint& pos);
    void updateActions();
    QDialog* openDialog(QDialog* dialog);
    void setLanguage(const QString& lang);
    void showAbout();
    void rememberSelection();
    void restoreSelection();

    QSettings* settings_;
    ConnectionManager* connection_;
    LabModel* model_;
    QTreeView* tree_;
    DetailPane* details_;
    LibraryPanel* libraryPanel_;
    QTabWidget* tabs_;
    ConnectionIndicator* indicator_;
    StatsHistory* stats_;
    CertificateProbe* probe_;
    QMenu* connectionsMenu_ = nullptr;
    QList<QAction*> needsConnection_;
    QAction* deleteAction_ = nullptr;
    QAction* editAction_ = nullptr;
    QAction* addMediaAction_ = nullptr;
    QAction* loadAction_ = nullptr;
    QAction* ejectAction_ = nullptr;
    QAction* forceEjectAction_ = nullptr;
    DriveActions* drives_ = nullptr;
    TrayIndicator* tray_ = nullptr;
    QPointer<QDialog> dialog_;
    QPair<int, QString> selected_{-1, {}};
    QPointer<QWizard> wizard_;
    // The remote daemon asked for last (kept in memory only, for the
    // certificate check after a TLS failure).
    struct Remote {
        ConnectionProfile profile;
        QString password, token;
    } remote_;
};

} // namespace storlab::gui
