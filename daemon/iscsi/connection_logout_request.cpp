// The target asks an initiator to log out (RFC 7143 §11.9.1, AsyncEvent 1):
// an Asynchronous Message on every connection of the session, then the
// connections that are still there when the initiator's time is up are dropped.
#include "iscsi/connection.h"

#include "net/reactor.h"

#include <QTimer>

namespace storlab::iscsi {

void requestSessionLogout(const std::shared_ptr<Session>& session, uint16_t seconds)
{
    for (const auto& link : session->connections()) {
        link->reactor->post([link, seconds] {
            if (link->connection)
                link->connection->requestLogout(seconds);
        });
    }
}

void Connection::requestLogout(uint16_t seconds)
{
    if (state_ != State::FullFeature || !session_) {
        close("logout requested before full feature phase");
        return;
    }
    // §11.9.1: "the initiator MUST honor this request by issuing a Logout as
    // early as possible but no later than Parameter3 seconds"; Parameter1 and
    // Parameter2 are reserved. The message carries a StatSN like any response.
    Bhs a;
    a.setOpcode(Opcode::AsyncMessage);
    a.setFinal(true);
    a.setItt(kReservedTag);
    stampSequence(a, true);
    a.set8(field::AsyncEvent, 1);
    a.set16(field::Parameter3, seconds);
    queuePdu(a);
    flush();
    // "If the initiator does not log out in Parameter3 seconds, the target
    // should ... simply terminate the transport connection." One second more
    // for the initiator's Logout to arrive; the timer dies with the connection.
    QTimer::singleShot(std::chrono::seconds(seconds + 1), this, [this] { close("did not log out when asked"); });
}

} // namespace storlab::iscsi
