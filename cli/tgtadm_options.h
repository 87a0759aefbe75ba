#pragma once
// tgtadm's command line: options, modes, operations and the per-mode checks
// tgtadm makes before it talks to the daemon (same messages, same exit codes).
#include <QString>
#include <QStringList>

#include <optional>

namespace storlab::cli::tgtadm {

enum class Mode { System, Target, Device, Portal, Session, Connection, Account, Lld };
enum class Op { New, Delete, Bind, Unbind, Show, Update, Stats, Start, Stop };

struct Request {
    QString lld;                          // --lld; empty = the first driver (iscsi)
    Op op = Op::Show;
    QString opName;
    Mode mode = Mode::Target;
    qint64 tid = -1;                      // -1 = not given (account bind: the discovery "global target")
    quint64 sid = 0;
    quint32 cid = 0;
    std::optional<quint64> lun;
    std::optional<QString> name, value, path, bstype, bsopts, bsoflags, blocksize, targetname, address, iqnname, user,
        password, targetOps, portalOps;
    QString deviceType = QStringLiteral("disk");   // --device-type as tgtadm spells it
    bool force = false;
    bool outgoing = false;
    bool hostGiven = false;               // --host/--bus (not supported by an iSCSI-only daemon)
    int controlPort = 0;
    bool debug = false;
    QString socket;                       // storlab extension: --socket PATH (removed before parsing)
};

// Parses argv (argv[0] = the program name) as tgtadm does. When tgtadm would
// stop here (help, version, or a usage error, already printed) returns
// nullopt with `exitCode` set.
std::optional<Request> parseRequest(QStringList argv, int* exitCode);

// The text printed by --help.
void printUsage();

} // namespace storlab::cli::tgtadm
