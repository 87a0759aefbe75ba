#!/usr/bin/env bash
# sg / bsg pass-through under a real Linux kernel, in the QEMU guest of
# ../shared/harness/vm. storlabd runs inside the guest and passes through
#   LUN 1: a scsi_debug disk of the guest by its sg node (SG_IO, sg_io_hdr v3),
#   LUN 2: a second scsi_debug disk by its bsg node (SG_IO, sg_io_v4),
#   LUN 3: a tape drive the guest sees as /dev/sgN (an SSC drive of a storlabd
#          on the host, attached to the guest by QEMU),
# and the guest's kernel iSCSI initiator (open-iscsi, iscsi_tcp) logs in to it
# over 127.0.0.1. Checked: INQUIRY, VPD 0x83 and READ CAPACITY through storlab
# are byte for byte what the devices answer directly; data written through
# storlab is on the device and the other way round (sg_dd, sha256); the tape
# appears as a tape (st binds it) and holds a tar archive; a command the device
# ignores (scsi_debug every_nth + timeout) ends after the LUN's timeout with
# ABORTED COMMAND / LOGICAL UNIT COMMUNICATION TIME-OUT and the LUN works again;
# storlabctl's lun add and tgtadm --device-type pt --bstype sg/bsg refuse a
# path that is not a generic node, absent or busy with a message naming it,
# leaving nothing behind, and make a pt LUN from a free one.
# SKIP when the harness or qemu-system-x86_64 is not installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=vm_lib.sh
source "$here/vm_lib.sh"
sl_init "${1:-}"
vm_init
sl_find_media

sl_find_ctl

# The host's storlabd: one LTO-5 drive with a cartridge, QEMU's --lun 0 in the guest.
IQN=iqn.2026-12.lab.storlab:pt-host
mkdir -p "$SL_TMP/media"
sl_run 30 "$MEDIA" tape create --barcode PT0001L5 --capacity 64M "$SL_TMP/media/PT0001L5.tape" >/dev/null
cfg=$SL_TMP/host.json
sl_config "$cfg" "$(sl_target_json "$IQN" \
  "{\"lun\":1,\"type\":\"tape\",\"path\":\"$SL_TMP/media/PT0001L5.tape\",\"options\":{\"generation\":\"LTO-5\"}}")"
sl_start "$cfg"

guest=$SL_TMP/guest.sh
{
  echo '#!/bin/sh'
  echo 'set -u'
  vm_guest_prelude
  cat <<'GUEST'
GIQN=iqn.2026-12.lab.storlab:pt-guest
SOCK=/tmp/sl/admin.sock
export ASAN_OPTIONS=detect_leaks=0
ctl() { storlabctl --socket $SOCK "$@"; }
# scsi_debug's disks: "Linux scsi_debug" in sysfs; sgnode/bsgnode ADDRESS.
debug_disks() {
  for d in /sys/bus/scsi/devices/*:*:*:*; do
    [ "$(cat $d/model 2>/dev/null | tr -d ' ')" = scsi_debug ] && echo ${d##*/}
  done
}
sgnode() { echo /dev/$(ls /sys/bus/scsi/devices/$1/scsi_generic); }
bsgnode() { echo /dev/bsg/$1; }
hexinq() { sg_inq -H "$@" 2>&1 | grep -v '^ *$'; }

step "a second and a third scsi_debug disk; the nodes to pass through"
echo 2 >/sys/bus/pseudo/drivers/scsi_debug/add_host || fail "scsi_debug add_host"
sleep 2
set -- $(debug_disks)
[ $# -ge 3 ] || fail "expected 3 scsi_debug disks, found: $*"
A1=$1; A2=$2; A3=$3
SG1=$(sgnode $A1); BSG2=$(bsgnode $A2); SG3=$(sgnode $A3)
TAPE_SG=$(lun-dev 0 sg)
[ -c "$SG1" ] && [ -c "$BSG2" ] && [ -c "$SG3" ] && [ -c "$TAPE_SG" ] || fail "missing node: $SG1 $BSG2 $SG3 $TAPE_SG"
echo "disk $A1 = $SG1, disk $A2 = $BSG2, disk $A3 = $SG3, tape = $TAPE_SG"

step "what the devices answer directly"
hexinq $SG1 >/tmp/inq1.direct; hexinq -p 0x83 $SG1 >/tmp/vpd1.direct
sg_readcap -H $SG1 >/tmp/cap1.direct 2>&1 || fail "sg_readcap direct"
hexinq $(sgnode $A2) >/tmp/inq2.direct   # LUN 2 passes A2 through by its bsg node
hexinq $TAPE_SG >/tmp/inq3.direct
sg_turs $TAPE_SG >/dev/null 2>&1 || true   # the drive's power-on unit attention, read directly

step "storlabd in the guest passes them through"
mkdir -p /tmp/sl
cat >/tmp/sl/pt.json <<PTCONF
{"schema":1,"targets":[{"iqn":"$GIQN","luns":[
 {"lun":1,"store":"sg","path":"$SG1","options":{"timeout":4}},
 {"lun":2,"store":"bsg","path":"$BSG2"},
 {"lun":3,"type":"pt","store":"sg","path":"$TAPE_SG"}]}]}
PTCONF
storlabd --foreground --config /tmp/sl/pt.json --portal 127.0.0.1:3260 --state-dir /tmp/sl --socket $SOCK >/tmp/sl/log 2>&1 &
SLPID=$!
i=0; while [ ! -S $SOCK ] && [ $i -lt 300 ]; do sleep 0.2; i=$((i + 1)); done
ctl lun list $GIQN >/tmp/luns 2>&1 || { cat /tmp/luns /tmp/sl/log; fail "storlabd did not start"; }
cat /tmp/luns
grep -q 'pass-through (sg) of' /tmp/sl/log || { cat /tmp/sl/log; fail "no pass-through LU in the log"; }
grep 'pass-through' /tmp/sl/log | sed 's/^.*target /  target /'

step "the kernel initiator logs in"
mkdir -p /etc/iscsi/nodes /etc/iscsi/send_targets /etc/iscsi/ifaces /var/lib/iscsi /run/lock/iscsi
echo "InitiatorName=iqn.2026-12.lab.storlab:guest-kernel" >/etc/iscsi/initiatorname.iscsi
setsid iscsid -f >/tmp/iscsid.log 2>&1 &
ISCSID=$!
sleep 1
timeout 60 iscsiadm -m discovery -t sendtargets -p 127.0.0.1:3260 >/dev/null || fail "discovery"
timeout 60 iscsiadm -m node -T $GIQN -p 127.0.0.1:3260 --login >/dev/null || fail "login"
H=$(iscsiadm -m session -P 3 | sed -n 's/.*Host Number: \([0-9]*\).*/\1/p' | head -n 1)
[ -n "$H" ] || fail "no iSCSI host"
i=0; while [ ! -e /sys/bus/scsi/devices/$H:0:0:3/scsi_generic ] && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
for l in 0 1 2 3; do
  d=/sys/bus/scsi/devices/$H:0:0:$l
  echo "  $H:0:0:$l type=$(cat $d/type 2>/dev/null) $(cat $d/vendor 2>/dev/null) $(cat $d/model 2>/dev/null)"
done
I1=$(sgnode $H:0:0:1); I2=$(sgnode $H:0:0:2); I3=$(sgnode $H:0:0:3)

step "INQUIRY, device identification VPD and READ CAPACITY unchanged"
hexinq $I1 >/tmp/inq1.sl; hexinq -p 0x83 $I1 >/tmp/vpd1.sl
sg_readcap -H $I1 >/tmp/cap1.sl 2>&1 || fail "sg_readcap through storlab"
hexinq $I2 >/tmp/inq2.sl
hexinq $I3 >/tmp/inq3.sl
for f in inq1 vpd1 cap1 inq2 inq3; do
  cmp -s /tmp/$f.direct /tmp/$f.sl || { echo "--- direct"; cat /tmp/$f.direct; echo "--- through storlab"; cat /tmp/$f.sl; fail "$f differs"; }
done
want /tmp/inq1.sl ' 4c 69 6e 75 78 ' "scsi_debug's vendor 'Linux' in LUN 1's INQUIRY"
eq "$(cat /sys/bus/scsi/devices/$H:0:0:1/type)" 0 "LUN 1 peripheral device type (disk)"
eq "$(cat /sys/bus/scsi/devices/$H:0:0:3/type)" 1 "LUN 3 peripheral device type (tape)"
sg_inq $I3 | grep -i 'peripheral device type' | sed 's/^ */  /'

step "data through storlab lands on the devices (sg and bsg), and back"
dd if=/dev/urandom of=/tmp/pat bs=512 count=2048 status=none
dd if=/dev/urandom of=/tmp/pat2 bs=512 count=777 status=none
for pair in "$I1 $SG1" "$I2 $(sgnode $A2)"; do
  set -- $pair
  sg_dd if=/tmp/pat of=$1 bs=512 count=2048 seek=1000 >/dev/null 2>&1 || fail "sg_dd write through storlab ($1)"
  sg_dd if=$2 of=/tmp/back bs=512 count=2048 skip=1000 >/dev/null 2>&1 || fail "sg_dd read direct ($2)"
  eq "$(sha256sum </tmp/back)" "$(sha256sum </tmp/pat)" "written through storlab ($1), read directly ($2)"
  sg_dd if=/tmp/pat2 of=$2 bs=512 count=777 seek=5000 >/dev/null 2>&1 || fail "sg_dd write direct ($2)"
  sg_dd if=$1 of=/tmp/back2 bs=512 count=777 skip=5000 >/dev/null 2>&1 || fail "sg_dd read through storlab ($1)"
  eq "$(sha256sum </tmp/back2)" "$(sha256sum </tmp/pat2)" "written directly ($2), read through storlab ($1)"
done
echo "  LUN 1 (sg) and LUN 2 (bsg): 1 MiB written through storlab read directly, 388.5 KiB the other way, identical"

step "the passed-through tape drive is a tape: st, mt, tar"
i=0; while [ -z "$(ls /sys/bus/scsi/devices/$H:0:0:3/scsi_tape 2>/dev/null)" ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
T=/dev/$(ls /sys/bus/scsi/devices/$H:0:0:3/scsi_tape 2>/dev/null | grep '^nst' | head -n 1)
[ -c "$T" ] || fail "st did not bind the passed-through tape ($T)"
mt -f $T status >/dev/null 2>&1 || true
mt -f $T status >/tmp/mt || fail "mt status"
want /tmp/mt ONLINE "tape online through storlab"
mt -f $T rewind || fail "mt rewind"
mkdir -p /tmp/src /tmp/out
dd if=/dev/urandom of=/tmp/src/blob bs=1k count=200 status=none
tar -C /tmp/src -cf $T blob || fail "tar to the passed-through tape"
mt -f $T rewind
tar -C /tmp/out -xf $T || fail "tar from the passed-through tape"
cmp /tmp/src/blob /tmp/out/blob || fail "tape data differs"
mt -f $T rewind
echo "  tar archive of 200 KiB written and read back on $T"

step "a command the device ignores ends after the LUN's timeout (4 s), retryable"
P=/sys/bus/pseudo/drivers/scsi_debug
echo 1 >$P/every_nth; echo 4 >$P/opts        # SDEBUG_OPT_TIMEOUT: every command is ignored
timeout 120 sg_turs -v $I1 >/tmp/tmo 2>&1 && { echo 0 >$P/opts; echo 0 >$P/every_nth; fail "TEST UNIT READY succeeded while the device ignores commands"; }
echo 0 >$P/opts; echo 0 >$P/every_nth
sed 's/^/  /' /tmp/tmo
want /tmp/tmo '[Aa]borted [Cc]ommand' "sense key ABORTED COMMAND"
want /tmp/tmo '[Cc]ommunication time-?out' "LOGICAL UNIT COMMUNICATION TIME-OUT"
i=0; until sg_turs $I1 >/dev/null 2>&1; do i=$((i + 1)); [ $i -lt 20 ] || fail "LUN 1 did not recover"; sleep 1; done
sg_dd if=$I1 of=/tmp/back bs=512 count=2048 skip=1000 >/dev/null 2>&1 || fail "read after the timeout"
eq "$(sha256sum </tmp/back)" "$(sha256sum </tmp/pat)" "LUN 1 data after the timeout"

step "bad paths are refused, naming the path; nothing half-created"
bad() {
  ctl lun add --target $GIQN --lun 9 --store $1 --path $2 >/tmp/bad 2>&1 && fail "lun add --store $1 --path $2 succeeded"
  sed 's/^/  /' /tmp/bad
  want /tmp/bad "$3" "refusal of $2"
}
bad sg /dev/null '/dev/null is not a SCSI generic \(sg\) node'
bad sg /dev/sg99 '/dev/sg99: No such file or directory'
bad bsg $SG3 "$SG3 is not a block SCSI generic \\(bsg\\) node"
bad sg $SG1 "$SG1 is busy: another LUN of this daemon passes it through already"
bad sg /tmp/sl/pt.json 'is not a character device'
ctl --json lun list $GIQN >/tmp/luns2 2>&1
grep -q '"lun": *9' /tmp/luns2 && { cat /tmp/luns2; fail "LUN 9 exists after the refusals"; }
sg_turs $I1 >/dev/null 2>&1 || fail "LUN 1 after the refusals"

step "tgtadm syntax: --device-type pt --bstype sg"
TID=$(storlabctl --socket $SOCK --lld iscsi --op show --mode target | sed -n "s/^Target \([0-9]*\): $GIQN\$/\1/p")
[ -n "$TID" ] || fail "tgtadm show: no tid for $GIQN"
storlabctl --socket $SOCK --lld iscsi --op new --mode logicalunit --tid $TID --lun 4 --device-type pt --bstype sg --backing-store $SG3 \
  || fail "tgtadm new pt LUN"
storlabctl --socket $SOCK --lld iscsi --op new --mode logicalunit --tid $TID --lun 5 --device-type pt --bstype rdwr --backing-store /tmp/sl/pt.json \
  && fail "tgtadm accepted --device-type pt with --bstype rdwr"
storlabctl --socket $SOCK --lld iscsi --op show --mode target >/tmp/show
sed -n '/LUN: 4/,/Backing store path/p' /tmp/show >/tmp/show4
sed 's/^/  /' /tmp/show4
want /tmp/show4 'Type: passthrough' "tgtadm show type of LUN 4"
want /tmp/show4 'Backing store type: sg' "tgtadm show store of LUN 4"
want /tmp/show4 "Backing store path: $SG3" "tgtadm show path of LUN 4"
storlabctl --socket $SOCK --lld iscsi --op show --mode sys >/tmp/sys
want /tmp/sys '^ *bsg$' "bsg among the backing stores"
want /tmp/sys '^ *passthrough$' "passthrough among the device types"
iscsiadm -m session -R >/dev/null 2>&1 || true
i=0; while [ ! -e /sys/bus/scsi/devices/$H:0:0:4/scsi_generic ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
[ -e /sys/bus/scsi/devices/$H:0:0:4/scsi_generic ] || fail "LUN 4 did not appear after a rescan"
hexinq $SG3 >/tmp/inq4.direct; hexinq $(sgnode $H:0:0:4) >/tmp/inq4.sl
cmp -s /tmp/inq4.direct /tmp/inq4.sl || fail "LUN 4 INQUIRY differs"

step "logout, stop"
timeout 60 iscsiadm -m node -T $GIQN -p 127.0.0.1:3260 --logout >/dev/null || fail "logout"
kill $SLPID; wait $SLPID
kill $ISCSID 2>/dev/null
echo "PASSTHROUGH-VM OK: sg + bsg disks and an sg tape drive through storlabd, INQUIRY/VPD/capacity unchanged, data both ways, timeout retryable, bad paths refused"
GUEST
} >"$guest"

vm_run "$guest" "PASSTHROUGH-VM OK" --extra-pkgs "open-iscsi" --extra-modules "scsi_debug iscsi_tcp" \
  --bin "$SL_BIN" --bin "$CTL" --lun "$(sl_url "$IQN" 1)"
echo "PASS: pass-through of sg and bsg nodes in the guest (scsi_debug disks, a tape drive from the host)"
