#!/usr/bin/env bash
# Config persistence under kill -9 (issue #4): while storlabctl makes a burst
# of changes, the daemon is killed with SIGKILL at a random moment; after every
# restart the saved configuration must be one consistent generation (parses,
# starts, and holds a prefix of the changes: never empty, never half-written).
# Bounded: ROUNDS rounds of at most CHANGES changes each.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"

sl_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 30 "$CTL" --socket "$SOCK" "$@"; }
ROUNDS=${ROUNDS:-6}
CHANGES=${CHANGES:-12}

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
CFG=$SL_STATE/config.json
RANDOM=4242   # a fixed seed: the kill points are random but repeatable

count_burst_targets() {
  python3 - "$1" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))          # must parse: a torn file fails here
assert isinstance(doc.get("targets"), list) and doc["targets"], "no targets"
names = [t["iqn"] for t in doc["targets"]]
burst = sorted(int(n.rsplit("-", 1)[1]) for n in names if ":burst-" in n)
# every change is one new target burst-<k>: a consistent generation holds burst-0..burst-(n-1)
assert burst == list(range(len(burst))), f"not a prefix of the changes: {burst}"
print(len(burst))
PY
}

made=0
ACKED=$SL_TMP/acked
for round in $(seq 1 "$ROUNDS"); do
  : >"$ACKED"
  # A burst of changes in the background; SIGKILL lands somewhere inside it.
  # Each change the daemon acknowledged is recorded: it must be on disk.
  (
    for k in $(seq "$made" $((made + CHANGES - 1))); do
      ctl target create "iqn.2026-11.lab.burst:burst-$k" >/dev/null 2>&1 || exit 0
      echo "$k" >>"$ACKED"
    done
  ) &
  burst=$!
  sleep "0.$((RANDOM % 9 + 1))"
  kill -KILL "$SL_PID" 2>/dev/null || true
  wait "$SL_PID" 2>/dev/null || true
  SL_PID=""
  wait "$burst" 2>/dev/null || true
  acked=$((made + $(wc -l <"$ACKED")))
  if [[ ! -e $CFG ]]; then
    # Nothing was ever saved: allowed only while no change has been acknowledged.
    ((acked == 0)) || sl_die "round $round: $acked change(s) acknowledged but $CFG does not exist"
    start_cfg=$SL_TMP/c.json
    n=0
  else
    [[ -s $CFG ]] || sl_die "round $round: $CFG is empty after kill -9"
    n=$(count_burst_targets "$CFG") || sl_die "round $round: $CFG is not a consistent generation: $(head -c 400 "$CFG")"
    start_cfg=$CFG
  fi
  ((n >= acked)) || sl_die "round $round: saved config lost acknowledged changes ($n saved < $acked acknowledged)"
  sl_log "round $round: killed with $n burst target(s) saved ($acked acknowledged)"
  made=$n
  # Restart from the saved state: the daemon must come up with exactly that config.
  sl_start "$start_cfg" --socket "$SOCK"
  live=$(ctl --json target list | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("targets", d) if isinstance(d, dict) else d; print(sum(1 for t in d if ":burst-" in (t.get("iqn") or t.get("name") or "")))')
  [[ $live == "$n" ]] || sl_die "round $round: daemon serves $live burst targets, config says $n"
done
((made > 0)) || sl_die "no change survived any round: the burst never reached the daemon"
echo "PASS: $ROUNDS kill -9 rounds during config bursts; every restart found a consistent generation ($made changes kept)"
