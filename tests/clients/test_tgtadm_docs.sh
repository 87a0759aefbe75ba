#!/usr/bin/env bash
# tgt's own documented tgtadm examples (tests/clients/data/tgtadm_doc_examples.sh:
# targets, disk/cd/tape/changer LUNs, --bstype/--bsoflags, --params, accounts
# incoming and outgoing, ACLs by address, CIDR and name, bind/unbind, --op show
# of target, account, sys, lld, conn, deletes) run side by side against a real
# tgtd and against storlabd through storlabctl's tgtadm mode: every command
# must end with the same exit code and print the same stdout and stderr, apart
# from identities (SCSI IDs and serials, the per-run directory). SKIPs (with
# the reason) only when tgtd is not installed (Debian package tgt).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")/data" && pwd)
tgtadm_side_by_side_init
source "$DATA/tgtadm_doc_examples.sh"

# The same backing files for both: disks, an empty ISO, a changer file, a tgtimg cartridge.
make_files() {
  W=$1
  mkdir -p "$W"
  truncate -s 64M "$W/hdc1.img"
  truncate -s 32M "$W/hdd1.img"
  truncate -s 100M "$W/100m_image.raw"
  : >"$W/empty-disk.iso"
  : >"$W/smc"
  tgtimg --op new --device-type tape --barcode tape1 --size 64 --type data --file "$W/tape1" >/dev/null
}

# --- tgt ---
make_files "$SL_TMP/tgt"
tgt_start "$SL_TMP" || sl_skip "tgtd would not start here (log: $(tail -3 "$SL_TMP/tgtd.log" 2>/dev/null))"
W=$SL_TMP/tgt
tgtadm_transcript "$SL_TMP/tgt.txt" doc_script "$TGT_ADM" -C "$TGT_CPORT"
tgt_stop

# --- storlab ---
export STORLAB_SOCKET=$SL_TMP/admin.sock
# tgtd above runs with its defaults: no NOP-In pings (nop_interval=0); storlabd alike.
sl_config "$SL_TMP/c.json" '{"schema": 2, "nopInterval": 0, "targets": []}'
sl_start "$SL_TMP/c.json" --socket "$STORLAB_SOCKET"
make_files "$SL_TMP/storlab"
W=$SL_TMP/storlab
tgtadm_transcript "$SL_TMP/storlab.txt" doc_script "$TGTADM"

tgtadm_normalize "$SL_TMP/tgt.txt" >"$SL_TMP/tgt.norm"
tgtadm_normalize "$SL_TMP/storlab.txt" >"$SL_TMP/storlab.norm"
# Command by command; the differences that remain on purpose or for want of a
# feature are listed, with the reason, in data/tgtadm_doc_known_differences.txt.
python3 "$(dirname "${BASH_SOURCE[0]}")/tgtadm_compare.py" "$SL_TMP/tgt.norm" "$SL_TMP/storlab.norm" \
  "$DATA/tgtadm_doc_known_differences.txt" ||
  sl_die "storlab's tgtadm mode differs from tgt on tgt's documented examples (diffs above: - tgt, + storlab)"
echo "PASS: tgt's documented tgtadm examples: same exit codes and output as tgt (apart from the known differences above)"
