#pragma once
// The daemon's configuration document (schema documented in shared/CONFIG.md).
// Shared by the daemon, the CLI and the GUI: no QtWidgets, no daemon types.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include "shared/library_config.h"
#include <optional>

namespace storlab::config {

// 2: tids, accounts, ACLs, admin (shared/PROTOCOL.md §9); schema 1 files load unchanged.
inline constexpr int kSchemaVersion = 2;

struct LunConfig {
    quint64 lun = 1;
    QString type = QStringLiteral("disk");     // disk | tape | dvd | changer | pt (a passed-through device)
    QString store = QStringLiteral("rdwr");    // rdwr | aio | uring | null | sheepdog | rbd | glfs; sg | bsg for pt
    QString path;                              // backing file or block device; SCSI generic node for pt;
                                               // rbd: [pool/]image[@snap]; glfs: volume@host:/file
    QString bsopts;                            // network stores: tgt's --bsopts "key=value;..." (conf, id, keyring, ...)
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
    QJsonObject options;                       // type-specific settings, passed through to the device type
};

struct TargetConfig {
    QString iqn;
    QString alias;
    quint16 tpgt = 1;
    QList<LunConfig> luns;
    // --- admin plane (schema 2) ---
    quint32 tid = 0;                           // tgtadm target id; 0 = assign the lowest free one
    QStringList incomingUsers;                 // CHAP accounts an initiator may log in as
    QString outgoingUser;                      // CHAP account the target answers mutual CHAP with
    QStringList initiatorAddresses;            // "ALL", "10.0.0.5", "10.0.0.0/24"; empty = every address
    QStringList initiatorNames;                // initiator IQNs; empty = every name
    // How the name was checked when the target was made: "" = RFC 7143 §4.2.7
    // (iqn./eui./naa., the default); "tgt" = tgt's rule (letters, digits, ':',
    // '.', '-'), for targets made through tgtadm syntax or a targets.conf import.
    QString nameCheck;
    // The target's own iSCSI login parameters (shared/iscsi_params.h), RFC 7143
    // text values by canonical key name; a key not set takes the daemon-wide value.
    QMap<QString, QString> iscsiParams;
};

// A CHAP account (RFC 7143 §12.1.3). CHAP needs the secret in clear, so it is
// stored as given (the config file is mode 0600).
struct ChapAccount {
    QString user;
    QString password;
};

// Remote (TLS) administration. Passwords and tokens are stored hashed only.
struct AdminUser {
    QString name;
    QString password;                          // "pbkdf2-sha256$iter$salt$key"
};
struct AdminToken {
    QString name;
    QString hash;                              // "sha256$hex"
};
struct AdminConfig {
    QString tlsListen;                         // "ADDR:PORT"; empty = no TLS listener
    QString tlsCert;
    QString tlsKey;
    QList<AdminUser> users;
    QList<AdminToken> tokens;
    bool isEmpty() const { return tlsListen.isEmpty() && tlsCert.isEmpty() && tlsKey.isEmpty() && users.isEmpty() && tokens.isEmpty(); }
};

// --- iSCSI security (engineer 4b) ---
// Authentication of discovery sessions (SendTargets): like tgt's account
// binding without a tid. No incoming users = discovery needs no CHAP.
struct DiscoveryAuthConfig {
    QStringList incomingUsers;                 // CHAP accounts a discovery session may log in as
    QString outgoingUser;                      // mutual CHAP answer for discovery sessions
    bool isEmpty() const { return incomingUsers.isEmpty() && outgoingUser.isEmpty(); }
};

// iSNS registration (RFC 4171; daemon/isns): the server storlabd registers its
// targets and portals with. tgt's iSNS, iSNSServerIP, iSNSServerPort and
// iSNSAccessControl. Absent from the document while server is empty and the
// rest is at its default.
struct IsnsConfig {
    QString server;                            // host name or address; empty = none
    quint16 port = 3205;
    bool enabled = true;                       // false: kept but not registering (tgtadm iSNS=Off)
    bool accessControl = false;                // tgt's iSNSAccessControl (shown and saved)
    bool active() const { return enabled && !server.isEmpty(); }
    bool isDefault() const { return server.isEmpty() && port == 3205 && enabled && !accessControl; }
    bool operator==(const IsnsConfig&) const = default;
};

struct LabConfig {
    int schema = kSchemaVersion;
    QStringList portals;                       // "ADDR:PORT", IPv6 as "[::1]:3260"
    int reactors = 0;                          // 0 = one per core
    int nopInterval = 30;                      // seconds between target NOP-In pings on an idle connection (0 = off)
    int nopTimeout = 30;                       // seconds to wait for the NOP-Out answer before dropping
    int busyPollUs = -1;                       // reactor busy poll budget in us (0 = off); -1 = not set: STORLAB_BUSY_POLL_US or 100
    QString metricsListen;                     // "ADDR:PORT" of the Prometheus /metrics endpoint; empty = off
    QList<TargetConfig> targets;
    QList<LibraryConfig> libraries;            // tape libraries / jukeboxes (shared/library_config.h)
    QList<ChapAccount> accounts;               // schema 2
    AdminConfig admin;                         // schema 2
    DiscoveryAuthConfig discovery;             // schema 2: discovery-session CHAP (4b)
    IsnsConfig isns;                           // "isns": {server, port, enabled, accessControl}

    // Parses and validates; on error returns nullopt and sets `error` to a
    // message naming the offending field (e.g. "targets[0].luns[1].blockSize: must be 512 or 4096").
    static std::optional<LabConfig> fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;
    // The built-in default lab: a 1 GiB sparse disk under `stateDir`.
    static LabConfig defaultLab(const QString& stateDir);
    // Gives every target and library without a tid the lowest free one (1, 2, ...);
    // targets and libraries share the tid space.
    void assignTids();
    // The tid of the target or library named `iqn`; 0 when there is none.
    quint32 tidOf(const QString& iqn) const;
    // The IQN of the target or library with `tid`; "" when there is none.
    QString iqnOfTid(quint32 tid) const;
    const TargetConfig* findTarget(const QString& iqn) const;
    TargetConfig* findTarget(const QString& iqn);
};

// "1G", "256M", "512K", "4096", "1T" (powers of 1024) -> bytes; nullopt if malformed.
std::optional<quint64> parseSize(const QString& text);
// Checks an iSCSI qualified name (RFC 7143 §4.2.7.2: iqn.yyyy-mm.reversed.domain[:...] or eui./naa. forms).
bool isValidIscsiName(const QString& name);
// tgt's target name rule (usr/target.c): not empty, at most 223 bytes, only
// letters, digits, ':', '.' and '-' ("iqn.libiscsi.unittest.target" passes).
bool isTgtTargetName(const QString& name);
// The name check a target asks for: "" or "rfc" strict, "tgt" tgt's rule.
// False for an unknown check too.
bool isValidTargetName(const QString& name, const QString& nameCheck);
// "127.0.0.1:3260", "[::1]:3260" -> host and port; false when malformed.
bool parsePortal(const QString& text, QString* host, quint16* port);
// An iSNS server: "" (none), an IPv4/IPv6 address or a DNS host name (RFC 1123 labels).
bool isValidIsnsServer(const QString& server);
// An ACL address entry: "ALL", "10.0.0.5", "10.0.0.0/24", "fd00::/64".
bool isValidInitiatorAddress(const QString& text);

} // namespace storlab::config
