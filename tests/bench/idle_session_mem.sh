#!/usr/bin/env bash
# idle_session_mem.sh - memory storlabd spends per idle session (issue #8:
# < 256 KiB). Starts storlabd on a null LUN, warms it up with one session,
# reads its RSS, then holds N logged-in idle sessions (tests/bench/idle_sessions.c,
# libiscsi) and reads the RSS again after the connections have been idle for
# a few seconds (idle connections give their buffers back once a second).
# Prints "(RSS_N - RSS_0) / N" and writes JSON. Not a CTest test.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

usage() {
  cat <<USAGE
usage: idle_session_mem.sh [options] [OUT.json]
  OUT.json            result (default /tmp/storlab-idle-mem.json)
options:
  --storlabd PATH     storlabd binary (default: \$STORLABD, else $repo/build/release/daemon/storlabd)
  --sessions N        idle sessions to hold (default 50)
  --settle SEC        idle time before the second reading (default 3)
Needs cc and libiscsi-dev (the helper is compiled on the fly).
USAGE
}

storlabd=${STORLABD:-$repo/build/release/daemon/storlabd}
sessions=50 settle=3 out=/tmp/storlab-idle-mem.json
while (($#)); do
  case $1 in
    --storlabd) storlabd=$2; shift 2 ;;
    --sessions) sessions=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "idle_session_mem.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out=$1; shift ;;
  esac
done
[[ -x $storlabd ]] || { echo "idle_session_mem.sh: storlabd '$storlabd' not found (--storlabd PATH)" >&2; exit 2; }

# shellcheck source=../clients/lib.sh
source "$repo/tests/clients/lib.sh"
sl_init "$storlabd"
tool=$SL_TMP/idle_sessions
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -o "$tool" "$repo/tests/bench/idle_sessions.c" -liscsi ||
  { echo "idle_session_mem.sh: cannot build idle_sessions.c (libiscsi-dev?)" >&2; exit 2; }

cfg=$SL_TMP/idle.json
sl_config "$cfg" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null "$SL_TMP/null.img" 1T 512)")"
sl_start "$cfg"
portal=127.0.0.1:$SL_PORT

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$SL_PID/status"; }

# Warm-up: one session in and out, so one-time costs (first session, lazily
# built tables, thread stacks touched) are not charged to the idle sessions.
"$tool" "$portal" "$SL_IQN" 1 1 >/dev/null
sleep "$settle"
rss0=$(rss_kib)

holder_out=$SL_TMP/holder.out
"$tool" "$portal" "$SL_IQN" "$sessions" $((settle + 30)) >"$holder_out" 2>"$SL_TMP/holder.err" &
holder=$!
for ((i = 0; i < 300; i++)); do
  grep -q '^ready' "$holder_out" 2>/dev/null && break
  kill -0 "$holder" 2>/dev/null || break
  sleep 0.1
done
grep -q '^ready' "$holder_out" || { cat "$SL_TMP/holder.err" >&2; echo "sessions did not log in" >&2; exit 1; }
sleep "$settle"
rss1=$(rss_kib)
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true
sl_stop

python3 - "$rss0" "$rss1" "$sessions" "$out" <<'PY'
import json, sys
rss0, rss1, n, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
per = (rss1 - rss0) / n
print(f"storlabd RSS: {rss0} KiB warm, {rss1} KiB with {n} idle sessions -> {per:.1f} KiB per idle session (target < 256)")
json.dump({"sessions": n, "rss_warm_kib": rss0, "rss_idle_kib": rss1, "kib_per_idle_session": round(per, 1)},
          open(out, "w"), indent=2)
print("result written to", out)
PY
