#!/usr/bin/env python3
"""Regenerates tests/fuzz/corpus/pdu/*.bin (the seed corpus of test_fuzz_pdu).

Each file is a byte stream as an initiator would send it (no digests unless
the name says so). Run from this directory; the outputs are checked in.
"""
import os
import struct

CRC_POLY = 0x82F63B78


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ CRC_POLY if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF


def keys(*pairs):
    return b"".join(k.encode() + b"=" + v.encode() + b"\0" for k, v in pairs)


def pdu(opcode, flags, data=b"", itt=1, rest=b"", ahs=b"", lun=0, hd=False, dd=False, dsl=None):
    bhs = bytearray(48)
    bhs[0] = opcode
    bhs[1] = flags
    bhs[4] = len(ahs) // 4
    n = len(data) if dsl is None else dsl
    bhs[5:8] = n.to_bytes(3, "big")
    bhs[8:16] = lun.to_bytes(8, "big")
    bhs[16:20] = itt.to_bytes(4, "big")
    bhs[20:20 + len(rest)] = rest
    header = bytes(bhs) + ahs
    out = header
    if hd:
        out += struct.pack("<I", crc32c(header))
    padded = data + b"\0" * (-len(data) % 4)
    out += padded
    if dd and data:
        out += struct.pack("<I", crc32c(padded))
    return out


ISID = bytes([0x80, 0, 0, 0x12, 0x34, 0x56])


def login(flags, data, itt=0x10, tsih=0):
    bhs = bytearray(48)
    bhs[0] = 0x43
    bhs[1] = flags
    bhs[8:14] = ISID
    bhs[14:16] = tsih.to_bytes(2, "big")
    bhs[16:20] = itt.to_bytes(4, "big")
    bhs[20:22] = (1).to_bytes(2, "big")  # CID
    bhs[24:28] = (1).to_bytes(4, "big")  # CmdSN
    bhs[5:8] = len(data).to_bytes(3, "big")
    return bytes(bhs) + data + b"\0" * (-len(data) % 4)


IDENT = [("InitiatorName", "iqn.1994-05.com.redhat:client"),
         ("TargetName", "iqn.2024-01.org.storlab:disk1"), ("SessionType", "Normal")]
OPERATIONAL = [("HeaderDigest", "None"), ("DataDigest", "None"), ("MaxRecvDataSegmentLength", "262144"),
               ("ImmediateData", "Yes"), ("InitialR2T", "No"), ("MaxBurstLength", "16776192"),
               ("FirstBurstLength", "262144"), ("MaxOutstandingR2T", "1"), ("ErrorRecoveryLevel", "0"),
               ("DefaultTime2Wait", "2"), ("DefaultTime2Retain", "0"), ("IFMarker", "No"), ("OFMarker", "No")]

corpus = {
    # open-iscsi style: security stage then operational stage
    "login_normal_two_stages": login(0x81, keys(*IDENT, ("AuthMethod", "None"))) + login(0x87, keys(*OPERATIONAL)),
    # libiscsi style: straight to the operational stage
    "login_operational_only": login(0x87, keys(*IDENT, *OPERATIONAL)),
    "login_discovery": login(0x87, keys(("InitiatorName", "iqn.x"), ("SessionType", "Discovery"),
                                        ("HeaderDigest", "CRC32C,None"), ("MaxRecvDataSegmentLength", "8192"))),
    "login_continuation": login(0x44, keys(*IDENT)[:30]) + login(0x87, keys(*IDENT)[30:] + keys(*OPERATIONAL)),
    "login_missing_initiator": login(0x87, keys(("TargetName", "iqn.2024-01.org.storlab:disk1"))),
    "text_sendtargets": pdu(0x44, 0x80, keys(("SendTargets", "All")), itt=2, rest=b"\xff\xff\xff\xff"),
    "scsi_read10": pdu(0x01, 0xc1, itt=3, lun=1 << 48,
                       rest=(512).to_bytes(4, "big") + (1).to_bytes(4, "big") + (1).to_bytes(4, "big") +
                       bytes([0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0]) + bytes(6)),
    "scsi_write_digests": pdu(0x01, 0xa1, b"\xab" * 37, itt=4, hd=True, dd=True,
                              rest=(37).to_bytes(4, "big") + bytes(8) + bytes([0x2a]) + bytes(15)),
    "nop_out_with_ahs": pdu(0x40, 0x80, b"ping", itt=5, ahs=bytes([0, 8, 1, 0]) + bytes(8),
                            rest=b"\xff\xff\xff\xff"),
    "truncated_header": login(0x87, keys(*IDENT))[:30],
    "truncated_data": login(0x87, keys(*IDENT, *OPERATIONAL))[:200],
    "oversized_segment": pdu(0x04, 0x80, b"", dsl=0xFFFFFF),
    "garbage": bytes((i * 73 + 41) & 0xFF for i in range(300)),
    "text_malformed_keys": pdu(0x04, 0x80, b"NoEquals\0=x\0K=\xff\xfe\0", itt=6, rest=b"\xff\xff\xff\xff"),
}

os.makedirs("pdu", exist_ok=True)
for name, data in corpus.items():
    with open(os.path.join("pdu", name + ".bin"), "wb") as f:
        f.write(data)
