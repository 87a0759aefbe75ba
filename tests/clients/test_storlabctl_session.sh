#!/usr/bin/env bash
# Sessions seen from storlabctl with a real initiator (qemu-io, libiscsi):
# `storlabctl stats` counts what qemu-io read and wrote; `session logout`
# sends the initiator the Asynchronous Message "logout requested" (RFC 7143
# §11.9.1): libiscsi logs out by itself and logs in again, its next read
# works, and the daemon did not have to drop the connection.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
sl_need qemu-io python3
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null "" 16M 512)")"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
URL=$(sl_url "$SL_IQN" 1)

# --- stats: exactly the bytes qemu-io moved ---
before=$(ctl stats "$SL_IQN" --json)
sl_run 60 qemu-io -f raw -c 'write 1M 64k' -c 'read 1M 16k' "$URL" >/dev/null
after=$(ctl stats "$SL_IQN" --json)
field() { json "next(l for l in d[0]['luns'] if l['lun'] == 1)['$2']" <<<"$1"; }
for f in bytesWritten:65536 bytesRead:16384 writeCommands:1 readCommands:1; do
  key=${f%%:*} want=${f#*:}
  got=$(( $(field "$after" "$key") - $(field "$before" "$key") ))
  [[ $got == "$want" ]] || sl_die "stats $key changed by $got, expected $want"
done
ctl stats | grep -q "^$(json "d[0]['tid']" <<<"$after") *$SL_IQN *1 *disk " || sl_die "stats table lacks the LU: $(ctl stats)"

# --- session logout: the initiator is asked, logs out itself, and comes back ---
qemu-io -f raw -c 'read 1M 4k' -c 'sleep 6000' -c 'read 1M 4k' "$URL" >"$SL_TMP/qemu.out" 2>&1 &
qpid=$!
tsih=""
for _ in $(seq 1 50); do
  tsih=$(ctl session list --json | json "' '.join(str(s['tsih']) for s in d if s['type'] == 'Normal')")
  [[ -n $tsih ]] && break
  sleep 0.1
done
[[ -n $tsih ]] || sl_die "no session of qemu-io"
ctl session logout "$tsih" --json | grep -q '"seconds": 5' || sl_die "session logout did not answer {seconds: 5}"
gone=0
for _ in $(seq 1 100); do
  ctl session list --json | json "' '.join(str(s['tsih']) for s in d)" | grep -qw "$tsih" || { gone=1; break; }
  sleep 0.1
done
[[ $gone == 1 ]] || sl_die "session $tsih still there 10 s after session logout"
wait "$qpid" || sl_die "qemu-io failed after the logout request: $(cat "$SL_TMP/qemu.out")"
[[ $(grep -c 'read 4096/4096 bytes' "$SL_TMP/qemu.out") == 2 ]] || sl_die "qemu-io did not read again after logging in anew: $(cat "$SL_TMP/qemu.out")"
grep -q "did not log out when asked" "$SL_TMP/storlabd.log" && sl_die "the daemon had to drop the connection: libiscsi did not log out"
# seconds 0: dropped at once (tgtadm --op delete --mode conn)
ctl session logout 999 2>/dev/null && sl_die "logout of a missing session succeeded"
echo "PASS: stats and session logout with qemu-io"
