#pragma once
// Suggested iSCSI names (RFC 3720 §3.2.6.3.1): iqn.YYYY-MM.<reversed host>:<name>,
// e.g. "backup" on lab.example.org in Nov 2026 -> iqn.2026-11.org.example.lab:backup.
#include <QDate>
#include <QString>

namespace storlab::gui {

QString suggestIqn(const QString& name, const QDate& date = QDate::currentDate(), const QString& hostName = {});
// "My Disk #1" -> "my-disk-1": lower case, [a-z0-9.-] only.
QString iqnSafeName(const QString& name);
// A short object name ([A-Za-z0-9_-]+, for library names) from free text.
QString objectSafeName(const QString& name);

} // namespace storlab::gui
