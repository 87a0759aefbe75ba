#!/usr/bin/env bash
# The Prometheus endpoint from the command line (shared/PROTOCOL.md "metrics"):
# off by default; `storlabctl metrics set ADDR:PORT` turns it on live; curl
# reads text format 0.0.4 that promtool accepts (when installed) and whose
# written-bytes counter moved by exactly what qemu-io wrote; `metrics set off`
# stops it; a tgtadm-era `config import` with `metrics.listen` works the same.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
sl_need qemu-io curl python3
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
scrape() { curl -sS -f --max-time 20 "http://127.0.0.1:$MPORT/metrics"; }

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null "" 16M 512)")"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
MPORT=$(sl_free_port)

if scrape >/dev/null 2>&1; then sl_die "metrics served before being turned on"; fi
ctl metrics set "127.0.0.1:$MPORT" >/dev/null
ctl --json metrics show | grep -q "\"port\": *$MPORT" || sl_die "metrics show: $(ctl --json metrics show)"

tid=$(ctl --json target show "$SL_IQN" | python3 -c 'import json, sys; print(json.load(sys.stdin)["tid"])')
series="storlab_lu_written_bytes_total{target=\"$SL_IQN\",tid=\"$tid\",lun=\"1\",type=\"disk\"}"
value() { scrape | awk -v s="$series" '$1 == s { print $2 }'; }
before=$(value)
[[ -n $before ]] || sl_die "no $series in: $(scrape)"
sl_run 60 qemu-io -f raw -c 'write 0 64k' "$(sl_url "$SL_IQN" 1)" >/dev/null
after=$(value)
(( after - before == 65536 )) || sl_die "$series moved by $((after - before)), expected 65536"

if command -v promtool >/dev/null; then
  scrape | promtool check metrics || sl_die "promtool rejects the exposition"
else
  sl_log "promtool not installed: format checked by unit.admin.test_metrics_http only"
fi
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MPORT/nope")
[[ $status == 404 ]] || sl_die "GET /nope answered $status, expected 404"

ctl metrics set off >/dev/null
if scrape >/dev/null 2>&1; then sl_die "metrics still served after 'metrics set off'"; fi
ctl config export >"$SL_TMP/lab.json"
python3 - "$SL_TMP/lab.json" "$MPORT" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
assert "metrics" not in c, c.get("metrics")
c["metrics"] = {"listen": "127.0.0.1:" + sys.argv[2]}
json.dump(c, open(sys.argv[1], "w"))
PY
ctl config import "$SL_TMP/lab.json" | grep -q "metrics: serving" || sl_die "config import did not report the metrics change"
scrape | grep -q '^storlab_target_sessions{' || sl_die "metrics not back after config import"
sl_log "ok"
