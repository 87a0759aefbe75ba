#!/usr/bin/env bash
# The sheepdog store against tests/clients/sheepdog_server.py, a
# protocol-level sheepdog server written for these tests (Debian 12 has no
# sheepdog): a 64 MiB VDI over TCP and an 8 MiB VDI over a unix socket (tgt's
# tcp:HOST:PORT:VDI and unix:PATH:VDI forms); qemu-img copies random images
# there and back, bit-identical. Then the server is killed: a read answers
# CHECK CONDITION / NOT READY at once (no hang); the server restarts on the
# same port with the same objects, the LUN reconnects by itself and every
# byte written before is still there. Bad paths (unknown VDI, nothing
# listening, malformed address) are refused by lun add, naming the field;
# nothing is left behind.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need qemu-img qemu-io cmp
qemu-img --help 2>/dev/null | grep -qw iscsi ||
  sl_skip "qemu-img has no iscsi driver (apt-get install qemu-block-extra)"
sl_find_ctl

SD_PID=""
SD_PORT=$(sl_free_port)
SD_DIR=$SL_TMP/sheep
SD_SOCK=$SL_TMP/sheep.sock
sd_start() {
  python3 "$here/sheepdog_server.py" --dir "$SD_DIR" --listen "tcp:127.0.0.1:$SD_PORT" --listen "unix:$SD_SOCK" \
    --vdi lab:$((64 << 20)) --vdi small:$((8 << 20)) >"$SL_TMP/sheep.out" 2>&1 &
  SD_PID=$!
  local i
  for ((i = 0; i < 100; i++)); do
    grep -q READY "$SL_TMP/sheep.out" 2>/dev/null && return 0
    kill -0 "$SD_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$SL_TMP/sheep.out" >&2
  sl_die "sheepdog_server.py did not start"
}
sd_kill() {
  [[ -n $SD_PID ]] || return 0
  kill -KILL "$SD_PID" 2>/dev/null || true
  wait "$SD_PID" 2>/dev/null || true
  SD_PID=""
}
trap 'sd_kill; sl_cleanup' EXIT
sd_start

cfg=$SL_TMP/sheepdog.json
sl_config "$cfg" "$(sl_target_json "$SL_IQN" \
  "{\"lun\":1,\"store\":\"sheepdog\",\"path\":\"tcp:127.0.0.1:$SD_PORT:lab\"}" \
  "{\"lun\":2,\"store\":\"sheepdog\",\"path\":\"unix:$SD_SOCK:small\"}")"
sl_start "$cfg"
url1=$(sl_url "$SL_IQN" 1)
url2=$(sl_url "$SL_IQN" 2)

for pair in "64 $url1 tcp" "8 $url2 unix"; do
  read -r mb url how <<<"$pair"
  src=$SL_TMP/src-$how.img
  head -c "$((mb << 20))" /dev/urandom >"$src"
  sl_run 300 qemu-img convert -n -f raw -O raw "$src" "$url" >/dev/null
  sl_run 300 qemu-img convert -f raw -O raw "$url" "$SL_TMP/back-$how.img" >/dev/null
  cmp "$src" "$SL_TMP/back-$how.img" || sl_die "$how: data read back differs"
  sl_log "$how: ${mb} MiB qemu-img round trip bit-identical"
done
objects=$(find "$SD_DIR/obj" -type f | wc -l)
# 16 + 2 data objects of 4 MiB, plus the two inodes.
[[ $objects == 20 ]] || sl_die "expected 20 objects on the server, found $objects"

sl_log "the sheepdog server is killed"
sd_kill
out=$(timeout 60 qemu-io -f raw -c 'read 0 64k' "$url1" 2>&1) && rc=0 || rc=$?
printf '%s\n' "$out"
((rc != 124)) || sl_die "a read hung while the sheepdog server was down"
grep -q 'SENSE KEY:NOT READY(2).*0x0401' <<<"$out" || sl_die "a read while the server is down did not fail with NOT READY, BECOMING READY (04h/01h)"
grep -q 'read failed' <<<"$out" || sl_die "qemu-io did not report the failed read"

sl_log "the sheepdog server restarts; the LUN reconnects"
sd_start
for ((i = 0; i < 30; i++)); do
  timeout 60 qemu-io -f raw -c 'read 0 64k' "$url1" >"$SL_TMP/qio" 2>&1 && break
  sleep 1
done
((i < 30)) || { cat "$SL_TMP/qio"; sl_die "LUN 1 did not come back within 30 s of the restart"; }
sl_log "LUN 1 answers again after $i s"
sl_run 300 qemu-img convert -f raw -O raw "$url1" "$SL_TMP/after.img" >/dev/null
cmp "$SL_TMP/src-tcp.img" "$SL_TMP/after.img" || sl_die "data differs after the reconnect"
sl_run 60 qemu-io -f raw -c "write -P 0x5a $((63 << 20)) 1M" "$url1" >/dev/null
sl_run 60 qemu-io -f raw -c "read -P 0x5a $((63 << 20)) 1M" "$url1" | grep -q 'read 1048576/1048576' ||
  sl_die "a write after the reconnect does not read back"

bad() {
  local path=$1 want=$2 out
  out=$("$CTL" --socket "$SL_TMP/admin.sock" lun add --target "$SL_IQN" --lun 9 --store sheepdog --path "$path" 2>&1) &&
    sl_die "lun add accepted sheepdog path $path"
  grep -qF "$want" <<<"$out" || sl_die "refusal of $path: got '$out', want '$want'"
  sl_log "refused: $out"
}
bad "tcp:127.0.0.1:$SD_PORT:nosuch" "no VDI 'nosuch' on this cluster"
dead=$(sl_free_port)
bad "tcp:127.0.0.1:$dead:lab" "cannot connect to sheepdog at tcp:127.0.0.1:$dead"
bad "tcp:127.0.0.1:99999:lab" "port '99999' is not 1..65535"
"$CTL" --socket "$SL_TMP/admin.sock" --json lun list "$SL_IQN" | grep -q '"lun": *9' && sl_die "LUN 9 exists after the refusals"
echo "PASS: sheepdog store on the protocol-level server: round trips over tcp and unix, NOT READY while the server is down, reconnect, refusals"
