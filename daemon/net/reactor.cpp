#include "net/reactor.h"

#include <QMetaObject>
#include <QSocketNotifier>
#include <cerrno>
#include <sys/eventfd.h>
#include <unistd.h>

namespace storlab::net {

namespace {
// A closure posted with post(std::function): the one allocating kind of work.
struct FunctionWork final : Reactor::Work {
    explicit FunctionWork(std::function<void()> f) : fn(std::move(f)) {}
    void run() override
    {
        auto f = std::move(fn);
        delete this;
        f();
    }
    std::function<void()> fn;
};
} // namespace

Reactor::Reactor(int index) : index_(index), context_(new QObject)
{
    thread_.setObjectName(QStringLiteral("reactor-%1").arg(index));
    eventFd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (eventFd_ < 0)
        qFatal("reactor: eventfd failed");
    context_->moveToThread(&thread_);
}

Reactor::~Reactor()
{
    stop();
    // Work posted after the thread ended still runs (completions end their tasks).
    runAll(head_.exchange(nullptr, std::memory_order_acquire));
    if (eventFd_ >= 0)
        ::close(eventFd_);
}

void Reactor::start()
{
    // The eventfd's notifier is made on the reactor thread, its first job; work
    // posted before that leaves the eventfd readable, so it fires at once.
    // It is parented to the context captured here, not read from context_: a
    // stop() right after start() clears context_ before this runs, and an
    // unparented notifier would then outlive the reactor.
    QObject* ctx = context_;
    QMetaObject::invokeMethod(ctx, [this, ctx] {
        wakeup_ = new QSocketNotifier(eventFd_, QSocketNotifier::Read, ctx);
        QObject::connect(wakeup_, &QSocketNotifier::activated, wakeup_, [this] { drain(); });
    }, Qt::QueuedConnection);
    thread_.start();
}

void Reactor::stop()
{
    if (!thread_.isRunning()) {
        delete context_;
        context_ = nullptr;
        wakeup_ = nullptr;
        return;
    }
    // Delete every connection parented to the context on its own thread, then quit;
    // the empty context is deleted here once the thread has finished.
    QObject* ctx = context_;
    context_ = nullptr;
    QMetaObject::invokeMethod(ctx, [ctx, this] {
        const QObjectList children = ctx->children();
        for (QObject* child : children)
            if (child != wakeup_)
                delete child;
        drain();
        thread_.quit();
    }, Qt::QueuedConnection);
    thread_.wait();
    delete ctx;
    wakeup_ = nullptr;
}

void Reactor::post(Work* work)
{
    Work* old = head_.load(std::memory_order_relaxed);
    do {
        work->next = old;
    } while (!head_.compare_exchange_weak(old, work, std::memory_order_release, std::memory_order_relaxed));
    // Only the post that finds the queue empty wakes the reactor; the drain
    // takes everything posted until then.
    if (old == nullptr) {
        const uint64_t one = 1;
        while (::write(eventFd_, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void Reactor::post(std::function<void()> fn)
{
    post(new FunctionWork(std::move(fn)));
}

void Reactor::deferToBatchEnd(Work* work)
{
    work->next = batchEnd_;
    batchEnd_ = work;
}

void Reactor::drain()
{
    // Reset the eventfd before taking the queue: a post racing with the take
    // then finds the queue empty and signals again, so nothing is stranded.
    uint64_t count = 0;
    while (::read(eventFd_, &count, sizeof count) < 0 && errno == EINTR) {
    }
    runAll(head_.exchange(nullptr, std::memory_order_acquire));
}

void Reactor::runAll(Work* list)
{
    // The stack holds the newest first: reverse it so work runs in post order.
    Work* ordered = nullptr;
    while (list) {
        Work* next = list->next;
        list->next = ordered;
        ordered = list;
        list = next;
    }
    while (ordered) {
        Work* w = ordered;
        ordered = ordered->next;
        w->next = nullptr;
        w->run();
    }
    while (Work* w = batchEnd_) {
        batchEnd_ = w->next;
        w->next = nullptr;
        w->run();
    }
}

} // namespace storlab::net
