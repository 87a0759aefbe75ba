#!/usr/bin/env bash
# storlabd as systemd runs a Type=notify service with WatchdogSec (sd_notify(3)
# protocol, messages received on $NOTIFY_SOCKET as systemd would): READY=1
# only once the portal accepts connections, STATUS= with the number of
# targets and sessions (a session of qemu-io shows up), WATCHDOG=1 pings from
# the event loop, STOPPING=1 at SIGTERM; with $JOURNAL_STREAM naming its
# stderr, log lines carry the journal's <N> priority prefix. SKIPs when
# storlabd was built without libsystemd.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"
sl_need python3
[[ $(ldd "$SL_BIN") == *libsystemd* ]] || sl_skip "storlabd built without libsystemd (libsystemd-dev): no sd_notify"

NOTIFY=$SL_TMP/notify.sock
MSGS=$SL_TMP/notify.log
# The receiver: one line per datagram, newlines inside as '|'.
python3 - "$NOTIFY" "$MSGS" <<'PY' &
import os, socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(0.5)
end = time.time() + 120
with open(sys.argv[2], "a", buffering=1) as out:
    while time.time() < end and os.path.exists(sys.argv[1]):
        try:
            data = s.recv(4096)
        except socket.timeout:
            continue
        out.write("%.3f %s\n" % (time.time(), data.decode().replace("\n", "|")))
PY
RECV=$!
trap 'rm -f "$NOTIFY"; kill "$RECV" 2>/dev/null || true; sl_cleanup' EXIT
for _ in $(seq 50); do [[ -S $NOTIFY ]] && break; sleep 0.1; done
[[ -S $NOTIFY ]] || sl_die "the notify receiver did not start"

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
: >"$SL_TMP/storlabd.log"
export NOTIFY_SOCKET=$NOTIFY WATCHDOG_USEC=400000
JOURNAL_STREAM=$(stat -c '%d:%i' "$SL_TMP/storlabd.log")
export JOURNAL_STREAM
sl_start "$SL_TMP/c.json"
unset NOTIFY_SOCKET WATCHDOG_USEC JOURNAL_STREAM

for _ in $(seq 50); do grep -q 'READY=1' "$MSGS" && break; sleep 0.1; done
grep -q 'READY=1|STATUS=1 target(s), 0 session(s); iSCSI on 127.0.0.1:'"$SL_PORT" "$MSGS" ||
  sl_die "no READY=1 with the status: $(cat "$MSGS")"
# READY=1 is sent once the portal listens, so nothing is READY before that.
[[ $(grep -c 'READY=1' "$MSGS") == 1 ]] || sl_die "READY=1 sent more than once"

# Watchdog: WATCHDOG_USEC 400 ms -> a ping every 200 ms from the event loop.
sleep 1.5
pings=$(grep -c 'WATCHDOG=1' "$MSGS" || true)
((pings >= 3)) || sl_die "only $pings watchdog pings in 1.5 s (WATCHDOG_USEC=400000)"

# A session appears in STATUS= (refreshed every 5 s).
if command -v qemu-io >/dev/null; then
  ( timeout 30 qemu-io -c 'sleep 9000' -c 'read 0 4k' "iscsi://127.0.0.1:$SL_PORT/$SL_IQN/1" >/dev/null 2>&1 || true ) &
  q=$!
  for _ in $(seq 90); do grep -q 'STATUS=1 target(s), 1 session(s)' "$MSGS" && break; sleep 0.1; done
  grep -q 'STATUS=1 target(s), 1 session(s)' "$MSGS" || sl_die "STATUS= never showed the session: $(tail -5 "$MSGS")"
  wait "$q" || true
fi

# Journal priorities: info lines start with <6>.
grep -q '^<6>storlab.daemon: storlabd ready' "$SL_TMP/storlabd.log" || sl_die "log lines lack the journal's <6> prefix"

sl_stop
for _ in $(seq 20); do grep -q 'STOPPING=1' "$MSGS" && break; sleep 0.1; done
grep -q 'STOPPING=1' "$MSGS" || sl_die "no STOPPING=1 at SIGTERM"
echo "PASS: sd_notify READY/STATUS/WATCHDOG/STOPPING and journal priorities"
