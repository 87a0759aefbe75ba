#!/usr/bin/env bash
# The SMC changer with raw CDBs from a libiscsi initiator (changer_cdbs.c,
# compiled here against libiscsi-dev): READ ELEMENT STATUS with barcodes and
# drive identifiers, MOVE MEDIUM slot -> drive -> slot, the drive's LUN
# following the changer, the SMC-3 error cases (source empty, destination
# full, invalid element address, incompatible cartridge, removal prevented),
# MODE SENSE element address assignment and device capabilities, and the inventory surviving a clean
# restart and kill -9.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need cc iscsi-ls
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
tool=$SL_TMP/changer_cdbs
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$tool" "$here/changer_cdbs.c" -liscsi || sl_die "cannot build changer_cdbs.c"

IQN=iqn.2026-11.lab.storlab:vtl-test
cfg=$SL_TMP/changer.json
sl_config "$cfg" "{\"schema\":1,\"targets\":[],\"libraries\":[{\"name\":\"vtl\",\"iqn\":\"$IQN\",
  \"personality\":\"ibm-ts3500\",\"changerLun\":0,\"drives\":{\"count\":2,\"generation\":\"LTO-6\",\"firstLun\":1},
  \"slots\":6,\"ieSlots\":2,\"mediaDir\":\"$SL_TMP/media\",
  \"cartridges\":[{\"first\":\"A00000L6\",\"count\":3,\"capacity\":\"64M\"},{\"first\":\"B00000L8\",\"count\":1,\"capacity\":\"64M\"}]}]}"
sl_start "$cfg"
C=$(sl_url "$IQN" 0)
D1=$(sl_url "$IQN" 1)
# IBM TS3500 addresses: transport 1, drives 257.., IE 768.., slots 1024..
S0=1024 S1=1025 S2=1026 S3=1027 S5=1029 DR0=257 DR1=258 IE0=768

cdb() { sl_run 60 "$tool" "$@"; }
expect() { # expect OUTPUT REGEX WHAT
  grep -Eq "$2" <<<"$1" || sl_die "$3: expected /$2/ in: $1"
}

out=$(cdb "$C" status status)
printf '%s\n' "$out"
expect "$out" '^OK 11$' "11 elements (1 transport, 6 slots, 2 IE, 2 drives)"
expect "$out" "^E 2 $S0 1 0 0 A00000L6 -$" "slot 1 holds A00000L6"
expect "$out" "^E 2 $S3 1 0 0 B00000L8 -$" "slot 4 holds B00000L8"
expect "$out" "^E 2 $S5 0 " "slot 6 is empty"
expect "$out" "^E 3 $IE0 0 " "IE port 1 is empty"
expect "$out" "^E 4 $DR0 0 0 0 - IBM_____ULTRIUM-TD6_____" "drive 1 empty, DVCID IBM ULTRIUM-TD6 + serial"
expect "$out" "^E 1 1 0 " "transport at address 1"

out=$(cdb "$C" modesense 1d)
expect "$out" '^PAGE 1d 12 00 01 00 01 04 00 00 06 03 00 00 02 01 01 00 02' "element address assignment page"
# Device capabilities (SMC-3 §7.3.2): StorDT/StorI/E/StorST, then S2C + VTRP
# (byte 3, what mtx's loaderinfo prints as "SCSI Media Changer (rev 2)" and
# "Volume Tag Reader Present"), moves and exchanges between ST, IE and DT.
out=$(cdb "$C" modesense 1f)
expect "$out" '^PAGE 1f 12 0e 03 00 0e 0e 0e 00 00 00 00 00 0e 0e 0e 00 00 00 00$' "device capabilities page"

# Slot 1 -> drive 1: the drive's LUN reports the medium.
out=$(cdb "$C" move $S0 $DR0 status)
printf '%s\n' "$out"
expect "$out" '^GOOD$' "MOVE MEDIUM slot 1 -> drive 1"
expect "$out" "^E 4 $DR0 1 1 $S0 A00000L6 " "drive 1 full, SVALID, source slot 1"
expect "$out" "^E 2 $S0 0 " "slot 1 empty after the move"
ls_out=$(sl_run 30 iscsi-ls -s "iscsi://127.0.0.1:$SL_PORT")
printf '%s\n' "$ls_out"
grep -Eq '^Lun:1[[:space:]]+Type:SEQUENTIAL_ACCESS[[:space:]]*$' <<<"$ls_out" || sl_die "drive LUN 1 does not report a loaded medium"
grep -Eq '^Lun:2[[:space:]]+Type:SEQUENTIAL_ACCESS \(No media loaded\)' <<<"$ls_out" || sl_die "drive LUN 2 should be empty"

# SMC-3 error cases.
out=$(cdb "$C" move $S1 $DR0 move $S2 $S1 move 9999 $S5 move $S0 $S5 move $S3 $DR1 status)
printf '%s\n' "$out"
mapfile -t lines <<<"$out"
[[ ${lines[0]} == "SENSE 5/3b/0d" ]] || sl_die "into a loaded drive: ${lines[0]} (want MEDIUM DESTINATION ELEMENT FULL)"
[[ ${lines[1]} == "SENSE 5/3b/0d" ]] || sl_die "into a full slot: ${lines[1]} (want MEDIUM DESTINATION ELEMENT FULL)"
[[ ${lines[2]} == "SENSE 5/21/01" ]] || sl_die "from address 9999: ${lines[2]} (want INVALID ELEMENT ADDRESS)"
[[ ${lines[3]} == "SENSE 5/3b/0e" ]] || sl_die "from an empty slot: ${lines[3]} (want MEDIUM SOURCE ELEMENT EMPTY)"
[[ ${lines[4]} == "SENSE 5/30/00" ]] || sl_die "LTO-8 into an LTO-6 drive: ${lines[4]} (want INCOMPATIBLE MEDIUM INSTALLED)"
expect "$out" "^E 2 $S3 1 0 0 B00000L8 " "the refused cartridge stays in its slot"

# An initiator of the drive prevents removal: the changer cannot take it out.
"$tool" "$D1" tur tur tur prevent 1 sleep 4 >"$SL_TMP/prevent.out" 2>&1 &
holder=$!
sleep 1.5
out=$(cdb "$C" move $DR0 $S5)
wait "$holder" || sl_die "the PREVENT session failed: $(cat "$SL_TMP/prevent.out")"
grep -q '^GOOD$' "$SL_TMP/prevent.out" || sl_die "PREVENT on the drive failed: $(cat "$SL_TMP/prevent.out")"
[[ $out == "SENSE 5/53/02" ]] || sl_die "out of a prevented drive: $out (want MEDIUM REMOVAL PREVENTED)"

# Drive -> IE port (exported by the robot), then the inventory survives restarts.
out=$(cdb "$C" move $DR0 $IE0 move $S1 $DR1 status)
printf '%s\n' "$out"
expect "$out" "^E 3 $IE0 1 1 $S0 A00000L6 " "A00000L6 in IE port 1, source slot 1"
expect "$out" "^E 4 $DR1 1 1 $S1 A00001L6 " "drive 2 holds A00001L6"
sl_stop
sl_start "$cfg"
out=$(cdb "$C" status)
expect "$out" "^E 3 $IE0 1 1 $S0 A00000L6 " "after a restart: A00000L6 still in IE port 1"
expect "$out" "^E 4 $DR1 1 1 $S1 A00001L6 " "after a restart: drive 2 still holds A00001L6"
ls_out=$(sl_run 30 iscsi-ls -s "iscsi://127.0.0.1:$SL_PORT")
grep -Eq '^Lun:2[[:space:]]+Type:SEQUENTIAL_ACCESS[[:space:]]*$' <<<"$ls_out" || sl_die "after a restart drive LUN 2 does not report its cartridge: $ls_out"

out=$(cdb "$C" move $DR1 $S5)
[[ $out == GOOD ]] || sl_die "drive 2 -> slot 6: $out"
kill -KILL "$SL_PID"
wait "$SL_PID" 2>/dev/null || true
SL_PID=""
sl_start "$cfg"
out=$(cdb "$C" status)
expect "$out" "^E 2 $S5 1 1 $S1 A00001L6 " "after kill -9: A00001L6 in slot 6 (source slot 2)"
expect "$out" "^E 4 $DR1 0 " "after kill -9: drive 2 empty"
echo "changer CDB test OK"
