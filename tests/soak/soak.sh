#!/usr/bin/env bash
# Soak (a benchmark-style script, not a ctest): 8 iSCSI sessions on loopback
# doing verified random I/O with SYNCHRONIZE CACHE, ABORT TASK SET, logouts and
# new logins (tests/clients/verified_io.c soak), while an admin loop adds and
# removes LUNs, exports and re-imports the configuration and moves cartridges
# in a tape library. Every INTERVAL seconds it prints storlabd's RSS, open fds
# and threads; it fails on a data mismatch, a client or admin error, or growth
# beyond the bounds between the first sample after warm-up and the last.
#
#   tests/soak/soak.sh [--minutes M] [--sessions N] [--build DIR]
#     M: default 10 (fractions allowed: --minutes 2.5); N: default 8;
#     DIR: default build/debug (storlabd, storlabctl, storlab-media)
#   Bounds (env): SOAK_RSS_GROWTH_MB=64 SOAK_FD_GROWTH=16 SOAK_THREAD_GROWTH=8
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
minutes=10 sessions=8 build=$root/build/debug
while (($#)); do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --sessions) sessions=$2; shift 2 ;;
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
source "$root/tests/clients/lib.sh"
sl_init "$build/daemon/storlabd"
CTL=$build/cli/storlabctl
[[ -x $CTL ]] || sl_die "storlabctl not built in $build"
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_die "libiscsi-dev (iscsi/iscsi.h) is needed"
IO=$SL_TMP/verified_io
cc -O2 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$IO" "$root/tests/clients/verified_io.c" -liscsi || sl_die "cannot build verified_io.c"
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
seconds=$(python3 -c "print(int(float('$minutes') * 60))")
interval=${SOAK_INTERVAL:-10}

IQN=iqn.2026-11.lab.storlab:soak
lib='{"name":"soakvtl","iqn":"iqn.2026-11.lab.storlab:soakvtl","drives":{"count":2,"generation":"LTO-6"},"slots":8,"ieSlots":2,"cartridges":[{"first":"S00000L6","count":4}]}'
cfg=$(sl_target_json "$IQN" "$(sl_lun_json 1 rdwr "$SL_TMP/soak.img" 1G 512)")
sl_config "$SL_TMP/c.json" "${cfg%\}},\"libraries\":[$lib]}"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
pid=$SL_PID

sample() {   # prints "rss_kb fds threads"
  local rss threads fds
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$pid/status")
  fds=$(ls "/proc/$pid/fd" | wc -l)
  echo "$rss $fds $threads"
}

# The I/O sessions, each in its own 4 MiB region of the 1 GiB LUN.
pids=()
for s in $(seq 1 "$sessions"); do
  "$IO" soak disk "$(sl_url "$IQN" 1)" "$seconds" "$s" >"$SL_TMP/io-$s.out" 2>"$SL_TMP/io-$s.err" &
  pids+=($!)
done

# The admin loop: LUN add/remove, config export/import, changer moves.
(
  set +e
  n=0 errors=0
  end=$((SECONDS + seconds))
  while ((SECONDS < end)); do
    n=$((n + 1))
    ctl lun add --target "$IQN" --lun 9 --store null --size 1G >/dev/null || errors=$((errors + 1))
    ctl config export >"$SL_TMP/export.json" && ctl config import "$SL_TMP/export.json" >/dev/null || errors=$((errors + 1))
    ctl lun remove --target "$IQN" --lun 9 --force >/dev/null || errors=$((errors + 1))
    if ((n % 2)); then
      ctl changer move soakvtl slot:1 drive:0 >/dev/null || errors=$((errors + 1))
      ctl changer move soakvtl drive:0 slot:1 >/dev/null || errors=$((errors + 1))
    fi
    sleep 1
  done
  echo "ADMIN rounds $n errors $errors"
) >"$SL_TMP/admin.out" 2>"$SL_TMP/admin.err" &
admin=$!

printf '%8s %10s %6s %8s\n' seconds rss_kb fds threads
start=$SECONDS baseline="" last=""
while kill -0 "${pids[0]}" 2>/dev/null || kill -0 "$admin" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || sl_die "storlabd died"
  last=$(sample)
  printf '%8s %10s %6s %8s\n' $((SECONDS - start)) $last
  # The baseline is taken after warm-up (the first minute or a tenth of the run).
  if [[ -z $baseline ]] && ((SECONDS - start >= (seconds / 10 < 60 ? seconds / 10 : 60))); then baseline=$last; fi
  sleep "$interval"
done
failed=0
for s in $(seq 1 "$sessions"); do
  wait "${pids[$((s - 1))]}" || { echo "session $s failed: $(tail -3 "$SL_TMP/io-$s.err")"; failed=1; }
  echo "session $s: $(cat "$SL_TMP/io-$s.out")"
done
wait "$admin" || true
cat "$SL_TMP/admin.out"
grep -q "errors 0$" "$SL_TMP/admin.out" || { echo "admin errors: $(tail -5 "$SL_TMP/admin.err")"; failed=1; }
last=$(sample)
read -r rss0 fd0 th0 <<<"${baseline:-$last}"
read -r rss1 fd1 th1 <<<"$last"
echo "growth after warm-up: RSS $(((rss1 - rss0) / 1024)) MiB, fds $((fd1 - fd0)), threads $((th1 - th0))"
((rss1 - rss0 <= ${SOAK_RSS_GROWTH_MB:-64} * 1024)) || { echo "FAIL: RSS grew beyond ${SOAK_RSS_GROWTH_MB:-64} MiB"; failed=1; }
((fd1 - fd0 <= ${SOAK_FD_GROWTH:-16})) || { echo "FAIL: open fds grew beyond ${SOAK_FD_GROWTH:-16}"; failed=1; }
((th1 - th0 <= ${SOAK_THREAD_GROWTH:-8})) || { echo "FAIL: threads grew beyond ${SOAK_THREAD_GROWTH:-8}"; failed=1; }
((failed == 0)) || sl_die "soak failed"
echo "PASS: soak of ${minutes} min, $sessions sessions"
