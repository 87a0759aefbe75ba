#pragma once
// One iSCSI connection (RFC 7143 §4): a socket owned by one reactor, read with
// a QSocketNotifier straight into the PduReader's buffer, answered with one
// sendmsg() of many PDUs per wakeup (Data-In sent from the task's buffer, not
// copied). Reading pauses while too much output is unsent (back-pressure).
// Explicit states: Login -> FullFeature -> Closing. The handlers live in
// several files by topic (login, SCSI data path, task management, misc).
#include "iscsi/iscsi_server.h"
#include "iscsi/iscsi_task.h"
#include "iscsi/login/login_machine.h"
#include "iscsi/pdu/pdu_reader.h"
#include "iscsi/pdu/pdu_writer.h"
#include "iscsi/session.h"
#include "net/busy_poll.h"

#include <QObject>
#include <chrono>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace storlab::net { class Reactor; }

namespace storlab::iscsi {

class IscsiServer;

// "ip:port" ("[v6]:port") of the socket's peer or local end; empty on error.
std::string socketAddressText(int fd, bool peer);
// Closes every connection behind `links`, each on its own reactor (thread-safe).
void closeConnectionLinks(const std::vector<std::shared_ptr<ConnectionLink>>& links, const char* why);
// Asks the session's initiator to log out within `seconds` (RFC 7143 §11.9.1,
// AsyncEvent 1) on each of its connections; those still open after that are
// dropped (connection_logout_request.cpp).
void requestSessionLogout(const std::shared_ptr<Session>& session, uint16_t seconds);

class Connection : public QObject, private LoginEnvironment, private SendTargetsSource {
    Q_OBJECT
public:
    Connection(IscsiServer& server, net::Reactor& reactor, int fd, QObject* parent);
    ~Connection() override;

    // Stops reading, sends what is queued (when `flushFirst`), then deletes itself.
    void close(const char* why, bool flushFirst = false);
    // Sends "logout requested" and drops the connection if still open `seconds` + 1 later.
    void requestLogout(uint16_t seconds);
    const std::shared_ptr<ConnectionLink>& link() const { return link_; }
    // A command finished (on this reactor): send its Data-In and status.
    void taskDone(const std::shared_ptr<IscsiTask>& task);
    // Flush once when the reactor's current batch of posted work is done.
    void flushAtBatchEnd();

private:
    enum class State { Login, FullFeature, Closing };

    // A write command gathering its Data-Out (RFC 7143 §4.2.2.3, §11.7, §11.8).
    struct Burst {
        uint32_t offset = 0;
        uint32_t length = 0;
        uint32_t received = 0;
        uint32_t nextDataSN = 0;
    };
    struct WriteTransfer {
        std::shared_ptr<IscsiTask> task;
        uint64_t lunField = 0;
        uint32_t edtl = 0;
        uint32_t received = 0;
        uint32_t unsolicitedEnd = 0;    // immediate + unsolicited Data-Out cover [0, unsolicitedEnd)
        uint32_t unsolicitedNext = 0;
        uint32_t unsolicitedDataSN = 0;
        uint32_t nextR2TOffset = 0;
        uint32_t r2tSN = 0;
        std::vector<std::pair<uint32_t, Burst>> bursts; // outstanding R2Ts by TTT (MaxOutstandingR2T)
    };
    // Part of the output queue: bytes in outBytes_ (external == nullptr) or a
    // task's data sent in place.
    struct OutSlice {
        const uint8_t* external = nullptr;
        size_t offset = 0;
        size_t length = 0;
    };
    struct BatchFlush final : net::Reactor::Work {
        Connection* connection = nullptr;
        void run() override;
    };

    // I/O (connection.cpp)
    void onReadable();
    // Reads what has arrived, handles it and flushes the answers; false once closed.
    bool readAndAnswer();
    // The reading half: reads and handles until the socket is drained; false once closed.
    bool readAvailable();
    void processBuffered();
    void pauseReading();
    void onWritable();
    void flush();
    void outputDrained();
    void trimIdle();
    void queuePdu(Bhs& bhs, std::span<const uint8_t> data = {});
    // Queues a PDU whose data stays in `owner`'s buffer until it is sent.
    void queuePdu(Bhs& bhs, std::span<const uint8_t> data, const std::shared_ptr<IscsiTask>& owner);
    void queueBytes(size_t from);
    void stampSequence(Bhs& bhs, bool statusCarrying);
    void sendReject(const Bhs& offending, RejectReason reason);
    void dispatch(Pdu& pdu);
    void teardown();
    // Runs `run` once the PDU's CmdSN is admitted: now, or when an MC/S gap in the
    // CmdSN sequence fills; PDUs outside the window are dropped (RFC 7143 §4.2.2.1).
    void admitThen(Pdu& pdu, void (Connection::*run)(Pdu&));

    // Login (connection_login.cpp)
    void handleLogin(Pdu& pdu);
    LoginStatus checkTarget(const std::string& targetName, const std::string& initiatorName) override;
    std::string targetAlias(const std::string& targetName) override;
    TargetLimits targetLimits(const std::string& targetName, const TargetLimits& daemonWide) override;
    uint16_t portalGroupTag() override;
    AuthPolicy authPolicy(const LoginIdentity& who) override;
    void authenticationFailed(const LoginIdentity& who, const std::string& why) override;
    bool sessionExists(uint16_t tsih, const std::array<uint8_t, 6>& isid) override;
    LoginStatus bindSession(const LoginIdentity& identity, const SessionParams& params, uint16_t& tsih) override;
    KeyValueList sendTargets(const std::string& initiatorName, const std::string& which, bool discovery) override;

    // SCSI data path (connection_scsi.cpp)
    void handleScsiCommand(Pdu& pdu);
    void startCommand(Pdu& pdu);
    void handleDataOut(Pdu& pdu);
    void sendR2Ts(uint32_t itt, WriteTransfer& transfer);
    void execute(std::shared_ptr<IscsiTask> task);
    WriteTransfer& addTransfer(uint32_t itt);
    void endTransfer(uint32_t itt);
    void sendScsiResponse(uint32_t itt, const scsi::ScsiTask& task, uint32_t expDataSN,
                          uint8_t residualFlags, uint32_t residual);

    // Task management (connection_tmf.cpp)
    void handleTaskManagement(Pdu& pdu);
    void runTaskManagement(Pdu& pdu);
    void dropTransfer(uint32_t itt);

    // NOP, Text, Logout, SNACK (connection_misc.cpp)
    void handleNopOut(Pdu& pdu);
    void answerNopOut(Pdu& pdu);
    void handleText(Pdu& pdu);
    void runText(Pdu& pdu);
    void handleLogout(Pdu& pdu);
    void runLogout(Pdu& pdu);
    void pingIfIdle();

    IscsiServer& server_;
    net::Reactor& reactor_;
    int fd_;
    State state_ = State::Login;
    QSocketNotifier* readNotifier_ = nullptr;
    QSocketNotifier* writeNotifier_ = nullptr;
    QTimer* nopTimer_ = nullptr;
    PduReader reader_;
    ReadResult incoming_;                 // the PDU being handled (buffers reused)
    bool readPaused_ = false;             // back-pressure: output queue over its limit
    net::BusyPoll busyPoll_;
    DigestSettings digests_;
    std::vector<uint8_t> outBytes_;       // headers, digests, padding, small data segments
    std::vector<OutSlice> outSlices_;     // what to send, in order
    size_t outSlice_ = 0;                 // first slice not completely sent
    size_t outSliceSent_ = 0;             // bytes of it already sent
    size_t outPending_ = 0;               // bytes queued, not sent yet
    std::vector<std::shared_ptr<IscsiTask>> outOwners_;  // tasks whose data the slices point into
    BatchFlush batchFlush_;
    bool flushScheduled_ = false;
    bool closeAfterFlush_ = false;

    std::shared_ptr<ConnectionLink> link_;
    std::unique_ptr<LoginMachine> login_;
    uint32_t loginCmdSN_ = 0;
    bool loginStarted_ = false;
    std::shared_ptr<Session> session_;
    SessionParams params_;
    std::unique_ptr<TextExchange> text_;
    uint32_t statSN_ = 0;
    uint32_t nextTtt_ = 1;
    std::unordered_map<uint32_t, WriteTransfer> transfers_;  // by ITT
    std::vector<std::unordered_map<uint32_t, WriteTransfer>::node_type> spareTransfers_;  // reused nodes
    bool receivedSinceTick_ = false;

    std::chrono::steady_clock::time_point lastReceive_;
    uint32_t pingTtt_ = kReservedTag;      // outstanding target NOP-In
    std::chrono::steady_clock::time_point pingSent_;
    NopTiming nop_;   // taken when accepted and when the login completes
};

} // namespace storlab::iscsi
