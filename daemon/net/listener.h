#pragma once
// A portal listener: accepts TCP connections and hands the raw socket
// descriptor to the least loaded reactor, which owns it from then on.
#include <QTcpServer>
#include <functional>
#include <vector>

namespace storlab::net {

class Reactor;

class Listener : public QTcpServer {
    Q_OBJECT
public:
    // `accept` runs on the chosen reactor's thread with the connected fd.
    using AcceptHandler = std::function<void(Reactor& reactor, int fd)>;
    Listener(std::vector<Reactor*> reactors, AcceptHandler accept, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr fd) override;

private:
    Reactor* pickReactor();
    std::vector<Reactor*> reactors_;
    AcceptHandler accept_;
    size_t next_ = 0;
};

} // namespace storlab::net
