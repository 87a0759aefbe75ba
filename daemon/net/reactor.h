#pragma once
// A reactor: one thread with its own Qt event loop (design.md §2). Connections
// are created on a reactor and live there for life; other threads reach them
// only by posting work to the reactor.
#include <QObject>
#include <QThread>
#include <functional>

namespace storlab::net {

class Reactor {
public:
    explicit Reactor(int index);
    ~Reactor();   // stops the thread; objects parented to context() are deleted on it
    void start();
    void stop();
    int index() const { return index_; }
    // Runs `fn` on the reactor thread (thread-safe, from anywhere).
    void post(std::function<void()> fn);
    // Parent for objects living on this reactor.
    QObject* context() const { return context_; }
    bool isCurrentThread() const { return QThread::currentThread() == &thread_; }

private:
    int index_;
    QThread thread_;
    QObject* context_;
};

} // namespace storlab::net
