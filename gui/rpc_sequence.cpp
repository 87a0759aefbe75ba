#include "gui/rpc_sequence.h"

#include "gui/connection_manager.h"
#include "gui/error_text.h"

#include <QPointer>

namespace storlab::gui {

RpcSequence::RpcSequence(ConnectionManager* connection, QList<Step> steps, QObject* parent)
    : QObject(parent), connection_(connection), steps_(std::move(steps))
{
}

void RpcSequence::start()
{
    index_ = 0;
    running_ = true;
    cancelled_ = false;
    warnings_.clear();
    next();
}

void RpcSequence::cancel() { cancelled_ = true; }

void RpcSequence::next()
{
    if (cancelled_ || index_ >= steps_.size()) {
        running_ = false;
        emit finished(!cancelled_ && warnings_.isEmpty(), cancelled_ ? tr("Cancelled.") : warnings_.join(QLatin1Char('\n')));
        return;
    }
    const Step step = steps_[index_];
    emit progress(index_, step.description);
    QPointer<RpcSequence> self(this);
    connection_->call(step.method, step.params, [self, step](const rpc::RpcReply& r) {
        if (!self)
            return;
        if (!r.ok()) {
            emit self->stepFailed(step.description, r);
            const QString msg = tr("%1 failed. %2").arg(step.description, errorText(r));
            if (!step.optional) {
                self->running_ = false;
                emit self->finished(false, msg);
                return;
            }
            self->warnings_ << msg;
        }
        ++self->index_;
        self->next();
    });
}

} // namespace storlab::gui
