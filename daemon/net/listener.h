#pragma once
// A portal listener: accepts TCP connections and hands the raw socket
// descriptor to the least loaded active reactor of the pool, which owns it
// from then on.
#include <QTcpServer>
#include <functional>
#include <vector>

namespace storlab::net {

class Reactor;
class ReactorPool;

class Listener : public QTcpServer {
    Q_OBJECT
public:
    // `accept` runs on the chosen reactor's thread with the connected fd.
    using AcceptHandler = std::function<void(Reactor& reactor, int fd)>;
    Listener(const ReactorPool& reactors, AcceptHandler accept, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr fd) override;

private:
    Reactor* pickReactor();
    const ReactorPool& pool_;
    AcceptHandler accept_;
    size_t next_ = 0;
};

} // namespace storlab::net
