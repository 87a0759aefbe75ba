#!/usr/bin/env bash
# run_bench.sh - tgt and storlabd side by side (not a CTest test). One run,
# every section bounded in time, everything on 127.0.0.1, the targets one
# after the other (initiator and target share this machine's CPUs):
#   main      null backing store on both: 4K random QD32/QD1, 256K sequential
#             QD8 (shared/harness/perf.sh, fio's libiscsi engine); with
#             --rounds N, tgt and storlabd alternate N times and the report
#             takes each workload's median (a VM's neighbours come and go)
#   latency   null store, 4K random read at QD1, tgt and storlabd alternating
#             for 3 rounds each: the median (p50) and p99 of the per-I/O
#             latency from fio's percentiles (perf.sh reports the mean only)
#   sessions  null store, 4K random read/write at QD32 split over 2 sessions
#             (fio numjobs=2, iodepth=16): one fio thread saturates a core
#             at QD32, so this shows the targets rather than the initiator
#   initiator 4K random read/write at QD32 on one session again, with the
#             initiator's own CPU time: fio's libiscsi engine is one thread,
#             so 1 s / its CPU time per I/O bounds what any target can reach
#   loopback  the loopback TCP copy rate (loopback_tcp.c, 256 KiB blocks):
#             the ceiling the seq rows are compared with
#   scaling   storlabd alone: 1 session on 1 reactor vs 4 sessions (fio jobs)
#             on 2 reactors, 4K random read QD32 each
#   stores    a file in /tmp: tgt's aio store vs storlab's aio and uring
#             stores, 4K random read/write QD32 (range prefilled first)
#   alloc     heap allocations per I/O inside storlabd (alloc_per_io.sh), on
#             the null store and on the rdwr store (a sparse file in /tmp)
#   idle      memory per idle session (idle_session_mem.sh)
# Prints one table and writes one JSON file per run (commit, machine, every
# number) so runs compare across commits. See tests/bench/README.md.
set -euo pipefail

BENCH_NAME=run_bench.sh
# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"
repo=$bench_repo
harness=$bench_harness
all_sections=main,latency,sessions,initiator,loopback,scaling,stores,alloc,idle

usage() {
  cat <<USAGE
usage: run_bench.sh [options] [OUT.json]
  OUT.json           the run's JSON (default $repo/build/bench/bench-<commit>-<date>.json)
options:
  --storlabd PATH    storlabd binary (default: \$STORLABD, else $repo/build/release/daemon/storlabd)
  --runtime SEC      seconds per workload (default 10)
  --rounds N         main section: tgt and storlabd alternate N times (default 1)
  --workloads LIST   main section, passed to perf.sh (default: its full set)
  --sections LIST    comma list of $all_sections (default: all)
  --cport N          tgtd control port index for the peer tgt (default 7; must be unused)
  --no-fio-build     do not build fio with libiscsi (perf.sh then uses qemu-img bench;
                     scaling, alloc and idle need fio and are skipped)
  --only tgt|storlab run one side only
Ports: 127.0.0.1 only; free ones, or \$BENCH_PORT_BASE + 0..2 when set.
Needs the harness in $harness (peer-tgt.sh, perf.sh, build-fio.sh).
USAGE
}

storlabd=$bench_default_storlabd
runtime=10 rounds=1 workloads="" cport=7 build_fio=1 only="" out="" sections=$all_sections
while (($#)); do
  case $1 in
    --storlabd) storlabd=$2; shift 2 ;;
    --runtime) runtime=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    --sections) sections=$2; shift 2 ;;
    --cport) cport=$2; shift 2 ;;
    --no-fio-build) build_fio=0; shift ;;
    --only) only=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "run_bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out=$1; shift ;;
  esac
done
case $only in "" | tgt | storlab) ;; *) bench_die "--only tgt|storlab" ;; esac
[[ $runtime =~ ^[0-9]+$ ]] && ((runtime >= 1 && runtime <= 120)) || bench_die "--runtime 1..120"
[[ $rounds =~ ^[0-9]+$ ]] && ((rounds >= 1 && rounds <= 9)) || bench_die "--rounds 1..9"
for s in ${sections//,/ }; do
  [[ ,$all_sections, == *,$s,* ]] || bench_die "unknown section '$s' (known: $all_sections)"
done
want() { [[ ,$sections, == *,$1,* ]]; }
bench_need_harness peer-tgt.sh perf.sh
[[ $only == tgt || -x $storlabd ]] || bench_die "storlabd '$storlabd' not found (--storlabd PATH)"
storlabd=$(realpath "$storlabd")

commit=$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
[[ -n $out ]] || out=$repo/build/bench/bench-$commit-$stamp.json
mkdir -p "$(dirname "$out")"

bench_init "$storlabd" "$only"
data=$SL_TMP/data # one JSON-lines file per section, merged by bench_report.py
mkdir -p "$data"
python3 "$repo/tests/bench/bench_machine.py" "$repo" "$storlabd" "$runtime" >"$data/machine.json"
bench_cpu_jiffies >"$data/cpu-start" # the run's steal share, with cpu-end (bench_report.py)

fio_bin=""
if ((build_fio)) && [[ -x $harness/build-fio.sh ]]; then
  # fio with the libiscsi engine gives real random patterns and latencies;
  # the build (~30 s, once) lands in /tmp/storlab-fio.
  if fio_bin=$("$harness/build-fio.sh" 2>"$SL_TMP/build-fio.log"); then
    :
  else
    fio_bin=""
    echo "building fio failed (see below); perf.sh falls back to qemu-img bench" >&2
    tail -n 20 "$SL_TMP/build-fio.log" >&2
  fi
fi
perf_args=(--runtime "$runtime")
[[ -z $fio_bin ]] || perf_args+=(--fio "$fio_bin")

null_config() {
  sl_config "$1" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null "$SL_TMP/null.img" 1T 512)")"
}

# ---------------------------------------------------------------- main
if want main; then
  for ((round = 1; round <= rounds; round++)); do
    if [[ $only != storlab ]]; then
      bench_tgt_start "$cport" start --bstype null
      echo "=== round $round/$rounds: tgt (null store) pid $BENCH_TGT_PID on 127.0.0.1:$BENCH_TGT_PORT, control port $cport"
      "$harness/perf.sh" "${perf_args[@]}" ${workloads:+--workloads "$workloads"} --target-pid "$BENCH_TGT_PID" \
        --label tgt "iscsi://127.0.0.1:$BENCH_TGT_PORT/iqn.2026-11.test.peer:disk1/1" "$data/main-tgt.jsonl" ||
        echo "(some tgt workloads failed)" >&2
      bench_tgt_stop
    fi
    if [[ $only != tgt ]]; then
      null_config "$SL_TMP/null.json"
      bench_storlab_start "$SL_TMP/null.json"
      echo "=== round $round/$rounds: storlabd (null store) pid $SL_PID on 127.0.0.1:$SL_PORT"
      "$harness/perf.sh" "${perf_args[@]}" ${workloads:+--workloads "$workloads"} --target-pid "$SL_PID" \
        --label storlab "$(sl_url "$SL_IQN" 1)" "$data/main-storlab.jsonl" || echo "(some storlab workloads failed)" >&2
      bench_storlab_stop
    fi
  done
fi

# fio_libiscsi NAME URL WHAT ARGS...: one bounded fio run of 4K I/O with the
# libiscsi engine on URL for $runtime s, its JSON in $SL_TMP/NAME.json; on
# failure prints fio's output and "(fio WHAT failed)" and returns 1.
fio_libiscsi() {
  local name=$1 url=$2 what=$3
  shift 3
  timeout $((runtime + 60)) "$fio_bin" --name="$name" --ioengine=libiscsi --filename="${url//:/\\:}" --bs=4k \
    --runtime="$runtime" --time_based --randrepeat=0 "$@" \
    --output-format=json --output="$SL_TMP/$name.json" >"$SL_TMP/$name.out" 2>&1 ||
    { cat "$SL_TMP/$name.out" >&2; echo "(fio $what failed)" >&2; return 1; }
}

# on_null_targets WHAT FUNC OUT: FUNC URL LABEL RW OUT for 4K random read and
# then write, against tgt and then storlabd, each with a null store.
on_null_targets() {
  local what=$1 func=$2 dest=$3 rw
  if [[ $only != storlab ]]; then
    bench_tgt_start "$cport" start --bstype null
    echo "=== tgt (null store): $what"
    for rw in randread randwrite; do
      "$func" "iscsi://127.0.0.1:$BENCH_TGT_PORT/iqn.2026-11.test.peer:disk1/1" tgt "$rw" "$dest"
    done
    bench_tgt_stop
  fi
  if [[ $only != tgt ]]; then
    null_config "$SL_TMP/null.json"
    bench_storlab_start "$SL_TMP/null.json"
    echo "=== storlabd (null store): $what"
    for rw in randread randwrite; do
      "$func" "$(sl_url "$SL_IQN" 1)" storlab "$rw" "$dest"
    done
    bench_storlab_stop
  fi
}

# ---------------------------------------------------------------- latency
# fio_latency URL LABEL ROUND OUT: 4K random reads at QD1 for $runtime s;
# appends {"label", "round", "iops", "lat_p50_us", "lat_p99_us", "lat_mean_us"}
# to OUT (latency = submission to completion, fio's lat_ns with percentiles).
fio_latency() {
  local url=$1 label=$2 round=$3 dest=$4
  fio_libiscsi qd1 "$url" "QD1 against $label" --rw=randread --iodepth=1 --lat_percentiles=1 \
    --percentile_list=50:99 || return 0
  python3 - "$SL_TMP/qd1.json" "$label" "$round" >>"$dest" <<'PY'
import json, sys
read = json.load(open(sys.argv[1]))["jobs"][0]["read"]
pct = read["lat_ns"]["percentile"]
print(json.dumps({"label": sys.argv[2], "round": int(sys.argv[3]), "iops": round(read["iops"], 1),
                  "lat_p50_us": round(pct["50.000000"] / 1000, 1), "lat_p99_us": round(pct["99.000000"] / 1000, 1),
                  "lat_mean_us": round(read["lat_ns"]["mean"] / 1000, 1)}))
PY
}

if want latency; then
  if [[ -z $fio_bin ]]; then
    echo "(latency skipped: needs fio with the libiscsi engine)" >&2
  else
    # Alternating rounds spread slow drifts of the machine over both targets.
    for round in 1 2 3; do
      if [[ $only != storlab ]]; then
        bench_tgt_start "$cport" start --bstype null
        echo "=== latency round $round: tgt (null store), randread 4K QD1"
        fio_latency "iscsi://127.0.0.1:$BENCH_TGT_PORT/iqn.2026-11.test.peer:disk1/1" tgt "$round" "$data/latency.jsonl"
        bench_tgt_stop
      fi
      if [[ $only != tgt ]]; then
        null_config "$SL_TMP/null.json"
        bench_storlab_start "$SL_TMP/null.json"
        echo "=== latency round $round: storlabd (null store), randread 4K QD1"
        fio_latency "$(sl_url "$SL_IQN" 1)" storlab "$round" "$data/latency.jsonl"
        bench_storlab_stop
      fi
    done
  fi
fi

# ---------------------------------------------------------------- sessions
# fio_two_sessions URL LABEL RW OUT: RW 4K at QD16 on each of 2 sessions;
# appends {"label", "rw", "iops"} to OUT.
fio_two_sessions() {
  local url=$1 label=$2 rw=$3 dest=$4
  fio_libiscsi two "$url" "$rw on 2 sessions against $label" --rw="$rw" --iodepth=16 --numjobs=2 \
    --group_reporting || return 0
  python3 - "$SL_TMP/two.json" "$label" "$rw" >>"$dest" <<'PY'
import json, sys
job = json.load(open(sys.argv[1]))["jobs"][0]
side = "read" if "read" in sys.argv[3] else "write"
print(json.dumps({"label": sys.argv[2], "rw": sys.argv[3], "iops": round(job[side]["iops"], 1)}))
PY
}

if want sessions; then
  if [[ -z $fio_bin ]]; then
    echo "(sessions skipped: needs fio with the libiscsi engine)" >&2
  else
    on_null_targets "4K random read/write, QD32 over 2 sessions" fio_two_sessions "$data/sessions.jsonl"
  fi
fi

# ---------------------------------------------------------------- initiator
# fio_initiator URL LABEL RW OUT: the main section's RW 4K QD32 on one session,
# with fio's own CPU time (usr + sys of the job) and the machine's steal time;
# appends {"label", "rw", "iops", "initiator_cpu_pct", "initiator_us_per_io",
# "steal_pct"} to OUT.
fio_initiator() {
  local url=$1 label=$2 rw=$3 dest=$4 before
  before=$(bench_cpu_jiffies)
  fio_libiscsi initiator "$url" "$rw at QD32 against $label" --rw="$rw" --iodepth=32 || return 0
  python3 - "$SL_TMP/initiator.json" "$label" "$rw" "$before" "$(bench_cpu_jiffies)" >>"$dest" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
job = doc["jobs"][0]
side = "read" if "read" in sys.argv[3] else "write"
iops = job[side]["iops"]
cpu_pct = job["usr_cpu"] + job["sys_cpu"]   # % of one CPU over the job's run time
(steal0, total0), (steal1, total1) = (map(int, a.split()) for a in sys.argv[4:6])
print(json.dumps({"label": sys.argv[2], "rw": sys.argv[3], "iops": round(iops, 1),
                  "initiator_cpu_pct": round(cpu_pct, 1),
                  "initiator_us_per_io": round(cpu_pct / 100 * 1e6 / iops, 2) if iops else None,
                  "steal_pct": round(100 * (steal1 - steal0) / max(1, total1 - total0), 1)}))
PY
}

if want initiator; then
  if [[ -z $fio_bin ]]; then
    echo "(initiator skipped: needs fio with the libiscsi engine)" >&2
  else
    on_null_targets "initiator CPU per I/O, 4K random read/write QD32, one session" fio_initiator "$data/initiator.jsonl"
  fi
fi

# ---------------------------------------------------------------- loopback
if want loopback; then
  echo "=== loopback TCP copy rate (256 KiB blocks, $runtime s)"
  loop_bin=$SL_TMP/loopback_tcp
  if cc -O2 -std=c11 -pthread -o "$loop_bin" "$repo/tests/bench/loopback_tcp.c"; then
    line=$(timeout $((runtime + 30)) "$loop_bin" "$(bench_port 2)" "$runtime" 262144) || line=""
    echo "    $line"
    read -r _ bytes secs mbs <<<"$line" || true
    [[ -z $line ]] || printf '{"bytes": %s, "seconds": %s, "mb_s": %s, "block": 262144}\n' \
      "$bytes" "$secs" "$mbs" >"$data/loopback.jsonl"
  else
    echo "(cannot build loopback_tcp.c: no C compiler?)" >&2
  fi
fi

# ---------------------------------------------------------------- scaling
# fio_sessions URL JOBS OUT: JOBS fio jobs (each its own iSCSI session) of
# 4K random reads at QD32; appends {"jobs", "iops", "target_cpu_s"} to OUT.
fio_sessions() {
  local url=$1 jobs=$2 dest=$3 c0 c1
  c0=$(bench_cpu_ticks "$SL_PID")
  fio_libiscsi scale "$url" "with $jobs sessions" --rw=randread --iodepth=32 --numjobs="$jobs" \
    --group_reporting || return 0
  c1=$(bench_cpu_ticks "$SL_PID")
  python3 - "$SL_TMP/scale.json" "$jobs" "$((c1 - c0))" "$(getconf CLK_TCK)" "$4" >>"$dest" <<'PY'
import json, sys
job = json.load(open(sys.argv[1]))["jobs"][0]
print(json.dumps({"sessions": int(sys.argv[2]), "reactors": int(sys.argv[5]), "iops": round(job["read"]["iops"], 1),
                  "lat_mean_us": round(job["read"]["lat_ns"]["mean"] / 1000, 1),
                  "target_cpu_s": round(int(sys.argv[3]) / int(sys.argv[4]), 2)}))
PY
}

if want scaling && [[ $only != tgt ]]; then
  if [[ -z $fio_bin ]]; then
    echo "(scaling skipped: needs fio with the libiscsi engine)" >&2
  else
    null_config "$SL_TMP/null.json"
    for spec in "1 1" "2 4"; do
      read -r reactors jobs <<<"$spec"
      bench_storlab_start "$SL_TMP/null.json" --reactors "$reactors"
      echo "=== scaling: storlabd --reactors $reactors, $jobs session(s), randread 4K QD32 each"
      fio_sessions "$(sl_url "$SL_IQN" 1)" "$jobs" "$data/scaling.jsonl" "$reactors"
      bench_storlab_stop
    done
  fi
fi

# ---------------------------------------------------------------- stores
if want stores; then
  store_args=(--runtime "$runtime" --workloads randread-4k-qd32,randwrite-4k-qd32 --size 256M --prefill)
  [[ -z $fio_bin ]] || store_args+=(--fio "$fio_bin")
  if [[ $only != storlab ]]; then
    bench_tgt_start "$cport" start --bstype aio --size 1G
    echo "=== tgt (aio store, 1 GiB file in $SL_TMP/tgt) pid $BENCH_TGT_PID"
    "$harness/perf.sh" "${store_args[@]}" --target-pid "$BENCH_TGT_PID" --label tgt-aio \
      "iscsi://127.0.0.1:$BENCH_TGT_PORT/iqn.2026-11.test.peer:disk1/1" "$data/stores.jsonl" ||
      echo "(some tgt aio workloads failed)" >&2
    bench_tgt_stop
    rm -rf "$SL_TMP/tgt"
  fi
  if [[ $only != tgt ]]; then
    for store in aio uring; do
      cfg=$SL_TMP/$store.json
      sl_config "$cfg" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 "$store" "$SL_TMP/$store.img" 1G 512)")"
      SL_PID="" # a store this build lacks fails to start: report it, go on
      SL_PORT=$(bench_port 1)
      if ! sl_try_start "$cfg"; then
        echo "(storlab $store store unavailable here)" >&2
        continue
      fi
      echo "=== storlabd ($store store, 1 GiB file in $SL_TMP) pid $SL_PID"
      "$harness/perf.sh" "${store_args[@]}" --target-pid "$SL_PID" --label "storlab-$store" \
        "$(sl_url "$SL_IQN" 1)" "$data/stores.jsonl" || echo "(some storlab $store workloads failed)" >&2
      bench_storlab_stop
      rm -f "$SL_TMP/$store.img"
    done
  fi
fi

# ---------------------------------------------------------------- alloc, idle
# Engineer D's tools (tests/bench/README.md); each writes one JSON document.
if want alloc && [[ $only != tgt ]]; then
  if [[ -z $fio_bin ]]; then
    echo "(alloc skipped: needs fio with the libiscsi engine)" >&2
  elif [[ -x $repo/tests/bench/alloc_per_io.sh ]]; then
    # null: the iSCSI/SCSI path alone; rdwr: plus the worker-pool store (a
    # sparse file in /tmp). alloc.json keeps its name so runs compare.
    for store in null rdwr; do
      echo "=== allocations per I/O in storlabd ($store store)"
      alloc_json=$data/alloc.json
      [[ $store == null ]] || alloc_json=$data/alloc-$store.json
      timeout 300 "$repo/tests/bench/alloc_per_io.sh" --storlabd "$storlabd" --fio "$fio_bin" --store "$store" \
        --workloads randread-4k-qd32,randwrite-4k-qd32,seqread-256k-qd8,seqwrite-256k-qd8 "$alloc_json" ||
        echo "(alloc_per_io.sh --store $store failed)" >&2
    done
  fi
fi
if want idle && [[ $only != tgt ]]; then
  if [[ -x $repo/tests/bench/idle_session_mem.sh ]]; then
    echo "=== memory per idle session in storlabd"
    timeout 300 "$repo/tests/bench/idle_session_mem.sh" --storlabd "$storlabd" "$data/idle.json" ||
      echo "(idle_session_mem.sh failed)" >&2
  fi
fi

bench_cpu_jiffies >"$data/cpu-end"
python3 "$repo/tests/bench/bench_report.py" "$data" "$out"
