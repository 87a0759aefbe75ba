#pragma once
// The tree of the connected daemon: portals, targets with their LUNs,
// sessions, libraries, the medium of each standalone drive (drive.show).
// Rebuilt from the list RPCs after connecting and after
// every pushed event (coalesced), never by polling.
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTimer>
#include <functional>
#include <memory>

namespace storlab::gui {

class ConnectionManager;

class LabModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KeyRole,
        DetailsRole,
        LibraryRole,   // LUN of a library's target: the library name (its drives move with changer.move)
        DriveRole,     // standalone tape/DVD drive LUN: drive.show as a QVariantMap (empty when not a drive)
    };
    enum Kind { Group, Portal, Target, Lun, Session, Library, Note };
    Q_ENUM(Kind)

    explicit LabModel(ConnectionManager* connection, QObject* parent = nullptr);

    void refresh();
    bool librariesAvailable() const { return librariesAvailable_; }
    QStringList portalAddresses() const { return portals_; }
    // The item of kind/key, or nullptr.
    QStandardItem* find(Kind kind, const QString& key) const;

signals:
    void refreshed();

private:
    struct Snapshot;
    void rebuild(const Snapshot& s);
    void showDrives(const std::shared_ptr<Snapshot>& snap, const QString& iqn, const std::function<void()>& done);
    QStandardItem* group(const QString& title, const QString& key);
    QStandardItem* leaf(Kind kind, const QString& text, const QString& key, const QJsonObject& details);

    ConnectionManager* connection_;
    QTimer coalesce_;
    quint64 generation_ = 0;
    bool librariesAvailable_ = false;
    QStringList portals_;
};

} // namespace storlab::gui
