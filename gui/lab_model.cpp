#include "gui/lab_model.h"

#include "gui/connection_manager.h"
#include "gui/status_icons.h"

#include <QFileInfo>
#include <QJsonArray>
#include <memory>

namespace storlab::gui {

struct LabModel::Snapshot {
    QJsonArray portals, targets, sessions, libraries;
    QHash<QString, QJsonObject> targetDetails;
    QHash<QString, QJsonObject> drives;   // "iqn/lun" -> drive.show
    QString librariesError;
    int pending = 0;
};

LabModel::LabModel(ConnectionManager* connection, QObject* parent) : QStandardItemModel(parent), connection_(connection)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Status")});
    coalesce_.setSingleShot(true);
    coalesce_.setInterval(50);
    connect(&coalesce_, &QTimer::timeout, this, &LabModel::refresh);
    connect(connection_, &ConnectionManager::connected, this, &LabModel::refresh);
    connect(connection_, &ConnectionManager::eventReceived, this, [this](const QString& method) {
        // Statistics and job progress change nothing in the tree.
        if (!method.startsWith(QLatin1String("event.config.")) && method != QLatin1String("event.stats")
            && method != QLatin1String("event.job.progress"))
            coalesce_.start();
    });
}

void LabModel::refresh()
{
    const quint64 gen = ++generation_;
    auto snap = std::make_shared<Snapshot>();
    auto done = [this, gen, snap] {
        if (--snap->pending == 0 && gen == generation_)
            rebuild(*snap);
    };
    auto list = [&](const QString& method, QJsonArray Snapshot::*field, std::function<void(const rpc::RpcReply&)> extra = {}) {
        ++snap->pending;
        connection_->call(method, {}, [snap, field, done, extra](const rpc::RpcReply& r) {
            if (r.ok())
                (*snap).*field = r.result.toArray();
            if (extra)
                extra(r);
            done();
        });
    };
    list(QStringLiteral("portal.list"), &Snapshot::portals);
    list(QStringLiteral("session.list"), &Snapshot::sessions);
    list(QStringLiteral("library.list"), &Snapshot::libraries, [snap](const rpc::RpcReply& r) {
        if (!r.ok())
            snap->librariesError = r.code == rpc::MethodNotFound ? QStringLiteral("-") : r.message;
    });
    list(QStringLiteral("target.list"), &Snapshot::targets, [this, snap, done](const rpc::RpcReply& r) {
        for (const QJsonValue& t : r.result.toArray()) {
            const QString iqn = t.toObject().value(QLatin1String("iqn")).toString();
            ++snap->pending;
            connection_->call(QStringLiteral("target.show"), {{QStringLiteral("target"), iqn}},
                              [this, snap, iqn, done](const rpc::RpcReply& d) {
                                  if (d.ok()) {
                                      snap->targetDetails.insert(iqn, d.result.toObject());
                                      showDrives(snap, iqn, done);
                                  }
                                  done();
                              });
        }
    });
}

// Standalone tape and DVD drives (not a library's): what is loaded, from
// drive.show (PROTOCOL.md "drive"); an older daemon without it leaves them out.
void LabModel::showDrives(const std::shared_ptr<Snapshot>& snap, const QString& iqn, const std::function<void()>& done)
{
    for (const QJsonValue& v : snap->libraries)
        if (v.toObject().value(QLatin1String("iqn")).toString() == iqn)
            return;
    for (const QJsonValue& l : snap->targetDetails.value(iqn).value(QLatin1String("luns")).toArray()) {
        const QJsonObject lun = l.toObject();
        const QString type = lun.value(QLatin1String("type")).toString();
        if (type != QLatin1String("dvd") && type != QLatin1String("tape"))
            continue;
        const QString key = iqn + QLatin1Char('/') + QString::number(lun.value(QLatin1String("lun")).toInteger());
        ++snap->pending;
        connection_->call(QStringLiteral("drive.show"),
                          {{QStringLiteral("target"), iqn}, {QStringLiteral("lun"), lun.value(QLatin1String("lun"))}},
                          [snap, key, done](const rpc::RpcReply& r) {
                              if (r.ok())
                                  snap->drives.insert(key, r.result.toObject());
                              done();
                          });
    }
}

QStandardItem* LabModel::group(const QString& title, const QString& key)
{
    auto* item = new QStandardItem(StatusIcons::group(), title);
    item->setData(Group, KindRole);
    item->setData(key, KeyRole);
    item->setEditable(false);
    appendRow({item, new QStandardItem()});
    return item;
}

QStandardItem* LabModel::leaf(Kind kind, const QString& text, const QString& key, const QJsonObject& details)
{
    auto* item = new QStandardItem(text);
    item->setData(kind, KindRole);
    item->setData(key, KeyRole);
    item->setData(details.toVariantMap(), DetailsRole);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

static QStandardItem* statusItem(const QString& text, const QIcon& icon = {})
{
    auto* s = new QStandardItem(icon, text);
    s->setEditable(false);
    return s;
}

void LabModel::rebuild(const Snapshot& s)
{
    removeRows(0, rowCount());
    portals_.clear();

    QStandardItem* portals = group(tr("Portals"), QStringLiteral("portals"));
    for (const QJsonValue& v : s.portals) {
        const QJsonObject p = v.toObject();
        const QString addr = p.value(QLatin1String("address")).toString();
        portals_ << addr;
        QStandardItem* it = leaf(Portal, addr, addr, p);
        it->setIcon(StatusIcons::portal());
        portals->appendRow({it, statusItem(tr("listening"), StatusIcons::dot(StatusIcons::Ok))});
    }

    QHash<QString, QString> libraryOf;   // target IQN -> library name
    for (const QJsonValue& v : s.libraries)
        libraryOf.insert(v.toObject().value(QLatin1String("iqn")).toString(), v.toObject().value(QLatin1String("name")).toString());

    QStandardItem* targets = group(tr("Targets"), QStringLiteral("targets"));
    for (const QJsonValue& v : s.targets) {
        const QJsonObject brief = v.toObject();
        const QString iqn = brief.value(QLatin1String("iqn")).toString();
        const QJsonObject t = s.targetDetails.value(iqn, brief);
        const int sessions = brief.value(QLatin1String("sessions")).toInt();
        QStandardItem* it = leaf(Target, iqn, iqn, t);
        it->setIcon(StatusIcons::target());
        targets->appendRow({it, statusItem(sessions > 0 ? tr("%n session(s)", nullptr, sessions) : tr("idle"),
                                           StatusIcons::dot(sessions > 0 ? StatusIcons::Ok : StatusIcons::Idle))});
        for (const QJsonValue& l : t.value(QLatin1String("luns")).toArray()) {
            const QJsonObject lun = l.toObject();
            const QString type = lun.value(QLatin1String("type")).toString(QStringLiteral("disk"));
            const QString n = QString::number(lun.value(QLatin1String("lun")).toInteger());
            const QString key = iqn + QLatin1Char('/') + n;
            QJsonObject details = lun;
            const QJsonObject drive = s.drives.value(key);
            if (!drive.isEmpty())
                details.insert(QStringLiteral("medium"), drive);
            QStandardItem* li = leaf(Lun, tr("LUN %1 (%2)").arg(n, type), key, details);
            li->setIcon(StatusIcons::lun(type));
            li->setData(libraryOf.value(iqn), LibraryRole);
            li->setData(drive.toVariantMap(), DriveRole);
            const double gib = lun.value(QLatin1String("size")).toDouble() / (1024.0 * 1024 * 1024);
            QString status = gib > 0 ? tr("%1 GiB").arg(gib, 0, 'f', gib < 10 ? 1 : 0) : QString();
            QIcon statusIcon;
            if (!drive.isEmpty()) {
                const bool loaded = drive.value(QLatin1String("loaded")).toBool();
                const QString medium = QFileInfo(drive.value(QLatin1String("path")).toString()).fileName();
                status = loaded ? (medium.isEmpty() ? tr("loaded") : medium) : tr("empty");
                statusIcon = StatusIcons::dot(loaded ? StatusIcons::Ok : StatusIcons::Idle);
            }
            it->appendRow({li, statusItem(status, statusIcon)});
        }
    }

    QStandardItem* sessions = group(tr("Sessions"), QStringLiteral("sessions"));
    for (const QJsonValue& v : s.sessions) {
        const QJsonObject ses = v.toObject();
        const QString tsih = QString::number(ses.value(QLatin1String("tsih")).toInteger());
        const QString text = tr("%1 → %2").arg(ses.value(QLatin1String("initiator")).toString(),
                                               ses.value(QLatin1String("target")).toString(tr("discovery")));
        QStandardItem* it = leaf(Session, text, tsih, ses);
        it->setIcon(StatusIcons::session());
        sessions->appendRow({it, statusItem(ses.value(QLatin1String("type")).toString(), StatusIcons::dot(StatusIcons::Ok))});
    }

    QStandardItem* libraries = group(tr("Libraries"), QStringLiteral("libraries"));
    librariesAvailable_ = s.librariesError.isEmpty();
    if (!librariesAvailable_) {
        const QString note = s.librariesError == QLatin1String("-")
                                 ? tr("not offered by this daemon (library.list missing)")
                                 : s.librariesError;
        libraries->appendRow({leaf(Note, note, {}, {}), statusItem({}, StatusIcons::dot(StatusIcons::Warning))});
    }
    for (const QJsonValue& v : s.libraries) {
        const QJsonObject lib = v.toObject();
        const QString name = lib.value(QLatin1String("name")).toString();
        const bool dvd = lib.value(QLatin1String("driveType")).toString() == QLatin1String("dvd")
                         || lib.value(QLatin1String("type")).toString() == QLatin1String("dvd");
        QStandardItem* it = leaf(Library, name, name, lib);
        it->setIcon(StatusIcons::library(dvd));
        libraries->appendRow({it, statusItem(dvd ? tr("DVD jukebox") : tr("tape library"), StatusIcons::dot(StatusIcons::Ok))});
    }
    emit refreshed();
}

QStandardItem* LabModel::find(Kind kind, const QString& key) const
{
    QList<QStandardItem*> stack;
    for (int r = 0; r < rowCount(); ++r)
        stack << item(r);
    while (!stack.isEmpty()) {
        QStandardItem* it = stack.takeLast();
        if (it->data(KindRole).toInt() == kind && it->data(KeyRole).toString() == key)
            return it;
        for (int r = 0; r < it->rowCount(); ++r)
            stack << it->child(r);
    }
    return nullptr;
}

} // namespace storlab::gui
