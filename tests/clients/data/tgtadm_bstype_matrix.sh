# Every --bstype tgt knows (and an unknown one) for every --device-type, as one
# function: a LU made, shown and deleted. Sourced by
# tests/clients/test_tgtadm_bstype.sh, which defines run() (one tgtadm
# invocation) and $W (the backing files). A store added to storlab and tgt
# (cli/tgtadm_bstypes.cpp) is one more name in TGTADM_BSTYPES.
TGTADM_BSTYPES=(rdwr aio null ssc smc mmc sg bsg no-such-store)
TGTADM_DEVICE_TYPES=(disk cd tape changer)

# Combinations that crash tgtd 1.0.85 (segmentation fault when the LU is made
# or right after): test_tgtadm_bstype.sh checks storlab's answer on its own.
tgtadm_bstype_crashes_tgt() {
  case "$1/$2" in disk/ssc | cd/null | changer/null) return 0 ;; esac
  return 1
}

# Combinations both accept but --op show names differently: tgtd serves a disk
# from its file through its mmc or smc store, storlab through rdwr, and each
# shows the store it uses. test_tgtadm_bstype.sh checks storlab's on its own.
tgtadm_bstype_shown_differently() {
  case "$1/$2" in disk/mmc | disk/smc) return 0 ;; esac
  return 1
}

tgtadm_bstype_file() {
  case $1 in disk) echo "$W/disk.img" ;; cd) echo "$W/disc.iso" ;; tape) echo "$W/tape1" ;; changer) echo "$W/smc" ;; esac
}

bstype_script() {
  run --lld iscsi --op new --mode target --tid 1 -T iqn.2001-04.com.example:bstypes
  local dt bs
  for dt in "${TGTADM_DEVICE_TYPES[@]}"; do
    run --lld iscsi --mode logicalunit --op new --tid 1 --lun 1 -b "$(tgtadm_bstype_file "$dt")" --device-type "$dt"
    run --lld iscsi --mode logicalunit --op delete --tid 1 --lun 1
    for bs in "${TGTADM_BSTYPES[@]}"; do
      tgtadm_bstype_crashes_tgt "$dt" "$bs" && continue
      run --lld iscsi --mode logicalunit --op new --tid 1 --lun 1 -b "$(tgtadm_bstype_file "$dt")" --bstype "$bs" --device-type "$dt"
      tgtadm_bstype_shown_differently "$dt" "$bs" || run --lld iscsi --op show --mode target
      run --lld iscsi --mode logicalunit --op delete --tid 1 --lun 1
    done
  done
}
