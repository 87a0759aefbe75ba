#!/usr/bin/env bash
# Per-target iSCSI login parameters (RFC 7143 §13; storlabctl target set-param,
# target.update iscsiParams) judged by libiscsi initiators (iscsi-inq, qemu-io):
# - a target with HeaderDigest CRC32C (only) gives libiscsi's default offer
#   (None,CRC32C) header digests, and refuses an initiator that wants none
#   (login status 0x0200); DataDigest CRC32C alike (libiscsi 1.19: None only);
# - a None-only target answers Reject to a CRC32C-only offer (§6.2): libiscsi
#   carries on without digests;
# - the target's MaxRecvDataSegmentLength is what the session declares
#   (storlabctl session list --json), and a change applies to new logins only:
#   the live session keeps what it negotiated;
# - a bad value is refused with the rule, and nothing changes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
sl_need iscsi-inq qemu-io python3
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
CRC=iqn.2026-11.lab.test:crc
NONE=iqn.2026-11.lab.test:none
QPID=""
stop_all() { local rc=$?; [[ -n $QPID ]] && kill "$QPID" 2>/dev/null; set +e; (exit "$rc"); sl_cleanup; }
trap stop_all EXIT

lun=$(sl_lun_json 1 null "" 16M 512)
sl_config "$SL_TMP/c.json" "{\"schema\":2,\"targets\":[{\"iqn\":\"$CRC\",\"luns\":[$lun]},{\"iqn\":\"$NONE\",\"luns\":[$lun]}]}"
sl_start "$SL_TMP/c.json" --socket "$SOCK"

ctl target set-param "$CRC" HeaderDigest CRC32C >/dev/null
ctl target set-param "$CRC" MaxRecvDataSegmentLength 16384 >/dev/null
ctl target set-param "$NONE" headerdigest None >/dev/null   # names without regard to case, as tgtadm
ctl target set-param "$NONE" DataDigest None >/dev/null
param() { ctl target show "$1" --json | json "d['iscsiParams']['$2']"; }
[[ $(param "$CRC" HeaderDigest) == CRC32C && $(param "$NONE" HeaderDigest) == None ]] ||
  sl_die "target show does not report the digests set: $(ctl target show "$CRC" --json)"

# A bad value: refused with the rule, the target unchanged.
if out=$(ctl target set-param "$CRC" MaxRecvDataSegmentLength 100 2>&1); then sl_die "MaxRecvDataSegmentLength 100 was accepted"; fi
grep -q "from 512 to 16777215" <<<"$out" || sl_die "unexpected message for a bad value: $out"
[[ $(param "$CRC" MaxRecvDataSegmentLength) == 16384 ]] || sl_die "a refused value changed the target"
if out=$(ctl target set-param "$CRC" ErrorRecoveryLevel 2 2>&1); then sl_die "ErrorRecoveryLevel 2 was accepted"; fi
grep -q "error -32003" <<<"$out" || sl_die "unexpected error for ErrorRecoveryLevel 2: $out"

# libiscsi offers HeaderDigest=None,CRC32C by default: the CRC32C-only target makes it CRC32C.
sl_run 30 iscsi-inq "$(sl_url "$CRC" 1)" >/dev/null
grep -q "$CRC digests true false" "$SL_TMP/storlabd.log" || sl_die "the CRC32C-only target logged no session with header digests"
# An initiator that wants no header digests (qemu's libiscsi driver; iscsi-inq always
# offers None,CRC32C): the CRC32C-only target refuses the login.
if timeout 30 qemu-io -c 'read 0 4k' --image-opts \
     "driver=iscsi,transport=tcp,portal=127.0.0.1:$SL_PORT,target=$CRC,lun=1,header-digest=none" >"$SL_TMP/qemu.out" 2>&1; then
  sl_die "a header-digest=none initiator logged in to the CRC32C-only target"
fi
grep -q "login failed for .* status 200" "$SL_TMP/storlabd.log" || sl_die "no login refused with status 0x0200: $(cat "$SL_TMP/qemu.out")"
# DataDigest alike: libiscsi 1.19 offers DataDigest=None only (data digests came in
# 1.20): a target that wants CRC32C data digests refuses it.
ctl target set-param "$CRC" DataDigest CRC32C >/dev/null
if timeout 30 iscsi-inq "$(sl_url "$CRC" 1)" >"$SL_TMP/inq.out" 2>&1; then sl_die "DataDigest=None accepted by a CRC32C-only target"; fi
grep -q "Initiator error" "$SL_TMP/inq.out" || sl_die "libiscsi was not refused with an initiator error: $(cat "$SL_TMP/inq.out")"
ctl target set-param "$CRC" DataDigest default >/dev/null
# The daemon-wide values still hold for the other target and for discovery.
sl_run 30 iscsi-ls "iscsi://127.0.0.1:$SL_PORT" | grep -q "$NONE" || sl_die "discovery lists no $NONE"

# A live session: the negotiated values, untouched by a later change.
live() {   # live TARGET DIGEST: qemu-io logged in and idle; sets QPID
  qemu-io -c 'read 0 4k' -c 'sleep 20000' -c 'read 0 4k' \
    --image-opts "driver=iscsi,transport=tcp,portal=127.0.0.1:$SL_PORT,target=$1,lun=1,header-digest=$2" >"$SL_TMP/qemu.out" 2>&1 &
  QPID=$!
  local i
  for ((i = 0; i < 100; i++)); do
    [[ $(ctl session list --json | json "len([s for s in d if s['target'] == '$1'])") == 1 ]] && return 0
    sleep 0.1
  done
  sl_die "no session of qemu-io on $1: $(cat "$SL_TMP/qemu.out")"
}
negotiated() { ctl session list --json | json "[s for s in d if s['target'] == '$1'][0]['params']['$2']"; }
live "$CRC" none-crc32c
[[ $(negotiated "$CRC" headerDigest) == CRC32C ]] ||
  sl_die "session on the CRC32C-only target without digests: $(ctl session list --json)"
[[ $(negotiated "$CRC" maxRecvDataSegmentLength) == 16384 ]] ||
  sl_die "the session did not declare the target's MaxRecvDataSegmentLength: $(ctl session list --json)"
ctl target set-param "$CRC" MaxRecvDataSegmentLength 65536 >/dev/null
ctl target set-param "$CRC" HeaderDigest None >/dev/null
[[ $(negotiated "$CRC" maxRecvDataSegmentLength) == 16384 && $(negotiated "$CRC" headerDigest) == CRC32C ]] ||
  sl_die "a parameter change altered the live session: $(ctl session list --json)"
wait "$QPID" || sl_die "qemu-io failed across the parameter change: $(cat "$SL_TMP/qemu.out")"
QPID=""
[[ $(grep -c 'read 4096/4096 bytes' "$SL_TMP/qemu.out") == 2 ]] || sl_die "qemu-io did not read twice: $(cat "$SL_TMP/qemu.out")"

# A CRC32C-only initiator and the None-only target: Reject, then no digests.
live "$NONE" crc32c
[[ $(negotiated "$NONE" headerDigest) == None ]] || sl_die "the None-only target gave digests: $(ctl session list --json)"
kill "$QPID"; wait "$QPID" 2>/dev/null || true; QPID=""

# Back to the daemon-wide value; the saved config keeps only what is set.
ctl target set-param "$CRC" MaxRecvDataSegmentLength default >/dev/null
[[ $(param "$CRC" MaxRecvDataSegmentLength) == 262144 ]] || sl_die "default did not restore the daemon-wide value"
ctl config export | json "d['targets'][0].get('iscsiParams')" | grep -q "'HeaderDigest': 'None'" ||
  sl_die "config export lacks the target's iscsiParams: $(ctl config export)"
echo "PASS: per-target digests and MaxRecvDataSegmentLength with libiscsi (iscsi-inq, qemu-io)"
