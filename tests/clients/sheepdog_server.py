#!/usr/bin/env python3
"""A protocol-level sheepdog server for the tests (no sheepdog server exists
for Debian 12). It speaks the client side of sheepdog's documented wire
protocol that a target uses: 48-byte little-endian request/response headers,
VDI lookup by name (GET_VDI_INFO, LOCK_VDI, RELEASE_VDI), object read, write
and create-and-write (with copy-on-write from a parent object), FLUSH_VDI.
There is one node and one copy: objects are files in --dir (named by their
16-hex-digit object id), so they outlive a killed server and a restarted one
serves the same data. No cluster membership, epochs, recovery or snapshots
management - this is a protocol peer, not a sheepdog.

  sheepdog_server.py --dir DIR --listen tcp:127.0.0.1:PORT [--listen unix:PATH]
                     [--vdi NAME:BYTES]... [--object-shift 22]

Prints "READY" on stdout once it listens. --vdi creates the VDI (its inode)
when DIR does not have it yet.
"""
import argparse
import json
import os
import socket
import socketserver
import struct
import sys
import threading

HEADER = 48
OP_CREATE_AND_WRITE_OBJ, OP_READ_OBJ, OP_WRITE_OBJ = 0x01, 0x02, 0x03
OP_NEW_VDI, OP_LOCK_VDI, OP_RELEASE_VDI, OP_GET_VDI_INFO, OP_FLUSH_VDI = 0x11, 0x12, 0x13, 0x14, 0x16
FLAG_CMD_WRITE, FLAG_CMD_COW = 0x01, 0x02
RES_SUCCESS, RES_UNKNOWN, RES_NO_OBJ, RES_EIO, RES_VDI_EXIST, RES_INVALID_PARMS, RES_NO_VDI = 0, 1, 2, 3, 4, 5, 8
VDI_BIT = 1 << 63
INODE_HEADER = 4664
MAX_VDI_LEN = 256


class Store:
    def __init__(self, directory, shift):
        self.dir = directory
        self.shift = shift
        self.lock = threading.Lock()
        os.makedirs(os.path.join(directory, "obj"), exist_ok=True)
        self.vdis_path = os.path.join(directory, "vdis.json")
        self.vdis = json.load(open(self.vdis_path)) if os.path.exists(self.vdis_path) else {}

    def path(self, oid):
        return os.path.join(self.dir, "obj", "%016x" % oid)

    def create_vdi(self, name, size):
        with self.lock:
            if name in self.vdis:
                return self.vdis[name], False
            vid = 0x7C2B25 + len(self.vdis)
            objects = (size + (1 << self.shift) - 1) >> self.shift
            inode = bytearray(INODE_HEADER + 4 * objects)
            inode[0:len(name)] = name.encode()
            struct.pack_into("<Q", inode, 536, size)
            inode[554] = 1                      # nr_copies
            inode[555] = self.shift             # block_size_shift
            struct.pack_into("<I", inode, 560, vid)
            with open(self.path(VDI_BIT | (vid << 32)), "wb") as f:
                f.write(inode)
            self.vdis[name] = vid
            tmp = self.vdis_path + ".tmp"
            with open(tmp, "w") as f:
                json.dump(self.vdis, f)
            os.replace(tmp, self.vdis_path)
            return vid, True

    def read(self, oid, offset, length):
        try:
            with open(self.path(oid), "rb") as f:
                f.seek(offset)
                data = f.read(length)
        except FileNotFoundError:
            return RES_NO_OBJ, b""
        return RES_SUCCESS, data + bytes(length - len(data))

    def write(self, oid, offset, data, create=False, cow=0):
        p = self.path(oid)
        with self.lock:
            if create:
                base = b""
                if cow:
                    try:
                        base = open(self.path(cow), "rb").read()
                    except FileNotFoundError:
                        return RES_NO_OBJ
                with open(p, "wb") as f:
                    f.write(base)
            elif not os.path.exists(p):
                return RES_NO_OBJ
            with open(p, "r+b") as f:
                f.seek(offset)
                f.write(data)
        return RES_SUCCESS


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    return bytes(buf)


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        store = self.server.store
        try:
            while True:
                h = recv_exact(self.request, HEADER)
                _ver, opcode, flags, _epoch, rid, dlen = struct.unpack_from("<BBHIII", h)
                data = recv_exact(self.request, dlen) if flags & FLAG_CMD_WRITE else b""
                result, out, vid = RES_SUCCESS, b"", 0
                if opcode in (OP_GET_VDI_INFO, OP_LOCK_VDI):
                    name = data[:MAX_VDI_LEN].split(b"\0", 1)[0].decode(errors="replace")
                    vid = store.vdis.get(name, 0)
                    result = RES_SUCCESS if vid else RES_NO_VDI
                elif opcode == OP_NEW_VDI:
                    size = struct.unpack_from("<Q", h, 16)[0]
                    name = data[:MAX_VDI_LEN].split(b"\0", 1)[0].decode(errors="replace")
                    vid, made = store.create_vdi(name, size)
                    result = RES_SUCCESS if made else RES_VDI_EXIST
                elif opcode in (OP_RELEASE_VDI, OP_FLUSH_VDI):
                    pass
                elif opcode in (OP_READ_OBJ, OP_WRITE_OBJ, OP_CREATE_AND_WRITE_OBJ):
                    oid, cow_oid = struct.unpack_from("<QQ", h, 16)
                    offset = struct.unpack_from("<I", h, 40)[0]
                    if opcode == OP_READ_OBJ:
                        result, out = store.read(oid, offset, dlen)
                    else:
                        result = store.write(oid, offset, data, opcode == OP_CREATE_AND_WRITE_OBJ,
                                             cow_oid if flags & FLAG_CMD_COW else 0)
                else:
                    result = RES_INVALID_PARMS
                rsp = struct.pack("<BBHIIII", 0x02, opcode, 0, 0, rid, len(out), result)
                rsp += struct.pack("<II", 0, vid) + bytes(HEADER - 28)
                self.request.sendall(rsp + out)
        except (ConnectionError, OSError):
            pass


class TcpServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


class UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--listen", action="append", required=True)
    ap.add_argument("--vdi", action="append", default=[])
    ap.add_argument("--object-shift", type=int, default=22)
    args = ap.parse_args()
    store = Store(args.dir, args.object_shift)
    for v in args.vdi:
        name, size = v.rsplit(":", 1)
        store.create_vdi(name, int(size))
    servers = []
    for listen in args.listen:
        kind, _, where = listen.partition(":")
        if kind == "tcp":
            host, _, port = where.rpartition(":")
            srv = TcpServer((host, int(port)), Handler)
        elif kind == "unix":
            if os.path.exists(where):
                os.unlink(where)
            srv = UnixServer(where, Handler)
        else:
            sys.exit("--listen: tcp:HOST:PORT or unix:PATH, not " + listen)
        srv.store = store
        servers.append(srv)
    for srv in servers[1:]:
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    print("READY", flush=True)
    servers[0].serve_forever()


if __name__ == "__main__":
    main()
