#include "gui/connection_profile.h"

#include <QCoreApplication>
#include <QSettings>

namespace storlab::gui {

ConnectionProfile ConnectionProfile::local()
{
    return {QCoreApplication::translate("storlab::gui::ConnectionProfile", "Local daemon"), {}, {}};
}

QList<ConnectionProfile> ConnectionProfile::loadAll(QSettings& settings)
{
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        out.append({settings.value(QStringLiteral("name")).toString(), settings.value(QStringLiteral("url")).toString(),
                    settings.value(QStringLiteral("user")).toString()});
    }
    settings.endArray();
    return out;
}

void ConnectionProfile::saveAll(QSettings& settings, const QList<ConnectionProfile>& profiles)
{
    settings.beginWriteArray(QStringLiteral("connections"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles[i].name);
        settings.setValue(QStringLiteral("url"), profiles[i].url);
        settings.setValue(QStringLiteral("user"), profiles[i].user);
    }
    settings.endArray();
}

QList<ConnectionProfile> ConnectionProfile::remember(QList<ConnectionProfile> profiles, const ConnectionProfile& p)
{
    profiles.removeIf([&](const ConnectionProfile& q) { return q.url == p.url; });
    profiles.prepend(p);
    while (profiles.size() > 10)
        profiles.removeLast();
    return profiles;
}

} // namespace storlab::gui
