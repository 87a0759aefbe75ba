#pragma once
// A saved connection (File > Connections): the local daemon socket or a
// remote daemon over TLS. Secrets (passwords, tokens) are never saved.
#include <QList>
#include <QString>

class QSettings;

namespace storlab::gui {

struct ConnectionProfile {
    QString name;        // shown in menus: "Local daemon", "lab2 (tls://lab2:3262)"
    QString url;         // "" = the local default socket; else "unix:/path" or "tls://host:port"
    QString user;        // TLS login user ("" = token login)

    bool isLocal() const { return url.isEmpty() || !url.startsWith(QLatin1String("tls://")); }
    bool operator==(const ConnectionProfile&) const = default;

    static ConnectionProfile local();
    static QList<ConnectionProfile> loadAll(QSettings& settings);
    static void saveAll(QSettings& settings, const QList<ConnectionProfile>& profiles);
    // Adds or replaces (by url) and keeps the list in most-recently-used order.
    static QList<ConnectionProfile> remember(QList<ConnectionProfile> profiles, const ConnectionProfile& p);
};

} // namespace storlab::gui
