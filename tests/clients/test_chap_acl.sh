#!/usr/bin/env bash
# CHAP and initiator ACLs with libiscsi's real clients (issue 4):
# - one-way CHAP (credentials in the URL: iscsi://user%secret@host/iqn/lun)
#   works with the right secret and fails with a wrong one or none;
# - mutual CHAP (LIBISCSI_CHAP_TARGET_USERNAME/PASSWORD) checks the target's answer;
# - an initiator not in a target's ACL (by name or by address) cannot log in
#   and does not see the target in iscsi-ls (SendTargets).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need iscsi-ls iscsi-inq

chap=iqn.2026-11.lab.storlab:chap
open=iqn.2026-11.lab.storlab:open
byname=iqn.2026-11.lab.storlab:byname
byaddr=iqn.2026-11.lab.storlab:byaddr
allowed=iqn.2026-11.lab.storlab:allowed-initiator
other=iqn.2026-11.lab.storlab:other-initiator
lun='"luns":[{"lun":1,"store":"null","size":"64M"}]'

cfg=$SL_TMP/chap.json
sl_config "$cfg" "{\"schema\":2,
 \"accounts\":[{\"user\":\"alice\",\"password\":\"alice-secret-123\"},{\"user\":\"labtarget\",\"password\":\"target-secret-456\"}],
 \"targets\":[
  {\"iqn\":\"$open\",$lun},
  {\"iqn\":\"$chap\",\"incomingUsers\":[\"alice\"],\"outgoingUser\":\"labtarget\",$lun},
  {\"iqn\":\"$byname\",\"initiatorNames\":[\"$allowed\"],$lun},
  {\"iqn\":\"$byaddr\",\"initiatorAddresses\":[\"192.0.2.0/24\"],$lun}]}"

# Some targets are hidden from lib.sh's readiness probe (that is the point):
# wait for the open one only.
sl_targets_visible() {
  timeout 5 iscsi-ls "iscsi://127.0.0.1:$SL_PORT" 2>/dev/null | grep -qF "Target:$open "
}
sl_start "$cfg"

expect_fail() {  # expect_fail WHAT CMD...: the command must fail (within 30 s)
  local what=$1; shift
  if timeout --kill-after=5 30 "$@" >"$SL_TMP/out" 2>&1; then
    cat "$SL_TMP/out" >&2
    sl_die "$what: expected a failure, but '$*' succeeded"
  fi
  sl_log "ok (refused): $what"
}

base=127.0.0.1:$SL_PORT

# --- one-way CHAP
sl_run 30 iscsi-inq "iscsi://alice%alice-secret-123@$base/$chap/1" | grep -q "Vendor" ||
  sl_die "iscsi-inq with the right CHAP secret did not print INQUIRY data"
sl_log "ok: one-way CHAP login with the right secret"
expect_fail "wrong CHAP secret" iscsi-inq "iscsi://alice%wrong-secret-99@$base/$chap/1"
expect_fail "unknown CHAP user" iscsi-inq "iscsi://mallory%alice-secret-123@$base/$chap/1"
expect_fail "no CHAP credentials" iscsi-inq "iscsi://$base/$chap/1"
grep -q "CHAP authentication failed" "$SL_LOG" || sl_die "failed CHAP logins are not logged"
if grep -q "alice-secret-123\|wrong-secret-99" "$SL_LOG"; then sl_die "a CHAP secret appears in the daemon log"; fi

# --- mutual CHAP: libiscsi checks the target's CHAP_N/CHAP_R
LIBISCSI_CHAP_TARGET_USERNAME=labtarget LIBISCSI_CHAP_TARGET_PASSWORD=target-secret-456 \
  sl_run 30 iscsi-inq "iscsi://alice%alice-secret-123@$base/$chap/1" | grep -q "Vendor" ||
  sl_die "mutual CHAP login failed"
sl_log "ok: mutual CHAP login"
expect_fail "mutual CHAP with a wrong target secret (initiator must refuse the target)" \
  env LIBISCSI_CHAP_TARGET_USERNAME=labtarget LIBISCSI_CHAP_TARGET_PASSWORD=not-the-target-9 \
  iscsi-inq "iscsi://alice%alice-secret-123@$base/$chap/1"

# --- ACL by initiator name
sl_run 30 iscsi-inq -i "$allowed" "iscsi://$base/$byname/1" | grep -q "Vendor" ||
  sl_die "the allowed initiator cannot log in to $byname"
expect_fail "initiator not in the name ACL" iscsi-inq -i "$other" "iscsi://$base/$byname/1"
grep -q "login refused by the ACL of $byname" "$SL_LOG" || sl_die "ACL refusal is not logged"

# --- ACL by address (127.0.0.1 is outside 192.0.2.0/24)
expect_fail "address outside the ACL" iscsi-inq -i "$allowed" "iscsi://$base/$byaddr/1"

# --- SendTargets hides what an initiator may not log in to
listing=$(sl_run 30 iscsi-ls -i "$other" "iscsi://$base")
printf '%s\n' "$listing"
grep -qF "Target:$open " <<<"$listing" || sl_die "iscsi-ls does not list the open target"
grep -qF "Target:$chap " <<<"$listing" || sl_die "iscsi-ls does not list the CHAP target"
if grep -qF "Target:$byname " <<<"$listing"; then sl_die "iscsi-ls shows $byname to $other"; fi
if grep -qF "Target:$byaddr " <<<"$listing"; then sl_die "iscsi-ls shows $byaddr to 127.0.0.1"; fi
listing=$(sl_run 30 iscsi-ls -i "$allowed" "iscsi://$base")
grep -qF "Target:$byname " <<<"$listing" || sl_die "iscsi-ls hides $byname from the allowed initiator"
sl_log "ok: SendTargets lists only the targets an initiator may log in to"

# --- discovery authentication
sl_stop
cfg2=$SL_TMP/discovery.json
sl_config "$cfg2" "{\"schema\":2,
 \"accounts\":[{\"user\":\"disco\",\"password\":\"discovery-secret-1\"}],
 \"discovery\":{\"incomingUsers\":[\"disco\"]},
 \"targets\":[{\"iqn\":\"$open\",$lun}]}"
sl_targets_visible() { sl_port_open "$SL_PORT"; }
sl_start "$cfg2"
expect_fail "discovery without CHAP" iscsi-ls "iscsi://$base"
listing=$(sl_run 30 iscsi-ls "iscsi://disco%discovery-secret-1@$base")
grep -qF "Target:$open " <<<"$listing" || sl_die "discovery with CHAP does not list $open"
sl_log "ok: discovery authentication"
echo "PASS: CHAP and ACLs with libiscsi clients"
