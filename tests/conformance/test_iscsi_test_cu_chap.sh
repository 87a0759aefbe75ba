#!/usr/bin/env bash
# libiscsi's iscsi-test-cu against a CHAP-protected target (issue #4): a
# representative subset (login, inquiry, reads and writes, reservations, task
# management, NOP) must pass when every session authenticates with one-way
# CHAP (credentials in the URL), and the same subset must fail to log in with
# a wrong secret. Needs iscsi-test-cu (libiscsi-bin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../clients/lib.sh"
sl_init "$1"
sl_need iscsi-test-cu

IQN=iqn.2026-11.lab.storlab:chap-conformance
lun="\"luns\":[{\"lun\":1,\"store\":\"rdwr\",\"path\":\"$SL_TMP/disk.img\",\"size\":\"256M\"}]"
cfg=$SL_TMP/chap.json
sl_config "$cfg" "{\"schema\":2,
 \"accounts\":[{\"user\":\"tester\",\"password\":\"chap-secret-4-tests\"}],
 \"discovery\":{\"incomingUsers\":[\"tester\"]},
 \"targets\":[{\"iqn\":\"$IQN\",\"incomingUsers\":[\"tester\"],$lun}]}"
# Discovery and the target refuse sessions without CHAP, so the readiness probe logs in with it.
sl_targets_visible() { timeout 5 iscsi-ls "iscsi://tester%chap-secret-4-tests@127.0.0.1:$SL_PORT" 2>/dev/null | grep -qF "$IQN"; }
sl_start "$cfg"

good="iscsi://tester%chap-secret-4-tests@127.0.0.1:$SL_PORT/$IQN/1"
bad="iscsi://tester%wrong-secret-0000@127.0.0.1:$SL_PORT/$IQN/1"
subset=(ALL.Inquiry.Standard ALL.Read10.Simple ALL.Write10.Simple ALL.Verify10.Simple
        ALL.ReadCapacity16.Simple ALL.Reserve6.Simple ALL.Reserve6.2Initiators
        ALL.PrinReadKeys.Simple ALL.ProutRegister.Simple ALL.CompareAndWrite.Simple
        ALL.iSCSITMF.AbortTaskSimpleAsync ALL.MultipathIO.Simple)
failed=()
for t in "${subset[@]}"; do
  out=$(timeout 60 iscsi-test-cu --dataloss -t "$t" "$good" "$good" 2>&1) || true
  if ! grep -qE '^ +tests +[0-9]+ +[1-9][0-9]* +[0-9]+ +0 ' <<<"$out"; then
    failed+=("$t")
    printf '%s\n' "$out" | tail -15 >&2
  fi
done
((${#failed[@]} == 0)) || sl_die "with CHAP these iscsi-test-cu tests did not pass: ${failed[*]}"

# A wrong secret gets no session at all: iscsi-test-cu cannot even start.
out=$(timeout 60 iscsi-test-cu --dataloss -t ALL.Inquiry.Standard "$bad" 2>&1) && sl_die "iscsi-test-cu ran with a wrong CHAP secret"
grep -qiE 'login|auth|fail' <<<"$out" || sl_die "unexpected output with a wrong secret: $out"
echo "PASS: ${#subset[@]} iscsi-test-cu tests over one-way CHAP; a wrong secret is refused"
