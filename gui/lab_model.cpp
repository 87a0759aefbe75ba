#include "gui/lab_model.h"

#include "gui/connection_manager.h"
#include "gui/status_icons.h"

#include <QJsonArray>
#include <memory>

namespace storlab::gui {

struct LabModel::Snapshot {
    QJsonArray portals, targets, sessions, libraries;
    QHash<QString, QJsonObject> targetDetails;
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
        if (!method.startsWith(QLatin1String("event.config.")))
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
                              [snap, iqn, done](const rpc::RpcReply& d) {
                                  if (d.ok())
                                      snap->targetDetails.insert(iqn, d.result.toObject());
                                  done();
                              });
        }
    });
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

    QSet<QString> libraryIqns;
    for (const QJsonValue& v : s.libraries)
        libraryIqns << v.toObject().value(QLatin1String("iqn")).toString();

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
            QStandardItem* li = leaf(Lun, tr("LUN %1 (%2)").arg(n, type), iqn + QLatin1Char('/') + n, lun);
            li->setIcon(StatusIcons::lun(type));
            const double gib = lun.value(QLatin1String("size")).toDouble() / (1024.0 * 1024 * 1024);
            it->appendRow({li, statusItem(gib > 0 ? tr("%1 GiB").arg(gib, 0, 'f', gib < 10 ? 1 : 0) : QString())});
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
