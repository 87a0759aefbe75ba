#!/usr/bin/env bash
# Common helpers for the client tests (sourced, not run). Each test script is
# run by CTest as `bash SCRIPT /path/to/storlabd`.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../clients/lib.sh"
#   sl_init "$1"                    # checks the binary, makes $SL_TMP, installs the EXIT trap
#   sl_config "$SL_TMP/c.json" '...json...'
#   sl_start "$SL_TMP/c.json"       # picks a free port, starts storlabd, waits for the portal
#   url=$(sl_url IQN LUN)
#   sl_stop                         # stops the daemon this script started (e.g. for a restart)
#
# Only the PID this library started is ever signalled, and only 127.0.0.1 is
# used. Everything lives under one temp dir that the EXIT trap removes
# (set SL_KEEP=1 to keep it for debugging).

SL_BIN=""
SL_TMP=""
SL_PORT=""
SL_PID=""
SL_LOG=""
SL_STATE=""
SL_START_TIMEOUT=${SL_START_TIMEOUT:-20}
SL_IQN=${SL_IQN:-iqn.2026-11.lab.storlab:test}

sl_log() { printf '[%s] %s\n' "$(basename "${0:-test}")" "$*" >&2; }

# Prints the tail of the daemon log (the usual reason something failed).
sl_dump_log() {
  if [[ -n $SL_LOG && -s $SL_LOG ]]; then
    echo "----- storlabd log ($SL_LOG, last 60 lines) -----" >&2
    tail -n 60 "$SL_LOG" >&2
    echo "----- end of storlabd log -----" >&2
  fi
}

sl_die() {
  echo "FAIL: $*" >&2
  sl_dump_log
  exit 1
}

# A test that cannot run here (a missing optional tool, no VM harness) exits
# 77, which tests/CMakeLists.txt declares as SKIP_RETURN_CODE: ctest then
# lists it as skipped, never as passed.
sl_skip() {
  echo "SKIP: $*" >&2
  exit 77
}

sl_need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || sl_skip "$t not installed"
  done
}

sl_cleanup() {
  local rc=$?
  sl_stop || true
  if [[ -n $SL_TMP && -d $SL_TMP ]]; then
    if [[ ${SL_KEEP:-0} == 1 ]]; then
      echo "kept $SL_TMP" >&2
    else
      rm -rf -- "$SL_TMP"
    fi
  fi
  return "$rc"
}

sl_init() {
  SL_BIN=${1:-}
  [[ -n $SL_BIN ]] || sl_die "usage: $0 /path/to/storlabd"
  [[ -x $SL_BIN ]] || sl_die "storlabd binary '$SL_BIN' does not exist or is not executable"
  command -v python3 >/dev/null 2>&1 || sl_die "python3 is needed to pick a free port"
  SL_TMP=$(mktemp -d /tmp/storlab-test.XXXXXX) || sl_die "mktemp failed"
  SL_STATE=$SL_TMP/state
  mkdir -p "$SL_STATE"
  trap sl_cleanup EXIT
  trap 'exit 130' INT TERM
}

# A port nobody listens on right now (the kernel's choice for an ephemeral bind).
sl_free_port() {
  python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# sl_config FILE JSON: writes the config and checks it is valid JSON.
sl_config() {
  local file=$1 json=$2
  printf '%s\n' "$json" >"$file"
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$file" || sl_die "invalid JSON config $file"
}

# sl_lun_json LUN STORE PATH SIZE BLOCKSIZE -> one LUN object
sl_lun_json() {
  printf '{"lun":%s,"type":"disk","store":"%s","path":"%s","size":"%s","blockSize":%s}' "$1" "$2" "$3" "$4" "$5"
}

# sl_target_json IQN LUN_JSON... -> a whole config with one target
sl_target_json() {
  local iqn=$1; shift
  local luns
  luns=$(IFS=,; printf '%s' "$*")
  printf '{"schema":1,"targets":[{"iqn":"%s","luns":[%s]}]}' "$iqn" "$luns"
}

sl_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Ready means more than "the port accepts": SendTargets discovery must list
# every configured target (a daemon may listen before it has added them).
# Without iscsi-ls the open port has to do.
sl_targets_visible() {
  command -v iscsi-ls >/dev/null 2>&1 || return 0
  local listing iqn
  listing=$(timeout 5 iscsi-ls "iscsi://127.0.0.1:$SL_PORT" 2>/dev/null) || return 1
  while IFS= read -r iqn; do
    [[ -z $iqn ]] || grep -qF "Target:$iqn " <<<"$listing" || return 1
  done < <(python3 -c 'import json, sys
for t in json.load(open(sys.argv[1])).get("targets", []): print(t.get("iqn", ""))' "$1")
  return 0
}

# sl_start CONFIG [extra storlabd args...]: starts the daemon in the
# background with the state dir $SL_STATE on a fresh port (kept in $SL_PORT
# across restarts unless SL_PORT is emptied) and waits until the portal
# accepts connections.
sl_try_start() {
  local config=$1; shift
  [[ -z $SL_PID ]] || sl_die "sl_start: storlabd already running (pid $SL_PID)"
  [[ -n $SL_PORT ]] || SL_PORT=$(sl_free_port) || sl_die "cannot pick a free port"
  SL_LOG=$SL_TMP/storlabd.log
  echo "===== start $(date +%T) port $SL_PORT config $config" >>"$SL_LOG"
  # Each test daemon gets its own admin socket (unless the test chooses one), so
  # tests never touch the default socket of a lab daemon running beside them.
  local socket_args=(--socket "$SL_TMP/admin.sock")
  local a
  for a in "$@"; do [[ $a == --socket ]] && socket_args=(); done
  "$SL_BIN" --foreground --config "$config" --portal "127.0.0.1:$SL_PORT" --state-dir "$SL_STATE" "${socket_args[@]}" "$@" \
    >>"$SL_LOG" 2>&1 </dev/null &
  SL_PID=$!
  local deadline=$((SECONDS + SL_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$SL_PID" 2>/dev/null; then
      local rc
      wait "$SL_PID" 2>/dev/null && rc=0 || rc=$?
      SL_PID=""
      echo "storlabd exited during startup with status $rc" >&2
      return 1
    fi
    if sl_port_open "$SL_PORT" && sl_targets_visible "$config"; then
      sl_log "storlabd pid $SL_PID listening on 127.0.0.1:$SL_PORT"
      return 0
    fi
    sleep 0.2
  done
  echo "storlabd did not accept connections on 127.0.0.1:$SL_PORT within ${SL_START_TIMEOUT}s" >&2
  sl_stop
  return 1
}

sl_start() {
  sl_try_start "$@" || sl_die "could not start storlabd (config $1)"
}

# Stops the daemon this script started: SIGTERM, then SIGKILL after 10 s.
sl_stop() {
  [[ -n $SL_PID ]] || return 0
  local pid=$SL_PID i
  SL_PID=""
  if ! kill -TERM "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    return 0
  fi
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "storlabd pid $pid ignored SIGTERM for 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  return 0
}

sl_url() {
  printf 'iscsi://127.0.0.1:%s/%s/%s' "$SL_PORT" "${1:-$SL_IQN}" "${2:-1}"
}

# Runs a client command with a time limit; on failure shows its output and the daemon log.
sl_run() {
  local limit=$1; shift
  local out rc
  out=$(timeout --kill-after=5 "$limit" "$@" 2>&1) && rc=0 || rc=$?
  if ((rc != 0)); then
    printf '%s\n' "$out" >&2
    sl_die "'$*' failed with status $rc"
  fi
  # Callers pipe this into `grep -q`, which exits at its first match; bash
  # writes line by line, so a later line would meet a closed pipe and SIGPIPE
  # would fail the pipeline (set -o pipefail) although the match was found.
  (trap '' PIPE; printf '%s\n' "$out") 2>/dev/null || true
}

# sl_cdb_tool: builds tests/clients/changer_cdbs.c (a libiscsi initiator for raw
# SMC/SSC CDBs) into $SL_TMP and sets CDB_TOOL; SKIPs without cc or libiscsi-dev.
sl_cdb_tool() {
  sl_need cc
  [[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
  CDB_TOOL=$SL_TMP/changer_cdbs
  cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$CDB_TOOL" "$(dirname "${BASH_SOURCE[0]}")/changer_cdbs.c" -liscsi ||
    sl_die "cannot build changer_cdbs.c"
}

# sl_find_ctl: sets CTL to storlabctl, built beside storlabd (<build>/cli).
sl_find_ctl() {
  local c
  CTL=""
  for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(dirname "$SL_BIN")/storlabctl" "$(command -v storlabctl || true)"; do
    [[ -n $c && -x $c ]] && { CTL=$c; return 0; }
  done
  sl_die "storlabctl not found near $SL_BIN (build the storlabctl target)"
}

# sl_find_media: sets MEDIA to storlab-media, built beside storlabd (<build>/media).
sl_find_media() {
  local c
  MEDIA=""
  for c in "$(dirname "$SL_BIN")/../media/storlab-media" "$(dirname "$SL_BIN")/storlab-media" "$(command -v storlab-media || true)"; do
    [[ -n $c && -x $c ]] && { MEDIA=$c; return 0; }
  done
  sl_die "storlab-media not found near $SL_BIN (build the storlab-media target)"
}
