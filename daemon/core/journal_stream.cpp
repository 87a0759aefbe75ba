#include "core/journal_stream.h"

#include <QByteArray>
#include <QList>

#include <sys/stat.h>
#include <unistd.h>

namespace storlab::core {

bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    if (stream.isEmpty())
        return false;
    struct stat st {};
    if (fstat(STDERR_FILENO, &st) != 0)
        return false;
    const QList<QByteArray> parts = stream.split(':');
    bool okDev = false, okIno = false;
    if (parts.size() != 2)
        return false;
    const qulonglong dev = parts[0].toULongLong(&okDev);
    const qulonglong ino = parts[1].toULongLong(&okIno);
    return okDev && okIno && dev == qulonglong(st.st_dev) && ino == qulonglong(st.st_ino);
}

QString logMessagePattern(bool journal)
{
    if (journal)
        return QStringLiteral("%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                              "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{category}: %{message}");
    return QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}C %{endif}%{category}: %{message}");
}

} // namespace storlab::core
