#!/usr/bin/env bash
# `cmake --install` into a staging root (DESTDIR): the programs, the tgtadm
# link, the man pages (each one man(1) can render), the systemd unit whose
# ExecStart is the installed storlabd, sysusers/tmpfiles, bash completion,
# the desktop entry, icon and AppStream metadata; and the installed
# storlabctl runs from another directory against a storlabd.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"
BUILD=$(cd "$(dirname "$SL_BIN")/.." && pwd)
sl_need cmake
ROOT=$SL_TMP/root
DESTDIR=$ROOT cmake --install "$BUILD" >"$SL_TMP/install.log" 2>&1 || { cat "$SL_TMP/install.log" >&2; sl_die "cmake --install failed"; }
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$BUILD/CMakeCache.txt")
P=$ROOT$prefix

for f in sbin/storlabd bin/storlabctl bin/storlab-media; do
  [[ -x $P/$f ]] || sl_die "$prefix/$f not installed"
done
[[ $(readlink "$P/bin/tgtadm") == storlabctl ]] || sl_die "$prefix/bin/tgtadm is not a link to storlabctl"
if [[ -d $BUILD/gui ]]; then
  for f in bin/storlab share/applications/storlab.desktop share/icons/hicolor/scalable/apps/storlab.svg \
           share/metainfo/lab.storlab.storlab.metainfo.xml share/man/man1/storlab.1; do
    [[ -e $P/$f ]] || sl_die "$prefix/$f not installed"
  done
fi
[[ -f $P/share/bash-completion/completions/storlabctl ]] || sl_die "bash completion not installed"

if command -v scdoc >/dev/null; then
  for page in man8/storlabd.8 man8/storlabctl.8 man1/storlab-media.1 man5/storlab.conf.5; do
    [[ -f $P/share/man/$page ]] || sl_die "man page $page not installed"
    if command -v man >/dev/null; then
      LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$P/share/man/$page" 2>"$SL_TMP/man.err" >"$SL_TMP/man.out" ||
        sl_die "man cannot render $page"
      [[ ! -s $SL_TMP/man.err ]] || { cat "$SL_TMP/man.err" >&2; sl_die "man warns about $page"; }
      grep -q NAME "$SL_TMP/man.out" || sl_die "$page has no NAME section"
    fi
  done
fi

unit=$(find "$ROOT" -name storlabd.service)
[[ -n $unit ]] || sl_die "storlabd.service not installed"
grep -qx "ExecStart=$prefix/sbin/storlabd --foreground --state-dir /var/lib/storlab --socket /run/storlab/storlabd.sock" "$unit" ||
  sl_die "ExecStart is not the installed storlabd: $(grep ExecStart "$unit")"
[[ -n $(find "$ROOT" -path '*sysusers.d/storlabd.conf') ]] || sl_die "sysusers.d/storlabd.conf not installed"
[[ -n $(find "$ROOT" -path '*tmpfiles.d/storlabd.conf') ]] || sl_die "tmpfiles.d/storlabd.conf not installed"

# The installed programs work (libraries are static; Qt from the system).
sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
SL_BIN=$P/sbin/storlabd
sl_start "$SL_TMP/c.json"
(cd / && STORLAB_SOCKET=$SL_TMP/admin.sock timeout 30 "$P/bin/storlabctl" target list) | grep -q "$SL_IQN" ||
  sl_die "the installed storlabctl does not list the target"
echo "PASS: cmake --install with DESTDIR lays out programs, man pages, unit and desktop files"
