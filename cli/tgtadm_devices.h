#pragma once
// How tgt presents each device type in 'tgtadm --mode target --op show' (its
// usr/target.c LU listing): the backing store name, size, block size and
// online/removable flags tgt derives from the device type, computed from a
// storlab LUN object (shared/PROTOCOL.md "lun").
#include <QJsonObject>
#include <QString>

namespace storlab::cli::tgtadm {

struct LuView {
    QString store;      // "Backing store type"
    quint64 size = 0;   // bytes, printed with tgt's MB rounding
    qint64 blockSize = 1;
    bool online = true;
    bool removable = false;
};

// The view of a LUN object of type disk, dvd (tgt's cd/dvd), tape, changer or controller.
LuView luView(const QJsonObject& lun);

// True for the types whose medium is removable (tgt's "removable" attribute is 1 for them).
bool isRemovableType(const QString& storlabType);

} // namespace storlab::cli::tgtadm
