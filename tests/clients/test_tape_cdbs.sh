#!/usr/bin/env bash
# An SSC tape LUN with raw CDBs from a libiscsi initiator (the tape commands
# of changer_cdbs.c, compiled here against libiscsi-dev): READ BLOCK LIMITS,
# WRITE(6) variable and fixed blocks, WRITE FILEMARKS, REWIND, READ(6) across
# filemarks (FILEMARK bit, NO SENSE 00h/01h, INFORMATION = residue), an
# incorrect-length READ (ILI), READ past end of data (BLANK CHECK 00h/05h),
# SPACE blocks/filemarks/EOD forwards and backwards, READ POSITION short and
# long form, LOCATE(10)/(16), `mt tell` + `mt seek` (READ POSITION and
# LOCATE with BT = 1, as Linux st sends them), MODE SELECT block length, the data
# acknowledged by WRITE FILEMARKS surviving a clean restart and kill -9, and
# `mt offline` (LOAD UNLOAD) and a load again seen by storlabctl as
# event.drive.changed {byInitiator: true}.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need cc
[[ -f /usr/include/iscsi/iscsi.h ]] || sl_skip "libiscsi-dev (iscsi/iscsi.h) not installed"
tool=$SL_TMP/changer_cdbs
cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$tool" "$here/changer_cdbs.c" -liscsi || sl_die "cannot build changer_cdbs.c"

# storlab-media is built next to storlabd: <build>/media/storlab-media beside <build>/daemon/storlabd.
MEDIA=""
for c in "$(dirname "$SL_BIN")/../media/storlab-media" "$(dirname "$SL_BIN")/storlab-media" "$(command -v storlab-media || true)"; do
  [[ -n $c && -x $c ]] && { MEDIA=$c; break; }
done
[[ -n $MEDIA ]] || sl_die "storlab-media not found near $SL_BIN (build the storlab-media target)"

IQN=iqn.2026-11.lab.storlab:tape-cdbs
mkdir -p "$SL_TMP/media"
CART=$SL_TMP/media/C00001L6.tape
sl_run 30 "$MEDIA" tape create --barcode C00001L6 --capacity 64M "$CART" >/dev/null
cfg=$SL_TMP/tape.json
sl_config "$cfg" "{\"schema\":1,\"targets\":[{\"iqn\":\"$IQN\",\"luns\":[
  {\"lun\":1,\"type\":\"tape\",\"path\":\"$CART\",\"options\":{\"generation\":\"LTO-6\"}}]}]}"
sl_start "$cfg"
T=$(sl_url "$IQN" 1)

# tape WHAT EXPECTED CMD...: runs the commands in one session (after TEST UNIT
# READY has eaten any unit attention) and compares the output line by line.
tape() {
  local what=$1 want=$2 out
  shift 2
  out=$(sl_run 60 "$tool" "$T" ready "$@")
  [[ $(head -n1 <<<"$out") == READY ]] || sl_die "$what: the drive is not ready: $out"
  out=$(tail -n +2 <<<"$out")
  if [[ $out != "$want" ]]; then
    echo "----- $what: commands: $*" >&2
    diff <(printf '%s\n' "$want") <(printf '%s\n' "$out") | sed 's/^/  /' >&2 || true
    sl_die "$what: unexpected results (< expected, > got)"
  fi
  sl_log "ok: $what"
}

# Tape layout written below (logical objects):
#   0:1000 B  1:2000 B  2:3000 B  3:FM  4:4000 B  5:5000 B  6:FM  7:100 B  8:FM  9:EOD
tape "READ BLOCK LIMITS, position at BOT" \
"LIMITS 0 8388608 1
POS 0 0 BOP=1 EOP=0" rbl rpos

tape "WRITE(6) variable blocks and WRITE FILEMARKS" \
"GOOD
GOOD
GOOD
GOOD
GOOD
GOOD
GOOD
GOOD
GOOD
POS 9 9 BOP=0 EOP=0
POSL 9 3 0 BOP=0 EOP=0" \
  write 1000 1 write 2000 2 write 3000 3 wfm 1 write 4000 4 write 5000 5 wfm 1 write 100 6 wfm 1 rpos rposl

tape "REWIND, READ(6) across filemarks, ILI, BLANK CHECK past EOD" \
"GOOD
POS 0 0 BOP=1 EOP=0
READ 1000 OK
READ 2000 OK
READ 3000 OK
SENSE 0/00/01 FM INFO=3000
POS 4 4 BOP=0 EOP=0
POSL 4 1 0 BOP=0 EOP=0
READ 4000 OK
SENSE 0/00/00 ILI INFO=3000 GOT=5000 OK
SENSE 0/00/01 FM INFO=5000
SENSE 0/00/00 ILI INFO=-50 GOT=50 OK
SENSE 0/00/01 FM INFO=100
POS 9 9 BOP=0 EOP=0
SENSE 8/00/05 INFO=1000
POS 9 9 BOP=0 EOP=0" \
  rewind rpos read 1000 1 read 2000 2 read 3000 3 read 3000 3 rpos rposl read 4000 4 \
  read 8000 5 read 5000 5 read 50 6 read 100 6 rpos read 1000 1 rpos

tape "SPACE filemarks / blocks / end of data, forwards and backwards" \
"GOOD
GOOD
POS 7 7 BOP=0 EOP=0
GOOD
POS 9 9 BOP=0 EOP=0
SENSE 8/00/05 INFO=1
POS 9 9 BOP=0 EOP=0
GOOD
GOOD
POS 2 2 BOP=0 EOP=0
SENSE 0/00/01 FM INFO=4
POS 4 4 BOP=0 EOP=0
GOOD
POS 3 3 BOP=0 EOP=0
GOOD
POS 1 1 BOP=0 EOP=0
SENSE 0/00/04 EOM INFO=4
POS 0 0 BOP=1 EOP=0
GOOD
POS 9 9 BOP=0 EOP=0
GOOD
POS 3 3 BOP=0 EOP=0
SENSE 0/00/04 EOM INFO=1
POS 0 0 BOP=1 EOP=0
GOOD
POS 0 0 BOP=1 EOP=0" \
  rewind space 1 2 rpos space 1 1 rpos space 1 1 rpos \
  rewind space 0 2 rpos space 0 5 rpos space 1 -1 rpos space 0 -2 rpos space 0 -5 rpos \
  space 3 0 rpos space 1 -3 rpos space 1 -1 rpos space 1 0 rpos

tape "LOCATE(10), LOCATE(16), LOCATE past EOD" \
"GOOD
POS 4 4 BOP=0 EOP=0
READ 4000 OK
GOOD
READ 2000 OK
GOOD
SENSE 0/00/01 FM INFO=100
SENSE 8/00/05
POS 9 9 BOP=0 EOP=0" \
  locate 4 rpos read 4000 4 locate16 1 read 2000 2 locate 8 read 100 6 locate 100 rpos

# `mt fsf 2; mt tell; mt rewind; mt seek N` as Linux st sends them: READ
# POSITION with BT = 1 reports a block address and LOCATE(10) with BT = 1
# must land exactly there (and on any other address it reported).
tape "mt tell / mt seek: READ POSITION (BT) then LOCATE(10) (BT) land where reported" \
"GOOD
GOOD
TELL 7
GOOD
TELL 0
GOOD
TELL 7
POS 7 7 BOP=0 EOP=0
READ 100 OK
GOOD
TELL 4
READ 4000 OK
SENSE 8/00/05
TELL 9" \
  rewind space 1 2 tell rewind tell seek 7 tell rpos read 100 6 seek 4 tell read 4000 4 seek 100 tell

tape "fixed block mode (MODE SELECT block length 512)" \
"GOOD
SENSE 5/24/00
GOOD
GOOD
GOOD
POS 14 14 BOP=0 EOP=0
GOOD
READ 2048 OK
SENSE 0/00/01 FM INFO=2
POS 14 14 BOP=0 EOP=0
GOOD
SENSE 0/00/00 ILI INFO=2
GOOD" \
  space 3 0 writefix 1 512 7 blocksize 512 writefix 4 512 7 wfm 1 rpos \
  locate 9 readfix 4 512 7 readfix 2 512 7 rpos locate 0 readfix 2 512 1 blocksize 0

tape "data at EOD before a restart" \
"GOOD
GOOD
GOOD
POS 16 16 BOP=0 EOP=0" space 3 0 write 777 8 wfm 1 rpos

sl_log "clean restart"
sl_stop
sl_start "$cfg"
tape "after a clean restart: BOT, every record intact, EOD at 16" \
"POS 0 0 BOP=1 EOP=0
READ 1000 OK
GOOD
READ 4000 OK
GOOD
GOOD
READ 2048 OK
GOOD
GOOD
READ 777 OK
SENSE 0/00/01 FM INFO=777
SENSE 8/00/05 INFO=777
POS 16 16 BOP=0 EOP=0
POSL 16 5 0 BOP=0 EOP=0" \
  rpos read 1000 1 locate 4 read 4000 4 blocksize 512 locate 9 readfix 4 512 7 blocksize 0 \
  locate 14 read 777 8 read 777 8 read 777 8 rpos rposl

tape "WRITE + WRITE FILEMARKS acknowledged, then kill -9" \
"GOOD
GOOD
GOOD
POS 18 18 BOP=0 EOP=0
GOOD" space 3 0 write 888 9 wfm 1 rpos write 999 10
sl_log "kill -9 storlabd (pid $SL_PID)"
kill -KILL "$SL_PID"
wait "$SL_PID" 2>/dev/null || true
SL_PID=""
sl_start "$cfg"
tape "after kill -9: the block before WRITE FILEMARKS and the filemark survived" \
"GOOD
READ 777 OK
SENSE 0/00/01 FM INFO=777
READ 888 OK
SENSE 0/00/01 FM INFO=888
GOOD
READ 1000 OK
READ 2000 OK" \
  locate 14 read 777 8 read 777 8 read 888 9 read 888 9 rewind read 1000 1 read 2000 2
# The unflushed WRITE after the last filemark may or may not be there, but
# it is whole if it is, and the tape is usable either way.
out=$(sl_run 60 "$tool" "$T" ready locate 18 read 999 10 space 3 0 rpos write 555 11 wfm 1 space 1 -1 space 0 -1 read 555 11)
printf '%s\n' "$out"
mapfile -t l <<<"$out"
case "${l[2]}" in
  "READ 999 OK") eod=19 ;;
  "SENSE 8/00/05 INFO=999") eod=18 ;;
  *) sl_die "after kill -9 the record written without a filemark is torn: ${l[2]}" ;;
esac
[[ ${l[4]} == "POS $eod $eod BOP=0 EOP=0" ]] || sl_die "after kill -9: EOD at ${l[4]}, want $eod"
[[ ${l[5]} == GOOD && ${l[6]} == GOOD && ${l[7]} == GOOD && ${l[8]} == GOOD && ${l[9]} == "READ 555 OK" ]] \
  || sl_die "after kill -9: append at EOD failed: ${l[*]:5}"
# --- `mt offline` = LOAD UNLOAD (LOAD = 0): NOT READY, the cartridge stays in the
# drive; LOAD UNLOAD (LOAD = 1) threads it again. Both are pushed to admin clients.
CTL=""
for c in "$(dirname "$SL_BIN")/../cli/storlabctl" "$(dirname "$SL_BIN")/storlabctl" "$(command -v storlabctl || true)"; do
  [[ -n $c && -x $c ]] && { CTL=$c; break; }
done
[[ -n $CTL ]] || sl_die "storlabctl not found near $SL_BIN"
events=$SL_TMP/events.jsonl
timeout 120 "$CTL" --socket "$SL_TMP/admin.sock" --json events watch --events 'event.drive.*' >"$events" 2>&1 &
watch_pid=$!
sleep 0.5
wait_event() {
  local i
  for ((i = 0; i < 100; i++)); do
    grep -Eq "$1" "$events" && return 0
    sleep 0.1
  done
  cat "$events" >&2
  kill "$watch_pid" 2>/dev/null || true
  sl_die "no event /$1/: $2"
}
out=$(sl_run 60 "$tool" "$T" ready raw 1b0000000000 0 tur)
[[ $out == $'READY\nDATA\nSENSE 2/3a/00' ]] || sl_die "LOAD UNLOAD (unload): $out"
wait_event '"event.drive.changed".*"byInitiator":true.*"reason":"ejected"' "mt offline"
grep -E '"reason":"ejected"' "$events" | grep -q '"barcode":"C00001L6"' || sl_die "the event names the cartridge: $(cat "$events")"
show=$(timeout 60 "$CTL" --socket "$SL_TMP/admin.sock" --json drive show "$IQN" 1)
grep -q '"loaded": false' <<<"$show" && grep -q '"present": true' <<<"$show" || sl_die "drive show after mt offline: $show"
out=$(sl_run 60 "$tool" "$T" raw 1b0000000100 0 ready)
[[ $out == $'DATA\nREADY' ]] || sl_die "LOAD UNLOAD (load): $out"
wait_event '"event.drive.changed".*"byInitiator":true.*"reason":"loaded"' "the initiator's load"
kill "$watch_pid" 2>/dev/null || true
wait "$watch_pid" 2>/dev/null || true
sl_log "ok: mt offline and load are events"

sl_stop
sl_run 30 "$MEDIA" tape info "$CART" >/dev/null
echo "tape CDB test OK"
