#include "app/identity_store.h"

#include "shared/atomic_file.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace storlab::app {

IdentityStore::IdentityStore(QString path) : path_(std::move(path)) {}

QString IdentityStore::load()
{
    QFile f(path_);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path_, f.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return QStringLiteral("%1 is not a JSON object (%2); move it away to regenerate identities").arg(path_, err.errorString());
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        StoredIdentity id;
        id.serial = o.value(QLatin1String("serial")).toString();
        id.naa = o.value(QLatin1String("naa")).toString().toULongLong(nullptr, 16);
        if (!id.serial.isEmpty())
            ids_.insert(it.key(), id);
    }
    return {};
}

QString IdentityStore::save() const
{
    QJsonObject root;
    for (auto it = ids_.begin(); it != ids_.end(); ++it) {
        QJsonObject o;
        o[QStringLiteral("serial")] = it->serial;
        o[QStringLiteral("naa")] = QString::number(it->naa, 16);
        root[it.key()] = o;
    }
    return writeFileAtomically(path_, QJsonDocument(root).toJson());
}

StoredIdentity IdentityStore::identityFor(const QString& target, quint64 lun, QString* error)
{
    const QString key = target + QLatin1Char('/') + QString::number(lun);
    auto it = ids_.find(key);
    if (it != ids_.end())
        return *it;
    StoredIdentity id;
    auto* rng = QRandomGenerator::system();
    // Serial: "SL" + 14 hex digits. NAA: type 6 (IEEE Registered Extended, SPC-4
    // §7.8.6.6.5) marker nibble over random bits; locally unique for a lab.
    id.serial = QStringLiteral("SL%1").arg(rng->generate64() & 0x00ffffffffffffffULL, 14, 16, QLatin1Char('0')).toUpper();
    id.naa = (quint64(6) << 60) | (rng->generate64() & 0x0fffffffffffffffULL);
    ids_.insert(key, id);
    const QString err = save();
    if (error)
        *error = err;
    return id;
}

} // namespace storlab::app
