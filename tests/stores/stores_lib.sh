#!/usr/bin/env bash
# Helpers of the network store tests (sourced): `bash SCRIPT STORLABD ENVFILE`
# where ENVFILE is the fixture's KEY=VALUE file (fixture.sh). Skips (77) when
# the fixture did not come up or storlabd was built without the store.
source "$(dirname "${BASH_SOURCE[0]}")/../clients/lib.sh"

# st_init STORLABD ENVFILE STORE: sl_init, loads ENVFILE, finds storlabctl.
st_init() {
  sl_init "$1"
  local env=${2:-}
  [[ -n $env && -s $env ]] || sl_skip "fixture not running (no ${env:-env file}): see tests/stores/fixture.sh"
  set -a
  # shellcheck disable=SC1090
  source "$env"
  set +a
  CTL=""
  local c
  for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(command -v storlabctl || true)"; do
    [[ -n $c && -x $c ]] && { CTL=$c; break; }
  done
  [[ -n $CTL ]] || sl_die "storlabctl not found near $SL_BIN"
  SOCK=$SL_TMP/admin.sock
  ST_STORE=$3
}

ctl() { timeout 90 "$CTL" --socket "$SOCK" "$@"; }

# st_start CONFIG: starts storlabd and skips when this build lacks the store.
st_start() {
  sl_start "$1" --socket "$SOCK"
  ctl --json server info | python3 -c 'import json, sys
sys.exit(0 if sys.argv[1] in json.load(sys.stdin).get("stores", []) else 1)' "$ST_STORE" \
    || sl_skip "storlabd was built without the $ST_STORE store (server info: missingStores)"
}

# st_roundtrip URL BYTES: qemu-img writes BYTES of random data to the LUN
# and reads them back; the copies must be bit-identical.
st_roundtrip() {
  local url=$1 bytes=$2
  head -c "$bytes" /dev/urandom >"$SL_TMP/in.raw"
  sl_run 300 qemu-img convert -n -f raw -O raw "$SL_TMP/in.raw" "$url"
  sl_run 300 qemu-img convert -f raw -O raw "$url" "$SL_TMP/out.raw"
  head -c "$bytes" "$SL_TMP/out.raw" >"$SL_TMP/out.head"
  cmp "$SL_TMP/in.raw" "$SL_TMP/out.head" || sl_die "qemu-img round trip through $url is not bit-identical"
  rm -f "$SL_TMP/out.raw" "$SL_TMP/out.head"
}

# st_expect_error WHAT FIELD-REGEX CMD...: CMD must fail and its message name FIELD.
st_expect_error() {
  local what=$1 field=$2; shift 2
  local out
  if out=$("$@" 2>&1); then sl_die "$what was accepted: $out"; fi
  grep -Eq -- "$field" <<<"$out" || sl_die "$what: the error does not name '$field': $out"
  sl_log "$what refused: $out"
}
