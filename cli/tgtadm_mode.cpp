// The tgtadm-compatible front-end: tgtadm's syntax, exit codes, messages and
// --op show layout over the admin protocol. Parsing: tgtadm_options.cpp;
// what each mode/op does: tgtadm_ops*.cpp; output layout: tgtadm_show.cpp.
#include "cli/tgtadm_mode.h"

#include "cli/connect.h"
#include "cli/tgtadm_errors.h"
#include "cli/tgtadm_ops.h"
#include "cli/tgtadm_options.h"
#include "shared/rpc_blocking.h"

#include <QFileInfo>
#include <cstdio>

namespace storlab::cli {

namespace {

// --socket, else $STORLAB_SOCKET, else tgt's $TGT_IPC_SOCKET (tgtadm connects
// to "$TGT_IPC_SOCKET.<control port>"; the bare path is accepted too), else the default.
QString socketFor(const tgtadm::Request& r)
{
    if (!r.socket.isEmpty())
        return r.socket;
    if (qEnvironmentVariableIsSet("STORLAB_SOCKET"))
        return qEnvironmentVariable("STORLAB_SOCKET");
    const QString tgt = qEnvironmentVariable("TGT_IPC_SOCKET");
    if (!tgt.isEmpty()) {
        const QString withPort = QStringLiteral("%1.%2").arg(tgt).arg(r.controlPort);
        return QFileInfo::exists(withPort) || !QFileInfo::exists(tgt) ? withPort : tgt;
    }
    return connectFromEnvironment().url;
}

} // namespace

int runTgtadm(const QStringList& argv)
{
    int exitCode = 0;
    const std::optional<tgtadm::Request> request = tgtadm::parseRequest(argv, &exitCode);
    if (!request)
        return exitCode;
    rpc::ConnectOptions options = connectFromEnvironment();
    options.url = socketFor(*request);
    rpc::BlockingClient client;
    QString error;
    if (!client.connectTo(options, &error)) {
        // What tgtadm prints when tgtd is not running (and its exit status, ENOTCONN).
        std::fputs("tgtadm: failed to send request hdr to tgt daemon, Transport endpoint is not connected\n", stderr);
        if (request->debug)
            std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return tgtadm::kExitNotConnected;
    }
    QString out;
    const tgtadm::Status status = tgtadm::execute(*request, client, &out);
    if (status != tgtadm::Status::Success) {
        std::fprintf(stderr, "tgtadm: %s\n", tgtadm::statusText(status));
        if (request->debug && !tgtadm::lastDaemonMessage().isEmpty())
            std::fprintf(stderr, "storlabd: %s\n", qPrintable(tgtadm::lastDaemonMessage()));
        return tgtadm::kExitInvalid;
    }
    std::fputs(out.toLocal8Bit().constData(), stdout);
    return tgtadm::kExitOk;
}

} // namespace storlab::cli
