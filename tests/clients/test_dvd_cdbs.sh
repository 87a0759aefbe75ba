#!/usr/bin/env bash
# A DVD jukebox with raw CDBs from a libiscsi initiator (dvd_cdbs.c and the
# changer's changer_cdbs.c, compiled here against libiscsi-dev): the full
# load / read / burn / close / eject / move cycle.
#   * discs in the slots: sample ISOs mastered at start, blank DVD+Rs, a zip
#     holding an ISO imported at start; READ ELEMENT STATUS shows their tags
#   * MOVE MEDIUM slot -> drive: DVD-ROM profile, READ CAPACITY, TOC, every
#     sector identical to the ISO; WRITE refused (05/30/05)
#   * PREVENT + eject refused (05/53/02), eject -> the disc out in the slot:
#     NOT READY medium not present (02/3a/00), GESN MediaRemoval with no open
#     door, reads fail, PREVENT + eject again -> 05/53/02; LoEj
#     + Start draws it back in; eject again and the changer takes it back
#   * a blank DVD+R: burn an ISO at the next writable address, CLOSE TRACK,
#     CLOSE SESSION -> still appendable with an empty second session starting
#     at the next ECC block (what growisofs -M reads: disc information, the
#     track's start, READ TOC format 1); a second session burned there, both
#     read back identical; finalize (function 6) -> complete, WRITE refused;
#     moved out and into the drive again, still identical; writing past a
#     small blank's capacity -> 05/63/00
#   * a standalone dvd LUN and the same ISO in two drives
#   * the inventory (and the burned disc) survive a restart
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need cc iscsi-ls
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
media_cli=$(cd "$(dirname "$SL_BIN")/.." && pwd)/media/storlab-media
[[ -x $media_cli ]] || sl_skip "storlab-media not built next to storlabd ($media_cli)"
dvd=$SL_TMP/dvd_cdbs chg=$SL_TMP/changer_cdbs
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$dvd" "$here/dvd_cdbs.c" -liscsi || sl_die "cannot build dvd_cdbs.c"
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$chg" "$here/changer_cdbs.c" -liscsi || sl_die "cannot build changer_cdbs.c"

# Media made with the CLI: an ISO to burn, an ISO in a zip (imported at start).
mkdir -p "$SL_TMP/tree/sub"
printf 'burn me\n' >"$SL_TMP/tree/hello.txt"
head -c 300000 /dev/urandom >"$SL_TMP/tree/sub/random.bin"
sl_run 60 "$media_cli" iso master "$SL_TMP/tree" "$SL_TMP/burn.iso" --volid BURNTEST >/dev/null
sl_run 60 "$media_cli" iso master "$SL_TMP/tree/sub" "$SL_TMP/inzip.iso" --volid ZIPPED >/dev/null
have_zip=0
if command -v zip >/dev/null 2>&1; then
  (cd "$SL_TMP" && zip -q disc.zip inzip.iso) && have_zip=1
fi
zipdisc=""
((have_zip)) && zipdisc=",{\"first\":\"ZIP000\",\"image\":\"$SL_TMP/disc.zip\"}"

IQN=iqn.2026-11.lab.storlab:jukebox-test
SIQN=iqn.2026-11.lab.storlab:dvd-test
cfg=$SL_TMP/jukebox.json
sl_config "$cfg" "{\"schema\":1,
  \"targets\":[{\"iqn\":\"$SIQN\",\"luns\":[{\"lun\":1,\"type\":\"dvd\",\"path\":\"$SL_TMP/burn.iso\"},
                                          {\"lun\":2,\"type\":\"dvd\",\"path\":\"$SL_TMP/burn.iso\"},{\"lun\":3,\"type\":\"dvd\"}]}],
  \"libraries\":[{\"name\":\"jb\",\"iqn\":\"$IQN\",\"personality\":\"storlab-jukebox\",\"changerLun\":0,
  \"drives\":{\"count\":1,\"type\":\"dvd\",\"firstLun\":1},\"slots\":8,\"ieSlots\":1,\"mediaDir\":\"$SL_TMP/media\",
  \"discs\":[{\"first\":\"ISO000\",\"count\":2,\"sample\":true},{\"first\":\"DVDR000\",\"count\":1,\"blank\":\"dvd+r\",\"capacity\":\"64M\"},
             {\"first\":\"TINY000\",\"blank\":\"dvd+r\",\"capacity\":\"256K\"}$zipdisc]}]}"
sl_start "$cfg"
C=$(sl_url "$IQN" 0)
D=$(sl_url "$IQN" 1)
# storlab-jukebox addresses: transport 0, drive 256, IE 768, slots 1024..
S1=1024 S3=1026 S4=1027 S5=1028 DR=256

expect() { grep -Eq "$2" <<<"$1" || sl_die "$3: expected /$2/ in: $1"; }

out=$(sl_run 60 "$chg" "$C" status)
printf '%s\n' "$out"
expect "$out" "^E 2 $S1 1 0 0 ISO000 -$" "slot 1 holds ISO000"
expect "$out" "^E 2 $S3 1 0 0 DVDR000 -$" "slot 3 holds the blank DVDR000"
expect "$out" "^E 4 $DR 0 0 0 - STORLAB_VIRTUAL-DVD-RW" "drive empty, DVCID STORLAB VIRTUAL-DVD-RW"
((have_zip)) && expect "$out" "^E 2 $S5 1 0 0 ZIP000 -$" "slot 5 holds the disc imported from the zip"

# --- an ISO: load, read, refuse writes, eject rules, back to its slot
expect "$(sl_run 60 "$chg" "$C" move $S1 $DR)" '^GOOD$' "MOVE MEDIUM slot 1 -> drive"
out=$(sl_run 120 "$dvd" "$D" tur tur profile cap discinfo toc verify "$SL_TMP/media/ISO000.iso" write 0 1)
printf '%s\n' "$out"
expect "$out" '^PROFILE 0010$' "DVD-ROM profile"
expect "$out" '^DISC 2 1$' "a complete disc with one track"
expect "$out" '^SAME$' "every sector of ISO000 reads back"
expect "$out" '^SENSE 5/30/05$' "WRITE to a DVD-ROM: CANNOT WRITE MEDIUM - INCOMPATIBLE FORMAT"
out=$(sl_run 60 "$dvd" "$D" prevent 1 eject prevent 0 eject tur gesn verify "$SL_TMP/media/ISO000.iso" prevent 1 eject prevent 0 load tur gesn verify "$SL_TMP/media/ISO000.iso" eject)
printf '%s\n' "$out"
mapfile -t l <<<"$out"
[[ ${l[1]} == "SENSE 5/53/02" ]] || sl_die "eject while prevented: ${l[1]} (want ILLEGAL REQUEST, MEDIUM REMOVAL PREVENTED)"
[[ ${l[3]} == "GOOD" && ${l[4]} == "SENSE 2/3a/00" ]] || sl_die "eject: $out (want GOOD then MEDIUM NOT PRESENT)"
[[ ${l[5]} == "EVENT 3 00" ]] || sl_die "GESN after the eject: ${l[5]} (want MediaRemoval, no medium, no open door)"
[[ ${l[6]} == "SENSE 2/3a/00" ]] || sl_die "READ after the eject: ${l[6]} (want MEDIUM NOT PRESENT)"
[[ ${l[8]} == "SENSE 5/53/02" ]] || sl_die "eject while prevented, disc in the slot: ${l[8]} (want MEDIUM REMOVAL PREVENTED)"
[[ ${l[10]} == "GOOD" && ${l[11]} == "GOOD" ]] || sl_die "LoEj + Start: $out (want the disc back in)"
[[ ${l[12]} == "EVENT 2 02" ]] || sl_die "GESN after the load: ${l[12]} (want NewMedia, medium present)"
[[ ${l[13]} == "SAME" && ${l[14]} == "GOOD" ]] || sl_die "read after the load, eject: $out"
expect "$(sl_run 60 "$chg" "$C" move $DR $S1)" '^GOOD$' "MOVE MEDIUM drive -> slot 1 after the eject"

# --- a blank DVD+R: burn, close, finalize, read back, move out and in again
expect "$(sl_run 60 "$chg" "$C" move $S3 $DR)" '^GOOD$' "MOVE MEDIUM blank -> drive"
sectors=$(( $(stat -c %s "$SL_TMP/burn.iso") / 2048 ))
second=$(( (sectors + 15) / 16 * 16 ))               # the next session's ECC block
sectors2=$(( $(stat -c %s "$SL_TMP/inzip.iso") / 2048 ))
third=$(( (second + sectors2 + 15) / 16 * 16 ))
out=$(sl_run 120 "$dvd" "$D" tur profile discinfo nwa burn "$SL_TMP/burn.iso" sync nwa close 1 close 2 sessions session nwa \
  burn "$SL_TMP/inzip.iso" close 1 close 2 sessions session nwa cap verify "$SL_TMP/burn.iso" verifyat $second "$SL_TMP/inzip.iso" \
  close 6 discinfo sessions write $third 1)
printf '%s\n' "$out"
expect "$out" '^PROFILE 001b$' "DVD+R profile"
expect "$out" '^DISC 0 1$' "blank disc"
expect "$out" '^NWA 0 32768$' "next writable address 0, 64 MiB free"
expect "$out" "^NWA $sectors $((32768 - sectors))\$" "NWA after the burn"
expect "$out" '^SESSIONS 1 0 2 2$' "after CLOSE SESSION: appendable, an empty second session with track 2"
expect "$out" '^SESSION 1 1 0$' "READ TOC format 1: session 1 starts at 0"
expect "$out" "^NWA $second $((32768 - second))\$" "the second session starts at the next ECC block"
expect "$out" '^SESSIONS 1 0 3 3$' "after the second session: an empty third one"
expect "$out" "^SESSION 2 2 $second\$" "READ TOC format 1: session 2 starts at $second"
expect "$out" "^NWA $third " "the third session's start"
expect "$out" "^CAP $((second + sectors2 - 1)) 2048\$" "READ CAPACITY = the end of the second session"
[[ $(grep -c '^SAME$' <<<"$out") == 2 ]] || sl_die "both sessions read back identical: $out"
expect "$out" '^DISC 2 2$' "finalized (complete) after CLOSE TRACK/SESSION function 6"
expect "$out" '^SESSIONS 2 3 2 2$' "complete: two sessions"
expect "$out" '^SENSE 5/30/05$' "WRITE to a finalized DVD+R"
expect "$(sl_run 60 "$chg" "$C" move $DR $S3 move $S3 $DR)" '^GOOD' "burned disc out and back in"
expect "$(sl_run 120 "$dvd" "$D" tur verify "$SL_TMP/burn.iso")" '^SAME$' "read back after the move"
expect "$(sl_run 60 "$chg" "$C" move $DR $S3)" '^GOOD$' "burned disc back to slot 3"
sl_run 30 "$media_cli" iso info "$SL_TMP/media/DVDR000.dvdr" | grep -q 'state: *finalized' || sl_die "storlab-media iso info: not finalized"

# --- a blank too small for the image: END OF USER AREA ENCOUNTERED
expect "$(sl_run 60 "$chg" "$C" move $S4 $DR)" '^GOOD$' "tiny blank -> drive"
out=$(sl_run 60 "$dvd" "$D" tur burn "$SL_TMP/burn.iso")
expect "$out" '^SENSE 5/63/00$' "burning past the blank's capacity"
expect "$(sl_run 60 "$chg" "$C" move $DR $S4)" '^GOOD$' "tiny blank back"

# --- the zip-imported disc
if ((have_zip)); then
  expect "$(sl_run 60 "$chg" "$C" move $S5 $DR)" '^GOOD$' "zip disc -> drive"
  expect "$(sl_run 60 "$dvd" "$D" tur verify "$SL_TMP/inzip.iso")" '^SAME$' "the ISO extracted from the zip"
  expect "$(sl_run 60 "$chg" "$C" move $DR $S5)" '^GOOD$' "zip disc back"
fi

# --- standalone DVD LUNs: one ISO in two drives, an empty drive
expect "$(sl_run 60 "$dvd" "$(sl_url "$SIQN" 1)" tur verify "$SL_TMP/burn.iso")" '^SAME$' "standalone drive 1"
expect "$(sl_run 60 "$dvd" "$(sl_url "$SIQN" 2)" tur verify "$SL_TMP/burn.iso")" '^SAME$' "the same ISO in drive 2"
expect "$(sl_run 60 "$dvd" "$(sl_url "$SIQN" 3)" tur tur)" '^SENSE 2/3a/00$' "empty drive: MEDIUM NOT PRESENT"

# --- restart: the inventory and the burned disc are kept
expect "$(sl_run 60 "$chg" "$C" move $S3 $DR)" '^GOOD$' "burned disc -> drive before the restart"
sl_stop
sl_start "$cfg"
out=$(sl_run 60 "$chg" "$C" status)
expect "$out" "^E 4 $DR 1 1 $S3 DVDR000 " "the drive holds DVDR000 after the restart"
expect "$(sl_run 120 "$dvd" "$D" tur tur profile verify "$SL_TMP/burn.iso")" '^SAME$' "burned disc after the restart"
echo "DVD CDB test OK"
