#!/usr/bin/env bash
# libiscsi's command-line clients against storlabd: discovery/report LUNs
# (iscsi-ls), standard and VPD INQUIRY (iscsi-inq), READ CAPACITY(16)
# (iscsi-readcapacity16); identities survive a restart with the same state dir.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need iscsi-ls iscsi-inq iscsi-readcapacity16

cfg=$SL_TMP/tools.json
sl_config "$cfg" "$(sl_target_json "$SL_IQN" \
  "$(sl_lun_json 1 rdwr "$SL_TMP/disk512.img" 256M 512)" \
  "$(sl_lun_json 2 rdwr "$SL_TMP/disk4k.img" 64M 4096)")"
sl_start "$cfg"
url1=$(sl_url "$SL_IQN" 1)
url2=$(sl_url "$SL_IQN" 2)

# --- iscsi-ls: discovery (SendTargets) + login + REPORT LUNS + per-LUN size
out=$(sl_run 30 iscsi-ls -s "iscsi://127.0.0.1:$SL_PORT")
printf '%s\n' "$out"
grep -q "Target:$SL_IQN " <<<"$out" || sl_die "iscsi-ls does not list target $SL_IQN"
grep -q "Portal:127.0.0.1:$SL_PORT" <<<"$out" || sl_die "iscsi-ls does not show portal 127.0.0.1:$SL_PORT"
grep -Eq '^Lun:1[[:space:]]+Type:DIRECT_ACCESS' <<<"$out" || sl_die "iscsi-ls does not list LUN 1 as a disk"
grep -Eq '^Lun:2[[:space:]]+Type:DIRECT_ACCESS' <<<"$out" || sl_die "iscsi-ls does not list LUN 2 as a disk"

# --- standard INQUIRY
out=$(sl_run 30 iscsi-inq "$url1")
printf '%s\n' "$out"
grep -q '^Peripheral Device Type:DIRECT_ACCESS' <<<"$out" || sl_die "LUN 1 is not reported as DIRECT_ACCESS"
grep -Eq '^Vendor:STORLAB[[:space:]]*$' <<<"$out" || sl_die "standard INQUIRY vendor is not STORLAB"

# --- VPD pages. iscsi-inq parses -c with popt as a *decimal* integer: "-c 0x80"
# silently becomes page 0, so the page codes are spelled 128 (0x80) and 131 (0x83).
vpd() { sl_run 30 iscsi-inq -e 1 -c "$1" "$2"; }
pages=$(vpd 0 "$url1")
for p in 0x80 0x83; do
  grep -q "^Page:$p " <<<"$pages" || sl_die "VPD page $p missing from SUPPORTED VPD PAGES: $pages"
done
serial_of() {
  local s
  s=$(vpd 128 "$1" | sed -n 's/^Unit Serial Number:\[\(.*\)\]$/\1/p')
  s=${s// /}
  printf '%s' "$s"
}
serial1=$(serial_of "$url1")
serial2=$(serial_of "$url2")
[[ -n $serial1 ]] || sl_die "LUN 1 unit serial number (VPD 0x80) is empty"
[[ -n $serial2 ]] || sl_die "LUN 2 unit serial number (VPD 0x80) is empty"
[[ $serial1 != "$serial2" ]] || sl_die "LUN 1 and LUN 2 share the serial number $serial1"
sl_log "serials: LUN1=$serial1 LUN2=$serial2"
devid1=$SL_TMP/devid1.before
vpd 131 "$url1" >"$devid1"
cat -v "$devid1"
grep -q 'Page Code:(0x83) DEVICE_IDENTIFICATION' "$devid1" || sl_die "VPD 0x83 not returned"
grep -q '^DEVICE DESIGNATOR #0' "$devid1" || sl_die "VPD 0x83 has no designator"
grep -q 'Association:(0) LOGICAL_UNIT' "$devid1" || sl_die "VPD 0x83 has no logical-unit designator"

# --- READ CAPACITY(16)
check_capacity() { # url block_size total_bytes
  local out
  out=$(sl_run 30 iscsi-readcapacity16 "$1")
  printf '%s\n' "$out"
  grep -q "^LOGICAL BLOCK LENGTH IN BYTES:$2\$" <<<"$out" || sl_die "$1: block length is not $2"
  local last
  last=$(sed -n 's/^RETURNED LOGICAL BLOCK ADDRESS:\([0-9]*\)$/\1/p' <<<"$out")
  [[ -n $last ]] || sl_die "$1: no RETURNED LOGICAL BLOCK ADDRESS in the output"
  (((last + 1) * $2 == $3)) || sl_die "$1: capacity $(((last + 1) * $2)) bytes, expected $3"
}
check_capacity "$url1" 512 $((256 << 20))
check_capacity "$url2" 4096 $((64 << 20))

# --- restart with the same state dir and config: same identities
sl_stop
sl_start "$cfg"
after1=$(serial_of "$url1")
after2=$(serial_of "$url2")
[[ $after1 == "$serial1" ]] || sl_die "LUN 1 serial changed across restart: '$serial1' -> '$after1'"
[[ $after2 == "$serial2" ]] || sl_die "LUN 2 serial changed across restart: '$serial2' -> '$after2'"
vpd 131 "$url1" >"$SL_TMP/devid1.after"
cmp -s "$devid1" "$SL_TMP/devid1.after" ||
  { diff <(cat -v "$devid1") <(cat -v "$SL_TMP/devid1.after") >&2 || true; sl_die "VPD 0x83 designators changed across restart"; }
echo "PASS: iscsi-ls, iscsi-inq, iscsi-readcapacity16; identities stable across restart"
