#pragma once
// Pushes every load/eject of every drive (drive.load/drive.eject, changer
// moves, an initiator's START STOP UNIT LoEj or LOAD UNLOAD) to subscribed
// admin clients as event.drive.changed; for a drive in a library an
// initiator's own eject or load also sends event.library.changed {reason:
// "driveChanged"} (the medium stays in the drive element, drive.loaded
// changes). Drives publish on reactor/worker threads (scsi/removable_medium.h):
// the event hops to the RPC server's thread, where the LU is looked up.
namespace storlab::admin {

struct AdminHost;
class AdminService;
class RpcServer;

void forwardDriveEvents(const AdminHost& host, const AdminService& service, RpcServer* server);
void stopDriveEvents();

} // namespace storlab::admin
