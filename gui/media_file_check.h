#pragma once
// Is a dropped file disc media? Checked on the client before anything is
// sent (issue 7: "a file dropped that is not media says so"): the name must
// end like an image or archive the daemon's media.import accepts
// (PROTOCOL.md "media.import") and the first bytes must agree with it
// (ISO 9660 "CD001" / UDF "BEA01"/"NSR0x" at sector 16 (ECMA-119 §8.1,
// ECMA-167 2/9.1), gzip 1F 8B (RFC 1952 §2.3.1), xz FD 37 7A 58 5A 00,
// zstd 28 B5 2F FD (RFC 8878 §3.1.1), bzip2 "BZh", zip "PK\3\4", 7z
// "7z\xBC\xAF\x27\x1C", POSIX tar "ustar" at offset 257). A folder is
// mastered into an ISO by the daemon.
#include <QString>

namespace storlab::gui {

struct MediaFileCheck {
    bool ok = false;
    bool folder = false;
    bool plainImage = false;   // an ISO/UDF image a drive can use as is (drive.load)
    QString kind;              // "ISO 9660 image", "gzip-compressed image", …
    QString problem;           // translated, says what the file is and what to drop instead
};

MediaFileCheck checkMediaFile(const QString& path);
// The name alone (for drag-over feedback, before the bytes are read).
bool hasMediaFileName(const QString& path);

} // namespace storlab::gui
