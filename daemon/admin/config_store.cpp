#include "admin/config_store.h"

#include "shared/atomic_file.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace storlab::admin {

QString ConfigStore::save(const config::LabConfig& config)
{
    const QByteArray current = QFile::encodeName(path_);
    if (::access(current.constData(), F_OK) == 0) {
        // Shift generations by rename (each step atomic), then hard-link the
        // current file as .1: config.json itself is never absent, so a crash
        // at any point leaves a loadable configuration.
        for (int n = kGenerations - 1; n >= 1; --n) {
            const QByteArray from = QFile::encodeName(generation(n));
            const QByteArray to = QFile::encodeName(generation(n + 1));
            if (::access(from.constData(), F_OK) == 0)
                ::rename(from.constData(), to.constData());
        }
        const QByteArray first = QFile::encodeName(generation(1));
        ::unlink(first.constData());
        if (::link(current.constData(), first.constData()) != 0)
            return QStringLiteral("cannot keep %1 as %2: %3").arg(path_, generation(1), QString::fromLocal8Bit(strerror(errno)));
    }
    const QString err = writeFileAtomically(path_, config.toJson());
    if (err.isEmpty())
        ++saved_;
    return err;
}

std::optional<config::LabConfig> ConfigStore::load(QString* used, QString* warning, QString* error) const
{
    QString firstError;
    for (int n = 0; n <= kGenerations; ++n) {
        const QString file = n == 0 ? path_ : generation(n);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            if (n == 0)
                firstError = QStringLiteral("%1: %2").arg(file, f.errorString());
            continue;
        }
        QString parseError;
        auto parsed = config::LabConfig::fromJson(f.readAll(), &parseError);
        if (parsed) {
            if (used)
                *used = file;
            if (n > 0 && warning)
                *warning = QStringLiteral("%1 is unusable (%2); using the last good generation %3").arg(path_, firstError, file);
            return parsed;
        }
        if (n == 0)
            firstError = QStringLiteral("%1: %2").arg(file, parseError);
    }
    if (error)
        *error = firstError;
    return std::nullopt;
}

} // namespace storlab::admin
