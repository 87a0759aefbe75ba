#!/usr/bin/env bash
# The rbd store against a real Ceph cluster (fixture.sh ceph-up), with real
# clients: qemu-img round trip through an rbd LUN bit-identical (and the same
# bytes in `rbd export`); a snapshot LUN (pool/image@snap) holds the snapshot's
# data and refuses WRITE with DATA PROTECT / WRITE PROTECTED (a libiscsi
# initiator sends the CDB); `rbd resize` reaches the initiator as a new READ
# CAPACITY; an unknown pool, a missing image, a wrong keyring and an unknown
# bsopts key are refused with a message naming the field, nothing is added
# and the daemon keeps serving; `lun show` reports the store's health.
#   bash test_rbd_store.sh STORLABD CEPH_ENV_FILE
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/stores_lib.sh"
st_init "${1:-}" "${2:-}" rbd
sl_need qemu-img rbd iscsi-readcapacity16 cc
R() { timeout 60 rbd -c "$CEPH_CONF" --id "$CEPH_CLIENT_ID" --keyring "$CEPH_KEYRING" "$@"; }
img=$CEPH_POOL/t$$
R create --size 64M "$img" || sl_die "rbd create $img failed"
cleanup_image() { R snap purge "$img" >/dev/null 2>&1 || true; R rm "$img" >/dev/null 2>&1 || true; }
trap 'cleanup_image; sl_cleanup' EXIT
bsopts="conf=$CEPH_CONF;id=$CEPH_CLIENT_ID;keyring=$CEPH_KEYRING"

sl_config "$SL_TMP/c.json" "$(printf '{"schema":1,"targets":[{"iqn":"%s","luns":[{"lun":1,"type":"disk","store":"rbd","path":"%s","bsopts":"%s"}]}]}' \
  "$SL_IQN" "$img" "$bsopts")"
st_start "$SL_TMP/c.json"
ctl lun show "$SL_IQN" --lun 1 | grep -Eq '^health *: ok$' || sl_die "lun show does not say health ok: $(ctl lun show "$SL_IQN" --lun 1)"

# Round trip: 16 MiB of random data in and out, and the same bytes in Ceph.
st_roundtrip "$(sl_url "$SL_IQN" 1)" $((16 << 20))
R export "$img" "$SL_TMP/export.raw" >/dev/null 2>&1 || sl_die "rbd export failed"
cmp <(head -c $((16 << 20)) "$SL_TMP/export.raw") "$SL_TMP/in.raw" || sl_die "rbd export differs from what the initiator wrote"
cp "$SL_TMP/in.raw" "$SL_TMP/snapshot-data.raw"

# A snapshot LUN: the snapshot's bytes, read-only.
R snap create "$img@s1" || sl_die "rbd snap create failed"
ctl lun add --target "$SL_IQN" --lun 2 --store rbd --path "$img@s1" --bsopts "$bsopts" >/dev/null || sl_die "lun add of the snapshot failed"
st_roundtrip "$(sl_url "$SL_IQN" 1)" $((4 << 20))   # changes the image, not the snapshot
sl_run 120 qemu-img convert -f raw -O raw "$(sl_url "$SL_IQN" 2)" "$SL_TMP/snap.raw"
cmp <(head -c $((16 << 20)) "$SL_TMP/snap.raw") "$SL_TMP/snapshot-data.raw" || sl_die "the snapshot LUN does not hold the snapshot's data"
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$SL_TMP/cdbs" "$here/../clients/dvd_cdbs.c" -liscsi || sl_die "cannot build dvd_cdbs.c"
out=$(timeout 60 "$SL_TMP/cdbs" "$(sl_url "$SL_IQN" 2)" write 0 1 2>&1) || true
grep -q '^SENSE 7/27/00' <<<"$out" || sl_die "WRITE to the snapshot LUN did not fail with DATA PROTECT/WRITE PROTECTED: $out"

# A resize in Ceph reaches the initiator without a restart.
R resize --size 96M "$img" >/dev/null 2>&1 || sl_die "rbd resize failed"
grown=""
for _ in $(seq 1 40); do
  if [[ $(timeout 30 iscsi-readcapacity16 -s "$(sl_url "$SL_IQN" 1)" 2>/dev/null) == $((96 << 20)) ]]; then grown=1; break; fi
  sleep 0.5
done
[[ -n $grown ]] || sl_die "READ CAPACITY(16) does not show the resized image: $(iscsi-readcapacity16 -s "$(sl_url "$SL_IQN" 1)" 2>&1)"

# Bad input: refused, named, nothing added, the daemon keeps serving.
st_expect_error "an unknown pool" "pool 'nosuchpool'" ctl lun add --target "$SL_IQN" --lun 3 --store rbd --path nosuchpool/x --bsopts "$bsopts"
st_expect_error "a missing image" "image '$CEPH_POOL/nosuchimage' does not exist" ctl lun add --target "$SL_IQN" --lun 3 --store rbd --path "$CEPH_POOL/nosuchimage" --bsopts "$bsopts"
# A well-formed key the cluster does not know.
printf '[client.%s]\n\tkey = %s\n' "$CEPH_CLIENT_ID" "$(ceph-authtool --gen-print-key)" >"$SL_TMP/bad.keyring"
st_expect_error "a wrong keyring" "keyring" ctl lun add --target "$SL_IQN" --lun 3 --store rbd --path "$img" \
  --bsopts "conf=$CEPH_CONF;id=$CEPH_CLIENT_ID;keyring=$SL_TMP/bad.keyring;mount_timeout=5"
st_expect_error "an unknown bsopts key" "unknown key 'colour'" ctl lun add --target "$SL_IQN" --lun 3 --store rbd --path "$img" --bsopts "$bsopts;colour=red"
st_expect_error "a missing snapshot" "snapshot 'nosnap'" ctl lun add --target "$SL_IQN" --lun 3 --store rbd --path "$img@nosnap" --bsopts "$bsopts"
luns=$(ctl --json lun list "$SL_IQN" | python3 -c 'import json, sys; print(" ".join(str(l["lun"]) for l in json.load(sys.stdin)))')
[[ $luns == "1 2" ]] || sl_die "after the refused lun adds the target has LUNs '$luns', expected '1 2'"
st_roundtrip "$(sl_url "$SL_IQN" 1)" $((1 << 20))
kill -0 "$SL_PID" || sl_die "storlabd died"
echo "PASS: rbd store"
