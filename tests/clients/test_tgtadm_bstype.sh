#!/usr/bin/env bash
# tgtadm's --bstype for every device type (tests/clients/data/tgtadm_bstype_matrix.sh:
# rdwr, aio, null, ssc, smc, mmc, sg, bsg and an unknown name with disk, cd,
# tape and changer LUs, e.g. `-b disc.iso --bstype mmc --device-type cd`), run
# side by side against a real tgtd and against storlabd through storlabctl's
# tgtadm mode: same exit code, same LU in --op show (store type, size, flags).
# The combinations that crash tgtd, and the two whose store --op show names
# differently, are checked against storlab alone. SKIPs when tgtd is not
# installed (Debian package tgt).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")/data" && pwd)
tgtadm_side_by_side_init
source "$DATA/tgtadm_bstype_matrix.sh"

make_files() {
  W=$1
  mkdir -p "$W"
  truncate -s 64M "$W/disk.img"
  # A real ISO 9660 image when xorriso is there, else an empty disc file
  # (both daemons take either).
  if command -v xorriso >/dev/null 2>&1; then
    mkdir -p "$W/iso" && echo hello >"$W/iso/readme.txt"
    xorriso -as mkisofs -quiet -o "$W/disc.iso" "$W/iso" 2>/dev/null
  else
    : >"$W/disc.iso"
  fi
  : >"$W/smc"
  tgtimg --op new --device-type tape --barcode tape1 --size 64 --type data --file "$W/tape1" >/dev/null
}

# --- tgt ---
make_files "$SL_TMP/tgt"
tgt_start "$SL_TMP" || sl_skip "tgtd would not start here (log: $(tail -3 "$SL_TMP/tgtd.log" 2>/dev/null))"
W=$SL_TMP/tgt
tgtadm_transcript "$SL_TMP/tgt.txt" bstype_script "$TGT_ADM" -C "$TGT_CPORT"
kill -0 "$TGT_PID" 2>/dev/null || sl_die "tgtd died during the matrix (a combination missing from tgtadm_bstype_crashes_tgt?)"
tgt_stop

# --- storlab ---
export STORLAB_SOCKET=$SL_TMP/admin.sock
sl_config "$SL_TMP/c.json" '{"schema": 2, "nopInterval": 0, "targets": []}'
sl_start "$SL_TMP/c.json" --socket "$STORLAB_SOCKET"
make_files "$SL_TMP/storlab"
W=$SL_TMP/storlab
tgtadm_transcript "$SL_TMP/storlab.txt" bstype_script "$TGTADM"

tgtadm_normalize "$SL_TMP/tgt.txt" >"$SL_TMP/tgt.norm"
tgtadm_normalize "$SL_TMP/storlab.txt" >"$SL_TMP/storlab.norm"
python3 "$(dirname "${BASH_SOURCE[0]}")/tgtadm_compare.py" "$SL_TMP/tgt.norm" "$SL_TMP/storlab.norm" \
  "$DATA/tgtadm_bstype_known_differences.txt" ||
  sl_die "storlab's tgtadm mode treats --bstype differently from tgt (diffs above: - tgt, + storlab)"

# Where tgtd crashes, storlab answers: ssc is a tape store, not a disk's
# (invalid request, exit 22); a cd or changer uses its own media store. A
# disk on tgt's mmc or smc store is on storlab's rdwr.
adm() { timeout 60 "$TGTADM" --lld iscsi "$@"; }
for combo in disk/ssc cd/null changer/null disk/mmc disk/smc; do
  dt=${combo%/*} bs=${combo#*/}
  tgtadm_bstype_crashes_tgt "$dt" "$bs" || tgtadm_bstype_shown_differently "$dt" "$bs" ||
    sl_die "$combo is no longer listed as special: compare it with tgt instead"
  rc=0
  adm --mode logicalunit --op new --tid 1 --lun 1 -b "$(tgtadm_bstype_file "$dt")" --bstype "$bs" --device-type "$dt" 2>"$SL_TMP/err" || rc=$?
  if [[ $combo == disk/ssc ]]; then
    [[ $rc == 22 && $(cat "$SL_TMP/err") == "tgtadm: invalid request" ]] || sl_die "$combo: exit $rc ($(cat "$SL_TMP/err")), expected 22"
    continue
  fi
  [[ $rc == 0 ]] || sl_die "$combo: exit $rc ($(cat "$SL_TMP/err"))"
  case $dt in cd) want=mmc ;; changer) want=smc ;; *) want=rdwr ;; esac
  show=$(adm --op show --mode target)
  grep -q "Backing store type: $want" <<<"$show" || sl_die "$combo: the LU is not on the $want store: $show"
  adm --mode logicalunit --op delete --tid 1 --lun 1
done
echo "PASS: --bstype with every device type as in tgt"
