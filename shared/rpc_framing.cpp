#include "shared/rpc_framing.h"

#include <QJsonDocument>

namespace storlab::rpc {

bool LineFramer::takeLine(QByteArray* line)
{
    const qsizetype nl = buffer_.indexOf('\n', scanned_);
    if (nl < 0) {
        if (scanned_ > 0 && scanned_ == buffer_.size()) {
            buffer_.clear();
            scanned_ = 0;
        }
        return false;
    }
    qsizetype end = nl;
    if (end > scanned_ && buffer_.at(end - 1) == '\r')
        --end;
    *line = buffer_.mid(scanned_, end - scanned_);
    scanned_ = nl + 1;
    // Compact now and then so the buffer does not grow without bound.
    if (scanned_ > 65536 && scanned_ * 2 > buffer_.size()) {
        buffer_.remove(0, scanned_);
        scanned_ = 0;
    }
    return true;
}

QByteArray frame(const QJsonObject& message)
{
    QByteArray out = QJsonDocument(message).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

} // namespace storlab::rpc
