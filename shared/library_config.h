#pragma once
// The "libraries" section of the configuration (shared/CONFIG.md, "Tape
// libraries"): one entry is one iSCSI target with a media changer LU, its
// drives as LUNs, storage and import/export slots, and the cartridges created
// as media files on first start. A DVD jukebox (issue 6) is the same entry
// with "drives.type": "dvd" and discs instead of cartridges.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace storlab::config {

// A run of barcoded media: "first": "A00000L6", "count": 10 -> A00000L6 .. A00009L6.
struct CartridgeSetConfig {
    QString first;                 // first barcode; the digits before the 2-character media id count up
    quint32 count = 1;
    QString generation;            // "LTO-6"; "" = from the barcode suffix
    quint64 capacity = 0;          // bytes; 0 = the generation's native capacity
    bool worm = false;             // write once (also implied by a WORM suffix such as "LW")
};

// A run of optical discs in a DVD jukebox ("drives.type": "dvd"). Exactly one
// source: "image" (an ISO used in place, or an archive/directory imported
// into mediaDir on first start; count 1), "blank" ("dvd+r": blank recordable
// discs <label>.dvdr), or "sample" (small ISOs mastered from generated files).
struct DiscSetConfig {
    QString first;                 // volume tag of the first disc: "ISO000"; trailing digits count up
    quint32 count = 1;
    QString image;                 // path of an ISO / archive / directory
    QString blank;                 // "dvd+r"
    quint64 capacity = 0;          // blank capacity in bytes; 0 = 4.7 GB
    bool sample = false;
};

// The volume tags of a disc set: "DVD008", 3 -> DVD008 DVD009 DVD010.
QStringList discLabels(const DiscSetConfig& set);

struct LibraryConfig {
    QString name;                  // [A-Za-z0-9_-]+, unique; names the state directory
    QString iqn;                   // the library's target
    quint32 tid = 0;               // its tgtadm target id (shared with targets[]); 0 = assign the lowest free one
    QString alias;
    quint16 tpgt = 1;
    QString personality = QStringLiteral("storlab"); // storlab | ibm-ts3500 | hp-msl-g3 | stk-l700 | storlab-jukebox
    quint64 changerLun = 0;
    quint32 driveCount = 1;
    QString driveType = QStringLiteral("tape");      // tape | dvd (a DVD jukebox)
    QString driveGeneration = QStringLiteral("LTO-6");
    quint64 firstDriveLun = 1;     // drive i is LUN firstDriveLun + i
    QString driveVendor;           // "" = the personality's drives ("IBM", "HP")
    bool driveSynchronous = false; // fdatasync after every WRITE (else at filemarks / unload)
    quint32 slotCount = 20;
    quint32 ieSlots = 4;
    QString mediaDir;              // "" = <state dir>/libraries/<name>
    QList<CartridgeSetConfig> cartridges;
    QList<DiscSetConfig> discs;    // dvd jukeboxes

    QString effectiveMediaDir(const QString& stateDir) const;
    // The LUN numbers of the drives, in element order.
    QList<quint64> driveLuns() const;
};

// The personality keys the daemon knows (daemon/scsi/smc_personality.cpp).
QStringList knownChangerPersonalities();

// Reads root["libraries"] (absent = none). Returns "" or "<field>: <what is wrong>".
QString readLibraries(const QJsonObject& root, QList<LibraryConfig>& out);
// Writes root["libraries"] (nothing when empty).
void writeLibraries(const QList<LibraryConfig>& libraries, QJsonObject& root);

// The default lab's tape library: iqn.2026-11.lab.storlab:tapelib, changer at
// LUN 0, 2 LTO-6 drives (LUN 1, 2), 20 slots, 4 IE slots, 10 cartridges
// (A00000L6 .. A00008L6 and one WORM cartridge W00000LW), 8 GiB each.
LibraryConfig defaultTapeLibrary();

// The default lab's DVD jukebox: iqn.2026-11.lab.storlab:jukebox, changer at
// LUN 0 ("storlab-jukebox"), 1 DVD drive (LUN 1), 10 slots, 2 IE slots,
// sample ISOs ISO000 .. ISO002 (mastered at first start) and blank DVD+Rs
// DVDR000 .. DVDR002.
LibraryConfig defaultJukebox();

} // namespace storlab::config
