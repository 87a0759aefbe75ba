#pragma once
// Newline-delimited JSON framing (shared/PROTOCOL.md §1): one UTF-8 JSON
// message per line, at most kMaxFrameBytes. Used by the server and the client.
#include "shared/rpc_errors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace storlab::rpc {

class LineFramer {
public:
    // Appends received bytes; complete lines become available from takeLine().
    void append(const QByteArray& bytes) { buffer_.append(bytes); }
    // The next complete line without its terminator ("\n" or "\r\n"); false if none yet.
    bool takeLine(QByteArray* line);
    // True when the buffered partial line already exceeds the frame limit.
    bool overflow() const { return buffer_.size() - scanned_ > kMaxFrameBytes && buffer_.indexOf('\n', scanned_) < 0; }

private:
    QByteArray buffer_;
    qsizetype scanned_ = 0;   // start of the unread part
};

// One compact line (with the trailing newline) for a message.
QByteArray frame(const QJsonObject& message);

} // namespace storlab::rpc
