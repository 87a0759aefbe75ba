#!/usr/bin/env bash
# iSNS registration (RFC 4171) checked with open-isns: the real isnsd of
# ../shared/fixtures/isns-up.sh (127.0.0.1:3205) and its isnsadm client.
#   * after start, isnsadm lists storlabd's network entity, one iSCSI storage
#     node per target, the portal and one portal group per node and portal
#   * `storlabctl target create` adds a node, `target delete` removes it,
#     `portal add` adds a portal (each polled for a bounded time)
#   * isnsd restarted with an empty database: storlabd registers again
#   * tgtadm --mode sys shows and updates tgt's iSNS settings
#   * after shutdown the server lists nothing of storlabd
#   * an unreachable server is retried with back-off and logged while the
#     daemon keeps serving; `isns set` then registers live, `isns off` deregisters
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=tgtadm_lib.sh
source "$here/tgtadm_lib.sh"
sl_init "${1:-}"
sl_need isnsd isnsadm iscsi-inq
fixtures=${STORLAB_FIXTURES:-$here/../../../shared/fixtures}
[[ -x $fixtures/isns-up.sh ]] || sl_skip "no iSNS fixture ($fixtures/isns-up.sh)"
sl_port_open 3205 && sl_skip "port 3205 is taken (another iSNS server runs here); isns-up.sh needs it"
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
ISNS_DIR=$SL_TMP/isns
isns_up() { eval "$(timeout 60 "$fixtures/isns-up.sh" --dir "$ISNS_DIR")"; }
isns_down() { timeout 60 "$fixtures/isns-down.sh" --dir "$ISNS_DIR" >/dev/null 2>&1 || true; }
trap 'isns_down; sl_cleanup' EXIT
isns_up
# isnsadm wants a source name for its queries; the listing is all we read.
list() { timeout 10 isnsadm -c "$ISNS_CLIENT_CONF" --list "$1" 2>/dev/null || true; }
# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND until it succeeds (bounded).
wait_for() {
  local limit=$1 what=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@"; do
    ((SECONDS < deadline)) || sl_die "$what: not seen within ${limit}s"
    sleep 0.2
  done
}
has() { list "$1" | grep -qF -- "$2"; }
lacks() { ! list "$1" | grep -qF -- "$2"; }

A=iqn.2026-11.lab.storlab:isns-a B=iqn.2026-11.lab.storlab:isns-b
cfg=$SL_TMP/isns.json
sl_config "$cfg" "{\"schema\":2,\"isns\":{\"server\":\"127.0.0.1\",\"port\":$ISNS_PORT},
  \"targets\":[{\"iqn\":\"$A\",\"alias\":\"isns disk\",\"tpgt\":7,\"luns\":[{\"lun\":1,\"store\":\"null\",\"size\":\"16M\"}]}]}"
sl_start "$cfg"
entity=$(ctl --json isns show | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"]["entity"])')
[[ -n $entity ]] || sl_die "isns show has no entity: $(ctl --json isns show)"

wait_for 15 "entity $entity" has entities "Entity identifier = \"$entity\""
wait_for 5 "node $A" has nodes "iSCSI name = \"$A\""
list nodes | grep -q 'iSCSI node type = Target' || sl_die "node type: $(list nodes)"
list nodes | grep -qF 'iSCSI alias = "isns disk"' || sl_die "alias: $(list nodes)"
has portals "Portal TCP/UDP port = $SL_PORT/tcp" || sl_die "portal: $(list portals)"
list portals | grep -q 'Portal IP address = 127.0.0.1' || sl_die "portal address: $(list portals)"
pgs=$(list portal-groups)
grep -qF "Portal group name = \"$A\"" <<<"$pgs" || sl_die "portal group: $pgs"
grep -q "Portal group port = $SL_PORT/tcp" <<<"$pgs" || sl_die "portal group port: $pgs"
grep -q "Portal group tag = 7" <<<"$pgs" || sl_die "portal group tag: $pgs"
ctl --json isns show | grep -q '"state": "registered"' || sl_die "isns show: $(ctl --json isns show)"
sl_log "registered: entity, node, portal, portal group"

# Live changes reach the server.
ctl target create "$B" >/dev/null
wait_for 5 "node $B after target create" has nodes "iSCSI name = \"$B\""
wait_for 5 "portal group of $B" has portal-groups "Portal group name = \"$B\""
ctl target delete "$B" >/dev/null
wait_for 5 "node $B gone after target delete" lacks nodes "iSCSI name = \"$B\""
has nodes "iSCSI name = \"$A\"" || sl_die "node $A lost with $B: $(list nodes)"
P2=$(sl_free_port)
ctl portal add "127.0.0.1:$P2" >/dev/null
wait_for 5 "portal $P2 after portal add" has portals "Portal TCP/UDP port = $P2/tcp"
sl_log "target create/delete and portal add re-registered"

# tgtadm: tgt's names in --mode sys.
"$TGTADM" --socket "$SOCK" --mode sys --op show >"$SL_TMP/sys.txt"
grep -q 'iSNS=On' "$SL_TMP/sys.txt" && grep -q 'iSNSServerIP=127.0.0.1' "$SL_TMP/sys.txt" &&
  grep -q "iSNSServerPort=$ISNS_PORT" "$SL_TMP/sys.txt" || sl_die "tgtadm show sys: $(cat "$SL_TMP/sys.txt")"
"$TGTADM" --socket "$SOCK" --mode sys --op update --name iSNSAccessControl --value On
"$TGTADM" --socket "$SOCK" --mode sys --op show | grep -q 'iSNSAccessControl=On' || sl_die "iSNSAccessControl not On"
"$TGTADM" --socket "$SOCK" --mode sys --op update --name iSNSServerPort --value nope && sl_die "a bad iSNSServerPort was accepted"

# The server restarts with an empty database: storlabd notices and registers again.
isns_down
isns_up
wait_for 30 "entity after isnsd restart" has entities "Entity identifier = \"$entity\""
wait_for 5 "node $A after isnsd restart" has nodes "iSCSI name = \"$A\""
grep -q "retrying in" "$SL_LOG" || sl_die "the lost server was not logged"
sl_log "re-registered after an isnsd restart"

# Shutdown deregisters.
sl_stop
lacks entities "$entity" || sl_die "entity left after shutdown: $(list entities)"
lacks nodes "$A" || sl_die "node left after shutdown: $(list nodes)"
lacks portals "$SL_PORT/tcp" || sl_die "portal left after shutdown: $(list portals)"
sl_log "nothing left after shutdown"

# An unreachable server: retried with back-off, logged, the daemon serves on.
dead=$(sl_free_port)
sl_config "$cfg" "{\"schema\":2,\"isns\":{\"server\":\"127.0.0.1\",\"port\":$dead},
  \"targets\":[{\"iqn\":\"$A\",\"luns\":[{\"lun\":1,\"store\":\"null\",\"size\":\"16M\"}]}]}"
sl_start "$cfg"
wait_for 20 "two logged retries" bash -c "(( \$(grep -c 'retrying in' '$SL_LOG') >= 2 ))"
grep -q "retrying in 2 s" "$SL_LOG" || sl_die "no back-off in: $(grep 'retrying in' "$SL_LOG")"
sl_run 30 iscsi-inq "$(sl_url "$A" 1)" | grep -q 'Peripheral Device Type' || sl_die "inquiry while the server is unreachable"
ctl --json isns show | grep -q '"state": "retrying"' || sl_die "isns show: $(ctl --json isns show)"
ctl isns set 127.0.0.1 --port "$ISNS_PORT" >/dev/null
wait_for 15 "entity after isns set" has entities "Entity identifier = \"$entity\""
ctl isns off >/dev/null
wait_for 5 "entity gone after isns off" lacks entities "$entity"
ctl config export | grep -q '"enabled": false' || sl_die "isns off not saved: $(ctl config export)"
sl_log "unreachable server retried; isns set/off live"
echo "PASS: iSNS registration with open-isns"
