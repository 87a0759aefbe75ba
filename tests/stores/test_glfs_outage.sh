#!/usr/bin/env bash
# A GlusterFS brick killed (SIGKILL) while an initiator writes through a glfs
# LUN: the initiator's requests fail (bounded by the test's timeouts, never a
# hang), the daemon keeps serving and `lun show` reports the store failing;
# after `gluster volume start --force` brings the brick back, the store
# reconnects by itself, writes succeed again and data flushed before the kill
# reads back unchanged.
#   bash test_glfs_outage.sh STORLABD GLUSTER_ENV_FILE
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/stores_lib.sh"
st_init "${1:-}" "${2:-}" glfs
sl_need qemu-img qemu-io
file=o$$.img
brick=$GLUSTER_DIR/bricks/$GLUSTER_VOLUME
trap 'rm -f "$brick/$file"; sl_cleanup' EXIT
G() { timeout 60 $GLUSTER_CLI "$@"; }
brick_pid() {
  G volume status "$GLUSTER_VOLUME" --xml 2>/dev/null | python3 -c 'import sys, xml.etree.ElementTree as E
for n in E.parse(sys.stdin).getroot().iter("node"):
    if n.findtext("path", "").endswith("/bricks/'"$GLUSTER_VOLUME"'") and n.findtext("status") == "1": print(n.findtext("pid"))'
}

sl_config "$SL_TMP/c.json" "$(printf '{"schema":1,"targets":[{"iqn":"%s","luns":[{"lun":1,"type":"disk","store":"glfs","path":"%s@%s:/%s","bsopts":"port=%s;timeout=10","size":"64M"}]}]}' \
  "$SL_IQN" "$GLUSTER_VOLUME" "$GLUSTER_HOST" "$file" "$GLUSTER_PORT")"
st_start "$SL_TMP/c.json"
url=$(sl_url "$SL_IQN" 1)
st_roundtrip "$url" $((8 << 20))   # written and flushed (qemu-img flushes at the end)
pid=$(brick_pid)
[[ $pid =~ ^[0-9]+$ ]] || sl_die "cannot find the brick's PID"

# Random 4K writes at QD16 from a real initiator, then the brick dies under them.
timeout --kill-after=5 120 qemu-img bench -w -f raw -d 16 -c 100000000 -s 4096 -S 8192 -o $((16 << 20)) "$url" \
  >"$SL_TMP/bench.out" 2>&1 &
bench=$!
sleep 2
kill -0 "$bench" 2>/dev/null || sl_die "qemu-img bench ended before the brick was killed: $(cat "$SL_TMP/bench.out")"
kill -KILL "$pid"
sl_log "killed brick pid $pid during I/O"
rc=0
wait "$bench" || rc=$?
((rc != 0 && rc != 124 && rc != 137)) || sl_die "qemu-img bench did not get an error after the brick died (status $rc): $(cat "$SL_TMP/bench.out")"
sl_log "the initiator got errors: $(tail -n 2 "$SL_TMP/bench.out" | tr '\n' ' ')"
kill -0 "$SL_PID" || sl_die "storlabd died when the brick died"
health=$(ctl lun show "$SL_IQN" --lun 1 | awk -F': ' '/^health/ { print $2 }')
[[ $health == failing* ]] || sl_die "lun show says health '$health' while the brick is down"

# Brick back: the store reconnects by itself and the flushed data is intact.
G volume start "$GLUSTER_VOLUME" force >/dev/null || sl_die "gluster volume start force failed"
ok=""
for _ in $(seq 1 60); do
  if timeout 30 qemu-io -f raw -c "write -P 0x5a $((32 << 20)) 64k" "$url" >/dev/null 2>&1; then ok=1; break; fi
  sleep 1
done
[[ -n $ok ]] || sl_die "writes still fail a minute after the brick came back"
sl_run 120 qemu-img convert -f raw -O raw "$url" "$SL_TMP/after.raw"
cmp <(head -c $((8 << 20)) "$SL_TMP/after.raw") "$SL_TMP/in.raw" || sl_die "data flushed before the brick died differs afterwards"
health=$(ctl lun show "$SL_IQN" --lun 1 | awk -F': ' '/^health/ { print $2 }')
[[ $health == ok ]] || sl_die "lun show still says '$health' after successful I/O"
echo "PASS: glfs outage"
