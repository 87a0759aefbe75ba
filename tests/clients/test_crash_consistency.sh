#!/usr/bin/env bash
# Crash consistency of acknowledged writes: while a libiscsi initiator
# (verified_io.c) writes a verified pattern, storlabd is killed with SIGKILL at
# a random moment, restarted, and every write the target had acknowledged as
# durable is read back and compared:
#   disk (rdwr, aio, uring stores): WRITE(10) FUA=1, and plain WRITE(10) + SYNCHRONIZE CACHE
#   tape (SSC): every record before a WRITE FILEMARKS with IMMED=0
#   dvd  (MMC DVD+R): every sector before a SYNCHRONIZE CACHE
# ROUNDS rounds per medium (default 3); the totals are printed at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"
sl_need cc
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
sl_find_media
ROUNDS=${ROUNDS:-3}
WRITER=$SL_TMP/verified_io
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$WRITER" "$(dirname "${BASH_SOURCE[0]}")/verified_io.c" -liscsi ||
  sl_die "cannot build verified_io.c"
RANDOM=1717   # repeatable kill points

IQN=iqn.2026-11.lab.storlab:crash
CART=$SL_TMP/crash.tape DISC=$SL_TMP/crash.dvdr
stores=(rdwr aio uring)
write_config() {
  local luns=() i
  for i in "${!stores[@]}"; do
    luns+=("$(sl_lun_json $((i + 1)) "${stores[$i]}" "$SL_TMP/disk-${stores[$i]}.img" 64M 512)")
  done
  luns+=('{"lun":4,"type":"tape","path":"'"$CART"'"}' '{"lun":5,"type":"dvd","path":"'"$DISC"'"}')
  sl_config "$SL_TMP/c.json" "$(sl_target_json "$IQN" "${luns[@]}")"
}
write_config

fresh_media() {
  rm -f "$CART" "$DISC"
  sl_run 30 "$MEDIA" tape create --barcode K00001L6 --capacity 256M "$CART" >/dev/null
  sl_run 30 "$MEDIA" iso blank "$DISC" --type dvd+r --capacity 64M >/dev/null
}

rounds=0 checked=0
declare -A per_kind
check_round() {   # KIND LUN ROUND
  local kind=$1 lun=$2 round=$3 log=$SL_TMP/acked-$1-$2 out
  : >"$log"
  timeout 120 "$WRITER" write "$kind" "$(sl_url "$IQN" "$lun")" "$log" "$round" 2>"$SL_TMP/writer.err" &
  local writer=$!
  sleep "$((RANDOM % 3 + 1)).$((RANDOM % 10))"
  kill -KILL "$SL_PID"
  wait "$SL_PID" 2>/dev/null || true
  SL_PID=""
  wait "$writer" || sl_die "$kind LUN $lun round $round: the writer failed: $(cat "$SL_TMP/writer.err")"
  local acked
  acked=$(wc -l <"$log")
  ((acked > 0)) || sl_die "$kind LUN $lun round $round: nothing was acknowledged before the kill"
  sl_start "$SL_TMP/c.json"
  out=$(timeout 120 "$WRITER" verify "$kind" "$(sl_url "$IQN" "$lun")" "$log" "$round" 2>&1) ||
    sl_die "$kind LUN $lun round $round: an acknowledged write is missing after kill -9: $out"
  local n=${out#VERIFIED }
  sl_log "$kind LUN $lun round $round: $acked acknowledged unit(s) before SIGKILL, $n block(s)/record(s)/sector(s) verified"
  checked=$((checked + n))
  per_kind[$kind-$lun]=$(( ${per_kind[$kind-$lun]:-0} + n ))
}

for round in $(seq 1 "$ROUNDS"); do
  fresh_media
  if ! sl_try_start "$SL_TMP/c.json"; then
    # io_uring may be disabled here (container seccomp, kernel setting): the other stores still run.
    grep -qi uring "$SL_LOG" && ((${#stores[@]} == 3)) || sl_die "could not start storlabd"
    sl_log "the uring store is unavailable here: checking rdwr and aio only"
    stores=(rdwr aio)
    write_config
    sl_start "$SL_TMP/c.json"
  fi
  for i in "${!stores[@]}"; do
    check_round disk $((i + 1)) "$round"
  done
  check_round tape 4 "$round"
  check_round dvd 5 "$round"
  sl_stop
  rounds=$((rounds + 1))
done
summary=""
for k in "${!per_kind[@]}"; do summary+=" $k=${per_kind[$k]}"; done
echo "PASS: $rounds round(s), $checked acknowledged block(s)/record(s)/sector(s) verified after kill -9 (${summary# })"
