#pragma once
// Crash-safe file replacement: write a temporary file beside the target,
// fsync it, rename it over the target, fsync the directory (so a crash leaves
// either the old or the new content, never a torn file).
#include <QByteArray>
#include <QString>

namespace storlab {
// Returns an empty string on success, else a message naming the path and the system error.
QString writeFileAtomically(const QString& path, const QByteArray& content);
} // namespace storlab
