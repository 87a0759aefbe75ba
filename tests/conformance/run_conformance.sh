#!/usr/bin/env bash
# run_conformance.sh - libiscsi's iscsi-test-cu against one disk LUN, each test
# in its own process with its own time limit, so a hang or crash costs one
# test, not the run. Self-contained (no dependency on files outside the repo).
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: run_conformance.sh [options] ISCSI-URL OUTFILE
  ISCSI-URL  iscsi://127.0.0.1:PORT/IQN/LUN  (a disk LUN; the write tests destroy its data)
  OUTFILE    "<FAMILY.Suite.Test> PASS|FAIL|SKIP" per line; reasons in OUTFILE.why,
             full output of every test in OUTFILE.log
options:
  --family F     test family prefix (default ALL; iscsi-test-cu --list shows ALL, SCSI, iSCSI, LINUX)
  --tests LIST   comma-separated FAMILY.Suite[.Test] prefixes instead of the whole family
  --exclude ERE  drop tests whose full name matches this extended regex
  --timeout SEC  per-test time limit (default 30)
  --no-dataloss  do not pass --dataloss (write tests then SKIP)
  --list         print the selected test names and exit
Exit: 0 when no test FAILed, 1 otherwise, 2 on usage errors.
A test FAILs when CUnit counts a failure, when it times out, or when it produced no
CUnit summary (crash). After a timeout the target is probed with iscsi-inq; when it
no longer answers, the remaining tests are recorded as FAIL "not run" at once.
USAGE
}

family=ALL tests="" exclude="" limit=30 dataloss=1 list_only=0
while (($#)); do
  case $1 in
    --family) family=$2; shift 2 ;;
    --tests) tests=$2; shift 2 ;;
    --exclude) exclude=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --no-dataloss) dataloss=0; shift ;;
    --list) list_only=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "run_conformance.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) break ;;
  esac
done
command -v iscsi-test-cu >/dev/null || { echo "iscsi-test-cu not found (apt-get install libiscsi-bin)" >&2; exit 2; }

# --list prints "FAMILY", "FAMILY.Suite" and "FAMILY.Suite.Test" lines; keep the tests.
catalogue=$(iscsi-test-cu --list | awk -F. 'NF == 3')
if [[ -n $tests ]]; then
  selected=""
  IFS=, read -r -a prefixes <<<"$tests"
  for p in "${prefixes[@]}"; do
    m=$(awk -v p="$p" '$0 == p || index($0, p ".") == 1' <<<"$catalogue")
    [[ -n $m ]] || { echo "no test matches $p" >&2; exit 2; }
    selected+=$m$'\n'
  done
else
  selected=$(awk -v f="$family" 'index($0, f ".") == 1' <<<"$catalogue")
fi
selected=$(awk 'NF && !seen[$0]++' <<<"$selected")
if [[ -n $exclude ]]; then selected=$(grep -Ev -- "$exclude" <<<"$selected" || true); fi
[[ -n $selected ]] || { echo "no tests selected" >&2; exit 2; }
if ((list_only)); then printf '%s\n' "$selected"; exit 0; fi

(($# == 2)) || { usage >&2; exit 2; }
url=$1 out=$2
args=(-v)
((dataloss)) && args+=(--dataloss)

: >"$out"
: >"$out.why"
: >"$out.log"
scratch=$(mktemp /tmp/run_conformance.XXXXXX)
child=""
trap 'rm -f "$scratch"' EXIT
# timeout(1) runs the test in its own process group; stop it explicitly on ^C.
trap '[[ -n $child ]] && kill "$child" 2>/dev/null; exit 130' INT TERM

total=$(wc -l <<<"$selected")
n=0 pass=0 fail=0 skip=0 dead="" t_start=$SECONDS
while IFS= read -r name; do
  n=$((n + 1))
  if [[ -n $dead ]]; then
    fail=$((fail + 1))
    echo "$name FAIL" >>"$out"
    echo "$name FAIL not run: $dead" >>"$out.why"
    continue
  fi
  t0=$SECONDS
  # Second URL: the MultipathIO tests open a second session to the same LUN.
  timeout --kill-after=5 "$limit" iscsi-test-cu "${args[@]}" -t "$name" "$url" "$url" >"$scratch" 2>&1 </dev/null &
  child=$!
  rc=0
  wait "$child" || rc=$?
  child=""
  # CUnit run summary: "tests  <total> <ran> <passed> <failed> <inactive>"
  read -r ran failed < <(awk '$1 == "tests" && NF >= 6 { print $3, $5; found = 1 } END { if (!found) print "0 0" }' "$scratch")
  why=""
  if ((rc == 124 || rc == 137)); then
    status=FAIL why="timed out after ${limit}s"
    timeout 10 iscsi-inq "$url" >/dev/null 2>&1 || dead="target stopped answering after $name"
  elif [[ $ran == 0 ]]; then
    status=FAIL why="no CUnit summary (crash, or login failed), exit $rc: $(awk 'NF && tolower($0) !~ /cunit/ { printf "%s ", $0; if (++k == 2) exit }' "$scratch")"
  elif [[ $failed != 0 ]]; then
    status=FAIL why=$(awk '/^[[:space:]]+[0-9]+\. / { sub(/^[[:space:]]+/, ""); print; exit }' "$scratch")
  elif grep -q '\[SKIPPED\]' "$scratch"; then
    # CUnit counts a skipped test as passed; its output says [SKIPPED].
    status=SKIP why=$(awk 'match($0, /\[SKIPPED\].*/) { print substr($0, RSTART); exit }' "$scratch")
  else
    status=PASS
  fi
  case $status in PASS) pass=$((pass + 1)) ;; FAIL) fail=$((fail + 1)) ;; SKIP) skip=$((skip + 1)) ;; esac
  echo "$name $status" >>"$out"
  [[ -z $why ]] || echo "$name $status $why" >>"$out.why"
  { echo "===== $name $status exit=$rc $((SECONDS - t0))s"; cat "$scratch"; } >>"$out.log"
  printf '[%3d/%d] %-58s %s%s\n' "$n" "$total" "$name" "$status" "${why:+  ($why)}"
done <<<"$selected"
[[ -z $dead ]] || echo "ABORTED: $dead; the remaining tests are counted as FAIL"
echo "$pass passed, $fail failed, $skip skipped in $((SECONDS - t_start))s"
((fail == 0))
