#pragma once
// Log lines for systemd's journal. When systemd connects stderr to the
// journal it sets $JOURNAL_STREAM to "DEVICE:INODE" of that stream
// (systemd.exec(5)); a line starting with "<N>" is then logged with syslog
// priority N (sd-daemon(3): <3> error, <4> warning, <6> info, <7> debug), and
// the journal adds the time itself.
#include <QString>

namespace storlab::core {

// True when stderr is the stream $JOURNAL_STREAM names (not merely inherited
// by a child whose stderr went elsewhere).
bool stderrIsJournal();

// qSetMessagePattern() text: with the priority prefix for the journal, else
// with a timestamp for a terminal or a log file.
QString logMessagePattern(bool journal);

} // namespace storlab::core
