#!/usr/bin/env bash
# SSC tape drives under a real Linux kernel (st, sg) in the QEMU guest of
# ../shared/harness/vm, driven with mt-st, GNU tar and dd: two tar archives
# separated by filemarks, rewind / fsf / eod with the positions `mt status`
# and `mt tell` report, the first archive restored with identical checksums,
# fixed (setblk 65536) and variable (setblk 0) block mode with the record
# sizes checked on the tape, and a WORM cartridge that refuses an overwrite
# at BOT but accepts a write at EOD. Afterwards the cartridge files are
# checked on the host with `storlab-media tape dump`.
# SKIP when the harness or qemu-system-x86_64 is not installed
# (STORLAB_VM_HARNESS overrides the harness path).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=vm_lib.sh
source "$here/vm_lib.sh"
sl_init "${1:-}"
vm_init

# storlab-media is built next to storlabd: <build>/media/storlab-media beside <build>/daemon/storlabd.
MEDIA=""
for c in "$(dirname "$SL_BIN")/../media/storlab-media" "$(dirname "$SL_BIN")/storlab-media" "$(command -v storlab-media || true)"; do
  [[ -n $c && -x $c ]] && { MEDIA=$c; break; }
done
[[ -n $MEDIA ]] || sl_die "storlab-media not found near $SL_BIN (build the storlab-media target)"

IQN=iqn.2026-11.lab.storlab:vm-tape
mkdir -p "$SL_TMP/media"
DATA=$SL_TMP/media/T00001L6.tape
WORM=$SL_TMP/media/W00001LW.tape
sl_run 30 "$MEDIA" tape create --barcode T00001L6 --capacity 256M "$DATA" >/dev/null
sl_run 30 "$MEDIA" tape create --barcode W00001LW --capacity 256M --worm "$WORM" >/dev/null
cfg=$SL_TMP/tape.json
sl_config "$cfg" "{\"schema\":1,\"targets\":[{\"iqn\":\"$IQN\",\"luns\":[
  {\"lun\":1,\"type\":\"tape\",\"path\":\"$DATA\",\"options\":{\"generation\":\"LTO-6\"}},
  {\"lun\":2,\"type\":\"tape\",\"path\":\"$WORM\",\"options\":{\"generation\":\"LTO-6\"}}]}]}"
sl_start "$cfg"

guest=$SL_TMP/guest.sh
{
  echo '#!/bin/sh'
  echo 'set -u'
  vm_guest_prelude
  cat <<'GUEST'
T=$(lun-dev 0)          # nst node of the drive holding T00001L6
W=$(lun-dev 1)          # nst node of the drive holding the WORM cartridge W00001LW
case $T in */nst*) ;; *) fail "LUN 0 is not a no-rewind tape node: $T" ;; esac
case $W in */nst*) ;; *) fail "LUN 1 is not a no-rewind tape node: $W" ;; esac
# pos DEV FILE BLOCK TELL WHAT: mt status file/block numbers and mt tell (READ
# POSITION). BLOCK is a regex: after `mt eod` st reports block number -1 (it
# spaced filemarks into EOD and cannot know where in the file that is).
pos() {
  mt -f $1 status >/tmp/pos || fail "$5: mt status"
  want /tmp/pos "File number=$2, block number=($3)," "$5: mt status"
  mt -f $1 tell >/tmp/tell || fail "$5: mt tell"
  want /tmp/tell "^At block $4\.\$" "$5: mt tell"
}

step "mt status (cartridge loaded at start, LTO-6 density 0x5a)"
mt -f $T status >/dev/null 2>&1 || true   # the power-on unit attention
mt -f $W status >/dev/null 2>&1 || true
mt -f $T status >/tmp/s0 || fail "mt status"
cat /tmp/s0
want /tmp/s0 'ONLINE' "drive online"
want /tmp/s0 'BOT' "at BOT"
want /tmp/s0 '[Dd]ensity code 0x5a' "LTO-6 density code"
want /tmp/s0 'File number=0, block number=0,' "at file 0 block 0"
mt -f $T setblk 0 || fail "mt setblk 0"
mt -f $T status >/tmp/s0 && want /tmp/s0 'Tape block size 0 bytes' "variable block mode"

step "two tar archives separated by filemarks"
mkdir -p /tmp/src/dirA /tmp/src/dirB /tmp/out
echo "first archive" >/tmp/src/dirA/a.txt
dd if=/dev/urandom of=/tmp/src/dirA/a.bin bs=1k count=300 status=none
echo "second archive" >/tmp/src/dirB/b.txt
dd if=/dev/urandom of=/tmp/src/dirB/b.bin bs=1k count=123 status=none
dd if=/dev/urandom of=/tmp/src/dirB/c.bin bs=1 count=7777 status=none
# GNU tar writes records of 10240 bytes (blocking factor 20): one tape block each in variable mode.
NA=$(( $(tar -C /tmp/src -cf - dirA | wc -c) / 10240 ))
NB=$(( $(tar -C /tmp/src -cf - dirB | wc -c) / 10240 ))
tar -C /tmp/src -cf - dirB | tar -tf - >/tmp/listB
echo "archive A = $NA blocks, archive B = $NB blocks"
mt -f $T rewind || fail "mt rewind"
tar -C /tmp/src -cf $T dirA || fail "tar cf dirA"
tar -C /tmp/src -cf $T dirB || fail "tar cf dirB"
pos $T 2 0 $((NA + 1 + NB + 1)) "after two archives"

step "rewind"
mt -f $T rewind || fail "mt rewind"
pos $T 0 0 0 "after rewind"
want /tmp/pos 'BOT' "BOT after rewind"

step "fsf 1, tar tf lists dirB"
mt -f $T fsf 1 || fail "mt fsf 1"
pos $T 1 0 $((NA + 1)) "after fsf 1"
tar -tf $T >/tmp/gotB || fail "tar tf (second archive)"
cmp /tmp/listB /tmp/gotB || { cat /tmp/gotB; fail "tar tf after fsf 1 does not list dirB"; }

step "rewind, tar xf restores dirA"
mt -f $T rewind || fail "mt rewind"
tar -C /tmp/out -xf $T || fail "tar xf (first archive)"
(cd /tmp/src && sha256sum dirA/a.txt dirA/a.bin) >/tmp/sumA
(cd /tmp/out && sha256sum -c /tmp/sumA) || fail "dirA restored with different checksums"
[ ! -e /tmp/out/dirB ] || fail "tar xf of the first archive also restored dirB"

step "eod"
mt -f $T eod || fail "mt eod"
pos $T 2 "0|-1" $((NA + NB + 2)) "after eod"
E=$((NA + NB + 2))

step "fixed block mode: setblk 65536"
mt -f $T setblk 65536 || fail "mt setblk 65536"
mt -f $T status >/tmp/s1 || fail "mt status"
want /tmp/s1 'Tape block size 65536 bytes' "fixed block mode"
dd if=/dev/urandom of=/tmp/fix bs=64k count=4 status=none
dd if=/tmp/fix of=$T bs=128k count=2 status=none || fail "dd write in fixed mode"   # WRITE(6) FIXED, 2 blocks each
pos $T 3 0 $((E + 4 + 1)) "after 4 fixed blocks + filemark"
mt -f $T bsf 2 || fail "mt bsf 2"
mt -f $T fsf 1 || fail "mt fsf 1"
pos $T 2 0 $E "back at the start of file 2"
dd if=$T of=/tmp/fixback bs=64k status=none || fail "dd read in fixed mode"
cmp /tmp/fix /tmp/fixback || fail "fixed-mode data differ"

step "variable block mode: setblk 0, record sizes on the tape"
mt -f $T setblk 0 || fail "mt setblk 0"
mt -f $T status >/tmp/s2 && want /tmp/s2 'Tape block size 0 bytes' "variable block mode again"
mt -f $T eod || fail "mt eod"
dd if=/dev/urandom of=/tmp/var bs=12345 count=1 status=none
dd if=/tmp/var of=$T bs=12345 status=none || fail "dd write of a 12345-byte record"
dd if=/dev/urandom of=/tmp/var2 bs=1000 count=1 status=none
dd if=/tmp/var2 of=$T bs=1000 status=none || fail "dd write of a 1000-byte record"
pos $T 5 0 $((E + 5 + 2 + 2)) "after two one-record files"
mt -f $T rewind && mt -f $T fsf 2 || fail "rewind, fsf 2"
# variable mode, 256 KiB requested: the drive returns one 64 KiB block (ILI, short record)
got=$(dd if=$T bs=256k count=1 status=none | wc -c)
eq "$got" 65536 "a block written in fixed mode read back in variable mode"
mt -f $T fsf 1 || fail "fsf 1 to file 3"
dd if=$T of=/tmp/varback bs=64k count=1 status=none || fail "dd read of the 12345-byte record"
cmp /tmp/var /tmp/varback || fail "12345-byte record differs"
mt -f $T fsf 1 || fail "fsf 1 to file 4"
dd if=$T of=/tmp/varback2 bs=64k count=1 status=none || fail "dd read of the 1000-byte record"
cmp /tmp/var2 /tmp/varback2 || fail "1000-byte record differs"
mt -f $T eod || fail "mt eod"
pos $T 5 "0|-1" $((E + 9)) "final eod"
mt -f $T rewind

step "WORM cartridge: write at BOT of a blank WORM, overwrite refused, append at EOD"
mt -f $W status >/tmp/w0 || fail "mt status (WORM)"
cat /tmp/w0
want /tmp/w0 'BOT' "WORM at BOT"
mt -f $W setblk 0 || fail "mt setblk 0 (WORM)"
tar -C /tmp/src -cf $W dirA || fail "first write to the blank WORM cartridge"
mt -f $W rewind || fail "mt rewind (WORM)"
dmesg -c >/dev/null 2>&1 || true
if tar -C /tmp/src -cf $W dirB 2>/tmp/tarerr; then fail "WORM cartridge accepted an overwrite at BOT"; fi
cat /tmp/tarerr
dmesg >/tmp/dm 2>/dev/null || true
cat /tmp/dm
want /tmp/dm '[Dd]ata [Pp]rotect' "the overwrite is refused with DATA PROTECT"
want /tmp/dm '[Ww][Oo][Rr][Mm].*[Oo]verwrite|30 0c|300c' "WORM MEDIUM - OVERWRITE ATTEMPTED (30h/0Ch)"
mt -f $W rewind || fail "mt rewind (WORM)"
tar -C /tmp/src -cf - dirA | tar -tf - >/tmp/listA
tar -tf $W >/tmp/gotA || fail "tar tf of the WORM's first archive after the refused overwrite"
cmp /tmp/listA /tmp/gotA || fail "the WORM's first archive changed"
mt -f $W eod || fail "mt eod (WORM)"
pos $W 1 "0|-1" $((NA + 1)) "WORM at EOD"
tar -C /tmp/src -cf $W dirB || fail "append at EOD of the WORM cartridge"
mt -f $W rewind && mt -f $W fsf 1 || fail "rewind, fsf 1 (WORM)"
rm -rf /tmp/out/dirB
tar -C /tmp/out -xf $W || fail "tar xf of the appended archive (WORM)"
(cd /tmp/src && sha256sum dirB/b.txt dirB/b.bin dirB/c.bin) >/tmp/sumB
(cd /tmp/out && sha256sum -c /tmp/sumB) || fail "appended WORM archive differs"
mt -f $W rewind
echo "TAPE-VM OK NA=$NA NB=$NB"
GUEST
} >"$guest"

vm_run "$guest" "TAPE-VM OK" --lun "$(sl_url "$IQN" 1)" --lun "$(sl_url "$IQN" 2)"
ok=$(grep -m1 '^TAPE-VM OK' <<<"$VM_OUT")
NA=$(sed -n 's/.*NA=\([0-9]*\).*/\1/p' <<<"$ok")
NB=$(sed -n 's/.*NB=\([0-9]*\).*/\1/p' <<<"$ok")

# The cartridges as the media toolkit sees them (the daemon closed them cleanly):
# every record the guest wrote, with the sizes st sent in each block mode.
sl_stop
count() { # count DUMP REGEX
  grep -Ec "$2" <<<"$1" || true
}
dump=$(sl_run 30 "$MEDIA" tape dump "$DATA")
want="$((NA + NB)) 4 1 1 5 1"
got="$(count "$dump" 'block +10240 bytes') $(count "$dump" 'block +65536 bytes') $(count "$dump" 'block +12345 bytes')\
 $(count "$dump" 'block +1000 bytes') $(count "$dump" '^ *[0-9]+ +filemark') $(count "$dump" "^ *$((NA + NB + 11)) +EOD")"
[[ $got == "$want" ]] || { printf '%s\n' "$dump" >&2
  sl_die "data cartridge: blocks of 10240/65536/12345/1000, filemarks, EOD at $((NA + NB + 11)): got $got, want $want"; }
wdump=$(sl_run 30 "$MEDIA" tape dump "$WORM")
want="$((NA + NB)) 2 1"
got="$(count "$wdump" 'block +10240 bytes') $(count "$wdump" '^ *[0-9]+ +filemark') $(count "$wdump" "^ *$((NA + NB + 2)) +EOD")"
[[ $got == "$want" ]] || { printf '%s\n' "$wdump" >&2
  sl_die "WORM cartridge: blocks of 10240, filemarks, EOD at $((NA + NB + 2)): got $got, want $want"; }
echo "tape VM test OK"
