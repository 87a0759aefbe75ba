# tgt's own documented tgtadm examples (doc/README.iscsi, doc/tgtadm.8.xml,
# doc/README.mmc, doc/README.vtl, doc/README.passthrough of fujita/tgt), in
# order, as one function. Sourced by tests/clients/test_tgtadm_docs.sh, which
# defines run() (one tgtadm invocation: records its exit code, stdout and
# stderr) and $W (a directory holding the backing files).
doc_script() {
  # --- doc/README.iscsi: a disk target step by step ---
  run --lld iscsi --op new --mode target --tid 1 -T iqn.2001-04.com.example:storage.disk2.amiens.sys1.xyz
  run --lld iscsi --op show --mode target
  run --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b "$W/hdc1.img"
  run --lld iscsi --op show --mode target
  run --lld iscsi --op bind --mode target --tid 1 -I ALL
  run --lld iscsi --op show --mode target
  run --lld iscsi --op unbind --mode target --tid 1 -I ALL
  run --lld iscsi --op show --mode target
  run --lld iscsi --op bind --mode target --tid 1 -I 192.0.2.229
  run --lld iscsi --op bind --mode target --tid 1 -I 198.51.100.0/24
  run --lld iscsi --op show --mode target
  run --lld iscsi --op new --mode logicalunit --tid 1 --lun 2 -b "$W/hdd1.img"
  run --lld iscsi --op show --mode target
  run --lld iscsi --op show --mode target --tid 1
  run --lld iscsi --mode target --op update --tid 1 --name MaxRecvDataSegmentLength --value 16384
  run --lld iscsi --op show --mode target --tid 1
  run --lld iscsi --mode target --op update --tid 1 --name HeaderDigest --value CRC32C
  run --lld iscsi --op show --mode target --tid 1
  run --lld iscsi --op new --mode account --user fujita --password tomo
  run --lld iscsi --op show --mode account
  run --lld iscsi --op bind --mode account --tid 1 --user fujita
  run --lld iscsi --op show --mode target
  run --lld iscsi --op new --mode account --user hoge --password deadbeaf
  run --lld iscsi --op show --mode account
  run --lld iscsi --op bind --mode account --tid 1 --user hoge --outgoing
  run --lld iscsi --op show --mode target
  run --lld iscsi --op show --mode sys
  # --- doc/tgtadm.8: initiator names, digests, accounts, portals, lld, conn ---
  run --lld iscsi --mode target --op bind --tid 1 --initiator-address ALL
  run --lld iscsi --op bind --mode target --tid 1 -Q iqn.1994-05.com.redhat:example
  run --lld iscsi --op bind --mode target --tid 1 --initiator-name iqn.2001-04.com.example:host2
  run --lld iscsi --op show --mode target --tid 1
  run --lld iscsi --op unbind --mode target --tid 1 --initiator-name iqn.2001-04.com.example:host2
  run --lld iscsi --op unbind --mode target --tid 1 -I 192.0.2.229
  run --op update --mode target --tid 1 -n DataDigest -v None
  run --op update --mode target --tid 1 -n HeaderDigest -v CRC32C
  run --op show --mode target --tid 1
  run --lld iscsi --op new --mode account --user ronnie --password password
  run --lld iscsi --op bind --mode account --tid 1 --user ronnie
  run --lld iscsi --op show --mode account
  run --lld iscsi --op show --mode conn --tid 1
  run --lld iscsi --op show --mode lld
  run --lld iscsi --op new --mode logicalunit --tid 1 --lun 3 --bsoflags="sync" --backing-store="$W/100m_image.raw"
  run --lld iscsi --op new --mode logicalunit --tid 1 --lun 4 --bstype=rdwr --backing-store="$W/100m_image.raw"
  run --op show --mode target --tid 1
  # --- doc/README.mmc: a DVD drive, with and without a disc ---
  run --lld iscsi --mode target --op new --tid 2 -T iqn.2007-03:virtual-dvd:storlab
  run --lld iscsi --mode logicalunit --op new --tid 2 --lun 1 -b "$W/empty-disk.iso" --device-type=cd
  run --lld iscsi --mode logicalunit --op update --tid 2 --lun 1 --params vendor_id=STGT_DVD,product_id=DVD101,product_rev=0010,scsi_sn=STGTDVD01,removable=1
  run --lld iscsi --mode target --op bind --tid 2 -I ALL
  run --op new --mode logicalunit --tid 2 --lun 2 -Y cd
  run --op new --mode logicalunit --tid 2 --lun 3 --device-type cd
  run --lld iscsi --mode target --op show
  # --- doc/README.vtl: tape drives and a media changer ---
  run --lld iscsi --op new --mode target --tid 3 -T iqn.2008-09.com.example:vtl
  run --lld iscsi --mode logicalunit --op new --tid 3 --lun 1 -b "$W/tape1" --device-type=tape
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 1 --params online=0
  run --lld iscsi --mode logicalunit --op new --tid 3 --lun 4 -b "$W/smc" --device-type=changer
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params media_home="$W"
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params element_type=4,start_address=1,quantity=1
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params element_type=4,address=1,tid=3,lun=1
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params element_type=1,start_address=4,quantity=1
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params element_type=2,start_address=1024,quantity=4
  run --lld iscsi --mode logicalunit --op update --tid 3 --lun 4 --params element_type=2,address=1024,barcode=tape1,sides=1
  run --lld iscsi --op bind --mode target --tid 3 -I ALL
  run --lld iscsi --op show --mode target --tid 3
  # --- removing things again (doc/README.iscsi, README.passthrough) ---
  run --lld iscsi --op unbind --mode account --tid 1 --user hoge --outgoing
  run --lld iscsi --op unbind --mode account --tid 1 --user fujita
  run --lld iscsi --op delete --mode account --user fujita
  run --lld iscsi --op show --mode account
  run --lld iscsi --op delete --mode logicalunit --tid 1 --lun 2
  run --op unbind --mode target --tid 1 -I ALL
  run --op delete --mode conn --tid 1
  run --op delete --mode target --tid 1
  run --op delete --mode target --tid 2 --force
  run --op delete --mode target --tid 3 --force
  run --op show --mode target
}
