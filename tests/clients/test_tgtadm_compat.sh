#!/usr/bin/env bash
# The tgtadm-compatible mode of storlabctl, run through the `tgtadm` symlink
# beside it against a real storlabd: a tgtadm script (targets, LUNs, ACLs,
# accounts, show, deletes), tgt's exit codes and messages, the --op show layout
# against tgt's (tests/clients/data/tgtadm_show_reference.txt, values such as
# paths/serials/sizes ignored), a login with iscsi-inq to the LUN made through
# tgtadm, a snippet in the style of libiscsi's test scripts, `storlabctl import
# targets.conf`, and `--op delete --mode system` (the daemon stops; tgtadm then
# reports tgt's "not connected" error, exit 107).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"
DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")/data" && pwd)

source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
tgtadm_find_ctl

export STORLAB_SOCKET=$SL_TMP/admin.sock
unset TGT_IPC_SOCKET
tgtadm() { timeout 60 "$TGTADM" "$@"; }

# expect RC STDERR_TEXT -- tgtadm args...: exit status and the exact stderr.
expect() {
  local want_rc=$1 want_err=$2; shift 3
  local rc=0
  tgtadm "$@" >"$SL_TMP/out" 2>"$SL_TMP/err" || rc=$?
  [[ $rc == "$want_rc" ]] || sl_die "tgtadm $*: exit $rc, expected $want_rc (stderr: $(cat "$SL_TMP/err"))"
  [[ $(cat "$SL_TMP/err") == "$want_err" ]] || sl_die "tgtadm $*: stderr '$(cat "$SL_TMP/err")', expected '$want_err'"
}
ok() { expect 0 "" -- "$@"; }

sl_config "$SL_TMP/c.json" '{"schema": 2, "targets": []}'
sl_start "$SL_TMP/c.json" --socket "$STORLAB_SOCKET"

T1=iqn.2026-11.test.compat:t1
T2=iqn.2026-11.test.sec:t2
truncate -s 64M "$SL_TMP/lun1.img"
truncate -s 16M "$SL_TMP/lun2.img"   # tgt reports 16 MiB as "17 MB", as in the capture

# --- a tgtadm script as tgt's documentation writes it ---
ok --lld iscsi --op new --mode target --tid 1 -T "$T1"
ok --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b "$SL_TMP/lun1.img" --bstype rdwr
ok --lld iscsi --op bind --mode target --tid 1 -I ALL
# The reference capture's target 2 (short options, --x=value forms).
ok -L iscsi -o new -m target -t 2 -T "$T2"
ok --lld=iscsi --op=new --mode=logicalunit --tid=2 --lun=1 --backing-store="$SL_TMP/lun2.img" --bstype=rdwr
ok --lld iscsi --op new --mode account --user ken --password secret
ok --lld iscsi --op bind --mode account --tid 2 --user ken
ok --lld iscsi --op bind --mode target --tid 2 -I ALL
# (the capture binds -Q iqn.x:y; storlab wants an iSCSI name there, tgt takes any string)
INIT=iqn.2026-11.test.init:y
ok --lld iscsi --op bind --mode target --tid 2 -Q "$INIT"
expect 22 "tgtadm: invalid request" -- --lld iscsi --op bind --mode target --tid 2 -Q iqn.x:y
tgtadm --lld iscsi --op show --mode account >"$SL_TMP/accounts"
[[ $(cat "$SL_TMP/accounts") == $'Account list:\n    ken' ]] || sl_die "account show: $(cat "$SL_TMP/accounts")"

# --- errors: tgt's messages and exit codes ---
expect 22 "tgtadm: can't find the target" -- --lld iscsi --op delete --mode target --tid 99
expect 22 "tgtadm: can't find the target" -- --lld iscsi --op new --mode logicalunit --tid 99 --lun 1 -b "$SL_TMP/lun1.img"
expect 22 "tgtadm: this target already exists" -- --lld iscsi --op new --mode target --tid 1 -T "$T1"
expect 22 "tgtadm: this target already exists" -- --lld iscsi --op new --mode target --tid 3 -T "$T1"
expect 22 "tgtadm: this logical unit number already exists" -- --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b "$SL_TMP/lun1.img"
expect 22 "tgtadm: can't find the logical unit" -- --lld iscsi --op delete --mode logicalunit --tid 1 --lun 7
expect 22 "tgtadm: this account already exists" -- --lld iscsi --op new --mode account --user ken --password other
expect 22 "tgtadm: can't find the account" -- --lld iscsi --op bind --mode account --tid 1 --user nobody
expect 22 "tgtadm: this access control rule already exists" -- --lld iscsi --op bind --mode target --tid 1 -I ALL
expect 22 "tgtadm: this access control rule does not exist" -- --lld iscsi --op unbind --mode target --tid 1 -I 10.9.9.9
expect 22 "tgtadm: can't find the driver" -- --lld iser --op show --mode target
expect 22 "tgtadm: 'tid' option is necessary" -- --lld iscsi --op new --mode target -T iqn.2026-11.test.compat:x
expect 22 "tgtadm: 'tid' cannot be 0" -- --lld iscsi --op delete --mode target --tid 0
expect 22 "tgtadm: 'lun' option is necessary" -- --lld iscsi --op new --mode logicalunit --tid 1 -b "$SL_TMP/lun1.img"
expect 22 "tgtadm: target mode: option '-b' is not allowed/supported" -- --lld iscsi --op new --mode target --tid 5 -T "$T1" -b x
expect 22 "tgtadm: creating new target requires a name, use --targetname" -- --lld iscsi --op new --mode target --tid 5
expect 22 "tgtadm: specify the operation type" -- --lld iscsi --mode target
expect 1 "tgtadm: unknown mode: nosuch" -- --lld iscsi --op show --mode nosuch
expect 1 "tgtadm: unknown operation: frob" -- --lld iscsi --op frob --mode target
expect 22 $'tgtadm: unrecognized option \'extra\'\nTry `tgtadm --help\' for more information.' -- --op show --mode target extra
expect 22 $'-t argument value \'abc\' invalid\nTry `tgtadm --help\' for more information.' -- --op show --mode target --tid abc
tgtadm --help | grep -q -- "--mode target --op new" || sl_die "--help lacks the target new form"

# --- --op show: tgt's layout (reference capture, values ignored) ---
tgtadm --lld iscsi --op show --mode target >"$SL_TMP/show"
grep -q "^Target 1: $T1\$" "$SL_TMP/show" || sl_die "show lacks 'Target 1: $T1': $(cat "$SL_TMP/show")"
# Values that legitimately differ (identities, sizes, paths, defaults) are blanked on both sides.
normalize() {
  sed -E -e 's/^(Target [0-9]+:) .*/\1/' \
         -e 's/^( +(SCSI ID|SCSI SN|Size|Backing store path|Thin-provisioning):).*/\1/'
}
grep -v '^#' "$DATA/tgtadm_show_reference.txt" | sed "s/^        iqn\.x:y\$/        $INIT/" | normalize >"$SL_TMP/ref"
awk '/^Target 2:/{p=1; print; next} /^Target /{p=0} p' "$SL_TMP/show" | normalize >"$SL_TMP/ours"
diff -u "$SL_TMP/ref" "$SL_TMP/ours" >&2 || sl_die "--op show layout of target 2 differs from tgt's (diff above)"
grep -q "^            Size: 67 MB, Block size: 512\$" "$SL_TMP/show" || sl_die "target 1 LUN 1 size is not tgt's '67 MB'"
grep -q "^            Size: 17 MB, Block size: 512\$" "$SL_TMP/show" || sl_die "target 2 LUN 1 size is not the capture's 17 MB"
tgtadm --op show --mode target --tid 1 | grep -q '^MaxBurstLength=262144$' || sl_die "show --tid lacks the iSCSI parameters"
tgtadm --op show --mode lld | grep -q "^        Target 2: $T2\$" || sl_die "lld show lacks target 2"
tgtadm --op show --mode sys | grep -q '^    iscsi: ready$' || sl_die "sys show lacks the iscsi driver"
tgtadm --op show --mode portal | grep -q "^Portal: 127.0.0.1:$SL_PORT,1\$" || sl_die "portal show lacks 127.0.0.1:$SL_PORT"

# --- a login to the LUN made through tgtadm; the session shows as an I_T nexus ---
if command -v iscsi-inq >/dev/null; then
  sl_run 30 iscsi-inq "iscsi://127.0.0.1:$SL_PORT/$T1/1" | grep -q DIRECT_ACCESS || sl_die "iscsi-inq does not see the LUN created by tgtadm"
  # An account bound to target 2 means CHAP: a login without it is refused, with it accepted.
  if timeout 30 iscsi-inq "iscsi://127.0.0.1:$SL_PORT/$T2/1" >/dev/null 2>&1; then sl_die "login to the CHAP target without CHAP succeeded"; fi
  if command -v qemu-io >/dev/null; then
    ( timeout 20 qemu-io -c 'sleep 3000' -c 'read 0 4k' "iscsi://127.0.0.1:$SL_PORT/$T1/1" >/dev/null 2>&1 || true ) &
    qpid=$!
    for _ in $(seq 1 25); do tgtadm --op show --mode target | grep -q "I_T nexus: " && break; sleep 0.2; done
    tgtadm --op show --mode target >"$SL_TMP/show2"
    grep -q '^        I_T nexus: [0-9]*$' "$SL_TMP/show2" || sl_die "no I_T nexus during a session: $(cat "$SL_TMP/show2")"
    grep -q '^            Initiator: .* alias: ' "$SL_TMP/show2" || sl_die "nexus lacks the Initiator line"
    grep -q '^                IP Address: 127.0.0.1$' "$SL_TMP/show2" || sl_die "nexus lacks 'IP Address: 127.0.0.1'"
    tgtadm --op show --mode conn --tid 1 | grep -q '^        IP Address: 127.0.0.1$' || sl_die "conn show lacks the connection"
    expect 22 "tgtadm: this target is still active" -- --op delete --mode target --tid 1
    wait "$qpid" || true
  fi
else
  sl_log "iscsi-inq not installed: login step skipped"
fi

# --- deletes ---
ok --lld iscsi --op delete --mode logicalunit --tid 1 --lun 1
tgtadm --op show --mode target | awk '/^Target 1:/{p=1} /^Target 2:/{p=0} p' | grep -q '^        LUN: 1$' && sl_die "LUN 1 still shown after delete"
ok --lld iscsi --op unbind --mode account --tid 2 --user ken
ok --lld iscsi --op delete --mode account --user ken
ok --lld iscsi --op delete --force --mode target --tid 1
ok --lld iscsi --op delete --mode target --tid 2
[[ -z $(tgtadm --op show --mode target) ]] || sl_die "targets left after delete"

# --- in the style of libiscsi's test scripts (tests/functions.sh) ---
IQNTARGET=iqn.libiscsi.unittest.target   # libiscsi's own name: tgt's rule, not RFC 7143's (nameCheck "tgt")
truncate -s 100M "$SL_TMP/100M"
TGTADM_CMD="$TGTADM"
start_target() {
  ${TGTADM_CMD} --op delete --force --mode target --tid 1 2>/dev/null || true
  ${TGTADM_CMD} --op new --mode target --tid 1 -T ${IQNTARGET}
  ${TGTADM_CMD} --op bind --mode target --tid 1 -I ALL
  ${TGTADM_CMD} --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b "$SL_TMP/100M"
}
start_target || sl_die "libiscsi-style start_target failed"
if command -v iscsi-inq >/dev/null; then
  sl_run 30 iscsi-inq "iscsi://127.0.0.1:$SL_PORT/$IQNTARGET/1" | grep -q DIRECT_ACCESS || sl_die "libiscsi-style target not usable"
fi
ok --op delete --force --mode target --tid 1

# --- storlabctl import targets.conf ---
cat >"$SL_TMP/targets.conf" <<CONF
default-driver iscsi
<target iqn.2026-11.test.import:disk>
    backing-store $SL_TMP/lun1.img
    initiator-address 127.0.0.1
    incominguser alice alice-secret-123
    write-cache off
    isns-server-ip 10.0.0.1
</target>
CONF
timeout 60 "$CTL" import "$SL_TMP/targets.conf" >"$SL_TMP/import" || sl_die "import failed: $(cat "$SL_TMP/import")"
grep -q "iqn.2026-11.test.import:disk" "$SL_TMP/import" || sl_die "import report lacks the target: $(cat "$SL_TMP/import")"
grep -q "^not honoured (" "$SL_TMP/import" || sl_die "import report lacks the unhonoured section"
grep -q "targets.conf:[0-9]*: .*isns" "$SL_TMP/import" || sl_die "import report does not name the isns directive: $(cat "$SL_TMP/import")"
tgtadm --op show --mode target | grep -q "^Target [0-9]*: iqn.2026-11.test.import:disk\$" || sl_die "imported target not shown by tgtadm"
tgtadm --op show --mode target | grep -q "^        alice\$" || sl_die "imported account not bound"

# --- the daemon stops on --op delete --mode system; tgtadm then cannot connect ---
ok --op delete --mode system
expect 107 "tgtadm: failed to send request hdr to tgt daemon, Transport endpoint is not connected" -- --op show --mode target
echo "PASS: tgtadm compatibility"
