#!/usr/bin/env python3
"""bench_machine.py REPO STORLABD RUNTIME - the run's context as one JSON
object: commit, storlabd build, machine, load. Written at the start of a
run_bench.sh run so numbers can be compared across commits and machines."""
import json, os, platform, subprocess, sys, time

repo, storlabd, runtime = sys.argv[1], sys.argv[2], float(sys.argv[3])


def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def mem_total_mib():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def build_type(binary):
    # storlabd lives in <build>/daemon/storlabd; the cache says how it was built.
    cache = os.path.join(os.path.dirname(os.path.dirname(binary)), "CMakeCache.txt")
    found = {}
    try:
        for line in open(cache):
            for key in ("CMAKE_BUILD_TYPE", "STORLAB_SANITIZE"):
                if line.startswith(key + ":"):
                    found[key] = line.split("=", 1)[1].strip()
    except OSError:
        pass
    return found


dirty = [l for l in run("git", "-C", repo, "status", "--porcelain", "--untracked-files=no").splitlines() if l]
doc = {
    "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    "commit": run("git", "-C", repo, "rev-parse", "HEAD") or None,
    "commit_subject": run("git", "-C", repo, "log", "-1", "--format=%s") or None,
    "uncommitted_files": len(dirty),
    "storlabd": {"path": storlabd, "build": build_type(storlabd)},
    "runtime_s": runtime,
    "machine": {
        "hostname": platform.node(), "kernel": platform.release(), "cpu": cpu_model(),
        "ncpu": os.cpu_count(), "mem_mib": mem_total_mib(), "loadavg_start": list(os.getloadavg()),
    },
    "versions": {"tgt": run("tgtadm", "--version") or None, "python": platform.python_version()},
}
print(json.dumps(doc))
