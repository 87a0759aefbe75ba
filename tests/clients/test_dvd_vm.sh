#!/usr/bin/env bash
# DVD drives and the jukebox under a real Linux kernel (sr, ch, sg) in the QEMU
# guest of ../shared/harness/vm: `mount /dev/sr0` shows the ISO's files with
# the same checksums; after `eject` the sr driver sees the medium gone (dd of
# /dev/sr0 fails, TEST UNIT READY says NOT READY) until `eject -t` draws the
# disc back in; growisofs burns an ISO onto a blank DVD+R which reads back
# identical, `growisofs -M` appends a second session and the mounted disc
# shows the files of both; `mtx` moves discs between slots and the drive.
# SKIP when the harness or qemu-system-x86_64 is not installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=vm_lib.sh
source "$here/vm_lib.sh"
sl_init "${1:-}"
vm_init
media_cli=$(cd "$(dirname "$SL_BIN")/.." && pwd)/media/storlab-media
[[ -x $media_cli ]] || sl_skip "storlab-media not built next to storlabd ($media_cli)"

mkdir -p "$SL_TMP/tree/docs"
printf 'hello from the storlab DVD test\n' >"$SL_TMP/tree/hello.txt"
head -c 200000 /dev/urandom >"$SL_TMP/tree/docs/random.bin"
sl_run 60 "$media_cli" iso master "$SL_TMP/tree" "$SL_TMP/disc.iso" --volid VMTEST >/dev/null
(cd "$SL_TMP/tree" && find . -type f | sort | xargs sha256sum) >"$SL_TMP/sums.txt"

IQN=iqn.2026-11.lab.storlab:vm-jukebox
cfg=$SL_TMP/jukebox.json
sl_config "$cfg" "{\"schema\":1,\"targets\":[],\"libraries\":[{\"name\":\"vmjb\",\"iqn\":\"$IQN\",
  \"personality\":\"storlab-jukebox\",\"changerLun\":0,\"drives\":{\"count\":1,\"type\":\"dvd\",\"firstLun\":1},
  \"slots\":10,\"ieSlots\":1,\"mediaDir\":\"$SL_TMP/media\",
  \"discs\":[{\"first\":\"ISO000\",\"image\":\"$SL_TMP/disc.iso\"},{\"first\":\"DVDR000\",\"blank\":\"dvd+r\",\"capacity\":\"64M\"}]}]}"
sl_start "$cfg"
# QEMU opens a ROM LUN with READ CAPACITY, which an empty drive answers with
# NOT READY: load the ISO from the host before the guest boots.
if [[ -f /usr/include/iscsi/iscsi.h ]] && command -v cc >/dev/null 2>&1; then
  cc -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -o "$SL_TMP/changer_cdbs" "$here/changer_cdbs.c" -liscsi ||
    sl_die "cannot build changer_cdbs.c"
  grep -q '^GOOD$' <<<"$(sl_run 60 "$SL_TMP/changer_cdbs" "$(sl_url "$IQN" 0)" move 1024 256)" || sl_die "cannot load ISO000"
else
  sl_skip "libiscsi-dev and cc are needed to load the first disc before the guest boots"
fi

guest=$SL_TMP/guest.sh
{
  echo '#!/bin/sh'
  vm_guest_prelude
  cat <<'GUEST'
set -e
F=$VMTEST_FILES
C=$(find-sg changer)
step "mtx status"
mtx -f $C status >/tmp/st1; cat /tmp/st1
want /tmp/st1 'Data Transfer Element 0:Full \(Storage Element 1 Loaded\):VolumeTag *= *ISO000' "ISO000 in the drive"
want /tmp/st1 'Storage Element 2:Full *:VolumeTag *= *DVDR000' "DVDR000 in slot 2"
step "mount the ISO"
R=$(find-dev rom)
for i in 1 2 3 4 5; do dd if=$R of=/dev/null bs=2048 count=1 2>/dev/null && break; sleep 1; done
mkdir -p /mnt/cd
mount -t iso9660 -o ro $R /mnt/cd
(cd /mnt/cd && find . -type f | sort | xargs sha256sum) >/tmp/sums
cat /tmp/sums
cmp /tmp/sums $F/sums.txt || fail "checksums differ"
umount /mnt/cd
step "eject: the medium is gone for sr until it is loaded again"
eject $R || fail "eject"
if dd if=$R of=/dev/null bs=2048 count=1 2>/tmp/dd.err; then fail "dd of $R read a block after the eject"; fi
cat /tmp/dd.err
if sg_turs $R >/tmp/tur.err 2>&1; then fail "TEST UNIT READY is GOOD after the eject"; fi
grep -qi 'not ready' /tmp/tur.err || fail "TEST UNIT READY after the eject: $(cat /tmp/tur.err)"
if mount -t iso9660 -o ro $R /mnt/cd 2>/dev/null; then fail "mounted after the eject"; fi
eject -t $R || fail "eject -t"
for i in 1 2 3 4 5; do dd if=$R of=/dev/null bs=2048 count=1 2>/dev/null && break; sleep 1; done
dd if=$R bs=2048 count=1 skip=16 2>/dev/null | grep -q CD001 || fail "the disc drawn back in does not read"
eject $R || fail "eject again"
mtx -f $C unload 1 0
step "burn the blank with growisofs"
mtx -f $C load 2 0
for i in 1 2 3 4 5; do sg_turs $R >/dev/null 2>&1 && break; sleep 1; done
growisofs -Z $R=$F/disc.iso || fail "growisofs"
SIZE=$(stat -c %s $F/disc.iso)
eject $R || true
eject -t $R || true
for i in 1 2 3 4 5; do sg_turs $R >/dev/null 2>&1 && break; sleep 1; done
blockdev --rereadpt $R 2>/dev/null || true
dd if=$R bs=2048 count=$((SIZE / 2048)) 2>/dev/null | cmp - $F/disc.iso || fail "burned disc differs"
mount -t iso9660 -o ro $R /mnt/cd
(cd /mnt/cd && find . -type f | sort | xargs sha256sum) | cmp - $F/sums.txt || fail "burned disc files differ"
umount /mnt/cd
step "growisofs -M appends a second session"
mkdir -p /tmp/extra/more
echo "second session" >/tmp/extra/second.txt
head -c 70000 /dev/urandom >/tmp/extra/more/blob.bin
MKISOFS=$(command -v mkisofs || command -v xorrisofs) growisofs -M $R -R -J /tmp/extra || fail "growisofs -M"
for i in 1 2 3 4 5; do sg_turs $R >/dev/null 2>&1 && break; sleep 1; done
dd if=$R of=/dev/null bs=2048 count=1 2>/dev/null || true
mount -t iso9660 -o ro $R /mnt/cd || fail "mount after growisofs -M"
ls -lR /mnt/cd
cmp /mnt/cd/hello.txt $F/hello.txt || fail "first session's hello.txt after -M"
cmp /mnt/cd/second.txt /tmp/extra/second.txt || fail "second session's second.txt"
cmp /mnt/cd/more/blob.bin /tmp/extra/more/blob.bin || fail "second session's more/blob.bin"
(cd /mnt/cd && sha256sum docs/random.bin) | cmp - "$F/random.sum" || fail "first session's docs/random.bin after -M"
umount /mnt/cd
eject $R || true
step "mtx moves the burned disc"
mtx -f $C unload 2 0
mtx -f $C transfer 2 5
mtx -f $C status >/tmp/st2
want /tmp/st2 'Storage Element 5:Full *:VolumeTag *= *DVDR000' "DVDR000 moved to slot 5"
echo "DVD-VM OK"
GUEST
} >"$guest"

grep ' ./docs/random.bin$' "$SL_TMP/sums.txt" | sed 's| \./| |' >"$SL_TMP/random.sum"
vm_run "$guest" "DVD-VM OK" --file "$SL_TMP/disc.iso" --file "$SL_TMP/sums.txt" \
  --file "$SL_TMP/tree/hello.txt" --file "$SL_TMP/random.sum" \
  --lun "$(sl_url "$IQN" 0)" --lun "$(sl_url "$IQN" 1)"
echo "DVD VM test OK"
