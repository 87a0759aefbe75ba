#include "net/reactor.h"

#include <QMetaObject>

namespace storlab::net {

Reactor::Reactor(int index) : index_(index), context_(new QObject)
{
    thread_.setObjectName(QStringLiteral("reactor-%1").arg(index));
    context_->moveToThread(&thread_);
}

Reactor::~Reactor()
{
    stop();
}

void Reactor::start()
{
    thread_.start();
}

void Reactor::stop()
{
    if (!thread_.isRunning()) {
        delete context_;
        context_ = nullptr;
        return;
    }
    // Delete every connection parented to the context on its own thread, then quit;
    // the empty context is deleted here once the thread has finished.
    QObject* ctx = context_;
    context_ = nullptr;
    QMetaObject::invokeMethod(ctx, [ctx, this] {
        const QObjectList children = ctx->children();
        for (QObject* child : children)
            delete child;
        thread_.quit();
    }, Qt::QueuedConnection);
    thread_.wait();
    delete ctx;
}

void Reactor::post(std::function<void()> fn)
{
    if (context_)
        QMetaObject::invokeMethod(context_, std::move(fn), Qt::QueuedConnection);
}

} // namespace storlab::net
