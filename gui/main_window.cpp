#include "gui/main_window.h"

#include "gui/certificate_probe.h"
#include "gui/certificate_trust.h"
#include "gui/connect_dialog.h"
#include "gui/connection_indicator.h"
#include "gui/connection_manager.h"
#include "gui/add_media_dialog.h"
#include "gui/detail_pane.h"
#include "gui/drive_actions.h"
#include "gui/error_text.h"
#include "gui/lab_model.h"
#include "gui/library_panel.h"
#include "gui/lun_edit_dialog.h"
#include "gui/new_disk_wizard.h"
#include "gui/new_jukebox_wizard.h"
#include "gui/new_tape_library_wizard.h"
#include "gui/stats_history.h"
#include "gui/status_icons.h"
#include "gui/target_edit_dialog.h"
#include "gui/tray_indicator.h"
#include "gui/translations.h"
#include "shared/rpc_paths.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

namespace storlab::gui {

MainWindow::MainWindow(QSettings* settings, QWidget* parent) : QMainWindow(parent), settings_(settings)
{
    setWindowTitle(tr("storlab"));
    setWindowIcon(StatusIcons::application());
    setObjectName(QStringLiteral("mainWindow"));
    connection_ = new ConnectionManager(this);
    model_ = new LabModel(connection_, this);
    stats_ = new StatsHistory(connection_, this);
    probe_ = new CertificateProbe(this);
    drives_ = new DriveActions(connection_, this, this);
    buildLayout();
    buildMenus();
    drives_->acceptDropsOn(tree_);
    connect(drives_, &DriveActions::done, this, [this](bool, const QString& text) { statusBar()->showMessage(text, 8000); });
    tray_ = TrayIndicator::createIfAvailable(connection_, this);
    connect(model_, &LabModel::modelAboutToBeReset, this, &MainWindow::rememberSelection);
    connect(model_, &LabModel::refreshed, this, &MainWindow::restoreSelection);
    connect(connection_, &ConnectionManager::stateChanged, this, [this] {
        updateActions();
        if (connection_->state() == ConnectionManager::State::Disconnected && !connection_->lastError().isEmpty())
            onConnectionLost();
    });
    updateActions();
    resize(1280, 800);
    restoreGeometry(settings_->value(QStringLiteral("ui/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    tree_ = new QTreeView(this);
    tree_->setObjectName(QStringLiteral("labTree"));
    tree_->setAccessibleName(tr("Lab objects"));
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(model_, &LabModel::refreshed, tree_, &QTreeView::expandAll);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);

    details_ = new DetailPane(stats_, this);
    libraryPanel_ = new LibraryPanel(connection_, this);
    tabs_ = new QTabWidget(this);
    tabs_->setAccessibleName(tr("Views"));
    tabs_->addTab(details_, tr("&Properties"));
    tabs_->addTab(libraryPanel_, tr("&Library"));
    tabs_->setDocumentMode(true);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(tree_);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 840});
    setCentralWidget(splitter);

    indicator_ = new ConnectionIndicator(connection_, this);
    statusBar()->addPermanentWidget(indicator_);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAct = file->addAction(tr("&Connect to…"), QKeySequence(tr("Ctrl+O")), this, &MainWindow::showConnectDialog);
    connectAct->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    file->addAction(tr("Connect to &local daemon"), QKeySequence(tr("Ctrl+Shift+L")), this, [this] { connectLocal(); });
    connectionsMenu_ = file->addMenu(tr("&Saved connections"));
    rebuildConnectionsMenu();
    file->addAction(tr("&Disconnect"), this, [this] { connection_->disconnectFromServer(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* create = menuBar()->addMenu(tr("&Create"));
    QAction* disk = create->addAction(StatusIcons::lun(QStringLiteral("disk")), tr("New &disk…"), QKeySequence::New, this,
                                      [this] { openNewDiskWizard(); });
    QAction* tape = create->addAction(StatusIcons::library(false), tr("New &tape library…"), QKeySequence(tr("Ctrl+Shift+T")), this,
                                      [this] { openNewTapeLibraryWizard(); });
    QAction* dvd = create->addAction(StatusIcons::library(true), tr("New DVD &jukebox…"), QKeySequence(tr("Ctrl+Shift+J")), this,
                                     [this] { openNewJukeboxWizard(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    editAction_ = edit->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"), QKeySequence(tr("Ctrl+E")),
                                  this, [this] { editSelected(); });
    addMediaAction_ = edit->addAction(tr("Add &media…"), QKeySequence(tr("Ctrl+M")), this, [this] { addMediaToSelected(); });
    edit->addSeparator();
    loadAction_ = edit->addAction(tr("&Load medium…"), QKeySequence(tr("Ctrl+L")), this, [this] {
        const QModelIndex i = tree_->currentIndex().siblingAtColumn(0);
        const QString key = i.data(LabModel::KeyRole).toString();
        drives_->chooseAndLoad(key.section(QLatin1Char('/'), 0, -2), key.section(QLatin1Char('/'), -1).toInt(),
                               i.data(LabModel::DriveRole).toMap().value(QStringLiteral("type")).toString());
    });
    auto ejectSelected = [this](bool force) {
        const QString key = tree_->currentIndex().siblingAtColumn(0).data(LabModel::KeyRole).toString();
        drives_->eject(key.section(QLatin1Char('/'), 0, -2), key.section(QLatin1Char('/'), -1).toInt(), force);
    };
    ejectAction_ = edit->addAction(tr("E&ject"), QKeySequence(tr("Ctrl+Shift+E")), this, [ejectSelected] { ejectSelected(false); });
    forceEjectAction_ = edit->addAction(tr("&Force eject"), this, [this, ejectSelected] {
        if (QMessageBox::question(this, tr("Force eject"),
                                  tr("An initiator prevents removal of this medium. Take it away anyway?\n\n"
                                     "The initiator sees the medium gone; I/O it has in flight on it fails."),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            ejectSelected(true);
    });
    edit->addSeparator();
    deleteAction_ = edit->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), QKeySequence::Delete, this,
                                    &MainWindow::deleteSelected);
    QAction* refresh = edit->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), QKeySequence::Refresh,
                                       model_, &LabModel::refresh);
    needsConnection_ = {disk, tape, dvd, refresh};

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Properties"), QKeySequence(tr("Ctrl+1")), this, [this] { tabs_->setCurrentIndex(0); });
    view->addAction(tr("&Library"), QKeySequence(tr("Ctrl+2")), this, [this] { tabs_->setCurrentIndex(1); });
    QMenu* language = view->addMenu(tr("L&anguage"));
    auto* group = new QActionGroup(this);
    const QString current = settings_->value(QStringLiteral("ui/language")).toString();
    auto addLang = [&](const QString& code, const QString& label) {
        QAction* a = language->addAction(label, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    };
    addLang(QString(), tr("System language"));
    addLang(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString& l : Translations::available())
        addLang(l, Translations::nativeName(l));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About storlab"), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(connectAct);
    bar->addSeparator();
    bar->addAction(disk);
    bar->addAction(tape);
    bar->addAction(dvd);
    bar->addSeparator();
    bar->addAction(editAction_);
    bar->addAction(deleteAction_);
    bar->addAction(refresh);
}

void MainWindow::rebuildConnectionsMenu()
{
    connectionsMenu_->clear();
    const QList<ConnectionProfile> saved = ConnectionProfile::loadAll(*settings_);
    if (saved.isEmpty())
        connectionsMenu_->addAction(tr("(none yet)"))->setEnabled(false);
    for (const ConnectionProfile& p : saved)
        connectionsMenu_->addAction(p.name, this, [this, p] {
            if (p.isLocal())
                connectToProfile(p);
            else
                showConnectDialog();
        });
}

void MainWindow::connectLocal(const QString& socketPath)
{
    ConnectionProfile p = ConnectionProfile::local();
    p.url = socketPath;
    connectToProfile(p);
}

void MainWindow::connectToProfile(const ConnectionProfile& profile, const QString& password, const QString& token)
{
    if (profile.isLocal()) {
        rpc::ConnectOptions o;
        o.url = profile.url.isEmpty() ? rpc::clientSocketPath() : profile.url;
        connection_->connectTo(o);
        return;
    }
    remote_ = {profile, password, token};
    probeAndConnect(profile, password, token, false);
}

void MainWindow::probeAndConnect(const ConnectionProfile& profile, const QString& password, const QString& token,
                                 bool onlyIfChanged)
{
    const QUrl url(profile.url);
    statusBar()->showMessage(tr("Checking the certificate of %1…").arg(url.host()));
    probe_->disconnect(this);
    connect(probe_, &CertificateProbe::fetched, this, [this, profile, password, token, onlyIfChanged](const QSslCertificate& c) {
        onTlsCertificate(profile, c, password, token, onlyIfChanged);
    });
    connect(probe_, &CertificateProbe::failed, this, [this, profile](const QString& why) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Connection failed"),
                                    tr("Cannot reach %1: %2\n\nCheck the address and that admin.tls is configured on the daemon.")
                                        .arg(profile.url, why),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("connectionFailed"));
        showNonBlocking(box);
    });
    probe_->probe(url.host(), quint16(url.port(3262)));
}

void MainWindow::showNonBlocking(QMessageBox* box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

// The connection ended and will not be retried: wrong credentials, or a TLS
// failure — then check whether the daemon's certificate changed (the pinned
// one no longer matches) and ask before trusting the new one.
void MainWindow::onConnectionLost()
{
    const QString why = connection_->lastError();
    statusBar()->showMessage(why, 10000);
    if (why.startsWith(QLatin1String("login refused"))) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Login failed"),
                                    tr("%1 refused the login: %2\n\nCheck the user name and password (or the token) and "
                                       "connect again with File > Connect to…. After 5 failures the daemon waits 60 s.")
                                        .arg(connection_->url(), why.section(QLatin1String(": "), 1)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("loginFailed"));
        showNonBlocking(box);
        return;
    }
    if (why.startsWith(QLatin1String("TLS:")) && connection_->isRemote() && remote_.profile.url == connection_->url())
        probeAndConnect(remote_.profile, remote_.password, remote_.token, true);
}

void MainWindow::onTlsCertificate(const ConnectionProfile& profile, const QSslCertificate& cert, const QString& password,
                                  const QString& token, bool onlyIfChanged)
{
    const QUrl url(profile.url);
    const QString hostPort = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(3262));
    CertificateTrust trust(*settings_);
    const QString fp = CertificateTrust::fingerprint(cert);
    const CertificateTrust::Status status = trust.check(hostPort, cert);
    statusBar()->clearMessage();
    if (onlyIfChanged && status != CertificateTrust::Status::Changed)
        return;   // the TLS failure had another cause; the status bar shows it
    switch (status) {
    case CertificateTrust::Status::Trusted:
        break;
    case CertificateTrust::Status::Unknown: {
        QMessageBox box(QMessageBox::Question, tr("Trust this daemon?"),
                        tr("First connection to %1.\n\nCertificate: %2\nSHA-256 fingerprint:\n%3\n\n"
                           "Compare it with the daemon's (openssl x509 -noout -fingerprint -sha256 -in admin.crt) before trusting it.")
                            .arg(hostPort, cert.subjectDisplayName(), fp),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("trustCertificate"));
        box.button(QMessageBox::Yes)->setText(tr("&Trust and connect"));
        if (box.exec() != QMessageBox::Yes)
            return;
        trust.trust(hostPort, cert);
        break;
    }
    case CertificateTrust::Status::Changed: {
        QMessageBox box(QMessageBox::Warning, tr("The daemon's certificate has changed"),
                        tr("The certificate of %1 is not the one you trusted before.\n\nTrusted: %2\nNow:     %3\n\n"
                           "This happens when the daemon got a new certificate — or when someone intercepts the connection. "
                           "Connect only if you know the certificate was replaced.")
                            .arg(hostPort, trust.trustedFingerprint(hostPort), fp),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("certificateChanged"));
        QPushButton* accept = box.addButton(tr("Trust the &new certificate"), QMessageBox::DestructiveRole);
        accept->setObjectName(QStringLiteral("trustNew"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != accept) {
            statusBar()->showMessage(tr("Not connected: the certificate of %1 changed and was not trusted.").arg(hostPort));
            return;
        }
        trust.trust(hostPort, cert);
        break;
    }
    }
    rpc::ConnectOptions o;
    o.url = profile.url;
    o.user = profile.user;
    o.password = password;
    o.token = token;
    o.caFile = trust.pinnedCertificateFile(hostPort);
    connection_->connectTo(o);
    ConnectionProfile::saveAll(*settings_, ConnectionProfile::remember(ConnectionProfile::loadAll(*settings_), profile));
    rebuildConnectionsMenu();
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(ConnectionProfile::loadAll(*settings_), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile p = dialog.profile();
    if (p.isLocal()) {
        ConnectionProfile::saveAll(*settings_, ConnectionProfile::remember(ConnectionProfile::loadAll(*settings_), p));
        rebuildConnectionsMenu();
    }
    connectToProfile(p, dialog.password(), dialog.token());
}

static QJsonObject detailsOf(const QModelIndex& index)
{
    return QJsonObject::fromVariantMap(index.data(LabModel::DetailsRole).toMap());
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    const int kind = index.data(LabModel::KindRole).toInt();
    const QString key = index.data(LabModel::KeyRole).toString();
    selected_ = {kind, key};
    updateActions();
    if (!index.isValid() || kind == LabModel::Group || kind == LabModel::Note) {
        details_->show(index.data().toString(), tr("%n item(s)", nullptr, model_->rowCount(index)), {});
        return;
    }
    static const char* kinds[] = {"", QT_TR_NOOP("Portal"), QT_TR_NOOP("Target"), QT_TR_NOOP("Logical unit"),
                                  QT_TR_NOOP("Session"), QT_TR_NOOP("Library"), ""};
    const bool charted = kind == LabModel::Target || kind == LabModel::Lun;
    details_->show(index.data().toString(), tr(kinds[kind]), detailsOf(index), charted ? key : QString());
    if (kind == LabModel::Library) {
        if (libraryPanel_->library() != key)
            libraryPanel_->setLibrary(key);
        tabs_->setCurrentWidget(libraryPanel_);
    }
}

// What the selected object allows, while connected.
void MainWindow::updateActions()
{
    const bool up = connection_->state() == ConnectionManager::State::Connected;
    for (QAction* a : needsConnection_)
        a->setEnabled(up);
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    const int kind = index.isValid() ? index.data(LabModel::KindRole).toInt() : int(LabModel::Group);
    const bool drive = !index.data(LabModel::DriveRole).toMap().isEmpty() && index.data(LabModel::LibraryRole).toString().isEmpty();
    const bool loaded = index.data(LabModel::DriveRole).toMap().value(QStringLiteral("loaded")).toBool();
    deleteAction_->setEnabled(up && index.isValid() && kind != LabModel::Group && kind != LabModel::Note);
    editAction_->setEnabled(up && (kind == LabModel::Target || kind == LabModel::Lun));
    addMediaAction_->setEnabled(up && kind == LabModel::Library);
    loadAction_->setEnabled(up && drive && !loaded);
    ejectAction_->setEnabled(up && drive && loaded);
    forceEjectAction_->setEnabled(up && drive && loaded);
}

void MainWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = tree_->indexAt(pos);
    if (!index.isValid())
        return;
    tree_->setCurrentIndex(index);
    QMenu menu(this);
    for (QAction* a : {editAction_, addMediaAction_, loadAction_, ejectAction_, forceEjectAction_, deleteAction_})
        if (a->isEnabled())
            menu.addAction(a);
    if (!menu.isEmpty())
        menu.exec(tree_->viewport()->mapToGlobal(pos));
}

QDialog* MainWindow::openDialog(QDialog* dialog)
{
    if (dialog_)
        dialog_->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog_ = dialog;
    return dialog;
}

QDialog* MainWindow::editSelected()
{
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    const QString key = index.data(LabModel::KeyRole).toString();
    switch (index.data(LabModel::KindRole).toInt()) {
    case LabModel::Target:
        return openDialog(new TargetEditDialog(connection_, detailsOf(index), this));
    case LabModel::Lun: {
        const QModelIndex target = index.parent();
        return openDialog(new LunEditDialog(connection_, key.section(QLatin1Char('/'), 0, -2), detailsOf(index),
                                            detailsOf(target).value(QLatin1String("sessions")).toInt(), this));
    }
    default:
        return nullptr;
    }
}

QDialog* MainWindow::addMediaToSelected()
{
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    if (index.data(LabModel::KindRole).toInt() != LabModel::Library)
        return nullptr;
    return openDialog(new AddMediaDialog(connection_, detailsOf(index), this));
}

bool MainWindow::selectObject(int kind, const QString& key)
{
    QStandardItem* item = model_->find(LabModel::Kind(kind), key);
    if (!item)
        return false;
    tree_->setCurrentIndex(item->index());
    return true;
}

void MainWindow::rememberSelection() {}

void MainWindow::restoreSelection()
{
    if (selected_.first >= 0)
        selectObject(selected_.first, selected_.second);
    else if (model_->rowCount() > 0)
        tree_->setCurrentIndex(model_->index(0, 0));
}

void MainWindow::deleteSelected()
{
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    const int kind = index.data(LabModel::KindRole).toInt();
    const QString key = index.data(LabModel::KeyRole).toString();
    const QJsonObject d = detailsOf(index);
    QString question, method;
    QJsonObject params;
    switch (kind) {
    case LabModel::Target: {
        const int sessions = d.value(QLatin1String("sessions")).toInt();
        QStringList files;
        for (const QJsonValue& l : d.value(QLatin1String("luns")).toArray())
            if (!l.toObject().value(QLatin1String("path")).toString().isEmpty())
                files << l.toObject().value(QLatin1String("path")).toString();
        question = tr("Delete target %1?").arg(key) + QStringLiteral("\n\n")
                   + (sessions > 0 ? tr("%n logged-in session(s) are dropped and lose its LUNs at once.", nullptr, sessions)
                                   : tr("No initiator is logged in."))
                   + QLatin1Char(' ')
                   + (files.isEmpty() ? tr("It has no image files.")
                                      : tr("The image files stay on disk: %1").arg(files.join(QStringLiteral(", "))));
        method = QStringLiteral("target.delete");
        params = {{QStringLiteral("target"), key}, {QStringLiteral("force"), true}};
        break;
    }
    case LabModel::Lun: {
        const QString iqn = key.section(QLatin1Char('/'), 0, 0);
        const QString path = d.value(QLatin1String("path")).toString();
        question = tr("Remove LUN %1 from %2?\n\nLogged-in initiators lose it at once (commands in flight finish).")
                       .arg(key.section(QLatin1Char('/'), 1), iqn)
                   + QLatin1Char(' ')
                   + (path.isEmpty() ? tr("It has no image file.") : tr("The image file %1 stays on disk.").arg(path));
        method = QStringLiteral("lun.remove");
        params = {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), key.section(QLatin1Char('/'), 1).toInt()},
                  {QStringLiteral("force"), true}};
        break;
    }
    case LabModel::Portal:
        question = tr("Stop listening on %1?\n\nConnected sessions stay up.").arg(key);
        method = QStringLiteral("portal.remove");
        params = {{QStringLiteral("address"), key}};
        break;
    case LabModel::Session:
        question = tr("Log out session %1 (%2)?").arg(key, d.value(QLatin1String("initiator")).toString());
        method = QStringLiteral("session.logout");
        params = {{QStringLiteral("tsih"), key.toInt()}};
        break;
    case LabModel::Library:
        question = tr("Delete library %1?\n\nIts target (changer and %2 drive(s)) goes away with its sessions. "
                      "The %3 cartridge/disc file(s) stay in %4.")
                       .arg(key)
                       .arg(d.value(QLatin1String("drives")).toInt())
                       .arg(d.value(QLatin1String("media")).toInt())
                       .arg(d.value(QLatin1String("mediaDir")).toString());
        method = QStringLiteral("library.delete");
        params = {{QStringLiteral("name"), key}, {QStringLiteral("force"), true}};
        break;
    default:
        return;
    }
    if (QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QPointer<MainWindow> self(this);
    connection_->call(method, params, [self](const rpc::RpcReply& r) {
        if (self && !r.ok())
            QMessageBox::warning(self, tr("Not done"), errorText(r));
    });
}

QWizard* MainWindow::openNewDiskWizard()
{
    if (wizard_)
        wizard_->close();
    auto* w = new NewDiskWizard(connection_, model_->portalAddresses(), this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowModality(Qt::WindowModal);
    w->show();
    wizard_ = w;
    return w;
}

QWizard* MainWindow::openNewTapeLibraryWizard()
{
    if (wizard_)
        wizard_->close();
    auto* w = new NewTapeLibraryWizard(connection_, this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowModality(Qt::WindowModal);
    w->show();
    wizard_ = w;
    return w;
}

QWizard* MainWindow::openNewJukeboxWizard()
{
    if (wizard_)
        wizard_->close();
    auto* w = new NewJukeboxWizard(connection_, this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowModality(Qt::WindowModal);
    w->show();
    wizard_ = w;
    return w;
}

void MainWindow::setLanguage(const QString& lang)
{
    settings_->setValue(QStringLiteral("ui/language"), lang);
    statusBar()->showMessage(tr("The language changes the next time storlab starts."), 8000);
}

void MainWindow::showAbout()
{
    const QJsonObject info = connection_->serverInfo();
    QMessageBox::about(this, tr("About storlab"),
                       tr("<h3>storlab</h3><p>Desktop client of the storlab iSCSI lab appliance.</p>"
                          "<p>Daemon: %1 %2, protocol %3</p>")
                           .arg(info.value(QLatin1String("name")).toString(tr("not connected")),
                                info.value(QLatin1String("version")).toString())
                           .arg(info.value(QLatin1String("protocolVersion")).toInt()));
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    settings_->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    e->accept();
}

} // namespace storlab::gui
