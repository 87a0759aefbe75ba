#!/usr/bin/env bash
# The changer and its tape drives under a real Linux kernel (ch, st, sg) in the
# QEMU guest of ../shared/harness/vm: `loaderinfo` reads the SMC-2 device
# capabilities with a volume tag reader, `mtx status` lists every element with
# barcodes, `mtx load` / `mtx unload` move a cartridge, `mt status` sees it in
# the drive, tar writes and reads it back. SKIP when the harness or
# qemu-system-x86_64 is not installed (STORLAB_VM_HARNESS overrides the path).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=vm_lib.sh
source "$here/vm_lib.sh"
sl_init "${1:-}"
vm_init

IQN=iqn.2026-11.lab.storlab:vm-vtl
cfg=$SL_TMP/vtl.json
sl_config "$cfg" "{\"schema\":1,\"targets\":[],\"libraries\":[{\"name\":\"vmvtl\",\"iqn\":\"$IQN\",
  \"personality\":\"stk-l700\",\"changerLun\":0,\"drives\":{\"count\":2,\"generation\":\"LTO-6\",\"firstLun\":1},
  \"slots\":10,\"ieSlots\":2,\"mediaDir\":\"$SL_TMP/media\",
  \"cartridges\":[{\"first\":\"A00000L6\",\"count\":4,\"capacity\":\"256M\"}]}]}"
sl_start "$cfg"

guest=$SL_TMP/guest.sh
cat >"$guest" <<'GUEST'
#!/bin/sh
set -e
C=$(find-sg changer)
loaderinfo -f $C >/tmp/li
cat /tmp/li
grep -Eq '^SCSI Media Changer \(rev 2\): Yes' /tmp/li
grep -Eq '^Volume Tag Reader Present: Yes' /tmp/li
grep -Eq '^Auto-Clean Enabled: No' /tmp/li
grep -Eq '^Number of Storage Elements: 10' /tmp/li
mtx -f $C status >/tmp/st1
cat /tmp/st1
grep -Eq 'Storage Changer .*2 Drives, 12 Slots \( 2 Import/Export \)' /tmp/st1
grep -Eq 'Data Transfer Element 0:Empty' /tmp/st1
grep -Eq 'Storage Element 1:Full *:VolumeTag *= *A00000L6' /tmp/st1
grep -Eq 'Storage Element 4:Full *:VolumeTag *= *A00003L6' /tmp/st1
grep -Eq 'Storage Element 5:Empty' /tmp/st1
grep -Eq 'Storage Element 11 IMPORT/EXPORT:Empty' /tmp/st1
mtx -f $C load 2 0
mtx -f $C status >/tmp/st2
grep -Eq 'Data Transfer Element 0:Full \(Storage Element 2 Loaded\):VolumeTag *= *A00001L6' /tmp/st2
grep -Eq 'Storage Element 2:Empty' /tmp/st2
GUEST
vm_guest_tape_roundtrip "storlab changer vm test" >>"$guest"
cat >>"$guest" <<'GUEST'
mtx -f $C unload 2 0
mtx -f $C status >/tmp/st3
grep -Eq 'Data Transfer Element 0:Empty' /tmp/st3
grep -Eq 'Storage Element 2:Full *:VolumeTag *= *A00001L6' /tmp/st3
mtx -f $C transfer 1 11
mtx -f $C status | grep -Eq 'Storage Element 11 IMPORT/EXPORT:Full *:VolumeTag *= *A00000L6'
mtx -f $C transfer 11 1
echo "CHANGER-VM OK"
GUEST

vm_run "$guest" "CHANGER-VM OK" --lun "$(sl_url "$IQN" 0)" --lun "$(sl_url "$IQN" 1)" --lun "$(sl_url "$IQN" 2)"
echo "changer VM test OK"
