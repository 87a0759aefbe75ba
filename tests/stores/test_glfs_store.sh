#!/usr/bin/env bash
# The glfs store against a real GlusterFS volume (fixture.sh gluster-up), with
# real clients: a LUN on volume@host:/file (tgt's form) created with a size,
# qemu-img round trip bit-identical and the same bytes in the brick's file;
# two LUNs on one volume (one glfs_t); a volume that does not exist, a missing
# file without a size and an unknown bsopts key refused with a message naming
# the field, nothing added, the daemon keeps serving; `lun show` health.
#   bash test_glfs_store.sh STORLABD GLUSTER_ENV_FILE
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/stores_lib.sh"
st_init "${1:-}" "${2:-}" glfs
sl_need qemu-img
file=t$$.img
brick=$GLUSTER_DIR/bricks/$GLUSTER_VOLUME
trap 'rm -f "$brick/$file" "$brick/${file}2"; sl_cleanup' EXIT
bsopts="port=$GLUSTER_PORT"
path="$GLUSTER_VOLUME@$GLUSTER_HOST:/$file"

sl_config "$SL_TMP/c.json" "$(printf '{"schema":1,"targets":[{"iqn":"%s","luns":[{"lun":1,"type":"disk","store":"glfs","path":"%s","bsopts":"%s","size":"64M"}]}]}' \
  "$SL_IQN" "$path" "$bsopts")"
st_start "$SL_TMP/c.json"
ctl lun show "$SL_IQN" --lun 1 | grep -Eq '^health *: ok$' || sl_die "lun show does not say health ok: $(ctl lun show "$SL_IQN" --lun 1)"
[[ $(stat -c %s "$brick/$file") == $((64 << 20)) ]] || sl_die "the new file in the brick is not 64 MiB"

st_roundtrip "$(sl_url "$SL_IQN" 1)" $((16 << 20))
cmp <(head -c $((16 << 20)) "$brick/$file") "$SL_TMP/in.raw" || sl_die "the brick's file differs from what the initiator wrote"

# A second LUN on the same volume, added live (shares the volume's glfs_t).
ctl lun add --target "$SL_IQN" --lun 2 --store glfs --path "$path"2 --size 32M --bsopts "$bsopts" >/dev/null || sl_die "lun add of a second glfs LUN failed"
st_roundtrip "$(sl_url "$SL_IQN" 2)" $((8 << 20))

st_expect_error "a volume that does not exist" "volume 'nosuchvol'" ctl lun add --target "$SL_IQN" --lun 3 --store glfs --path "nosuchvol@$GLUSTER_HOST:/x.img" --size 16M --bsopts "$bsopts"
st_expect_error "a missing file without a size" "path: file '/nosuchfile.img'" ctl lun add --target "$SL_IQN" --lun 3 --store glfs --path "$GLUSTER_VOLUME@$GLUSTER_HOST:/nosuchfile.img" --bsopts "$bsopts"
st_expect_error "an unknown bsopts key" "unknown key 'conf'" ctl lun add --target "$SL_IQN" --lun 3 --store glfs --path "$path" --bsopts "conf=/etc/ceph/ceph.conf"
st_expect_error "a path not in tgt's form" "volume@host:/path" ctl lun add --target "$SL_IQN" --lun 3 --store glfs --path "/just/a/file" --size 16M
[[ ! -e $brick/nosuchfile.img ]] || sl_die "a refused lun add left a file in the volume"
luns=$(ctl --json lun list "$SL_IQN" | python3 -c 'import json, sys; print(" ".join(str(l["lun"]) for l in json.load(sys.stdin)))')
[[ $luns == "1 2" ]] || sl_die "after the refused lun adds the target has LUNs '$luns', expected '1 2'"
st_roundtrip "$(sl_url "$SL_IQN" 1)" $((1 << 20))
kill -0 "$SL_PID" || sl_die "storlabd died"
echo "PASS: glfs store"
