#!/usr/bin/env bash
# alloc_per_io.sh - heap allocations per I/O inside storlabd in steady state
# (issue #8: zero per PDU). storlabd runs with the alloc_count LD_PRELOAD shim
# (tests/bench/alloc_count.c) on one LUN (the null store, or --store on a
# sparse file under /tmp); fio (libiscsi engine) drives one
# workload at a time; after a warm-up two snapshots of the per-thread counters
# are taken, and the allocations between them are divided by the I/Os fio did
# in that time (its average IOPS x the window). Not a CTest test: it prints a
# table and writes JSON. See tests/bench/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

usage() {
  cat <<USAGE
usage: alloc_per_io.sh [options] [OUT.json]
  OUT.json            results (default /tmp/storlab-alloc.json)
options:
  --storlabd PATH     storlabd binary (default: \$STORLABD, else $repo/build/release/daemon/storlabd)
  --shim PATH         liballoc_count.so (default: tests/liballoc_count.so next to storlabd's build)
  --fio PATH          fio with the libiscsi engine (default: \$FIO, else /tmp/storlab-fio/fio-3.33/fio)
  --workloads LIST    comma list of <randread|randwrite|seqread|seqwrite>-<bs>-qd<N>
                      (default randread-4k-qd32,randwrite-4k-qd32,seqread-256k-qd8,seqwrite-256k-qd8)
  --warmup SEC        seconds before the first snapshot (default 3)
  --measure SEC       seconds between the snapshots (default 4)
  --reactors N        storlabd --reactors (default: storlabd's default)
  --store TYPE        the LUN's backing store: null (default), or rdwr|aio|uring on a
                      sparse file in the run's /tmp directory, removed afterwards
  --size SIZE         the LUN size (default 1T for null, 1G for a file store)
USAGE
}

storlabd=${STORLABD:-$repo/build/release/daemon/storlabd}
shim="" fio=${FIO:-/tmp/storlab-fio/fio-3.33/fio} out=/tmp/storlab-alloc.json
workloads=randread-4k-qd32,randwrite-4k-qd32,seqread-256k-qd8,seqwrite-256k-qd8
warmup=3 measure=4 reactors="" store=null size=""
while (($#)); do
  case $1 in
    --storlabd) storlabd=$2; shift 2 ;;
    --shim) shim=$2; shift 2 ;;
    --fio) fio=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --measure) measure=$2; shift 2 ;;
    --reactors) reactors=$2; shift 2 ;;
    --store) store=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "alloc_per_io.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out=$1; shift ;;
  esac
done
case $store in null | rdwr | aio | uring) ;;
  *) echo "alloc_per_io.sh: --store null|rdwr|aio|uring, not '$store'" >&2; exit 2 ;; esac
# A file store reads holes and writes into the page cache: 1 GiB keeps the
# written data in memory and /tmp small (the file goes with SL_TMP).
[[ -n $size ]] || { [[ $store == null ]] && size=1T || size=1G; }
[[ -x $storlabd ]] || { echo "alloc_per_io.sh: storlabd '$storlabd' not found (--storlabd PATH)" >&2; exit 2; }
[[ -n $shim ]] || shim=$(dirname "$storlabd")/../tests/liballoc_count.so
[[ -f $shim ]] || { echo "alloc_per_io.sh: shim '$shim' not found (build target alloc_count; --shim PATH)" >&2; exit 2; }
shim=$(realpath "$shim")
"$fio" --enghelp 2>/dev/null | grep -qw libiscsi ||
  { echo "alloc_per_io.sh: '$fio' has no libiscsi engine (--fio PATH; shared/harness/build-fio.sh builds one)" >&2; exit 2; }

# shellcheck source=../clients/lib.sh
source "$repo/tests/clients/lib.sh"
counts=""
# The shim goes into storlabd only (not into the readiness probes lib.sh runs):
# a wrapper execs storlabd with it, keeping the pid.
wrapper=$(mktemp /tmp/storlab-alloc-wrap.XXXXXX)
trap 'rm -f "$wrapper"' EXIT
sl_init "$storlabd"
trap 'rm -f "$wrapper"; sl_cleanup' EXIT
counts=$SL_TMP/alloc_counts
cat >"$wrapper" <<EOF
#!/bin/sh
ALLOC_COUNT_OUT='$counts' LD_PRELOAD='$shim' exec '$storlabd' "\$@"
EOF
chmod +x "$wrapper"
SL_BIN=$wrapper

cfg=$SL_TMP/alloc.json
sl_config "$cfg" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 "$store" "$SL_TMP/$store.img" "$size" 512)")"
extra=()
[[ -z $reactors ]] || extra+=(--reactors "$reactors")
sl_start "$cfg" "${extra[@]}"
url=$(sl_url "$SL_IQN" 1)

# snapshot NAME: asks the shim for its table and keeps it with a timestamp.
snapshot() {
  rm -f "$counts"
  kill -USR2 "$SL_PID"
  local i
  for ((i = 0; i < 50; i++)); do [[ -s $counts ]] && break; sleep 0.02; done
  [[ -s $counts ]] || { echo "alloc_per_io.sh: no counts from the shim (is it preloaded?)" >&2; exit 1; }
  date +%s.%N >"$SL_TMP/$1.time"
  # tid count -> thread-name count (threads that are gone keep their tid)
  while read -r tid n; do
    name=$(cat "/proc/$SL_PID/task/$tid/comm" 2>/dev/null || echo "tid-$tid")
    printf '%s\t%s\t%s\n' "$tid" "$name" "$n"
  done <"$counts" >"$SL_TMP/$1.counts"
}

: >"$SL_TMP/rows.jsonl"
IFS=, read -r -a wl <<<"$workloads"
for w in "${wl[@]}"; do
  rwn=${w%%-*}; rest=${w#*-}; bs=${rest%%-*}; qd=${rest#*-qd}
  case "$rwn" in seqread) rw=read ;; seqwrite) rw=write ;; randread | randwrite) rw=$rwn ;;
    *) echo "bad workload $w" >&2; exit 2 ;; esac
  runtime=$((warmup + measure + 2))
  "$fio" --name=w --ioengine=libiscsi --filename="${url//:/\\:}" --rw="$rw" --bs="$bs" --iodepth="$qd" \
    --runtime="$runtime" --time_based --randrepeat=0 --output-format=json --output="$SL_TMP/fio.json" \
    >"$SL_TMP/fio.out" 2>&1 &
  fio_pid=$!
  sleep "$warmup"
  snapshot before
  sleep "$measure"
  snapshot after
  wait "$fio_pid" || { cat "$SL_TMP/fio.out" >&2; echo "fio failed on $w" >&2; exit 1; }
  python3 - "$SL_TMP" "$w" "$rw" >>"$SL_TMP/rows.jsonl" <<'PY'
import json, sys
tmp, w, rw = sys.argv[1:4]
def load(name):
    rows = {}
    for line in open(f"{tmp}/{name}.counts"):
        tid, thread, n = line.rstrip("\n").split("\t")
        rows[tid] = (thread, int(n))
    return rows, float(open(f"{tmp}/{name}.time").read())
(b, t0), (a, t1) = load("before"), load("after")
job = json.load(open(f"{tmp}/fio.json"))["jobs"][0]
iops = job["write" if "write" in rw else "read"]["iops"]
ios = iops * (t1 - t0)
by_thread = {}
for tid, (thread, n) in a.items():
    delta = n - b.get(tid, (thread, 0))[1]
    if delta:
        by_thread[thread] = by_thread.get(thread, 0) + delta
total = sum(by_thread.values())
print(json.dumps({"workload": w, "iops": round(iops), "window_s": round(t1 - t0, 3), "ios": round(ios),
                  "allocations": total, "allocs_per_io": round(total / ios, 4) if ios else None,
                  "by_thread": by_thread}))
PY
done
sl_stop

echo "backing store: $store ($size)"
python3 - "$SL_TMP/rows.jsonl" "$out" "$store" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print("\n%-20s %10s %12s %14s  %s" % ("workload", "IOPS", "allocations", "allocs/I/O", "by thread"))
for r in rows:
    threads = ", ".join(f"{k}={v}" for k, v in sorted(r["by_thread"].items(), key=lambda kv: -kv[1]))
    print("%-20s %10d %12d %14s  %s" % (r["workload"], r["iops"], r["allocations"],
                                        "-" if r["allocs_per_io"] is None else format(r["allocs_per_io"], ".4f"),
                                        threads or "-"))
json.dump({"tool": "alloc_count LD_PRELOAD shim", "backing": sys.argv[3], "results": rows}, open(sys.argv[2], "w"), indent=2)
print("results written to", sys.argv[2])
PY
