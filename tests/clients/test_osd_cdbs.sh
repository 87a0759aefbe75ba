#!/usr/bin/env bash
# The OSD device type (OSD-2, peripheral device type 11h) from iSCSI
# initiators: libiscsi's iscsi-inq reads the INQUIRY (device type 11h) and
# osd_cdbs.py (a minimal initiator: libiscsi cannot carry CDBs over 16 bytes)
# sends the 236-byte OSD-2 CDBs through the Extended CDB AHS:
#   * CREATE PARTITION, CREATE, WRITE, READ back identical, APPEND at the
#     logical length, LIST of partitions and objects, GET/SET ATTRIBUTES in
#     list and page format, REMOVE, REMOVE PARTITION, FORMAT OSD
#   * the objects survive a restart (file-backed store)
#   * malformed CDBs: ILLEGAL REQUEST / INVALID FIELD IN CDB with the field
#     pointer on the offending byte
#   * tgtadm --device-type osd and storlabctl lun add --type osd
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=tgtadm_lib.sh
source "$here/tgtadm_lib.sh"
sl_init "${1:-}"
sl_need iscsi-inq python3
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
IQN=iqn.2026-11.lab.storlab:osd
store=$SL_TMP/objects
cfg=$SL_TMP/osd.json
sl_config "$cfg" "{\"schema\":2,\"targets\":[{\"iqn\":\"$IQN\",\"luns\":[{\"lun\":1,\"type\":\"osd\",\"path\":\"$store\",\"size\":\"64M\"}]}]}"
sl_start "$cfg"
osd() { timeout 60 python3 "$here/osd_cdbs.py" 127.0.0.1 "$SL_PORT" "$IQN" "${LUN:-1}" "$@"; }
expect() { [[ $1 == "$2" ]] || sl_die "$3: expected '$2', got '$1'"; }

sl_run 30 iscsi-inq "$(sl_url "$IQN" 1)" | grep -q 'Peripheral Device Type:.*0x11\|Peripheral Device Type:.*OSD\|Peripheral Device Type:.*17' ||
  sl_die "INQUIRY: $(iscsi-inq "$(sl_url "$IQN" 1)" 2>&1 | head -5)"

head -c 20000 /dev/urandom >"$SL_TMP/data.bin"
head -c 3000 /dev/urandom >"$SL_TMP/tail.bin"
P=0x10000 O=0x10005
expect "$(osd mkpart $P)" "PARTITION 65536" "CREATE PARTITION"
expect "$(osd create $P $O)" "OBJECT 65541" "CREATE"
expect "$(osd create $P 0)" "OBJECT 65542" "CREATE with the id left to the device"
expect "$(osd write $P $O 0 "$SL_TMP/data.bin")" "GOOD" "WRITE"
expect "$(osd read $P $O 0 20000 "$SL_TMP/back.bin")" "READ 20000" "READ"
cmp "$SL_TMP/data.bin" "$SL_TMP/back.bin" || sl_die "READ returned other bytes than WRITE wrote"
expect "$(osd append $P $O "$SL_TMP/tail.bin")" "APPENDED AT 20000" "APPEND"
expect "$(osd length $P $O)" "LENGTH 23000" "logical length attribute"
expect "$(osd read $P $O 20000 3000 "$SL_TMP/back2.bin")" "READ 3000" "READ of the appended bytes"
cmp "$SL_TMP/tail.bin" "$SL_TMP/back2.bin" || sl_die "the appended bytes differ"
expect "$(osd list $P)" "LIST 65541 65542" "LIST of the partition's objects"
expect "$(osd list 0)" "LIST 65536" "LIST of the partitions"
expect "$(osd setattr $P $O 0x10000 1 hello-osd)" "GOOD" "SET ATTRIBUTES"
expect "$(osd getattr $P $O 0x10000 1)" "ATTR $(printf hello-osd | od -An -tx1 | tr -d ' \n')" "GET ATTRIBUTES"
expect "$(osd getattr $P $O 0x10000 2)" "ATTR undefined" "GET ATTRIBUTES of an attribute never set"
expect "$(osd getpage $P $O 0x1)" "PAGE 1 4" "GET ATTRIBUTES page format (user object information)"
expect "$(osd remove $P 0x10006)" "GOOD" "REMOVE"
expect "$(osd list $P)" "LIST 65541" "LIST after REMOVE"
sl_log "create/write/read/append/list/attributes/remove"

# Bad input: each names its field.
expect "$(osd raw 7=0x10)" "SENSE 5/24/00 field 7" "wrong additional CDB length"
expect "$(osd raw 8=0x77)" "SENSE 5/24/00 field 8" "unknown service action"
expect "$(osd raw 11=0x00)" "SENSE 5/24/00 field 11 bit 5" "reserved get/set attributes format"
expect "$(osd raw 82=0x01)" "SENSE 5/24/00 field 82 bit 3" "CAPKEY security method"
expect "$(osd raw 23=0x05)" "SENSE 5/24/00 field 16" "partition id below 10000h"
expect "$(osd read $P 0x10099 0 10 "$SL_TMP/none")" "SENSE 5/24/00 field 24" "READ of a missing object"
expect "$(osd read 0x10042 $O 0 10 "$SL_TMP/none")" "SENSE 5/24/00 field 16" "READ in a missing partition"
expect "$(osd rmpart $P)" "SENSE 5/24/00 field 16" "REMOVE PARTITION of a partition with objects"
expect "$(osd create $P $O)" "SENSE 5/24/00 field 24" "CREATE of an existing object"
expect "$(osd setattr $P $O 0x1 0x82 x)" "SENSE 5/26/00 field 8192" "SET of a read-only length with a bad size"
expect "$(osd read $P $O 0 20000 "$SL_TMP/back.bin")" "READ 20000" "the unit after the bad CDBs"
cmp -n 20000 "$SL_TMP/data.bin" "$SL_TMP/back.bin" || sl_die "data changed by the bad CDBs"
sl_log "malformed CDBs: ILLEGAL REQUEST with the field pointer"

# A restart keeps the objects.
sl_stop
sl_start "$cfg"
expect "$(osd list $P)" "LIST 65541" "LIST after a restart"
expect "$(osd read $P $O 0 23000 "$SL_TMP/after.bin")" "READ 23000" "READ after a restart"
cat "$SL_TMP/data.bin" "$SL_TMP/tail.bin" | cmp - "$SL_TMP/after.bin" || sl_die "object changed across a restart"
expect "$(osd remove $P $O)" "GOOD" "REMOVE"
expect "$(osd rmpart $P)" "GOOD" "REMOVE PARTITION of an empty partition"
expect "$(osd mkpart 0)" "PARTITION 65536" "CREATE PARTITION with the id left to the device"
expect "$(osd format 0)" "GOOD" "FORMAT OSD"
expect "$(osd list 0)" "LIST" "LIST after FORMAT OSD"

# The admin plane: storlabctl and tgtadm make OSD LUNs.
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
mkdir -p "$SL_TMP/objects2" "$SL_TMP/objects3"
ctl lun add --target "$IQN" --lun 2 --type osd --path "$SL_TMP/objects2" >/dev/null
LUN=2 osd mkpart 0x20000 | grep -q "PARTITION 131072" || sl_die "storlabctl lun add --type osd"
tid=$(ctl --json target show "$IQN" | python3 -c 'import json, sys; print(json.load(sys.stdin)["tid"])')
"$TGTADM" --socket "$SOCK" --lld iscsi --mode logicalunit --op new --tid "$tid" --lun 3 --device-type osd --backing-store "$SL_TMP/objects3"
"$TGTADM" --socket "$SOCK" --lld iscsi --mode target --op show | grep -A3 'LUN: 3' | grep -q 'Type: osd' || sl_die "tgtadm show: $("$TGTADM" --socket "$SOCK" --mode target --op show)"
LUN=3 osd list 0 | grep -q '^LIST$' || sl_die "tgtadm --device-type osd LUN"
ctl lun add --target "$IQN" --lun 4 --type osd >/dev/null 2>"$SL_TMP/err" && sl_die "an osd LUN without a path was accepted"
grep -q "path" "$SL_TMP/err" || sl_die "no path error: $(cat "$SL_TMP/err")"
echo "PASS: OSD-2 device type"
