#!/usr/bin/env bash
# Login checks on the wire (RFC 7143 §11.13.5, §6.1), with raw Login Request PDUs
# from a small Python initiator: a TSIH naming no session is answered 0x020A on
# the first PDU; a key name longer than 63 bytes, even spread over C-bit
# continuation PDUs, is the initiator's error (class 0x02) on the PDU that shows
# it. After each the daemon still logs a real initiator in (iscsi-inq).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sl_init "$1"

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
sl_start "$SL_TMP/c.json"

python3 - "$SL_PORT" "$SL_IQN" <<'PY' || sl_die "login checks failed"
import socket, struct, sys
port, iqn = int(sys.argv[1]), sys.argv[2]

def login_pdu(flags, data, tsih=0, isid=b"\x80\x00\x00\x00\x00\x01"):
    bhs = bytearray(48)
    bhs[0] = 0x43                          # Login Request, immediate
    bhs[1] = flags
    struct.pack_into(">I", bhs, 4, len(data))   # TotalAHSLength 0, DataSegmentLength
    bhs[8:14] = isid
    struct.pack_into(">H", bhs, 14, tsih)
    struct.pack_into(">I", bhs, 16, 0x1000)     # ITT
    struct.pack_into(">H", bhs, 20, 1)          # CID
    struct.pack_into(">I", bhs, 24, 1)          # CmdSN
    return bytes(bhs) + data + b"\0" * (-len(data) % 4)

def read_response(s):
    head = b""
    while len(head) < 48:
        chunk = s.recv(48 - len(head))
        if not chunk:
            raise SystemExit("connection closed before a Login Response")
        head += chunk
    length = int.from_bytes(head[5:8], "big")
    rest = length + (-length % 4)
    while rest:
        chunk = s.recv(rest)
        if not chunk:
            break
        rest -= len(chunk)
    assert head[0] & 0x3f == 0x23, f"opcode {head[0]:#x} is not a Login Response"
    return head[36] << 8 | head[37]

def exchange(pdus):
    """Sends the PDUs one by one; returns the statuses of the responses up to the first failure."""
    statuses = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        for p in pdus:
            s.sendall(p)
            statuses.append(read_response(s))
            if statuses[-1] != 0:
                break
    return statuses

ident = f"InitiatorName=iqn.2026-11.lab.client:x\0TargetName={iqn}\0SessionType=Normal\0".encode()
cont = 0x40 | 1 << 2               # C=1, CSG=operational

# RFC 7143 §11.13.5: TSIH 0x7777 names no session -> 0x020A on the first PDU.
got = exchange([login_pdu(0x87, ident + b"MaxRecvDataSegmentLength=8192\0", tsih=0x7777)])
assert got == [0x020A], f"unknown TSIH: {[hex(x) for x in got]}"
# ... also when that first PDU is a continuation with no complete key yet.
got = exchange([login_pdu(cont, b"Initia", tsih=0x7777)])
assert got == [0x020A], f"unknown TSIH, C=1: {[hex(x) for x in got]}"

# RFC 7143 §6.1: a key name of 64+ bytes spread over continuation PDUs; the class-0x02
# answer comes on the PDU that takes the name past 63 bytes (the 2nd), not after 64 KiB.
pdus = [login_pdu(cont, ident)] + [login_pdu(cont, b"K" * 40) for _ in range(1700)]
got = exchange(pdus)
assert len(got) == 3 and got[:2] == [0, 0] and got[2] >> 8 == 0x02, f"long key: {[hex(x) for x in got]}"
print("login checks: unknown TSIH -> 0x020a, 80-byte key name over 2 PDUs -> %#06x" % got[2])
PY

if command -v iscsi-inq >/dev/null; then
  timeout 30 iscsi-inq "$(sl_url "$SL_IQN" 1)" >"$SL_TMP/inq.txt" 2>&1 || sl_die "iscsi-inq after the bad logins: $(cat "$SL_TMP/inq.txt")"
  grep -q "Peripheral Device Type" "$SL_TMP/inq.txt" || sl_die "iscsi-inq printed no INQUIRY data"
fi
kill -0 "$SL_PID" || sl_die "storlabd died"
echo "PASS"
