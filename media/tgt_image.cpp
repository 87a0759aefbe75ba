// Reader for tgt's tape image format (tgtimg / usr/bs_ssc.c), for conversion.
// Facts about the format (tgt usr/bs_ssc.h, usr/libssc.c; big-endian fields):
//   offset 0: a 48-byte block header (type BOT) whose blk_sz is the capacity in MB,
//   offset 48: the 1104-byte MAM structure (barcode at MAM+568, 32 bytes;
//     max capacity u64 at MAM+16; medium type at MAM+336: 1 data, 2 clean, 4 WORM),
//   offset 1152: the first record; each record = 48-byte header + ondisk_sz bytes.
//   Header: 0 crc[4] 4 ondisk_sz u32 8 blk_sz u32 12 blk_type u32 16 blk_num u64
//           24 prev u64 32 curr u64 40 next u64.
//   blk_type: 0x02 uncompressed data, 0x01 compressed, 0x20 EOD, 0x40 filemark, 0x80 setmark.
#include "media/tape_cartridge.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace storlab::media {
namespace {

constexpr size_t kTgtHeader = 48;
constexpr size_t kTgtMam = 1104;
constexpr uint32_t kTgtData = 0x02, kTgtCompressed = 0x01, kTgtBot = 0x10, kTgtEod = 0x20, kTgtFilemark = 0x40,
                   kTgtSetmark = 0x80;

uint32_t be32(const uint8_t* p) { return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]; }
uint64_t be64(const uint8_t* p) { return (uint64_t(be32(p)) << 32) | be32(p + 4); }

std::string trimmedString(const uint8_t* p, size_t n)
{
    std::string s(reinterpret_cast<const char*>(p), strnlen(reinterpret_cast<const char*>(p), n));
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

struct Fd {
    int fd = -1;
    ~Fd() { if (fd >= 0) ::close(fd); }
};

} // namespace

Result<void> convertTgtImage(const std::string& tgtPath, const std::string& outPath,
                             std::optional<TapeGeneration> generation)
{
    Fd in;
    in.fd = ::open(tgtPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (in.fd < 0)
        return Error{-errno, "cannot open " + tgtPath + ": " + std::strerror(errno)};
    struct stat st {};
    ::fstat(in.fd, &st);
    const uint64_t size = uint64_t(st.st_size);
    uint8_t head[kTgtHeader + kTgtMam];
    if (size < sizeof head || ::pread(in.fd, head, sizeof head, 0) != ssize_t(sizeof head) || be32(head + 12) != kTgtBot)
        return Error{tape_error::BadFormat, tgtPath + " is not a tgt tape image (no BOT header)"};
    const uint8_t* mam = head + kTgtHeader;
    CreateOptions o;
    o.barcode = trimmedString(mam + 568, 32);
    if (o.barcode.empty())
        return Error{tape_error::BadFormat, tgtPath + ": the tgt image has no barcode"};
    o.generation = generation;
    o.capacity = be64(mam + 16);
    if (o.capacity == 0)
        o.capacity = uint64_t(be32(head + 8)) * 1024 * 1024;
    o.worm = mam[336] == 4;
    const std::string manufacturer = trimmedString(mam + 256, 8);
    if (!manufacturer.empty())
        o.manufacturer = manufacturer;
    // Blocks first, into memory-bounded steps: create the cartridge, then stream records.
    auto made = TapeCartridge::create(outPath, o);
    if (!made)
        return made.error();
    TapeCartridge& out = **made;
    const std::string app = trimmedString(mam + 344, 8);
    if (!app.empty()) {
        MamAttribute a{mam::ApplicationVendor, 0x01, false, std::vector<uint8_t>(mam + 344, mam + 352)};
        if (auto r = out.setAttribute(a); !r)
            return r;
    }
    uint64_t off = kTgtHeader + kTgtMam;
    std::vector<uint8_t> buf;
    for (uint64_t n = 0;; ++n) {
        uint8_t h[kTgtHeader];
        if (off + kTgtHeader > size || ::pread(in.fd, h, kTgtHeader, off_t(off)) != ssize_t(kTgtHeader))
            break; // no EOD record: take what is there
        const uint32_t ondisk = be32(h + 4), type = be32(h + 12);
        const uint64_t next = be64(h + 40);
        if (type == kTgtEod)
            break;
        if (type == kTgtFilemark || type == kTgtSetmark) {
            if (auto r = out.writeMarks(1, type == kTgtSetmark); !r)
                return r.error();
        } else if (type == kTgtData || type == kTgtCompressed) {
            if (type == kTgtCompressed)
                return Error{tape_error::BadFormat, tgtPath + ": compressed tgt blocks are not supported"};
            buf.resize(ondisk);
            if (off + kTgtHeader + ondisk > size ||
                ::pread(in.fd, buf.data(), ondisk, off_t(off + kTgtHeader)) != ssize_t(ondisk))
                return Error{tape_error::BadFormat, tgtPath + ": truncated data block " + std::to_string(n)};
            if (auto r = out.writeBlock(buf.data(), ondisk); !r)
                return r.error();
        }
        if (next <= off)
            return Error{tape_error::BadFormat, tgtPath + ": broken record chain at offset " + std::to_string(off)};
        off = next;
    }
    return out.sync();
}

} // namespace storlab::media
