#pragma once
// Device identities (unit serial numbers, NAA IDs) generated once per
// target/LUN and kept in <state dir>/identities.json, so initiators see the
// same device after a restart (design.md §4).
#include <QHash>
#include <QString>

namespace storlab::app {

struct StoredIdentity {
    QString serial;
    quint64 naa = 0;
};

class IdentityStore {
public:
    explicit IdentityStore(QString path);
    // Loads the file; a missing file is an empty store. Returns an error message or "".
    QString load();
    // The identity for (target, lun), generating and saving a new one when unknown.
    // Returns an error message in `error` when it could not be saved.
    StoredIdentity identityFor(const QString& target, quint64 lun, QString* error);

private:
    QString save() const;
    QString path_;
    QHash<QString, StoredIdentity> ids_;
};

} // namespace storlab::app
