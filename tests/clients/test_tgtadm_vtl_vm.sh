#!/usr/bin/env bash
# tgt's doc/README.vtl library built LU by LU with storlabctl's tgtadm mode,
# then used by a real Linux kernel (ch, st, sg) in the QEMU guest of
# ../shared/harness/vm: `mtx status` lists the drive, the 4 slots and the
# barcode, `mtx load` puts <media_home>/tape1 into the tape LU, `mt status`
# sees it, tar writes and reads it back, `mtx unload` returns it. SKIP when
# the harness or qemu-system-x86_64 is not installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=vm_lib.sh
source "$here/vm_lib.sh"
# shellcheck source=tgtadm_lib.sh
source "$here/tgtadm_lib.sh"
sl_init "${1:-}"
vm_init
tgtadm_find_ctl
sl_find_media

IQN=iqn.2008-09.com.example:vtl
HOME_DIR=$SL_TMP/vtl
mkdir -p "$HOME_DIR"
sl_run 30 "$MEDIA" tape create --barcode tape1 --capacity 256M "$HOME_DIR/tape1" >/dev/null
: >"$HOME_DIR/smc"
export STORLAB_SOCKET=$SL_TMP/admin.sock
sl_config "$SL_TMP/c.json" '{"schema": 2, "targets": []}'
sl_start "$SL_TMP/c.json" --socket "$STORLAB_SOCKET"
adm() { sl_run 30 "$TGTADM" "$@" >/dev/null; }
adm --op new --mode target --tid 1 -T "$IQN"
adm --mode logicalunit --op new --tid 1 --lun 1 -b "$HOME_DIR/tape1" --device-type=tape
adm --mode logicalunit --op update --tid 1 --lun 1 --params online=0
adm --mode logicalunit --op new --tid 1 --lun 4 -b "$HOME_DIR/smc" --device-type=changer
adm --mode logicalunit --op update --tid 1 --lun 4 --params media_home="$HOME_DIR"
adm --mode logicalunit --op update --tid 1 --lun 4 --params element_type=4,start_address=1,quantity=1
adm --mode logicalunit --op update --tid 1 --lun 4 --params element_type=4,address=1,tid=1,lun=1
adm --mode logicalunit --op update --tid 1 --lun 4 --params element_type=1,start_address=4,quantity=1
adm --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,start_address=1024,quantity=4
adm --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,address=1024,barcode=tape1,sides=1
adm --op bind --mode target --tid 1 -I ALL

guest=$SL_TMP/guest.sh
cat >"$guest" <<'GUEST'
#!/bin/sh
set -e
C=$(find-sg changer)
mtx -f $C status >/tmp/st1
cat /tmp/st1
grep -Eq 'Storage Changer .*1 Drives, 4 Slots' /tmp/st1
grep -Eq 'Data Transfer Element 0:Empty' /tmp/st1
grep -Eq 'Storage Element 1:Full *:VolumeTag *= *tape1' /tmp/st1
grep -Eq 'Storage Element 4:Empty' /tmp/st1
mtx -f $C load 1 0
mtx -f $C status >/tmp/st2
grep -Eq 'Data Transfer Element 0:Full \(Storage Element 1 Loaded\):VolumeTag *= *tape1' /tmp/st2
GUEST
vm_guest_tape_roundtrip "storlab README.vtl vm test" >>"$guest"
cat >>"$guest" <<'GUEST'
mtx -f $C unload 1 0
mtx -f $C status | grep -Eq 'Storage Element 1:Full *:VolumeTag *= *tape1'
echo "VTL-VM OK"
GUEST

vm_run "$guest" "VTL-VM OK" --lun "$(sl_url "$IQN" 4)" --lun "$(sl_url "$IQN" 1)"
echo "PASS: README.vtl library built with tgtadm: mtx status/load/unload, mt and tar in the Linux guest"
