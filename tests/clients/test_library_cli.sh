#!/usr/bin/env bash
# storlabctl library / changer / media against a real storlabd: a library
# created live (storlabctl library create), cartridges moved by barcode and by
# element name, media listed; READ ELEMENT STATUS from a libiscsi initiator
# (changer_cdbs.c) agrees with library show; refused moves exit 1 with the
# daemon's reason; the library and its cartridge locations survive a restart;
# library delete removes the target.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need cc iscsi-ls python3
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
tool=$SL_TMP/changer_cdbs
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$tool" "$here/changer_cdbs.c" -liscsi || sl_die "cannot build changer_cdbs.c"

CTL=""
for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(dirname "$SL_BIN")/storlabctl" "$(command -v storlabctl || true)"; do
  [[ -n $c && -x $c ]] && { CTL=$(cd "$(dirname "$c")" && pwd)/$(basename "$c"); break; }
done
[[ -n $CTL ]] || sl_die "storlabctl not found near $SL_BIN"
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }
expect() { # expect OUTPUT REGEX WHAT
  grep -Eq "$2" <<<"$1" || sl_die "$3: expected /$2/ in: $1"
}

# Start with no library at all.
sl_config "$SL_TMP/c.json" '{"schema":2,"targets":[],"libraries":[]}'
sl_start "$SL_TMP/c.json" --socket "$SOCK"

IQN=iqn.2026-11.lab.storlab:clilib
out=$(ctl library create --name clilib --iqn "$IQN" --personality ibm-ts3500 --drives 2 --generation LTO-6 \
        --slots 20 --ie 4 --cartridges A00000L6:10,W00000LW:1:worm --capacity 64M) || sl_die "library create failed: $out"
expect "$out" '^media +: 11$' "library create places 11 cartridges"
ctl library list | grep -q "^clilib " || sl_die "library list lacks clilib"
ctl --json library list | python3 -c 'import json,sys; l=json.load(sys.stdin); assert l[0]["iqn"]=="'"$IQN"'", l'

# Moves: slot -> drive (load), by barcode -> IE (export), IE -> slot (import), address -> drive.
ctl changer move clilib slot:1 drive:0 >/dev/null || sl_die "load slot:1 -> drive:0 failed"
ctl changer move clilib A00001L6 ie:1 >/dev/null || sl_die "A00001L6 -> ie:1 failed"
ctl changer move clilib ie:1 slot:15 >/dev/null || sl_die "ie:1 -> slot:15 failed"
ctl changer move clilib 0x0402 drive:1 >/dev/null || sl_die "0x0402 (slot:3) -> drive:1 failed"

# Refused: into a loaded drive; exit 1 with the reason.
set +e
err=$(ctl changer move clilib slot:4 drive:0 2>&1); rc=$?
set -e
((rc == 1)) || sl_die "move into a loaded drive exited $rc (want 1)"
expect "$err" 'drive:0 is occupied by A00000L6: unload it first' "refusal message"
set +e
err=$(ctl changer move clilib slot:99 drive:0 2>&1); rc=$?
set -e
((rc == 1)) || sl_die "move from slot:99 exited $rc (want 1)"

# media list: every cartridge with its location.
media=$(ctl media list clilib)
printf '%s\n' "$media"
expect "$media" '^clilib +A00000L6 +LTO-6 +67108864 +[0-9]+ +no +drive:0$' "A00000L6 in drive:0"
expect "$media" '^clilib +A00001L6 .* slot:15$' "A00001L6 in slot:15"
expect "$media" '^clilib +W00000LW +LTO-6 .* yes +slot:11$' "WORM cartridge in slot:11"
ctl media create clilib C00000L6 --capacity 32M >/dev/null || sl_die "media create failed"
ctl media list clilib | grep -Eq '^clilib +C00000L6 .* slot:2$' || sl_die "C00000L6 not in the first free slot (slot:2)"

# The initiator's view: READ ELEMENT STATUS agrees with library show.
C="iscsi://127.0.0.1:$SL_PORT/$IQN/0"
res=$(sl_run 60 "$tool" "$C" tur tur status)
printf '%s\n' "$res"
show=$(ctl --json library show clilib)
python3 - "$show" "$res" <<'PY' || sl_die "READ ELEMENT STATUS and library show disagree"
import json, sys
show = json.loads(sys.argv[1])
types = {"transport": 1, "slot": 2, "ie": 3, "drive": 4}
want = {(types[e["type"]], e["address"]): (1 if e["full"] else 0, e.get("barcode", "-")) for e in show["elements"]}
got = {}
for line in sys.argv[2].splitlines():
    f = line.split()
    if f and f[0] == "E":
        got[(int(f[1]), int(f[2]))] = (int(f[3]), f[6])
assert set(got) == set(want), (sorted(set(got) ^ set(want)))
for k, v in want.items():
    assert got[k] == v, (k, got[k], v)
print("READ ELEMENT STATUS agrees with library show:", len(got), "elements")
PY

# Restart: the library comes back from the saved configuration, cartridges where they were.
# (c.json has no library: start from the saved running configuration)
sl_stop
sl_start "$SL_STATE/config.json" --socket "$SOCK"
ctl media list clilib | grep -Eq '^clilib +A00000L6 .* drive:0$' || sl_die "A00000L6 not in drive:0 after restart"

# Delete: gone from the listing and from discovery.
ctl library delete clilib >/dev/null || sl_die "library delete failed"
set +e
ctl library show clilib >/dev/null 2>&1; rc=$?
set -e
((rc == 1)) || sl_die "library show after delete exited $rc (want 1)"
timeout 10 iscsi-ls "iscsi://127.0.0.1:$SL_PORT" | grep -q "$IQN" && sl_die "$IQN still discovered after library delete"
sl_log "PASS"
