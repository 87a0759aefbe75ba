# bench_lib.sh - sourced by the benchmarks in tests/bench (run_bench.sh,
# run_tape_bench.sh): where the repo and the harness are, fixed ports, the
# peer tgt's start/stop, the storlabd start/stop (tests/clients/lib.sh), and
# one EXIT trap that stops exactly the processes this run started (by PID).
# The caller sets BENCH_NAME (for messages) before sourcing.

bench_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench_harness=${STORLAB_HARNESS:-$bench_repo/../shared/harness}
# Ports (127.0.0.1 only): with BENCH_PORT_BASE set, BASE + 0 for tgt, + 1 for
# storlabd, + 2 for the loopback test; unset, free ports the kernel picks.
BENCH_PORT_BASE=${BENCH_PORT_BASE:-}
bench_default_storlabd=${STORLABD:-$bench_repo/build/release/daemon/storlabd}

bench_die() {
  echo "$BENCH_NAME: $*" >&2
  exit 2
}

bench_need_harness() { # script...
  local f
  for f in "$@"; do
    [[ -x $bench_harness/$f ]] || bench_die "$bench_harness/$f not found (set STORLAB_HARNESS)"
  done
}

# bench_init STORLABD ONLY: sources lib.sh and makes $SL_TMP. With ONLY=tgt
# storlabd is not needed (lib.sh still wants an executable).
bench_init() {
  local storlabd=$1 only=$2
  # shellcheck source=../clients/lib.sh
  source "$bench_repo/tests/clients/lib.sh"
  sl_init "$([[ $only == tgt ]] && echo /bin/true || echo "$storlabd")"
  bench_tgt_cport=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  local rc=$?
  bench_tgt_stop
  sl_cleanup
  return "$rc"
}

bench_port() { # N -> BENCH_PORT_BASE + N (refused if someone listens there), or a free port
  [[ -n $BENCH_PORT_BASE ]] || { sl_free_port; return; }
  local port=$((BENCH_PORT_BASE + $1))
  sl_port_open "$port" && bench_die "port $port on 127.0.0.1 is in use (change BENCH_PORT_BASE)"
  echo "$port"
}

# bench_tgt_start CPORT start|start-tape ARGS...: starts the peer tgt on
# bench_port 0 with its state in $SL_TMP/tgt; sets BENCH_TGT_PORT and
# BENCH_TGT_PID. Only one at a time.
bench_tgt_start() {
  local cport=$1 mode=$2
  shift 2
  BENCH_TGT_PORT=$(bench_port 0)
  "$bench_harness/peer-tgt.sh" "$mode" --port "$BENCH_TGT_PORT" --cport "$cport" --dir "$SL_TMP/tgt" "$@" \
    >"$SL_TMP/tgt-start.log" 2>&1 ||
    { cat "$SL_TMP/tgt-start.log" >&2; echo "$BENCH_NAME: could not start tgt" >&2; exit 1; }
  bench_tgt_cport=$cport
  BENCH_TGT_PID=$(cat "$SL_TMP/tgt/tgtd.pid")
}

bench_tgt_stop() { # stops the tgtd bench_tgt_start started (peer-tgt.sh stops that PID only)
  [[ -n ${bench_tgt_cport:-} ]] || return 0
  "$bench_harness/peer-tgt.sh" stop --cport "$bench_tgt_cport" --dir "$SL_TMP/tgt" >&2 || true
  bench_tgt_cport=""
}

# bench_storlab_start CONFIG [storlabd args...]: storlabd on bench_port 1.
bench_storlab_start() {
  SL_PORT=$(bench_port 1)
  sl_start "$@"
}

# bench_storlab_stop: checks it survived the load, then stops it (its PID).
bench_storlab_stop() {
  kill -0 "$SL_PID" 2>/dev/null || { sl_dump_log; echo "$BENCH_NAME: storlabd died during the benchmark" >&2; }
  sl_stop
}

bench_cpu_ticks() { # PID -> utime + stime of the whole process, in clock ticks
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

bench_cpu_jiffies() { # -> "steal total": the machine's steal and total CPU time so far (/proc/stat)
  awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print $9, t }' /proc/stat
}
