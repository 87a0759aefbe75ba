#!/usr/bin/env bash
# The storlabd.service the build generates (packaging/storlabd.service.in) is
# one systemd accepts: `systemd-analyze verify` clean (with ExecStart pointing
# at the storlabd under test, without the man page lookup: the pages are
# checked where they are installed), Type=notify, the hardening the packages
# promise, and the sysusers/tmpfiles snippets parse (systemd-sysusers and
# systemd-tmpfiles --dry-run on a scratch root). SKIPs without systemd-analyze.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"
sl_need systemd-analyze
BUILD=$(cd "$(dirname "$SL_BIN")/.." && pwd)
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
unit=$BUILD/packaging/storlabd.service
[[ -f $unit ]] || sl_die "$unit not generated (packaging/CMakeLists.txt)"

mkdir -p "$SL_TMP/units"
sed -E "s#^ExecStart=[^ ]+#ExecStart=$SL_BIN#" "$unit" >"$SL_TMP/units/storlabd.service"
systemd-analyze verify --man=no "$SL_TMP/units/storlabd.service" >"$SL_TMP/verify.log" 2>&1 ||
  { cat "$SL_TMP/verify.log" >&2; sl_die "systemd-analyze verify refuses storlabd.service"; }
[[ ! -s $SL_TMP/verify.log ]] || { cat "$SL_TMP/verify.log" >&2; sl_die "systemd-analyze verify warns about storlabd.service"; }

want() { grep -qx "$1" "$unit" || sl_die "storlabd.service lacks '$1'"; }
want 'Type=notify'
want 'WatchdogSec=30s'
want 'ProtectSystem=strict'
want 'PrivateTmp=yes'
want 'NoNewPrivileges=yes'
want 'StateDirectory=storlab'
want 'RuntimeDirectory=storlab'
want 'Group=storlab'
grep -q '^RestrictAddressFamilies=.*AF_INET .*AF_INET6 .*AF_UNIX .*AF_NETLINK' "$unit" || sl_die "RestrictAddressFamilies lacks a family"
grep -q '^ExecStart=/.*/storlabd --foreground ' "$unit" || sl_die "ExecStart does not run storlabd in the foreground"

# The group and the state directory, applied to an empty root.
if command -v systemd-sysusers >/dev/null; then
  mkdir -p "$SL_TMP/root/etc"
  : >"$SL_TMP/root/etc/passwd"; : >"$SL_TMP/root/etc/group"
  systemd-sysusers --root "$SL_TMP/root" "$SRC/packaging/storlabd.sysusers" || sl_die "systemd-sysusers refuses the snippet"
  grep -q '^storlab:' "$SL_TMP/root/etc/group" || sl_die "systemd-sysusers made no storlab group"
  if command -v systemd-tmpfiles >/dev/null; then
    systemd-tmpfiles --root "$SL_TMP/root" --create "$SRC/packaging/storlabd.tmpfiles" || sl_die "systemd-tmpfiles refuses the snippet"
    gid=$(awk -F: '$1 == "storlab" {print $3}' "$SL_TMP/root/etc/group")
    [[ $(stat -c '%a %g' "$SL_TMP/root/var/lib/storlab") == "750 $gid" ]] ||
      sl_die "tmpfiles made $(stat -c '%a %g' "$SL_TMP/root/var/lib/storlab"), expected 750 and the storlab group ($gid)"
  fi
fi
echo "PASS: storlabd.service verifies; sysusers/tmpfiles snippets apply"
