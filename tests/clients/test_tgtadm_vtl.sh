#!/usr/bin/env bash
# tgt's doc/README.vtl virtual tape library, built LU by LU with storlabctl's
# tgtadm mode (a tape drive LU, then a changer LU given its media home, its
# data transfer, medium transport, storage and import/export elements and a
# cartridge by barcode), then driven with raw SMC-3 / SSC-4 CDBs from a
# libiscsi initiator (changer_cdbs.c): READ ELEMENT STATUS shows the layout
# and the barcode, MOVE MEDIUM slot -> drive loads <media_home>/<barcode> into
# the tape LU, which then writes and reads back; tgt's refusals (exit 22)
# leave the changer as it was; the changer survives a restart, media where
# they were moved to; the native API (lun.list) shows the same elements.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=tgtadm_lib.sh
source "$here/tgtadm_lib.sh"
sl_init "${1:-}"
sl_cdb_tool
tool=$CDB_TOOL
tgtadm_find_ctl
sl_find_media

# media_home holds the cartridges, each file named by its barcode (tgt's convention).
HOME_DIR=$SL_TMP/vtl
mkdir -p "$HOME_DIR"
# tape1 as README.vtl makes it, with tgt's tgtimg when installed: the tape LU
# given it with -b converts it to a storlab cartridge (the tgt file kept as
# tape1.tgtimg); tape2 is a storlab cartridge from the start.
if command -v tgtimg >/dev/null 2>&1; then
  sl_run 30 tgtimg --op new --device-type tape --barcode tape1 --size 64 --type data --file "$HOME_DIR/tape1" >/dev/null
else
  sl_run 30 "$MEDIA" tape create --barcode tape1 --capacity 64M "$HOME_DIR/tape1" >/dev/null
fi
sl_run 30 "$MEDIA" tape create --barcode tape2 --capacity 64M "$HOME_DIR/tape2" >/dev/null
: >"$HOME_DIR/smc"

export STORLAB_SOCKET=$SL_TMP/admin.sock
cfg=$SL_TMP/c.json
sl_config "$cfg" '{"schema": 2, "targets": []}'
sl_start "$cfg" --socket "$STORLAB_SOCKET"

adm() { sl_run 30 "$TGTADM" "$@"; }
# refused WHAT PARAMS: tgtadm must fail with tgt's exit 22 and leave the changer alone.
refused() {
  local what=$1 params=$2 before after rc=0
  before=$(sl_run 30 "$CTL" --json lun list --target iqn.2008-09.com.example:vtl)
  timeout 30 "$TGTADM" --mode logicalunit --op update --tid 1 --lun 4 --params "$params" >/dev/null 2>"$SL_TMP/err" || rc=$?
  [[ $rc == 22 ]] || sl_die "$what ($params): exit $rc, expected 22 ($(cat "$SL_TMP/err"))"
  after=$(sl_run 30 "$CTL" --json lun list --target iqn.2008-09.com.example:vtl)
  [[ $before == "$after" ]] || sl_die "$what ($params) changed the LU: $after"
  echo "refused as tgt does: $what: $(cat "$SL_TMP/err")"
}

# --- doc/README.vtl, step by step ---
adm --lld iscsi --op new --mode target --tid 1 -T iqn.2008-09.com.example:vtl
adm --lld iscsi --mode logicalunit --op new --tid 1 --lun 1 -b "$HOME_DIR/tape1" --device-type=tape
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 1 --params online=0
if command -v tgtimg >/dev/null 2>&1; then
  [[ -f $HOME_DIR/tape1.tgtimg ]] || sl_die "the tgt image tape1 was not converted (no tape1.tgtimg kept)"
  sl_run 30 "$MEDIA" tape info "$HOME_DIR/tape1" | grep -q tape1 || sl_die "tape1 is not a storlab cartridge labelled tape1 after the conversion"
fi
adm --lld iscsi --mode logicalunit --op new --tid 1 --lun 4 -b "$HOME_DIR/smc" --device-type=changer
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params media_home="$HOME_DIR"
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=4,start_address=1,quantity=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=4,address=1,tid=1,lun=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=1,start_address=4,quantity=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,start_address=1024,quantity=2
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,start_address=1026,quantity=2
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=3,start_address=16,quantity=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,address=1024,barcode=tape1,sides=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,address=1027,barcode=tape2
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=2,address=1027,clear_slot=1
adm --lld iscsi --mode logicalunit --op update --tid 1 --lun 4 --params element_type=3,address=16,barcode=tape2
adm --lld iscsi --op bind --mode target --tid 1 -I ALL

show=$(adm --op show --mode target)
printf '%s\n' "$show"
lun4=$(grep -A14 '^        LUN: 4$' <<<"$show")
grep -q '^            Type: changer$' <<<"$lun4" || sl_die "LUN 4 is not shown as a changer"
lun1=$(grep -A14 '^        LUN: 1$' <<<"$show")
grep -q '^            Backing store type: ssc$' <<<"$lun1" || sl_die "LUN 1 is not shown as a tape (ssc)"

# tgt's refusals: bad element type, an element already there, no such
# element, a drive without tid=, an unknown key, a barcode longer than tgt's 11.
refused "element type 5" element_type=5,start_address=40,quantity=1
refused "slot 1024 exists" element_type=2,start_address=1024,quantity=1
refused "no storage element 2000" element_type=2,address=2000,barcode=tape3
refused "data transfer element without tid" element_type=4,address=1
refused "unknown key" bogus=1
refused "barcode too long" element_type=2,address=1025,barcode=abcdefghijkl
refused "overlapping ranges" element_type=3,start_address=17,quantity=2000

C=$(sl_url iqn.2008-09.com.example:vtl 4)
T=$(sl_url iqn.2008-09.com.example:vtl 1)
cdb() { sl_run 60 "$tool" "$@"; }
expect() { grep -Eq "$2" <<<"$1" || sl_die "$3: expected /$2/ in: $1"; }

# READ ELEMENT STATUS (SMC-3 §6.10): "E type address full svalid source tag id".
out=$(cdb "$C" status status)
printf '%s\n' "$out"
expect "$out" '^OK 7$' "7 elements: 1 transport, 4 slots, 1 import/export, 1 drive"
expect "$out" '^E 1 4 0 ' "medium transport at 4"
expect "$out" '^E 2 1024 1 0 0 tape1 -$' "slot 1024 holds tape1"
expect "$out" '^E 2 1025 0 ' "slot 1025 is empty"
expect "$out" '^E 2 1027 0 ' "slot 1027 was cleared"
expect "$out" '^E 3 16 1 0 0 tape2 -$' "import/export element 16 holds tape2"
expect "$out" '^E 4 1 0 0 0 - IBM_____ULT3580-TD6_____' "drive 1 is empty, DVCID of the tape LU (IBM ULT3580-TD6 + its serial)"

# MOVE MEDIUM slot -> drive loads <media_home>/tape1 into LUN 1 (SMC-3 §6.6).
out=$(cdb "$C" move 1024 1 status)
printf '%s\n' "$out"
expect "$out" '^GOOD$' "MOVE MEDIUM 1024 -> 1"
expect "$out" '^E 4 1 1 1 1024 tape1 ' "drive 1 holds tape1, source 1024"
expect "$out" '^E 2 1024 0 ' "slot 1024 empty after the move"

# SSC-4 through the drive LU: write, rewind, read back.
out=$(sl_run 60 "$tool" "$T" ready write 4096 7 write 1000 8 wfm 1 rewind read 4096 7 read 1000 8)
printf '%s\n' "$out"
[[ $(head -n1 <<<"$out") == READY ]] || sl_die "the tape drive is not ready after the move: $out"
grep -q 'SENSE\|STATUS\|FAIL\|MISMATCH' <<<"$out" && sl_die "tape write/read through the drive failed: $out"

# Back to another slot; the cartridge file keeps what was written.
out=$(cdb "$C" move 1 1025 status)
expect "$out" '^GOOD$' "MOVE MEDIUM 1 -> 1025"
expect "$out" '^E 2 1025 1 1 1024 tape1 ' "tape1 in slot 1025, came from 1024"
expect "$out" '^E 4 1 0 ' "drive 1 empty again"
# SMC-3 §6.6 errors: source empty, destination full.
out=$(cdb "$C" move 1024 1 move 16 1025)
expect "$out" '^SENSE 5/3b/0e' "MOVE from an empty slot: MEDIUM SOURCE ELEMENT EMPTY"
expect "$out" '^SENSE 5/3b/0d' "MOVE to a full slot: MEDIUM DESTINATION ELEMENT FULL"

# The native API shows the same changer.
native=$(sl_run 30 "$CTL" --json lun list --target iqn.2008-09.com.example:vtl)
printf '%s\n' "$native"
python3 - "$native" "$HOME_DIR" <<'PY' || sl_die "lun.list does not describe the changer as built"
import json, sys
luns = {l["lun"]: l for l in json.loads(sys.argv[1])}
o = luns[4]["options"]
assert luns[4]["type"] == "changer" and luns[1]["type"] == "tape", luns
assert o["mediaHome"] == sys.argv[2], o
assert sorted((e["type"], e["first"], e["count"]) for e in o["elements"]) == \
    [("drive", 1, 1), ("ie", 16, 1), ("slot", 1024, 4), ("transport", 4, 1)], o["elements"]
assert o["drives"] == [{"address": 1, "tid": 1, "lun": 1}], o["drives"]
assert sorted((m["address"], m["barcode"]) for m in o["media"]) == [(16, "tape2"), (1024, "tape1")], o["media"]
PY

lib=$(sl_run 30 "$CTL" --json library show tid1-lun4)
python3 - "$lib" <<'PY' || sl_die "library.show does not present the changer LU: $lib"
import json, sys
l = json.loads(sys.argv[1])
assert l["iqn"] == "iqn.2008-09.com.example:vtl" and l["changerLun"] == 4 and l["tid"] == 1, l
assert (l["drives"], l["slots"], l["ieSlots"], l["driveLuns"]) == (1, 4, 1, [1]), l
full = {e["address"]: e.get("barcode") for e in l["elements"] if e["full"]}
assert full == {16: "tape2", 1025: "tape1"}, full
PY

# A restart restores the changer from the saved configuration, the media where they were moved.
sl_stop
sl_start "$SL_STATE/config.json" --socket "$STORLAB_SOCKET"   # the running config the daemon saved
out=$(cdb "$C" status status)
printf '%s\n' "$out"
expect "$out" '^OK 7$' "7 elements after the restart"
expect "$out" '^E 2 1025 1 1 1024 tape1 ' "tape1 still in slot 1025 after the restart"
expect "$out" '^E 3 16 1 0 0 tape2 ' "tape2 still in the import/export element"
out=$(cdb "$C" move 1025 1 status)
expect "$out" '^GOOD$' "MOVE MEDIUM 1025 -> 1 after the restart"
out=$(sl_run 60 "$tool" "$T" ready read 4096 7 read 1000 8)
grep -q 'SENSE\|STATUS\|FAIL\|MISMATCH' <<<"$out" && sl_die "reading back after the restart failed: $out"
echo "PASS: README.vtl's library built with tgtadm: element status, MOVE MEDIUM, tape I/O through the drive, restart"
