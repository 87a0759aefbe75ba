#pragma once
// A media changer LUN built element by element, as tgt's README.vtl builds
// one with 'tgtadm --params element_type=...' (targets[].luns[] with "type":
// "changer"; shared/CONFIG.md). Its "options":
//   "mediaHome": "/dir"      the cartridge of barcode B is the file /dir/B (tgt's media_home)
//   "elements": [{"type": "transport"|"slot"|"ie"|"drive", "first": 1, "count": 4}]
//                            one address range per element type (SMC-3 §4.2); no transport
//                            range: one implicit medium transport at address 0
//   "drives":   [{"address": 1, "tid": 3, "lun": 1}]
//                            data transfer element -> the tape or DVD LU that serves it
//   "media":    [{"address": 1024, "barcode": "tape1"}]
//                            cartridges the operator put into storage / import-export slots
// This file only reads and checks them; daemon/app/changer_lun_device.cpp builds the LU.
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace storlab::config {

struct ChangerRange {
    QString type;        // transport | slot | ie | drive
    quint32 first = 0;   // 1 .. 65535
    quint32 count = 0;   // first + count - 1 <= 65535
};

struct ChangerDriveLink {
    quint32 address = 0;
    quint32 tid = 0;     // the drive LU's target (tgtadm target id)
    quint64 lun = 0;
};

struct ChangerMedium {
    quint32 address = 0;
    QString barcode;     // 1 .. 32 characters, no '/' (it names a file in mediaHome)
};

struct ChangerLunOptions {
    QString mediaHome;
    QList<ChangerRange> elements;
    QList<ChangerDriveLink> drives;
    QList<ChangerMedium> media;

    const ChangerRange* range(const QString& type) const;
    // The element type holding `address`, or "" when no range covers it.
    QString typeAt(quint32 address) const;
};

// Reads and checks `options`; returns "" or "<key>: <what is wrong>".
QString readChangerOptions(const QJsonObject& options, ChangerLunOptions& out);
QJsonObject changerOptionsJson(const ChangerLunOptions& options);

} // namespace storlab::config
