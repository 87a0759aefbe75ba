#include "backing/sheepdog_wire.h"

#include <cstring>

namespace storlab::backing::sheepdog {

namespace {

// sheepdog puts integers in the host order of x86: little-endian.
void putLe(uint8_t* p, uint64_t v, size_t bytes)
{
    for (size_t i = 0; i < bytes; ++i)
        p[i] = uint8_t(v >> (8 * i));
}

uint64_t getLe(const uint8_t* p, size_t bytes)
{
    uint64_t v = 0;
    for (size_t i = 0; i < bytes; ++i)
        v |= uint64_t(p[i]) << (8 * i);
    return v;
}

} // namespace

std::array<uint8_t, kHeaderSize> encodeRequest(const Request& r)
{
    // proto_ver, opcode, flags (u16), epoch (u32), id, data_length; then the
    // opcode-specific part: objects oid (16), cow_oid (24), copies... offset
    // (40); GetVdiInfo snapid (32).
    std::array<uint8_t, kHeaderSize> h{};
    h[0] = kProtocolVersion;
    h[1] = r.opcode;
    putLe(&h[2], r.flags, 2);
    putLe(&h[8], r.id, 4);
    putLe(&h[12], r.dataLength, 4);
    if (r.opcode == op::GetVdiInfo) {
        putLe(&h[32], r.snapId, 4);
    } else {
        putLe(&h[16], r.oid, 8);
        putLe(&h[24], r.cowOid, 8);
        putLe(&h[40], r.objectOffset, 4);
    }
    return h;
}

Response decodeResponse(const uint8_t* h)
{
    // proto_ver, opcode, flags, epoch, id (8), data_length (12), result (16);
    // VDI responses: vdi_id at 24.
    Response r;
    r.opcode = h[1];
    r.id = uint32_t(getLe(&h[8], 4));
    r.dataLength = uint32_t(getLe(&h[12], 4));
    r.result = uint32_t(getLe(&h[16], 4));
    r.vdiId = uint32_t(getLe(&h[24], 4));
    return r;
}

std::string resultText(uint32_t result)
{
    switch (result) {
    case result::Success: return "success";
    case result::NoObj: return "no object found";
    case result::Eio: return "I/O error";
    case result::InvalidParms: return "invalid parameters";
    case result::NoVdi: return "no VDI found";
    case result::NoTag: return "requested tag is not found";
    case result::Startup: return "sheepdog is starting up";
    case result::Shutdown: return "sheepdog is shutting down";
    case result::NoSpace: return "no room for new objects";
    case result::WaitForFormat: return "waiting for a format operation";
    case result::WaitForJoin: return "waiting for other nodes to join";
    default: return "sheepdog error 0x" + [&] {
        static const char* hex = "0123456789abcdef";
        std::string s;
        for (int shift = 4; shift >= 0; shift -= 4)
            s += hex[(result >> shift) & 0xF];
        return s;
    }();
    }
}

bool isTransient(uint32_t r)
{
    return r == result::Startup || r == result::Shutdown || r == result::WaitForFormat || r == result::WaitForJoin;
}

std::string Address::text() const
{
    return unixSocket ? "unix:" + path : "tcp:" + host + ":" + std::to_string(port);
}

std::optional<Address> parseAddress(const std::string& text, std::string* error)
{
    auto fail = [&](const std::string& why) -> std::optional<Address> {
        if (error)
            *error = "'" + text + "': " + why + " (forms: VDI, unix:SOCKET:VDI, tcp:HOST:PORT:VDI)";
        return std::nullopt;
    };
    Address a;
    std::string rest = text;
    if (rest.rfind("unix:", 0) == 0) {
        rest = rest.substr(5);
        const size_t colon = rest.rfind(':');
        if (colon == std::string::npos || colon == 0)
            return fail("a unix socket path and a VDI name are needed");
        a.unixSocket = true;
        a.path = rest.substr(0, colon);
        a.vdi = rest.substr(colon + 1);
    } else if (rest.rfind("tcp:", 0) == 0) {
        rest = rest.substr(4);
        const size_t last = rest.rfind(':');
        if (last == std::string::npos)
            return fail("a host and a VDI name are needed");
        a.vdi = rest.substr(last + 1);
        std::string hostPort = rest.substr(0, last);
        const size_t colon = hostPort.rfind(':');
        if (colon != std::string::npos) {
            const std::string port = hostPort.substr(colon + 1);
            char* end = nullptr;
            const unsigned long p = std::strtoul(port.c_str(), &end, 10);
            if (port.empty() || *end || p == 0 || p > 65535)
                return fail("port '" + port + "' is not 1..65535");
            a.port = uint16_t(p);
            hostPort = hostPort.substr(0, colon);
        }
        if (hostPort.empty())
            return fail("the host is empty");
        a.host = hostPort;
    } else {
        a.vdi = rest;
    }
    if (a.vdi.empty())
        return fail("the VDI name is empty");
    if (a.vdi.size() >= kMaxVdiNameLength)
        return fail("the VDI name is longer than 255 bytes");
    return a;
}

} // namespace storlab::backing::sheepdog
