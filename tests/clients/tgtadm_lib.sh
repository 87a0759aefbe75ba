#!/usr/bin/env bash
# Helpers of the tgtadm tests (sourced after lib.sh and sl_init):
#   tgtadm_find_ctl      sets CTL (storlabctl) and TGTADM (its `tgtadm` symlink) near $SL_BIN
#   tgtadm_side_by_side_init
#                        for a test comparing tgtd with storlabd: tgtadm_find_ctl, SKIP
#                        without tgtd/tgtimg (Debian package tgt), stop tgtd too on exit
#   tgt_start DIR        starts a real tgtd (Debian package tgt) on a free 127.0.0.1 port with
#                        its own control index; sets TGT_PID, TGT_CPORT, TGT_PORT, TGT_ADM
#   tgt_stop             stops the tgtd that tgt_start started (by its PID)
#   tgtadm_transcript OUT SCRIPT ADM...
#                        runs the shell function SCRIPT, whose run() calls are tgtadm
#                        invocations, with ADM as tgtadm: exit codes, stdout and stderr in OUT
#   tgtadm_normalize FILE  a transcript without what legitimately differs between daemons
#                        (SCSI IDs and serials, the per-run directory $SL_TMP/tgt|storlab)

tgtadm_find_ctl() {
  local c
  CTL=""
  for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(dirname "$SL_BIN")/storlabctl" "$(command -v storlabctl || true)"; do
    [[ -n $c && -x $c ]] && { CTL=$(cd "$(dirname "$c")" && pwd)/$(basename "$c"); break; }
  done
  [[ -n $CTL ]] || sl_die "storlabctl not found near $SL_BIN"
  TGTADM=$(dirname "$CTL")/tgtadm
  [[ -L $TGTADM && -x $TGTADM ]] || sl_die "$TGTADM is not a symlink to storlabctl (cli/CMakeLists.txt POST_BUILD)"
  [[ $(readlink "$TGTADM") == storlabctl ]] || sl_die "$TGTADM points to $(readlink "$TGTADM")"
}

tgtadm_side_by_side_init() {
  tgtadm_find_ctl
  command -v tgtd >/dev/null 2>&1 || sl_skip "tgtd not installed (Debian package tgt): nothing to compare storlab's tgtadm mode with"
  command -v tgtimg >/dev/null 2>&1 || sl_skip "tgtimg not installed (Debian package tgt)"
  trap tgtadm_stop_all EXIT
}
tgtadm_stop_all() { local rc=$?; tgt_stop; set +e; (exit "$rc"); sl_cleanup; }   # set +e: the (exit) only restores $?

TGT_PID=""
tgt_stop() {
  [[ -n $TGT_PID ]] || return 0
  local pid=$TGT_PID i
  TGT_PID=""
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# The real tgtadm: the one in PATH that is not our symlink.
tgt_real_tgtadm() {
  local c
  for c in /usr/sbin/tgtadm /usr/local/sbin/tgtadm $(type -ap tgtadm); do
    [[ -x $c && ! -L $c ]] && { printf '%s' "$c"; return 0; }
  done
  return 1
}

# tgtd's control "port" is the index of its unix socket (/var/run/tgtd/socket.N,
# a short int): one nobody uses, so tgtds of other tests and people are never touched.
tgt_start() {
  local dir=$1 i try
  TGT_ADM=$(tgt_real_tgtadm) || return 1
  for ((try = 0; try < 5; try++)); do
    TGT_PORT=$(sl_free_port)
    TGT_CPORT=$((1000 + RANDOM % 30000))
    [[ -e /var/run/tgtd/socket.$TGT_CPORT ]] && continue
    tgtd -f -C "$TGT_CPORT" --iscsi "portal=127.0.0.1:$TGT_PORT" >"$dir/tgtd.log" 2>&1 &
    TGT_PID=$!
    for ((i = 0; i < 100; i++)); do
      timeout 5 "$TGT_ADM" -C "$TGT_CPORT" --op show --mode sys >/dev/null 2>&1 && return 0
      kill -0 "$TGT_PID" 2>/dev/null || break
      sleep 0.1
    done
    tgt_stop
  done
  return 1
}

tgtadm_transcript() {
  local out=$1 script=$2; shift 2
  ADM=("$@")
  run() {
    local rc=0
    timeout 60 "${ADM[@]}" "$@" >"$SL_TMP/o" 2>"$SL_TMP/e" || rc=$?
    printf '$ tgtadm %s\nexit %s\n' "$*" "$rc"
    cat "$SL_TMP/o"
    sed 's/^/stderr: /' "$SL_TMP/e"
  }
  "$script" >"$out"
}

tgtadm_normalize() {
  sed -E -e "s#$SL_TMP/(tgt|storlab)#W#g" \
         -e 's/^( +SCSI ID:).*/\1 <id>/' -e 's/^( +SCSI SN:).*/\1 <sn>/' "$1"
}
