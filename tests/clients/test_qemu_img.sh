#!/usr/bin/env bash
# qemu-img (its libiscsi block driver) copies a random 256 MiB image onto a
# 256 MiB LUN and back; the result must be bit-identical. Once per backing
# store type: rdwr, aio, and uring where this machine allows io_uring.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
sl_init "${1:-}"
sl_need qemu-img cmp

qemu-img --help 2>/dev/null | grep -qw iscsi ||
  sl_skip "qemu-img has no iscsi driver (apt-get install qemu-block-extra)"

SIZE_MB=256
src=$SL_TMP/source.img
head -c "$((SIZE_MB << 20))" /dev/urandom >"$src"

ran=()
uring_refused='io_uring|uring.*(unavailable|not available|unsupported|unknown)|unknown.*uring'
for store in rdwr aio uring; do
  lun_path=$SL_TMP/$store-disk.img
  cfg=$SL_TMP/$store.json
  sl_config "$cfg" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 "$store" "$lun_path" "${SIZE_MB}M" 512)")"
  if ! sl_try_start "$cfg"; then
    # The daemon may refuse uring (io_uring denied by the kernel/seccomp, or
    # built without liburing): that is a skip, any other startup failure is not.
    why=$(grep -v '^=====' "$SL_LOG" | grep -iE "$uring_refused" | tail -n 1 || true)
    if [[ $store == uring && -n $why ]]; then
      sl_log "uring store unavailable here, skipping it: $why"
      continue
    fi
    sl_die "storlabd did not start with store $store"
  fi
  url=$(sl_url "$SL_IQN" 1)
  sl_log "$store: qemu-img convert $src -> $url"
  # -n: the LUN exists, so qemu-img must not try to create the target (for
  # iscsi:// that would only check the size, but -n makes the intent explicit).
  sl_run 600 qemu-img convert -p -n -f raw -O raw "$src" "$url" >/dev/null
  back=$SL_TMP/$store-back.img
  sl_log "$store: qemu-img convert $url -> $back"
  sl_run 600 qemu-img convert -p -f raw -O raw "$url" "$back" >/dev/null
  size=$(stat -c %s "$back")
  [[ $size == $((SIZE_MB << 20)) ]] || sl_die "$store: read back $size bytes, expected $((SIZE_MB << 20))"
  cmp "$src" "$back" || sl_die "$store: data read back differs from what was written"
  # The data really went through the backing store into its file.
  cmp "$src" "$lun_path" || sl_die "$store: backing file $lun_path differs from the image"
  rm -f "$back"
  sl_stop
  ran+=("$store")
  sl_log "$store: OK (bit-identical)"
done
echo "PASS: qemu-img round trip bit-identical with stores: ${ran[*]}"
