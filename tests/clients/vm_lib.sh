#!/usr/bin/env bash
# Helpers for the client tests that run a real Linux initiator (st, ch, sg,
# mt, mtx, tar) in the QEMU guest of ../shared/harness/vm (sourced after
# lib.sh and sl_init, not run):
#
#   source "$here/lib.sh"; source "$here/vm_lib.sh"
#   sl_init "$1"
#   vm_init                          # SKIP (exit 77) without the harness or qemu-system-x86_64
#   ... sl_start ...
#   vm_run GUEST-SCRIPT OK-MARKER --lun URL [--lun URL]...
#
# vm_run boots the guest with the given run-guest.sh options, prints the
# guest's output and fails the test (sl_die) unless the guest script exited 0
# and printed a line starting with OK-MARKER. Every run is bounded twice:
# run-guest.sh --timeout (VM_GUEST_TIMEOUT, default 400 s) and an outer
# `timeout` (VM_RUN_TIMEOUT, default 600 s). A guest that dies while booting,
# before the script started, is booted once more. The output of the last run
# is in $VM_OUT.
#
# Guest scripts run under dash; vm_guest_prelude prints shell functions they
# can start with (cat it into the script):
#   step TEXT            prints "STEP: TEXT" (so a failure shows where it was)
#   fail TEXT            prints "GUEST-FAIL: TEXT" and dmesg's tail, exits 1
#   want FILE REGEX WHAT fails unless FILE has a line matching the extended REGEX
#   eq GOT WANT WHAT     fails unless the two strings are equal

VM_HARNESS=""
VM_OUT=""
VM_GUEST_TIMEOUT=${VM_GUEST_TIMEOUT:-400}
VM_RUN_TIMEOUT=${VM_RUN_TIMEOUT:-600}

vm_init() {
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  VM_HARNESS=${STORLAB_VM_HARNESS:-$here/../../../shared/harness/vm}
  [[ -x $VM_HARNESS/run-guest.sh ]] || sl_skip "VM harness not found at $VM_HARNESS (set STORLAB_VM_HARNESS)"
  command -v qemu-system-x86_64 >/dev/null 2>&1 || sl_skip "qemu-system-x86_64 not installed (apt-get install qemu-system-x86)"
}

vm_run() {
  local guest=$1 marker=$2 rc attempt
  shift 2
  [[ -n $VM_HARNESS ]] || sl_die "vm_run before vm_init"
  for attempt in 1 2; do
    VM_OUT=$(timeout --kill-after=10 "$VM_RUN_TIMEOUT" "$VM_HARNESS/run-guest.sh" --timeout "$VM_GUEST_TIMEOUT" \
             "$@" "$guest" 2>&1) && rc=0 || rc=$?
    printf '%s\n' "$VM_OUT"
    # A TCG guest on a loaded host sometimes dies while booting ("IO-APIC +
    # timer doesn't work!" panic) before the script ran: boot once more then.
    if ((rc == 125 && attempt == 1)) && ! grep -q '^VMTEST-DEVICES:' <<<"$VM_OUT"; then
      sl_log "the guest died while booting (status 125, no VMTEST-DEVICES); retrying once"
      continue
    fi
    break
  done
  ((rc == 0)) || sl_die "guest script $(basename "$guest") failed with status $rc (124 = timeout, 125 = guest died)"
  grep -q "^$marker" <<<"$VM_OUT" || sl_die "guest script $(basename "$guest") did not print $marker"
}

vm_guest_prelude() {
  cat <<'PRELUDE'
step() { echo "STEP: $*"; }
fail() {
  echo "GUEST-FAIL: $*"
  dmesg 2>/dev/null | tail -n 15 | sed 's/^/  dmesg: /'
  exit 1
}
want() { grep -Eq "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$3: expected /$2/"; }; }
eq() { [ "$1" = "$2" ] || fail "$3: got '$1', want '$2'"; }
PRELUDE
}

# vm_guest_tape_roundtrip TEXT: prints guest shell lines (for a guest script
# heredoc) that check the tape drive $T of the guest is ONLINE, write TEXT with
# tar, read it back and compare, and rewind (used after a changer loaded it).
vm_guest_tape_roundtrip() {
  cat <<GUEST
T=\$(find-dev tape)
mt -f \$T status >/dev/null 2>&1 || true   # the load's unit attention
mt -f \$T status | tee /tmp/mt
grep -q ONLINE /tmp/mt
mt -f \$T rewind
echo "$1" >/tmp/payload
tar -C /tmp -cf \$T payload
mt -f \$T rewind
mkdir -p /tmp/out && tar -C /tmp/out -xf \$T
cmp /tmp/payload /tmp/out/payload
mt -f \$T rewind
GUEST
}
