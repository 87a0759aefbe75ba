#!/usr/bin/env bash
# run_tape_bench.sh - streaming tape benchmark, tgt vs storlabd (not a CTest
# test). Each target gets one SSC tape LUN with a fresh cartridge (tgt: a
# tgtimg cartridge via peer-tgt.sh start-tape; storlab: a storlab-media LTO-6
# cartridge). On each: REWIND, SIZE bytes of variable-length WRITE(6) blocks of
# BS bytes pipelined at queue depth QD + WRITE FILEMARKS, REWIND, the same
# blocks read back with READ(6) (+ the filemark), and the checksum of what was
# read must equal the checksum of what was written. The client is
# tests/clients/changer_cdbs.c (stream-write / stream-read). The targets run
# one after the other, never together: initiator and target share the CPUs.
# MB/s = 10^6 bytes/s; "write" includes the final WRITE FILEMARKS (the point
# where the data is acknowledged as durable), "write_data" does not.
set -euo pipefail

BENCH_NAME=run_tape_bench.sh
# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"
repo=$bench_repo
harness=$bench_harness

usage() {
  cat <<USAGE
usage: run_tape_bench.sh [options] [OUT.json]
  OUT.json           one JSON line per run is appended (default /tmp/storlab-tape-bench.json)
options:
  --size SIZE        bytes streamed each way, K/M/G suffix = KiB/MiB/GiB (default 2G)
  --bs BYTES         block size of each WRITE(6)/READ(6) (default 262144)
  --qd N             commands in flight (default 4)
  --storlabd PATH    storlabd binary (default: \$STORLABD, else $repo/build/release/daemon/storlabd)
  --media PATH       storlab-media (default: <storlabd dir>/../media/storlab-media)
  --cport N          tgtd control port index for the peer tgt (default 8; must be unused)
  --only tgt|storlab run one side only
Ports: 127.0.0.1 only; free ones, or \$BENCH_PORT_BASE + 0..1 when set.
Needs $harness/peer-tgt.sh, tgt (tgtd, tgtimg), libiscsi-dev and cc.
USAGE
}

storlabd=$bench_default_storlabd
media="" size=2G bs=262144 qd=4 cport=8 only="" out=/tmp/storlab-tape-bench.json
while (($#)); do
  case $1 in
    --size) size=$2; shift 2 ;;
    --bs) bs=$2; shift 2 ;;
    --qd) qd=$2; shift 2 ;;
    --storlabd) storlabd=$2; shift 2 ;;
    --media) media=$2; shift 2 ;;
    --cport) cport=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "run_tape_bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) out=$1; shift ;;
  esac
done
case $only in "" | tgt | storlab) ;; *) echo "run_tape_bench.sh: --only tgt|storlab" >&2; exit 2 ;; esac

to_bytes() {
  local v=$1 n
  n=${v%[KkMmGg]}
  [[ $n =~ ^[0-9]+$ ]] || { echo "run_tape_bench.sh: bad size '$v'" >&2; exit 2; }
  case $v in
    *[Kk]) echo $((n * 1024)) ;;
    *[Mm]) echo $((n * 1024 * 1024)) ;;
    *[Gg]) echo $((n * 1024 * 1024 * 1024)) ;;
    *) echo "$n" ;;
  esac
}
bytes=$(to_bytes "$size")
[[ $bs =~ ^[0-9]+$ ]] && ((bs > 0 && bs <= 8388608)) || { echo "run_tape_bench.sh: --bs 1..8388608" >&2; exit 2; }
[[ $qd =~ ^[0-9]+$ ]] && ((qd >= 1 && qd <= 64)) || { echo "run_tape_bench.sh: --qd 1..64" >&2; exit 2; }
blocks=$((bytes / bs))
((blocks > 0)) || { echo "run_tape_bench.sh: --size smaller than one block" >&2; exit 2; }
bytes=$((blocks * bs))
mib=$(((bytes + 1048575) / 1048576))
# Cartridges with room to spare (headers, filemark, early warning).
cart_mb=$((mib * 5 / 4 + 64))
# Each phase is bounded: a minute plus 5 MB/s worth of data.
limit=$((60 + bytes / 5000000))

[[ $only == storlab || -x $harness/peer-tgt.sh ]] ||
  { echo "run_tape_bench.sh: $harness/peer-tgt.sh not found (set STORLAB_HARNESS)" >&2; exit 2; }
if [[ $only != tgt ]]; then
  [[ -x $storlabd ]] || { echo "run_tape_bench.sh: storlabd '$storlabd' not found (scripts/build.sh release, or --storlabd PATH)" >&2; exit 2; }
  [[ -n $media ]] || media=$(dirname "$storlabd")/../media/storlab-media
  [[ -x $media ]] || { echo "run_tape_bench.sh: storlab-media '$media' not found (--media PATH)" >&2; exit 2; }
fi
command -v cc >/dev/null || { echo "run_tape_bench.sh: cc not found" >&2; exit 2; }
[[ -f /usr/include/iscsi/iscsi.h ]] || { echo "run_tape_bench.sh: libiscsi-dev not installed" >&2; exit 2; }

bench_init "$storlabd" "$only"

tool=$SL_TMP/changer_cdbs
cc -O2 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$tool" "$repo/tests/clients/changer_cdbs.c" -liscsi ||
  { echo "run_tape_bench.sh: cannot build changer_cdbs.c" >&2; exit 1; }

hz=$(getconf CLK_TCK)

results=$SL_TMP/results.jsonl
failed=0
: >"$results"

# run_pass LABEL URL PID: write, then read back; appends one JSON line to $results.
run_pass() {
  local label=$1 url=$2 pid=$3 w r c0 c1 c2 wline rline wsum rsum t0 t1 fm
  echo "--- $label: write $blocks x $bs B (QD $qd) + filemark"
  c0=$(bench_cpu_ticks "$pid")
  w=$(STREAM_QD=$qd timeout --kill-after=5 "$limit" "$tool" "$url" ready rewind clock \
    stream-write "$blocks" "$bs" wfm 1 clock 2>&1) || { printf '%s\n' "$w" >&2; echo "$label: write pass failed" >&2; return 1; }
  c1=$(bench_cpu_ticks "$pid")
  printf '%s\n' "$w" | sed 's/^/    /'
  wline=$(grep '^STREAM write ' <<<"$w") || { echo "$label: write did not complete" >&2; return 1; }
  [[ $(sed -n 1p <<<"$w") == READY && $(sed -n 2p <<<"$w") == GOOD ]] || { echo "$label: not ready / rewind failed" >&2; return 1; }
  [[ $(grep -A1 '^STREAM write ' <<<"$w" | sed -n 2p) == GOOD ]] || { echo "$label: WRITE FILEMARKS failed" >&2; return 1; }
  t0=$(grep '^CLOCK ' <<<"$w" | sed -n 1p | cut -d' ' -f2)
  t1=$(grep '^CLOCK ' <<<"$w" | sed -n 2p | cut -d' ' -f2)
  echo "--- $label: rewind, read back"
  r=$(STREAM_QD=$qd timeout --kill-after=5 "$limit" "$tool" "$url" ready rewind \
    stream-read "$blocks" "$bs" read "$bs" 0 2>&1) || { printf '%s\n' "$r" >&2; echo "$label: read pass failed" >&2; return 1; }
  c2=$(bench_cpu_ticks "$pid")
  printf '%s\n' "$r" | sed 's/^/    /'
  rline=$(grep '^STREAM read ' <<<"$r") || { echo "$label: read did not complete" >&2; return 1; }
  wsum=$(awk '{print $7}' <<<"$wline")
  rsum=$(awk '{print $7}' <<<"$rline")
  [[ $wsum == "$rsum" ]] || { echo "$label: CHECKSUM MISMATCH: wrote $wsum, read $rsum" >&2; return 1; }
  fm=false
  grep -q '^SENSE 0/00/01 FM' <<<"$(grep -A1 '^STREAM read ' <<<"$r" | sed -n 2p)" && fm=true
  $fm || echo "$label: warning: the READ after the data did not report the filemark" >&2
  python3 - "$label" "$wline" "$rline" "$t0" "$t1" "$((c1 - c0))" "$((c2 - c1))" "$hz" "$fm" >>"$results" <<'PY'
import json, sys
label, w, r, t0, t1, cw, cr, hz, fm = sys.argv[1:]
w, r = w.split(), r.split()
nbytes = float(w[3])
wall_w = float(t1) - float(t0)
print(json.dumps({
    "target": label, "bytes": int(nbytes), "blocks": int(w[2]),
    "write_mb_s": round(nbytes / wall_w / 1e6, 1), "write_s": round(wall_w, 3),
    "write_data_mb_s": float(w[5]), "read_mb_s": float(r[5]), "read_s": float(r[4]),
    "checksum": w[6], "checksum_ok": w[6] == r[6], "filemark_read": fm == "true",
    "target_cpu_s_write": round(int(cw) / int(hz), 2), "target_cpu_s_read": round(int(cr) / int(hz), 2)}))
PY
}

if [[ $only != storlab ]]; then
  bench_tgt_start "$cport" start-tape --size "$cart_mb"
  echo "=== tgt (ssc, tgtimg cartridge ${cart_mb} MB) on 127.0.0.1:$BENCH_TGT_PORT, control port $cport"
  run_pass tgt "iscsi://127.0.0.1:$BENCH_TGT_PORT/iqn.2026-11.test.peer:tape1/1" "$BENCH_TGT_PID" ||
    { failed=1; echo "(tgt pass failed)" >&2; }
  bench_tgt_stop
fi

if [[ $only != tgt ]]; then
  iqn=iqn.2026-11.lab.storlab:tape-bench
  mkdir -p "$SL_TMP/media"
  cart=$SL_TMP/media/B00001L6.tape
  timeout 60 "$media" tape create --type LTO-6 --barcode B00001L6 --capacity "${cart_mb}M" "$cart" >/dev/null ||
    { echo "could not create the storlab cartridge" >&2; exit 1; }
  cfg=$SL_TMP/tape-bench.json
  sl_config "$cfg" "{\"schema\":1,\"targets\":[{\"iqn\":\"$iqn\",\"luns\":[
    {\"lun\":1,\"type\":\"tape\",\"path\":\"$cart\",\"options\":{\"generation\":\"LTO-6\"}}]}]}"
  bench_storlab_start "$cfg"
  echo "=== storlabd (LTO-6 cartridge ${cart_mb} MiB) pid $SL_PID on 127.0.0.1:$SL_PORT"
  run_pass storlab "$(sl_url "$iqn" 1)" "$SL_PID" || { failed=1; sl_dump_log; echo "(storlab pass failed)" >&2; }
  bench_storlab_stop
fi

python3 - "$results" "$out" "$bytes" "$bs" "$qd" <<'PY'
import json, os, sys, time
res = {}
for line in open(sys.argv[1]):
    if line.strip():
        r = json.loads(line)
        res[r["target"]] = r
t, s = res.get("tgt", {}), res.get("storlab", {})
def ratio(a, b):
    return round(b / a, 3) if a and b else None
def fmt(v, spec):
    return "-" if v is None else format(v, spec)
nbytes, bs, qd = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print("\ntape streaming, %d MiB in %d KiB variable blocks, QD %d (MB/s = 10^6 B/s)" % (nbytes >> 20, bs >> 10, qd))
print("%-26s %10s %13s %7s" % ("workload", "tgt MB/s", "storlab MB/s", "ratio"))
rows = []
for key, name in (("write_mb_s", "write (incl. filemark)"), ("write_data_mb_s", "write (data only)"),
                  ("read_mb_s", "read")):
    a, b = t.get(key), s.get(key)
    rows.append({"workload": key, "tgt": a, "storlab": b, "ratio": ratio(a, b)})
    print("%-26s %10s %13s %7s" % (name, fmt(a, ".1f"), fmt(b, ".1f"), fmt(ratio(a, b), ".2f")))
for side, r in (("tgt", t), ("storlab", s)):
    if r:
        print("%-8s checksum %s %s, target CPU s write %.2f / read %.2f" % (
            side, r["checksum"], "OK" if r["checksum_ok"] else "MISMATCH",
            r["target_cpu_s_write"], r["target_cpu_s_read"]))
print("ratio = storlab / tgt (higher is better)")
doc = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "bytes": nbytes, "block_size": bs, "queue_depth": qd,
       "loadavg": os.getloadavg()[0], "tgt": t or None, "storlab": s or None, "results": rows}
with open(sys.argv[2], "a") as f:
    f.write(json.dumps(doc) + "\n")
print("results appended to", sys.argv[2])
ok = all(r.get("checksum_ok") for r in (t, s) if r)
sys.exit(0 if ok and (t or s) else 1)
PY
exit "$failed"
