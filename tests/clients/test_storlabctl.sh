#!/usr/bin/env bash
# storlabctl against a real storlabd (shared/PROTOCOL.md): create a target and
# a LUN live, use them with iscsi-inq and qemu-img, list sessions, export and
# re-import the configuration, error exit codes, persistence across a restart.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"

# storlabctl is built next to storlabd: <build>/cli/storlabctl beside <build>/daemon/storlabd.
CTL=""
for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(dirname "$SL_BIN")/storlabctl" "$(command -v storlabctl || true)"; do
  [[ -n $c && -x $c ]] && { CTL=$(cd "$(dirname "$c")" && pwd)/$(basename "$c"); break; }
done
[[ -n $CTL ]] || sl_die "storlabctl not found near $SL_BIN"
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
[[ -S $SOCK ]] || sl_die "admin socket $SOCK missing"
mode=$(stat -c %a "$SOCK")
[[ $mode == 660 ]] || sl_die "admin socket mode is $mode, expected 660"

ctl server info | grep -q '^protocolVersion *: 1$' || sl_die "server info lacks protocolVersion 1"
NEW=iqn.2026-11.lab.example:backup
ctl target create "$NEW" --alias backup >/dev/null || sl_die "target create failed"
ctl lun add --target "$NEW" --lun 1 --store rdwr --path "$SL_TMP/backup.img" --size 64M >/dev/null || sl_die "lun add failed"
ctl target list | grep -q "$NEW" || sl_die "target list lacks $NEW"

# Errors: exit code 1 with a message; usage errors exit 2.
set +e
ctl target create "$NEW" 2>"$SL_TMP/err"; rc=$?
set -e
[[ $rc == 1 ]] && grep -q "already exists" "$SL_TMP/err" || sl_die "duplicate target: rc $rc, $(cat "$SL_TMP/err")"
set +e
ctl no-such-noun 2>/dev/null; rc=$?
set -e
[[ $rc == 2 ]] || sl_die "usage error exit code $rc, expected 2"

if command -v iscsi-inq >/dev/null; then
  sl_run 30 iscsi-inq "iscsi://127.0.0.1:$SL_PORT/$NEW/1" | grep -q DIRECT_ACCESS || sl_die "iscsi-inq does not see the new LUN"
fi
if command -v qemu-img >/dev/null; then
  sl_run 60 qemu-img info "iscsi://127.0.0.1:$SL_PORT/$NEW/1" | grep -q "virtual size: 64 MiB" || sl_die "qemu-img sees a wrong size"
fi

# A session shows up in session list while an initiator is logged in.
if command -v qemu-io >/dev/null; then
  ( timeout 20 qemu-io -c 'sleep 3000' -c 'read 0 4k' "iscsi://127.0.0.1:$SL_PORT/$NEW/1" >/dev/null 2>&1 || true ) &
  qpid=$!
  for _ in $(seq 1 20); do ctl session list | grep -q "$NEW" && break; sleep 0.2; done
  ctl --json session list | grep -q '"maxBurstLength"' || sl_die "session list lacks negotiated parameters"
  wait "$qpid" || true
fi

# Export, change, re-import: the import restores the exported state live.
ctl config export >"$SL_TMP/lab.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(t["iqn"]==sys.argv[2] for t in d["targets"])' "$SL_TMP/lab.json" "$NEW" \
  || sl_die "export lacks $NEW"
ctl lun remove --target "$NEW" --lun 1 >/dev/null
ctl lun list "$NEW" | grep -q '(none)' || sl_die "lun remove did not remove"
ctl config import "$SL_TMP/lab.json" | grep -q "lun $NEW/1 added" || sl_die "import did not re-add the LUN"
ctl config import --dry-run "$SL_TMP/lab.json" >/dev/null || sl_die "dry-run import failed"

# Persistence: the state dir keeps config.json (0600) and generations; a restart brings the target back.
[[ -f $SL_STATE/config.json && -f $SL_STATE/config.json.1 ]] || sl_die "config.json generations missing"
[[ $(stat -c %a "$SL_STATE/config.json") == 600 ]] || sl_die "config.json is not mode 0600"
sl_stop
sl_start "$SL_STATE/config.json" --socket "$SOCK"
ctl lun list "$NEW" | grep -q "backup.img" || sl_die "LUN not restored after restart"
echo "PASS: storlabctl"
