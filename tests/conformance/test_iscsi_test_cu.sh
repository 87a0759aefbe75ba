#!/usr/bin/env bash
# Conformance gate: libiscsi's iscsi-test-cu against a storlabd with one 1 GiB
# sparse rdwr LUN. Every test named in expected-pass.txt must PASS (anything
# else is a regression and fails this test); tests that pass but are not
# listed are reported as "new passes" so the list can be extended.
#
#   bash test_iscsi_test_cu.sh /path/to/storlabd            # the CTest check
#   bash test_iscsi_test_cu.sh /path/to/storlabd --update   # rewrite expected-pass.txt
#
# Environment: CONFORMANCE_TESTS (comma list of FAMILY.Suite[.Test] prefixes,
# default: the whole ALL family), CONFORMANCE_TIMEOUT (per test, default 30 s),
# CONFORMANCE_EXPECTED (another expected-pass file), CONFORMANCE_LUN_JSON (the
# LUN 1 object to test instead of the rdwr file, e.g. an rbd or glfs LUN:
# tests/stores), SL_KEEP=1 keeps the logs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../clients/lib.sh
source "$here/../clients/lib.sh"
update=0
[[ ${2:-} == --update ]] && update=1
sl_init "${1:-}"
sl_need iscsi-test-cu iscsi-inq
expected_file=${CONFORMANCE_EXPECTED:-$here/expected-pass.txt}
[[ -f $expected_file || $update == 1 ]] || sl_die "missing $expected_file"

cfg=$SL_TMP/conformance.json
sl_config "$cfg" "$(sl_target_json "$SL_IQN" "${CONFORMANCE_LUN_JSON:-$(sl_lun_json 1 rdwr "$SL_TMP/conformance.img" 1G 512)}")"
sl_start "$cfg"

results=$SL_TMP/results.txt
runner=(bash "$here/run_conformance.sh" --timeout "${CONFORMANCE_TIMEOUT:-30}")
[[ -z ${CONFORMANCE_TESTS:-} ]] || runner+=(--tests "$CONFORMANCE_TESTS")
# The runner's own exit status only says "something failed", which is
# expected while the daemon is incomplete; the expected list decides.
"${runner[@]}" "$(sl_url "$SL_IQN" 1)" "$results" || true
[[ -s $results ]] || sl_die "the conformance runner produced no results"
kill -0 "$SL_PID" 2>/dev/null || sl_die "storlabd died during the conformance run"

passed=$(awk '$2 == "PASS" { print $1 }' "$results" | sort -u)
if ((update)); then
  {
    echo "# iscsi-test-cu tests that storlabd passes (1 GiB sparse rdwr LUN, 512-byte blocks)."
    echo "# tests/conformance/test_iscsi_test_cu.sh fails when any test listed here does not PASS;"
    echo "# tests that pass but are missing from this list are printed as \"new passes\"."
    echo "# Regenerate after an improvement: bash tests/conformance/test_iscsi_test_cu.sh BUILD/daemon/storlabd --update"
    echo "# libiscsi: $(dpkg-query -W -f '${Version}' libiscsi-bin 2>/dev/null || echo unknown); generated $(date -u +%F)"
    [[ -z $passed ]] || printf '%s\n' "$passed"
  } >"$expected_file"
  echo "wrote $(wc -l <<<"$passed" | tr -d ' ') passing tests to $expected_file"
  [[ -z ${CONFORMANCE_TESTS:-} ]] || echo "WARNING: only the subset $CONFORMANCE_TESTS was run; the list covers only it" >&2
  exit 0
fi

expected=$(grep -Ev '^[[:space:]]*(#|$)' "$expected_file" | awk '{ print $1 }' | sort -u || true)
selected=$(awk '{ print $1 }' "$results" | sort -u)
# Only judge the tests that ran (CONFORMANCE_TESTS may select a subset).
missing=$(comm -23 <(printf '%s\n' "$expected") <(printf '%s\n' "$passed") | sed '/^$/d')
regressions=$(comm -12 <(printf '%s\n' "$missing") <(printf '%s\n' "$selected") | sed '/^$/d')
unknown=$(comm -23 <(printf '%s\n' "$missing") <(printf '%s\n' "$selected") | sed '/^$/d')
new=$(comm -13 <(printf '%s\n' "$expected") <(printf '%s\n' "$passed") | sed '/^$/d')

echo "results: $(grep -c ' PASS$' "$results" || true) PASS, $(grep -c ' FAIL$' "$results" || true) FAIL, $(grep -c ' SKIP$' "$results" || true) SKIP; expected passes: $(grep -c . <<<"$expected" || true)"
if [[ -n $new ]]; then
  echo "new passes: $(tr '\n' ' ' <<<"$new")"
  echo "(add them with: bash $0 STORLABD --update)"
fi
if [[ -n $unknown && -z ${CONFORMANCE_TESTS:-} ]]; then
  echo "listed but not in this libiscsi's test catalogue (ignored): $(tr '\n' ' ' <<<"$unknown")"
fi
if [[ -n $regressions ]]; then
  echo "REGRESSIONS (expected PASS, got something else):" >&2
  while IFS= read -r t; do
    echo "  $(grep -m1 "^$t " "$results") $(grep -m1 "^$t " "$results.why" | cut -d' ' -f3- || true)" >&2
  done <<<"$regressions"
  if [[ ${SL_KEEP:-0} == 1 ]]; then echo "full logs: $results.log" >&2; fi
  sl_die "$(wc -l <<<"$regressions" | tr -d ' ') expected conformance test(s) no longer pass"
fi
echo "PASS: every expected conformance test passes"
