#!/usr/bin/env bash
# media.import and drive events with real clients (storlabctl, and libiscsi
# through tests/clients/dvd_cdbs.c):
#   * an .iso.gz imported into a jukebox (slot, then the drive): every
#     sector read back over iSCSI equals the source ISO
#   * a folder imported into a standalone DVD drive: read back identical to
#     the stored image; its files equal the folder (xorriso, when installed)
#   * the initiator's own START STOP UNIT LoEj (eject, load) arrives as
#     event.drive.changed {byInitiator: true} and event.library.changed
#     {reason: driveChanged}; drive.show / library.show follow
#   * drive eject / load with storlabctl; the initiator sees NOT READY, then
#     the UNIT ATTENTION for the new medium
#   * Ctrl-C on a running import cancels the job: nothing is left behind
#   * refused with -32003 and nothing left behind: a text file, a truncated
#     ISO, a corrupt .gz, a zip bomb over the cap
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need cc iscsi-ls
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
media_cli=$(cd "$(dirname "$SL_BIN")/.." && pwd)/media/storlab-media
[[ -x $media_cli ]] || sl_skip "storlab-media not built next to storlabd ($media_cli)"
sl_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 120 "$CTL" --socket "$SOCK" "$@"; }
dvd=$SL_TMP/dvd_cdbs
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$dvd" "$here/dvd_cdbs.c" -liscsi || sl_die "cannot build dvd_cdbs.c"
expect() { grep -Eq "$2" <<<"$1" || sl_die "$3: expected /$2/ in: $1"; }

# --- inputs
mkdir -p "$SL_TMP/tree/sub"
printf 'hello from the import test\n' >"$SL_TMP/tree/hello.txt"
head -c 700000 /dev/urandom >"$SL_TMP/tree/sub/random.bin"
sl_run 60 "$media_cli" iso master "$SL_TMP/tree" "$SL_TMP/src.iso" --volid IMPORTTEST >/dev/null
gzip -k "$SL_TMP/src.iso"

IQN=iqn.2026-11.lab.storlab:import-jb
SIQN=iqn.2026-11.lab.storlab:import-dvd
cfg=$SL_TMP/c.json
sl_config "$cfg" "{\"schema\":2,
  \"targets\":[{\"iqn\":\"$SIQN\",\"luns\":[{\"lun\":1,\"type\":\"dvd\"}]}],
  \"libraries\":[{\"name\":\"jb\",\"iqn\":\"$IQN\",\"personality\":\"storlab-jukebox\",\"changerLun\":0,
  \"drives\":{\"count\":1,\"type\":\"dvd\",\"firstLun\":1},\"slots\":6,\"ieSlots\":1,\"mediaDir\":\"$SL_TMP/media\",
  \"discs\":[{\"first\":\"ISO000\",\"count\":2,\"sample\":true}]}]}"
sl_start "$cfg" --socket "$SOCK"
D=$(sl_url "$IQN" 1)
S=$(sl_url "$SIQN" 1)

events=$SL_TMP/events.jsonl
"$CTL" --socket "$SOCK" --json events watch --events 'event.drive.*,event.job.*,event.library.*' >"$events" 2>&1 &
watch_pid=$!
trap 'kill "$watch_pid" 2>/dev/null || true; sl_cleanup' EXIT
sleep 0.5
# wait_event PATTERN WHAT: a line of the event log matching PATTERN (extended regex)
wait_event() {
  local i
  for ((i = 0; i < 100; i++)); do
    grep -Eq "$1" "$events" && return 0
    sleep 0.1
  done
  cat "$events" >&2
  sl_die "no event /$1/: $2"
}

# --- .iso.gz into the jukebox: slot 4, then the drive
out=$(ctl media import "$SL_TMP/src.iso.gz" --library jb --barcode IMP001 --to slot:4 --drive drive:0 2>&1) || sl_die "import .iso.gz: $out"
printf '%s\n' "$out"
expect "$out" 'location *: *drive:0' "the imported disc is in the drive"
expect "$out" 'barcode *: *IMP001' "barcode"
wait_event '"event.job.finished".*"ok":true' "job finished"
wait_event '"event.job.progress".*"phase":"expanding"' "expanding progress"
wait_event '"event.drive.changed".*"barcode":"IMP001".*"reason":"loaded"|"event.drive.changed".*"reason":"loaded".*"barcode":"IMP001"' "the drive load"
expect "$(sl_run 120 "$dvd" "$D" tur tur profile verify "$SL_TMP/src.iso")" '^SAME$' "the imported disc reads back identical to the ISO"
ls "$SL_TMP/media/IMP001.iso" >/dev/null || sl_die "the disc is stored in the media directory"
expect "$(ctl --json library show jb)" '"barcode": "IMP001"' "library.show lists IMP001"

# --- the initiator's own eject and load (START STOP UNIT LoEj) are events
: >"$events.mark"
out=$(sl_run 60 "$dvd" "$D" tur tur eject tur)
expect "$out" '^SENSE 2/3a/00$' "medium not present after the initiator's eject (a slot-loading drive)"
wait_event '"event.drive.changed".*"reason":"ejected"' "initiator eject"
wait_event '"event.library.changed".*"driveChanged"' "library.changed driveChanged"
grep -E '"reason":"ejected"' "$events" | grep -q '"byInitiator":true' || sl_die "the eject is byInitiator"
show=$(ctl --json drive show "$IQN" 1)
expect "$show" '"loaded": false' "drive.show: not loaded after the eject"
expect "$show" '"present": true' "drive.show: the disc is still in the drive"
expect "$show" '"library": "jb"' "drive.show names the library"
out=$(sl_run 60 "$dvd" "$D" tur load tur tur)
expect "$out" '^GOOD$' "the disc drawn in again"
wait_event '"event.drive.changed".*"byInitiator":true.*"reason":"loaded"' "the initiator's load"
# A library drive refuses drive eject: changer.move owns its media.
out=$(ctl drive eject "$IQN" 1 2>&1) && sl_die "drive eject in a library succeeded"
expect "$out" 'use changer.move' "inLibrary refusal"

# --- a folder into the standalone DVD drive
out=$(ctl media import "$SL_TMP/tree" --target "$SIQN" --lun 1 --name treedisc 2>&1) || sl_die "import folder: $out"
printf '%s\n' "$out"
stored=$SL_STATE/media/treedisc.iso
[[ -f $stored ]] || sl_die "the mastered image is stored as $stored"
expect "$(sl_run 120 "$dvd" "$S" tur tur profile verify "$stored")" '^SAME$' "the standalone drive reads the mastered folder"
if command -v xorriso >/dev/null 2>&1; then
  xorriso -osirrox on -indev "$stored" -extract / "$SL_TMP/back" >/dev/null 2>&1 || sl_die "xorriso cannot read $stored"
  chmod -R u+w "$SL_TMP/back"
  diff -r "$SL_TMP/tree" "$SL_TMP/back" || sl_die "the mastered files differ from the folder"
fi
expect "$(ctl --json drive show "$SIQN" 1)" '"loaded": true' "drive.show after the import"

# --- drive eject / load: NOT READY, then UNIT ATTENTION for the new medium
ctl drive eject "$SIQN" 1 >/dev/null || sl_die "drive eject"
wait_event '"event.drive.changed".*"reason":"unloaded"' "drive eject event"
expect "$(sl_run 60 "$dvd" "$S" tur tur)" '^SENSE 2/3a/00$' "MEDIUM NOT PRESENT after drive eject"
# An initiator logged in while the drive is empty sees the new disc announced.
timeout 60 "$dvd" "$S" tur tur sleep 3 tur tur verify "$SL_TMP/src.iso" >"$SL_TMP/ua.out" 2>&1 &
dvd_pid=$!
sleep 1
ctl drive load "$SIQN" 1 "$SL_TMP/src.iso" >/dev/null || sl_die "drive load"
wait "$dvd_pid" || sl_die "dvd_cdbs around drive load: $(cat "$SL_TMP/ua.out")"
out=$(cat "$SL_TMP/ua.out")
printf '%s\n' "$out"
expect "$out" '^SENSE 2/3a/00$' "MEDIUM NOT PRESENT before drive load"
expect "$out" '^SENSE 6/28/00$' "UNIT ATTENTION (NOT READY TO READY CHANGE, MEDIUM MAY HAVE CHANGED) after drive load"
expect "$out" '^SAME$' "the loaded ISO reads back"
out=$(ctl drive load "$SIQN" 1 "$SL_TMP/src.iso" 2>&1) && sl_die "a second load succeeded"
expect "$out" 'eject it first' "occupied drive"

# --- Ctrl-C on a running import: job.cancel, nothing left behind
mkdir -p "$SL_TMP/big"
truncate -s 6G "$SL_TMP/big/zeros.bin"
# storlabctl itself gets the SIGINT (a simple background command: $! is its pid).
"$CTL" --socket "$SOCK" media import "$SL_TMP/big" --name bigdisc >"$SL_TMP/cancel.out" 2>&1 &
cli_pid=$!
wait_event '"event.job.progress".*"done":[1-9][0-9]*,.*"phase":"mastering"' "the big import makes progress"
kill -INT "$cli_pid"
rc=0
wait "$cli_pid" || rc=$?
((rc == 1)) || sl_die "the cancelled import exited with $rc: $(cat "$SL_TMP/cancel.out")"
expect "$(cat "$SL_TMP/cancel.out")" 'cancelled' "the CLI reports the cancel"
wait_event '"event.job.finished".*-32010' "finished with Cancelled"
ls "$SL_STATE/media" | grep -q bigdisc && sl_die "a cancelled import left $(ls "$SL_STATE/media")"
[[ $(ctl --json job list | tr -d ' \n') == "[]" ]] || sl_die "a job still runs after the cancel: $(ctl job list)"

# --- not media: refused with -32003, nothing left behind
printf 'just a text file\n' >"$SL_TMP/notes.txt"
head -c 100000 "$SL_TMP/src.iso" >"$SL_TMP/truncated.iso"
head -c 2000 "$SL_TMP/src.iso.gz" >"$SL_TMP/corrupt.iso.gz"
python3 - "$SL_TMP/bomb.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("disc.iso", b"\0" * (64 << 20))
PY
before=$(ls "$SL_STATE/media" | sort)
for bad in notes.txt truncated.iso corrupt.iso.gz bomb.zip; do
  out=$(ctl media import "$SL_TMP/$bad" --max-size 16M 2>&1) && sl_die "$bad was imported: $out"
  printf '%s: %s\n' "$bad" "$out"
  expect "$out" 'error -32003' "$bad refused with InvalidArgument"
done
[[ $(ls "$SL_STATE/media" | sort) == "$before" ]] || sl_die "refused imports left files: $(ls "$SL_STATE/media")"
ls "$SL_STATE/media" | grep -q '\.part$' && sl_die "a partial image was left"
echo "DVD import test OK"
