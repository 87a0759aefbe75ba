#pragma once
// The daemon's configuration document (schema documented in shared/CONFIG.md).
// Shared by the daemon, the CLI and the GUI: no QtWidgets, no daemon types.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace storlab::config {

inline constexpr int kSchemaVersion = 1;

struct LunConfig {
    quint64 lun = 1;
    QString type = QStringLiteral("disk");     // disk (tape, changer, dvd: later issues)
    QString store = QStringLiteral("rdwr");    // rdwr | aio | uring | null
    QString path;                              // backing file or block device
    quint64 size = 0;                          // bytes; creates a sparse file when missing
    quint32 blockSize = 512;                   // 512 or 4096
    bool readOnly = false;
    bool writeCache = true;
    bool direct = false;                       // O_DIRECT
    bool sync = false;                         // O_SYNC
    bool thinProvisioning = true;
    QString vendor;                            // empty = STORLAB
    QString product;                           // empty = per device type
    QString revision;
    QString serial;                            // empty = generated once and kept in the state dir
    quint64 naa = 0;                           // 0 = generated once and kept
};

struct TargetConfig {
    QString iqn;
    QString alias;
    quint16 tpgt = 1;
    QList<LunConfig> luns;
};

struct LabConfig {
    int schema = kSchemaVersion;
    QStringList portals;                       // "ADDR:PORT", IPv6 as "[::1]:3260"
    int reactors = 0;                          // 0 = one per core
    int nopInterval = 30;                      // seconds between target NOP-In pings on an idle connection (0 = off)
    int nopTimeout = 30;                       // seconds to wait for the NOP-Out answer before dropping
    QList<TargetConfig> targets;

    // Parses and validates; on error returns nullopt and sets `error` to a
    // message naming the offending field (e.g. "targets[0].luns[1].blockSize: must be 512 or 4096").
    static std::optional<LabConfig> fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;
    // The built-in default lab: a 1 GiB sparse disk under `stateDir`.
    static LabConfig defaultLab(const QString& stateDir);
};

// "1G", "256M", "512K", "4096", "1T" (powers of 1024) -> bytes; nullopt if malformed.
std::optional<quint64> parseSize(const QString& text);
// Checks an iSCSI qualified name (RFC 7143 §4.2.7.2: iqn.yyyy-mm.reversed.domain[:...] or eui./naa. forms).
bool isValidIscsiName(const QString& name);
// "127.0.0.1:3260", "[::1]:3260" -> host and port; false when malformed.
bool parsePortal(const QString& text, QString* host, quint16* port);

} // namespace storlab::config
