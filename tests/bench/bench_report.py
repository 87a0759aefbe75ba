#!/usr/bin/env python3
"""bench_report.py DATA_DIR OUT.json - merges the section files run_bench.sh
wrote into DATA_DIR, prints the tables and writes one JSON document.

Ratios are storlab / tgt: higher is better for IOPS and MB/s, lower is better
for latency and CPU per I/O. "goal" is issue #8's target for the row
(informational: benchmarks print ratios, they do not fail)."""
import json, os, sys, time

data_dir, out_path = sys.argv[1], sys.argv[2]


def path(name):
    return os.path.join(data_dir, name)


def load_lines(name):
    rows = []
    if os.path.exists(path(name)):
        for line in open(path(name)):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def load_doc(name):
    try:
        return json.load(open(path(name)))
    except (OSError, ValueError):
        return None


def ratio(a, b):
    return round(b / a, 3) if a and b is not None else None


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def verdict(ok):
    return "-" if ok is None else ("met" if ok else "MISSED")


doc = load_doc("machine.json") or {}
doc["machine"] = doc.get("machine", {})
doc["machine"]["loadavg_end"] = list(os.getloadavg())

# ------------------------------------------------------------ loopback
loop = (load_lines("loopback.jsonl") or [None])[0]
loop_mb = loop["mb_s"] if loop else None
doc["loopback"] = loop

# ------------------------------------------------------------ main
def median(values):
    v = sorted(x for x in values if x is not None)
    return None if not v else (v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2)


def median_rows(rows):
    # One row per workload: the median of each number over the rounds
    # (run_bench.sh --rounds); "rounds" counts them, "round_iops" lists their IOPS.
    by = {}
    for r in rows:
        by.setdefault(r["workload"], []).append(r)
    merged = {}
    for w, runs in by.items():
        m = dict(runs[0])
        for k in ("iops", "mb_s", "lat_mean_us", "target_cpu_us_per_io", "target_cpu_pct", "host_busy_pct"):
            m[k] = median([r.get(k) for r in runs])
        m["rounds"] = len(runs)
        if len(runs) > 1:
            m["round_iops"] = [r.get("iops") for r in runs]
        merged[w] = m
    return merged


tgt = median_rows(load_lines("main-tgt.jsonl"))
sl = median_rows(load_lines("main-storlab.jsonl"))
GOALS = {  # workload -> (what, test(row) -> bool or None)
    "randread-4k-qd32": ("IOPS >= 2.0x", lambda r: r["ratio"]["iops"] >= 2.0),
    "randwrite-4k-qd32": ("IOPS >= 2.0x", lambda r: r["ratio"]["iops"] >= 2.0),
    "seqread-256k-qd8": ("MB/s >= 1.3x, >= 60% loopback",
                         lambda r: r["ratio"]["mb_s"] >= 1.3 and (r["storlab_pct_loopback"] or 0) >= 60),
    "seqwrite-256k-qd8": ("MB/s >= 1.3x, >= 60% loopback",
                          lambda r: r["ratio"]["mb_s"] >= 1.3 and (r["storlab_pct_loopback"] or 0) >= 60),
}
main_rows = []
for w in dict.fromkeys(list(tgt) + list(sl)):
    t, s = tgt.get(w, {}), sl.get(w, {})
    row = {"workload": w, "tgt": t or None, "storlab": s or None,
           "ratio": {"iops": ratio(t.get("iops"), s.get("iops")),
                     "mb_s": ratio(t.get("mb_s"), s.get("mb_s")),
                     "lat_mean_us": ratio(t.get("lat_mean_us"), s.get("lat_mean_us")),
                     "cpu_us_per_io": ratio(t.get("target_cpu_us_per_io"), s.get("target_cpu_us_per_io"))},
           "tgt_pct_loopback": None, "storlab_pct_loopback": None, "goal": None, "goal_met": None}
    if w.startswith("seq") and loop_mb:
        for side, r in (("tgt", t), ("storlab", s)):
            if r.get("mb_s") is not None:
                row[side + "_pct_loopback"] = round(100 * r["mb_s"] / loop_mb, 1)
    if w in GOALS and t and s:
        row["goal"] = GOALS[w][0]
        try:
            row["goal_met"] = bool(GOALS[w][1](row))
        except TypeError:
            row["goal_met"] = None
    main_rows.append(row)
doc["results"] = main_rows

if main_rows:
    nrounds = max([(r["storlab"] or r["tgt"] or {}).get("rounds", 1) for r in main_rows])
    print("\nnull backing store, storlab vs tgt (ratio = storlab / tgt; MB/s = 10^6 B/s)%s" % (
        "; median of %d alternating rounds" % nrounds if nrounds > 1 else ""))
    hdr = ("workload", "tgt IOPS", "storlab IOPS", "ratio", "tgt MB/s", "storlab MB/s", "ratio", "% loopback",
           "tgt lat_us", "storlab lat_us", "ratio", "tgt cpu_us/io", "storlab cpu_us/io", "goal")
    line = "%-18s %9s %12s %6s %9s %12s %6s %11s %10s %14s %6s %13s %17s  %s"
    print(line % hdr)
    for r in main_rows:
        t, s, q = r["tgt"] or {}, r["storlab"] or {}, r["ratio"]
        pct = "-" if r["storlab_pct_loopback"] is None else "%s / %s" % (
            fmt(r["tgt_pct_loopback"], ".0f"), fmt(r["storlab_pct_loopback"], ".0f"))
        print(line % (r["workload"], fmt(t.get("iops"), ".0f"), fmt(s.get("iops"), ".0f"), fmt(q["iops"], ".2f"),
                      fmt(t.get("mb_s"), ".1f"), fmt(s.get("mb_s"), ".1f"), fmt(q["mb_s"], ".2f"), pct,
                      fmt(t.get("lat_mean_us"), ".1f"), fmt(s.get("lat_mean_us"), ".1f"), fmt(q["lat_mean_us"], ".2f"),
                      fmt(t.get("target_cpu_us_per_io"), ".2f"), fmt(s.get("target_cpu_us_per_io"), ".2f"),
                      "" if r["goal"] is None else "%s: %s" % (r["goal"], verdict(r["goal_met"]))))
    print("% loopback = tgt / storlab MB/s as a share of the loopback TCP copy rate below")
if loop:
    print("\nloopback TCP copy rate (one connection, 256 KiB blocks, %.1f s): %.1f MB/s" % (loop["seconds"], loop["mb_s"]))

# ------------------------------------------------------------ latency
# Issue #8's QD1 goal is on the median: each target's median over its rounds
# of fio's per-round p50 (and the same for p99 and IOPS).
lat = load_lines("latency.jsonl")
doc["latency"] = None
if lat:
    sides = {}
    for label in ("tgt", "storlab"):
        runs = [r for r in lat if r["label"] == label]
        sides[label] = {k: median([r[k] for r in runs]) for k in ("lat_p50_us", "lat_p99_us", "lat_mean_us", "iops")}
        sides[label]["rounds"] = len(runs)
    p50 = ratio(sides["tgt"]["lat_p50_us"], sides["storlab"]["lat_p50_us"])
    doc["latency"] = {"runs": lat, "tgt": sides["tgt"], "storlab": sides["storlab"], "ratio_p50": p50,
                      "goal": "median latency < tgt", "goal_met": None if p50 is None else p50 < 1.0}
    print("\n4K random read at QD1, null store, tgt and storlab alternating (median of %d / %d rounds)" % (
        sides["tgt"]["rounds"], sides["storlab"]["rounds"]))
    line = "%-8s %10s %10s %11s %9s"
    print(line % ("", "p50 us", "p99 us", "mean us", "IOPS"))
    for label in ("tgt", "storlab"):
        x = sides[label]
        print(line % (label, fmt(x["lat_p50_us"], ".1f"), fmt(x["lat_p99_us"], ".1f"), fmt(x["lat_mean_us"], ".1f"),
                      fmt(x["iops"], ".0f")))
    print("ratio of medians storlab/tgt: %s (goal < 1.0: %s)" % (fmt(p50, ".2f"), verdict(doc["latency"]["goal_met"])))

# ------------------------------------------------------------ sessions
two = load_lines("sessions.jsonl")
doc["sessions"] = None
if two:
    rows = []
    print("\n4K random, QD32 split over 2 sessions (fio numjobs=2, iodepth=16), null store")
    print("%-10s %10s %12s %6s" % ("", "tgt IOPS", "storlab IOPS", "ratio"))
    for rw in dict.fromkeys(r["rw"] for r in two):
        t = next((r["iops"] for r in two if r["rw"] == rw and r["label"] == "tgt"), None)
        s = next((r["iops"] for r in two if r["rw"] == rw and r["label"] == "storlab"), None)
        rows.append({"rw": rw, "tgt_iops": t, "storlab_iops": s, "ratio": ratio(t, s)})
        print("%-10s %10s %12s %6s" % (rw, fmt(t, ".0f"), fmt(s, ".0f"), fmt(rows[-1]["ratio"], ".2f")))
    doc["sessions"] = rows

# ------------------------------------------------------------ initiator
# fio's libiscsi engine runs in one thread: at C us of its CPU per I/O it
# cannot pass 1e6 / C IOPS against any target. With storlab's (lower) C, that
# bound over tgt's IOPS is the highest single-session ratio this initiator can
# show on this machine.
ini = load_lines("initiator.jsonl")
doc["initiator"] = None
if ini:
    rows = []
    print("\n4K random QD32 on one session again: the initiator's CPU (fio libiscsi, one thread), null store")
    line = "%-10s %-8s %10s %15s %13s %18s %7s"
    print(line % ("", "target", "IOPS", "initiator cpu%", "init. us/IO", "initiator bound", "steal%"))
    for rw in dict.fromkeys(r["rw"] for r in ini):
        t = next((r for r in ini if r["rw"] == rw and r["label"] == "tgt"), None)
        s = next((r for r in ini if r["rw"] == rw and r["label"] == "storlab"), None)
        for r in (t, s):
            if r:
                r["bound_iops"] = round(1e6 / r["initiator_us_per_io"]) if r.get("initiator_us_per_io") else None
                print(line % (rw, r["label"], fmt(r["iops"], ".0f"), fmt(r["initiator_cpu_pct"], ".1f"),
                              fmt(r["initiator_us_per_io"], ".2f"), fmt(r["bound_iops"], ".0f"), fmt(r["steal_pct"], ".1f")))
        row = {"rw": rw, "tgt": t, "storlab": s, "ratio": ratio(t and t["iops"], s and s["iops"]),
               "bound_ratio": ratio(t and t["iops"], s and s.get("bound_iops"))}
        rows.append(row)
        print("%-10s storlab / tgt %s; the initiator's bound at storlab's cost / tgt's IOPS: %s" % (
            "", fmt(row["ratio"], ".2f"), fmt(row["bound_ratio"], ".2f")))
    doc["initiator"] = rows

# ------------------------------------------------------------ scaling
scale = load_lines("scaling.jsonl")
one = next((r for r in scale if r["sessions"] == 1), None)
four = next((r for r in scale if r["sessions"] == 4), None)
doc["scaling"] = None
if scale:
    sratio = ratio(one and one["iops"], four and four["iops"]) if one and four else None
    doc["scaling"] = {"runs": scale, "ratio": sratio, "goal": ">= 1.7", "goal_met": None if sratio is None else sratio >= 1.7}
    print("\nscaling, storlab only (null store, 4K random read, QD32 per session)")
    print("%-28s %10s %11s %13s" % ("", "IOPS", "lat_us", "target cpu s"))
    for r in scale:
        print("%-28s %10.0f %11.1f %13.2f" % ("%d session(s), %d reactor(s)" % (r["sessions"], r["reactors"]),
                                             r["iops"], r["lat_mean_us"], r["target_cpu_s"]))
    print("ratio 4 sessions/2 reactors vs 1/1: %s (goal >= 1.7: %s)" % (fmt(sratio, ".2f"),
                                                                     verdict(doc["scaling"]["goal_met"])))

# ------------------------------------------------------------ stores
stores = load_lines("stores.jsonl")
doc["stores"] = None
if stores:
    by = {}
    for r in stores:
        by.setdefault(r["workload"], {})[r["label"]] = r
    rows = []
    print("\nfile in /tmp (256 MiB range, prefilled): tgt aio store vs storlab aio / uring stores")
    line = "%-18s %9s %10s %6s %12s %6s %18s"
    print(line % ("workload", "tgt-aio", "sl-aio", "ratio", "sl-uring", "ratio", "cpu_us/io t/a/u"))
    for w, sides in by.items():
        t, a, u = sides.get("tgt-aio", {}), sides.get("storlab-aio", {}), sides.get("storlab-uring", {})
        rows.append({"workload": w, "tgt_aio": t or None, "storlab_aio": a or None, "storlab_uring": u or None,
                     "ratio_aio": ratio(t.get("iops"), a.get("iops")), "ratio_uring": ratio(t.get("iops"), u.get("iops"))})
        cpu = "/".join(fmt(x.get("target_cpu_us_per_io"), ".1f") for x in (t, a, u))
        print(line % (w, fmt(t.get("iops"), ".0f"), fmt(a.get("iops"), ".0f"), fmt(rows[-1]["ratio_aio"], ".2f"),
                      fmt(u.get("iops"), ".0f"), fmt(rows[-1]["ratio_uring"], ".2f"), cpu))
    doc["stores"] = rows

# ------------------------------------------------------------ alloc, idle
alloc = load_doc("alloc.json")  # null store (the key predates the rdwr run)
doc["alloc"] = alloc
alloc_rdwr = load_doc("alloc-rdwr.json")
doc["alloc_rdwr"] = alloc_rdwr
alloc_cols = [(name, {r["workload"]: r.get("allocs_per_io") for r in d["results"]})
              for name, d in (("null", alloc), ("rdwr", alloc_rdwr)) if d and d.get("results")]
if alloc_cols:
    print("\nheap allocations per I/O inside storlabd (steady state; goal 0)")
    print("  %-18s %s" % ("workload", " ".join("%8s" % name for name, _ in alloc_cols)))
    workloads = list(dict.fromkeys(w for _, per in alloc_cols for w in per))
    for w in workloads:
        print("  %-18s %s" % (w, " ".join("%8s" % fmt(per.get(w), ".3f") for _, per in alloc_cols)))
idle = load_doc("idle.json")
doc["idle"] = idle
if idle:
    print("\nidle session memory: %s KiB per session, %s sessions (goal < 256 KiB)" % (
        fmt(idle.get("kib_per_idle_session"), ".1f"), idle.get("sessions", "-")))

def cpu_jiffies(name):
    # "steal total" as run_bench.sh's bench_cpu_jiffies wrote it at the start / end of the run
    try:
        return [int(x) for x in open(path(name)).read().split()]
    except (OSError, ValueError):
        return None


start, end = cpu_jiffies("cpu-start"), cpu_jiffies("cpu-end")
if start and end:
    doc["machine"]["steal_pct_run"] = round(100 * (end[0] - start[0]) / max(1, end[1] - start[1]), 1)
    print("\nCPU time stolen by the hypervisor during the run: %.1f %% (a VM's neighbours; numbers drop as it rises)" %
          doc["machine"]["steal_pct_run"])
print("\nload average at start / end: %s / %s (2 cores shared with other work: numbers under load if high)" % (
    " ".join("%.1f" % x for x in doc["machine"].get("loadavg_start", [])),
    " ".join("%.1f" % x for x in doc["machine"]["loadavg_end"])))
doc["time_utc_end"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
with open(out_path, "w") as f:
    json.dump(doc, f, indent=2)
print("results written to", out_path)
