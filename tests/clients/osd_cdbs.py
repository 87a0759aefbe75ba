#!/usr/bin/env python3
"""OSD-2 CDBs over iSCSI for test_osd_cdbs.sh.

libiscsi (1.19) carries at most 16 CDB bytes (SCSI_CDB_MAX_SIZE, no extended
CDB AHS), and OSD-2's CDBs are 236 bytes, so this is a minimal iSCSI
initiator of its own (RFC 7143): one session, no authentication, no digests,
the 236-byte CDB split into the BHS (16 bytes) and an Extended CDB AHS
(RFC 7143 section 11.2.1.2), a Bidirectional Read Expected Data Transfer
Length AHS for commands with both Data-Out and Data-In, Data-Out as immediate data plus R2T-solicited
Data-Out, Data-In gathered by buffer offset.

  osd_cdbs.py HOST PORT TARGET LUN CMD [ARGS] [CMD [ARGS]] ...
    format CAPACITY             FORMAT OSD
    mkpart PID                  CREATE PARTITION (0: the device picks; prints "PARTITION pid")
    rmpart PID                  REMOVE PARTITION
    create PID OID              CREATE (OID 0: the device picks; prints "OBJECT oid")
    write PID OID OFFSET FILE   WRITE
    append PID OID FILE         APPEND (prints "APPENDED AT offset")
    read PID OID OFFSET LEN OUT READ into OUT (prints "READ n")
    remove PID OID              REMOVE
    list PID                    LIST (prints "LIST id id ...")
    setattr PID OID PAGE NUM TEXT   SET ATTRIBUTES (list format)
    getattr PID OID PAGE NUM    GET ATTRIBUTES (list format; prints "ATTR hex" or "ATTR undefined")
    getpage PID OID PAGE        GET ATTRIBUTES (page format; prints "PAGE page nattrs")
    length PID OID              the logical length attribute (prints "LENGTH n")
    raw HEXCDB-EDITS            an otherwise valid GET ATTRIBUTES CDB of the root with BYTE=VALUE edits
  Every command prints GOOD, or "SENSE key/asc/ascq [field B bit N]" (hex key/asc/ascq).
"""
import socket
import struct
import sys

ISID = bytes([0x80, 0x12, 0x34, 0x56, 0x00, 0x01])
INITIATOR = "iqn.2026-11.lab.storlab:osd-cdbs"
CDB_LEN = 236


class Session:
    def __init__(self, host, port, target, lun):
        self.s = socket.create_connection((host, port), timeout=30)
        self.itt = 1
        self.cmdsn = 1
        self.expstatsn = 0
        self.mrdsl = 8192
        self.first_burst = 65536
        self.immediate = False
        self.login(target)
        for _ in range(8):   # TEST UNIT READY until the new nexus's unit attentions are gone
            if self.command(lun, bytes(6))[0] == 0:
                break

    def recv_exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.s.recv(n - len(buf))
            if not chunk:
                raise SystemExit("connection closed by the target")
            buf += chunk
        return buf

    def recv_pdu(self):
        bhs = self.recv_exact(48)
        ahs_len = bhs[4] * 4
        dsl = int.from_bytes(bhs[5:8], "big")
        self.recv_exact(ahs_len)
        data = self.recv_exact((dsl + 3) & ~3)[:dsl]
        return bhs, data

    def send(self, bhs, ahs=b"", data=b""):
        pad = b"\0" * ((4 - len(data) % 4) % 4)
        self.s.sendall(bhs + ahs + data + pad)

    def login_pdu(self, csg, nsg, keys):
        data = b"".join(k.encode() + b"=" + v.encode() + b"\0" for k, v in keys)
        bhs = bytearray(48)
        bhs[0] = 0x43                         # Login Request, immediate
        bhs[1] = 0x80 | (csg << 2) | nsg      # T
        bhs[5:8] = len(data).to_bytes(3, "big")
        bhs[8:14] = ISID
        struct.pack_into(">IHHII", bhs, 16, self.itt, 0, 0, self.cmdsn, self.expstatsn)
        self.send(bytes(bhs), data=data)
        rsp, rdata = self.recv_pdu()
        if rsp[0] & 0x3F != 0x23 or rsp[36] != 0:
            raise SystemExit("login refused: class %d detail %d" % (rsp[36], rsp[37]))
        self.expstatsn = struct.unpack(">I", rsp[24:28])[0] + 1
        return rsp, dict(kv.split("=", 1) for kv in rdata.decode().split("\0") if "=" in kv)

    def login(self, target):
        self.login_pdu(0, 1, [("InitiatorName", INITIATOR), ("SessionType", "Normal"), ("TargetName", target),
                              ("AuthMethod", "None")])
        _, keys = self.login_pdu(1, 3, [("HeaderDigest", "None"), ("DataDigest", "None"),
                                        ("MaxRecvDataSegmentLength", "262144"), ("ImmediateData", "Yes"),
                                        ("InitialR2T", "Yes"), ("FirstBurstLength", "65536"),
                                        ("MaxBurstLength", "262144"), ("ErrorRecoveryLevel", "0")])
        self.mrdsl = int(keys.get("MaxRecvDataSegmentLength", "8192"))
        self.first_burst = int(keys.get("FirstBurstLength", "65536"))
        self.immediate = keys.get("ImmediateData", "No") == "Yes"

    def command(self, lun, cdb, data_out=b"", data_in_len=0):
        """Returns (status, data_in, sense)."""
        self.itt += 1
        itt = self.itt
        ahs = b""
        if len(cdb) > 16:
            ahs_specific = b"\0" + cdb[16:]                # reserved byte + the CDB's bytes 16..
            ahs = struct.pack(">HB", len(ahs_specific), 1) + ahs_specific
            ahs += b"\0" * ((4 - len(ahs) % 4) % 4)
        if data_out and data_in_len:                         # bidirectional: the read length in its own AHS
            ahs += struct.pack(">HBBI", 5, 2, 0, data_in_len)   # length 5: reserved byte + 4
        cdb = cdb + b"\0" * max(0, 16 - len(cdb))
        immediate = data_out[:min(self.first_burst, self.mrdsl)] if self.immediate else b""
        bhs = bytearray(48)
        bhs[0] = 0x01
        bhs[1] = 0x80 | (0x40 if data_in_len else 0) | (0x20 if data_out else 0) | 0x01
        bhs[4] = len(ahs) // 4
        bhs[5:8] = len(immediate).to_bytes(3, "big")
        bhs[8:16] = struct.pack(">HHI", lun & 0x3FFF, 0, 0)
        struct.pack_into(">IIII", bhs, 16, itt, len(data_out) if data_out else data_in_len, self.cmdsn, self.expstatsn)
        bhs[32:48] = cdb[:16]
        self.cmdsn += 1
        self.send(bytes(bhs), ahs, immediate)
        data_in = bytearray(data_in_len)
        while True:
            rsp, data = self.recv_pdu()
            op = rsp[0] & 0x3F
            if op == 0x25:                                    # Data-In
                offset = struct.unpack(">I", rsp[40:44])[0]
                data_in[offset:offset + len(data)] = data
                if rsp[1] & 0x01:                             # S: status in this PDU
                    self.expstatsn = struct.unpack(">I", rsp[24:28])[0] + 1
                    residual = struct.unpack(">I", rsp[44:48])[0] if rsp[1] & 0x02 else 0
                    return rsp[3], bytes(data_in[:data_in_len - residual]), b""
            elif op == 0x31:                                  # R2T
                ttt = rsp[20:24]
                offset, length = struct.unpack(">II", rsp[40:48])
                sn = 0
                while length:
                    n = min(length, self.mrdsl)
                    d = bytearray(48)
                    d[0] = 0x05
                    d[1] = 0x80 if n == length else 0
                    d[5:8] = n.to_bytes(3, "big")
                    d[8:16] = bhs[8:16]
                    d[16:20] = itt.to_bytes(4, "big")
                    d[20:24] = ttt
                    struct.pack_into(">III", d, 28, self.expstatsn, sn, 0)
                    struct.pack_into(">I", d, 40, offset)
                    self.send(bytes(d), data=data_out[offset:offset + n])
                    sn += 1
                    offset += n
                    length -= n
            elif op == 0x21:                                  # SCSI Response
                self.expstatsn = struct.unpack(">I", rsp[24:28])[0] + 1
                sense = data[2:2 + struct.unpack(">H", data[:2])[0]] if len(data) >= 2 else b""
                residual = struct.unpack(">I", rsp[44:48])[0] if rsp[1] & 0x02 else 0
                return rsp[3], bytes(data_in[:max(0, data_in_len - residual)]), sense
            elif op == 0x20:                                  # NOP-In: answer pings
                if rsp[20:24] != b"\xff\xff\xff\xff":
                    n = bytearray(48)
                    n[0] = 0x40
                    n[1] = 0x80
                    n[16:20] = b"\xff\xff\xff\xff"
                    n[20:24] = rsp[20:24]
                    struct.pack_into(">II", n, 24, self.cmdsn, self.expstatsn)
                    self.send(bytes(n))
            else:
                raise SystemExit("unexpected PDU opcode 0x%02x" % op)


def offset_field(n):
    """OSD-2 section 4.14.5: 28-bit mantissa, exponent 0 means bytes = mantissa << 8."""
    if n % 256:
        raise SystemExit("offset %d is not a multiple of 256" % n)
    return n >> 8


def osd_cdb(action, pid=0, oid=0, length=0, start=0, get_list=None, set_list=None, page=None):
    """A 236-byte OSD-2 CDB; get/set attribute lists sit in Data-Out at 4 KiB/8 KiB, retrieved at 4 KiB."""
    c = bytearray(CDB_LEN)
    c[0] = 0x7F
    c[7] = CDB_LEN - 8
    struct.pack_into(">H", c, 8, action)
    struct.pack_into(">QQQQ", c, 16, pid, oid, length, start)
    if page is not None:
        c[11] = 0x20                                         # page format
        struct.pack_into(">IIIIIII", c, 52, page, 4096, offset_field(4096), 0, 0, 0, 0xFFFFFFFF)
    else:
        c[11] = 0x30                                         # list format
        gl = len(get_list) if get_list else 0
        sl = len(set_list) if set_list else 0
        struct.pack_into(">IIIIII", c, 52, gl, offset_field(RETRIEVED) if gl else 0xFFFFFFFF,
                         4096 if gl else 0, offset_field(RETRIEVED) if gl else 0xFFFFFFFF,
                         sl, offset_field(SET_AT) if sl else 0xFFFFFFFF)
    c[80] = 0x02                                             # capability format: OSD-2
    c[82] = 0x00                                             # security method NOSEC
    c[80 + 48] = 0x80 if oid else 0x02 if pid else 0x01      # object type
    c[80 + 49:80 + 54] = b"\xff" * 5                         # every permission
    return c


RETRIEVED = 4096   # where get lists go in Data-Out and retrieved attributes in Data-In
SET_AT = 8192      # where set lists go in Data-Out


def get_list(keys):
    body = b"".join(struct.pack(">II", p, n) for p, n in keys)
    return struct.pack(">B3xI", 0x1, len(body)) + body


def set_list(entries):
    body = b""
    for p, n, v in entries:
        e = struct.pack(">II6xH", p, n, len(v)) + v
        body += e + b"\0" * ((8 - len(e) % 8) % 8)
    return struct.pack(">B3xI", 0x9, len(body)) + body


def data_out(write=b"", glist=None, slist=None):
    out = bytearray(write)
    for at, blob in ((RETRIEVED, glist), (SET_AT, slist)):
        if blob:
            if len(out) > at:
                raise SystemExit("command data overlaps the attribute lists")
            out += b"\0" * (at - len(out)) + blob
    return bytes(out)


def sense_text(sense):
    if len(sense) < 8:
        return "SENSE ?"
    if sense[0] & 0x7F in (0x70, 0x71):
        key, asc, ascq = sense[2] & 0xF, sense[12], sense[13]
        sks = sense[15:18] if len(sense) >= 18 else b""
    else:
        key, asc, ascq = sense[1] & 0xF, sense[2], sense[3]
        sks = b""
        at = 8
        while at + 2 <= len(sense):
            if sense[at] == 0x02 and at + 7 <= len(sense):
                sks = sense[at + 4:at + 7]
            at += 2 + sense[at + 1]
    text = "SENSE %x/%02x/%02x" % (key, asc, ascq)
    if len(sks) == 3 and sks[0] & 0x80:
        text += " field %d" % struct.unpack(">H", sks[1:3])[0]
        if sks[0] & 0x08:
            text += " bit %d" % (sks[0] & 0x7)
    return text


def parse_retrieved(blob):
    """A retrieved attributes list -> {(page, number): value or None}."""
    out = {}
    if len(blob) < 8 or blob[0] & 0xF != 0x9:
        return out
    end = 8 + struct.unpack(">I", blob[4:8])[0]
    at = 8
    while at + 16 <= min(end, len(blob)):
        p, n = struct.unpack(">II", blob[at:at + 8])
        ln = struct.unpack(">H", blob[at + 14:at + 16])[0]
        if ln == 0xFFFF:
            out[(p, n)] = None
            at += 16
            continue
        out[(p, n)] = blob[at + 16:at + 16 + ln]
        at += (16 + ln + 7) & ~7
    return out


def main(argv):
    if len(argv) < 6:
        print(__doc__, file=sys.stderr)
        return 2
    host, port, target, lun = argv[1], int(argv[2]), argv[3], int(argv[4])
    s = Session(host, port, target, lun)
    args = argv[5:]
    num = lambda x: int(x, 0)
    CURRENT, INFO = 0xFFFFFFFE, 0x1
    while args:
        cmd = args.pop(0)

        def run(cdb, out=b"", inlen=0):
            status, din, sense = s.command(lun, bytes(cdb), out, inlen)
            if status != 0:
                print(sense_text(sense) if status == 2 else "STATUS %d" % status)
                return None
            return din

        if cmd == "format":
            if run(osd_cdb(0x8881, length=num(args.pop(0)))) is not None:
                print("GOOD")
        elif cmd in ("mkpart", "create"):
            pid = num(args.pop(0))
            oid = num(args.pop(0)) if cmd == "create" else 0
            key = (CURRENT, 3) if cmd == "mkpart" else (CURRENT, 4)
            gl = get_list([key])
            din = run(osd_cdb(0x888B if cmd == "mkpart" else 0x8882, pid, oid, get_list=gl), data_out(glist=gl), RETRIEVED + 4096)
            if din is not None:
                v = parse_retrieved(din[RETRIEVED:]).get(key)
                print("%s %d" % ("PARTITION" if cmd == "mkpart" else "OBJECT", int.from_bytes(v, "big") if v else -1))
        elif cmd == "rmpart":
            if run(osd_cdb(0x888C, num(args.pop(0)))) is not None:
                print("GOOD")
        elif cmd == "write":
            pid, oid, off, path = num(args.pop(0)), num(args.pop(0)), num(args.pop(0)), args.pop(0)
            payload = open(path, "rb").read()
            if run(osd_cdb(0x8886, pid, oid, len(payload), off), payload) is not None:
                print("GOOD")
        elif cmd == "append":
            pid, oid, path = num(args.pop(0)), num(args.pop(0)), args.pop(0)
            payload = open(path, "rb").read()
            gl = get_list([(CURRENT, 5)])
            if len(payload) > RETRIEVED:
                raise SystemExit("append: at most 4 KiB here")
            din = run(osd_cdb(0x8887, pid, oid, len(payload), get_list=gl), data_out(payload, glist=gl), RETRIEVED + 4096)
            if din is not None:
                v = parse_retrieved(din[RETRIEVED:]).get((CURRENT, 5))
                print("APPENDED AT %d" % (int.from_bytes(v, "big") if v else -1))
        elif cmd == "read":
            pid, oid, off, ln, path = num(args.pop(0)), num(args.pop(0)), num(args.pop(0)), num(args.pop(0)), args.pop(0)
            din = run(osd_cdb(0x8885, pid, oid, ln, off), b"", ln)
            if din is not None:
                open(path, "wb").write(din)
                print("READ %d" % len(din))
        elif cmd == "remove":
            if run(osd_cdb(0x888A, num(args.pop(0)), num(args.pop(0)))) is not None:
                print("GOOD")
        elif cmd == "list":
            pid = num(args.pop(0))
            din = run(osd_cdb(0x8883, pid, 0, 4096), b"", 4096)
            if din is not None:
                n = (struct.unpack(">Q", din[0:8])[0] - 16) // 8
                ids = struct.unpack(">%dQ" % n, din[24:24 + 8 * n]) if n > 0 else ()
                print("LIST" + "".join(" %d" % i for i in ids))
        elif cmd == "setattr":
            pid, oid, page, number, text = num(args.pop(0)), num(args.pop(0)), num(args.pop(0)), num(args.pop(0)), args.pop(0)
            sl = set_list([(page, number, text.encode())])
            if run(osd_cdb(0x888F, pid, oid, set_list=sl), data_out(slist=sl)) is not None:
                print("GOOD")
        elif cmd in ("getattr", "length"):
            pid, oid = num(args.pop(0)), num(args.pop(0))
            key = (num(args.pop(0)), num(args.pop(0))) if cmd == "getattr" else (INFO, 0x82)
            gl = get_list([key])
            din = run(osd_cdb(0x888E, pid, oid, get_list=gl), data_out(glist=gl), RETRIEVED + 4096)
            if din is not None:
                v = parse_retrieved(din[RETRIEVED:]).get(key, b"missing")
                if cmd == "length":
                    print("LENGTH %d" % int.from_bytes(v, "big") if v else "LENGTH ?")
                else:
                    print("ATTR undefined" if v is None else "ATTR " + v.hex())
        elif cmd == "getpage":
            pid, oid, page = num(args.pop(0)), num(args.pop(0)), num(args.pop(0))
            din = run(osd_cdb(0x888E, pid, oid, page=page), b"", 8192)
            if din is not None:
                blob = din[4096:]
                got = struct.unpack(">I", blob[0:4])[0]
                length = struct.unpack(">I", blob[4:8])[0]
                count, at = 0, 8
                while at + 16 <= 8 + length:
                    ln = struct.unpack(">H", blob[at + 14:at + 16])[0]
                    at += 16 if ln == 0xFFFF else (16 + ln + 7) & ~7
                    count += 1
                print("PAGE %x %d" % (got, count))
        elif cmd == "raw":
            c = osd_cdb(0x888E)
            for edit in args.pop(0).split(","):
                byte, value = edit.split("=")
                c[int(byte)] = int(value, 0)
            if run(c, b"", 4096) is not None:
                print("GOOD")
        else:
            raise SystemExit("unknown command " + cmd)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
