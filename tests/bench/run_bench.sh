#!/usr/bin/env bash
# run_bench.sh - tgt and storlabd side by side on the same workloads (not a
# CTest test). Both targets use a null backing store (1 TiB, data discarded),
# so the numbers compare the protocol/SCSI path, not storage. The targets run
# one after the other, never together: initiator and target share this
# machine's CPUs.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
harness=${STORLAB_HARNESS:-$repo/../shared/harness}

usage() {
  cat <<USAGE
usage: run_bench.sh [options] [OUT.json]
  OUT.json           combined results (default /tmp/storlab-bench.json)
options:
  --storlabd PATH    storlabd binary (default: \$STORLABD, else $repo/build/release/daemon/storlabd)
  --runtime SEC      seconds per workload (default 10)
  --workloads LIST   passed to perf.sh (default: its full set)
  --cport N          tgtd control port index for the peer tgt (default 7; must be unused)
  --no-fio-build     do not build fio with libiscsi (perf.sh then uses qemu-img bench)
  --only tgt|storlab run one side only
Needs the harness in $harness (peer-tgt.sh, perf.sh, build-fio.sh).
USAGE
}

storlabd=${STORLABD:-$repo/build/release/daemon/storlabd}
runtime=10 workloads="" cport=7 build_fio=1 only="" out=/tmp/storlab-bench.json
while (($#)); do
  case $1 in
    --storlabd) storlabd=$2; shift 2 ;;
    --runtime) runtime=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    --cport) cport=$2; shift 2 ;;
    --no-fio-build) build_fio=0; shift ;;
    --only) only=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "run_bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out=$1; shift ;;
  esac
done
for f in peer-tgt.sh perf.sh; do
  [[ -x $harness/$f ]] || { echo "run_bench.sh: $harness/$f not found (set STORLAB_HARNESS)" >&2; exit 2; }
done
[[ $only == tgt || -x $storlabd ]] || { echo "run_bench.sh: storlabd '$storlabd' not found (--storlabd PATH)" >&2; exit 2; }

# shellcheck source=../clients/lib.sh
source "$repo/tests/clients/lib.sh"
# lib.sh wants the daemon binary; for a tgt-only run any executable will do.
sl_init "$([[ $only == tgt ]] && echo /bin/true || echo "$storlabd")"

tgt_started=0
bench_cleanup() {
  local rc=$?
  if ((tgt_started)); then
    "$harness/peer-tgt.sh" stop --cport "$cport" --dir "$SL_TMP/tgt" >&2 || true
    tgt_started=0
  fi
  sl_cleanup
  return "$rc"
}
trap bench_cleanup EXIT

perf_args=(--runtime "$runtime")
[[ -z $workloads ]] || perf_args+=(--workloads "$workloads")
if ((build_fio)) && [[ -x $harness/build-fio.sh ]]; then
  # fio with the libiscsi engine gives real random patterns and latencies;
  # the build (~30 s, once) lands in /tmp/storlab-fio.
  if fio_bin=$("$harness/build-fio.sh" 2>"$SL_TMP/build-fio.log"); then
    perf_args+=(--fio "$fio_bin")
  else
    echo "building fio failed (see below); perf.sh falls back to qemu-img bench" >&2
    tail -n 20 "$SL_TMP/build-fio.log" >&2
  fi
fi

tgt_json=$SL_TMP/tgt.jsonl
storlab_json=$SL_TMP/storlab.jsonl
: >"$tgt_json"
: >"$storlab_json"

if [[ $only != storlab ]]; then
  tgt_port=$(sl_free_port)
  tgt_iqn=iqn.2026-11.test.peer:disk1
  echo "=== tgt (null store) on 127.0.0.1:$tgt_port, control port $cport"
  "$harness/peer-tgt.sh" start --port "$tgt_port" --cport "$cport" --bstype null --iqn "$tgt_iqn" \
    --dir "$SL_TMP/tgt" >"$SL_TMP/tgt-start.log" 2>&1 ||
    { cat "$SL_TMP/tgt-start.log" >&2; echo "could not start tgt" >&2; exit 1; }
  tgt_started=1
  tgt_pid=$(cat "$SL_TMP/tgt/tgtd.pid")
  "$harness/perf.sh" "${perf_args[@]}" --target-pid "$tgt_pid" --label tgt \
    "iscsi://127.0.0.1:$tgt_port/$tgt_iqn/1" "$tgt_json" || echo "(some tgt workloads failed)" >&2
  "$harness/peer-tgt.sh" stop --cport "$cport" --dir "$SL_TMP/tgt" >&2 || true
  tgt_started=0
fi

if [[ $only != tgt ]]; then
  cfg=$SL_TMP/bench.json
  sl_config "$cfg" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null "$SL_TMP/null.img" 1T 512)")"
  sl_start "$cfg"
  echo "=== storlabd (null store) pid $SL_PID on 127.0.0.1:$SL_PORT"
  "$harness/perf.sh" "${perf_args[@]}" --target-pid "$SL_PID" --label storlab \
    "$(sl_url "$SL_IQN" 1)" "$storlab_json" || echo "(some storlab workloads failed)" >&2
  kill -0 "$SL_PID" 2>/dev/null || { sl_dump_log; echo "storlabd died during the benchmark" >&2; }
  sl_stop
fi

python3 - "$tgt_json" "$storlab_json" "$out" "$runtime" <<'PY'
import json, sys
def load(path):
    rows = {}
    for line in open(path):
        line = line.strip()
        if line:
            r = json.loads(line)
            rows[r["workload"]] = r
    return rows
tgt, sl = load(sys.argv[1]), load(sys.argv[2])
names = list(dict.fromkeys(list(tgt) + list(sl)))
def ratio(a, b):
    return round(b / a, 3) if a and b is not None else None
def fmt(v, spec):
    return "-" if v is None else format(v, spec)
results = []
hdr = ("workload", "tgt IOPS", "storlab IOPS", "ratio", "tgt MB/s", "storlab MB/s", "ratio",
       "tgt lat_us", "storlab lat_us", "ratio", "tgt cpu_us/io", "storlab cpu_us/io")
print("\n%-20s %10s %12s %6s %9s %12s %6s %10s %14s %6s %13s %17s" % hdr)
for w in names:
    t, s = tgt.get(w, {}), sl.get(w, {})
    row = {"workload": w, "tgt": t or None, "storlab": s or None,
           "ratio": {"iops": ratio(t.get("iops"), s.get("iops")),
                     "mb_s": ratio(t.get("mb_s"), s.get("mb_s")),
                     # latency: storlab/tgt, so < 1 is better here, unlike the others
                     "lat_mean_us": ratio(t.get("lat_mean_us"), s.get("lat_mean_us"))}}
    results.append(row)
    r = row["ratio"]
    print("%-20s %10s %12s %6s %9s %12s %6s %10s %14s %6s %13s %17s" % (
        w, fmt(t.get("iops"), ".0f"), fmt(s.get("iops"), ".0f"), fmt(r["iops"], ".2f"),
        fmt(t.get("mb_s"), ".1f"), fmt(s.get("mb_s"), ".1f"), fmt(r["mb_s"], ".2f"),
        fmt(t.get("lat_mean_us"), ".1f"), fmt(s.get("lat_mean_us"), ".1f"), fmt(r["lat_mean_us"], ".2f"),
        fmt(t.get("target_cpu_us_per_io"), ".2f"), fmt(s.get("target_cpu_us_per_io"), ".2f")))
print("ratio = storlab / tgt (IOPS, MB/s: higher is better; latency: lower is better)")
doc = {"runtime_s": float(sys.argv[4]), "backing": "null", "results": results}
json.dump(doc, open(sys.argv[3], "w"), indent=2)
print("results written to", sys.argv[3])
PY
