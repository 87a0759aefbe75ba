#pragma once
// The sheepdog client protocol, as the sheepdog project documents it in its
// protocol header (sheepdog_proto.h) and as tgt's and QEMU's sheepdog
// drivers speak it: every request is a 48-byte header plus `data_length`
// bytes of data (writes), every response a 48-byte header plus data (reads);
// all integers little-endian. A virtual disk (VDI) is found by name and has a
// 32-bit id; its inode object (VDI_BIT | id << 32) holds the size and, per
// data object, the id of the VDI that owns it (0 = never written); data object
// `index` of VDI `id` is (id << 32) | index, 4 MiB by default
// (1 << block_size_shift). Pure functions, no I/O: sheepdog_store.cpp uses
// them, and tests/clients/sheepdog_server.py implements the other side.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace storlab::backing::sheepdog {

inline constexpr uint8_t kProtocolVersion = 0x02;
inline constexpr size_t kHeaderSize = 48;
inline constexpr uint16_t kDefaultPort = 7000;

namespace op {
inline constexpr uint8_t CreateAndWriteObj = 0x01;
inline constexpr uint8_t ReadObj = 0x02;
inline constexpr uint8_t WriteObj = 0x03;
inline constexpr uint8_t GetVdiInfo = 0x14;
} // namespace op

namespace flag {
inline constexpr uint16_t CmdWrite = 0x01;   // the request carries data
inline constexpr uint16_t CmdCow = 0x02;     // create the object as a copy of cow_oid
} // namespace flag

namespace result {
inline constexpr uint32_t Success = 0x00;
inline constexpr uint32_t NoObj = 0x02;
inline constexpr uint32_t Eio = 0x03;
inline constexpr uint32_t InvalidParms = 0x05;
inline constexpr uint32_t NoVdi = 0x08;
inline constexpr uint32_t NoTag = 0x0E;
inline constexpr uint32_t Startup = 0x0F;
inline constexpr uint32_t Shutdown = 0x11;
inline constexpr uint32_t NoSpace = 0x15;
inline constexpr uint32_t WaitForFormat = 0x16;
inline constexpr uint32_t WaitForJoin = 0x17;
} // namespace result

inline constexpr size_t kMaxVdiNameLength = 256;
inline constexpr size_t kMaxVdiTagLength = 256;
// The inode: name[256], tag[256], ctime, snap_ctime, vm_clock_nsec,
// vdi_size (offset 536), vm_state_size, copy_policy (u16), nr_copies,
// block_size_shift (555), snap_id, vdi_id (560), parent_vdi_id, 1024 child
// ids; then data_vdi_id[2^20] from offset 4664.
inline constexpr size_t kInodeVdiSizeOffset = 536;
inline constexpr size_t kInodeBlockSizeShiftOffset = 555;
inline constexpr size_t kInodeVdiIdOffset = 560;
inline constexpr size_t kInodeHeaderSize = 4664;
inline constexpr uint64_t kMaxDataObjects = 1ull << 20;
inline constexpr unsigned kDefaultBlockSizeShift = 22;   // 4 MiB objects

inline constexpr uint64_t inodeOid(uint32_t vdiId) { return (1ull << 63) | (uint64_t(vdiId) << 32); }
inline constexpr uint64_t dataOid(uint32_t vdiId, uint64_t index) { return (uint64_t(vdiId) << 32) | index; }

// One request header. `objectOffset`/`cowOid` only for object requests,
// `snapId` only for GetVdiInfo.
struct Request {
    uint8_t opcode = 0;
    uint16_t flags = 0;
    uint32_t id = 0;
    uint32_t dataLength = 0;
    uint64_t oid = 0;
    uint64_t cowOid = 0;
    uint32_t objectOffset = 0;
    uint32_t snapId = 0;
};
std::array<uint8_t, kHeaderSize> encodeRequest(const Request& request);

struct Response {
    uint8_t opcode = 0;
    uint32_t id = 0;
    uint32_t dataLength = 0;
    uint32_t result = 0;
    uint32_t vdiId = 0;   // GetVdiInfo
};
Response decodeResponse(const uint8_t* header);

// Human text for a result code (sheepdog's names), for error messages.
std::string resultText(uint32_t result);
// Results that say "the cluster is not serving right now" (starting up,
// shutting down, waiting for nodes): retry later rather than fail the data.
bool isTransient(uint32_t result);

// tgt's backing-store forms: "vdi" (tcp localhost:7000), "unix:PATH:vdi",
// "tcp:HOST:PORT:vdi" ("tcp:HOST:vdi" takes port 7000). nullopt + `error`
// for a malformed one.
struct Address {
    bool unixSocket = false;
    std::string path;        // unix socket path
    std::string host = "localhost";
    uint16_t port = kDefaultPort;
    std::string vdi;
    std::string text() const;   // "unix:/run/sheep.sock" or "tcp:host:port"
};
std::optional<Address> parseAddress(const std::string& text, std::string* error);

} // namespace storlab::backing::sheepdog
