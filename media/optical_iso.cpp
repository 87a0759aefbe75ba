#include "media/optical_iso.h"

#include "media/optical_disc.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace storlab::media {
namespace {

constexpr uint32_t kDescriptorStart = 16; // ECMA-119 §6.2.1: system area is sectors 0-15
constexpr uint32_t kMaxDescriptors = 64;

uint32_t le32(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
uint32_t be32(const uint8_t* p) { return uint32_t(p[3]) | uint32_t(p[2]) << 8 | uint32_t(p[1]) << 16 | uint32_t(p[0]) << 24; }

std::string trimmed(const uint8_t* p, size_t n)
{
    std::string s(reinterpret_cast<const char*>(p), n);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.pop_back();
    return s;
}

Error fail(int code, const std::string& path, const std::string& what) { return Error{code, path + ": " + what}; }

} // namespace

Result<IsoInfo> inspectIso(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{-errno, "cannot open " + path + ": " + std::strerror(errno)};
    struct stat st {};
    ::fstat(fd, &st);
    IsoInfo info;
    info.fileBytes = uint64_t(st.st_size);
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode)) {
        ::close(fd);
        return fail(optical_error::NotADisc, path, "not a regular file");
    }
    bool pvd = false, terminator = false, udf = false;
    uint8_t sec[kSectorSize];
    for (uint32_t i = 0; i < kMaxDescriptors && !terminator; ++i) {
        const ssize_t n = ::pread(fd, sec, sizeof sec, off_t(kDescriptorStart + i) * kSectorSize);
        if (n != ssize_t(sizeof sec))
            break;
        const std::string id(reinterpret_cast<const char*>(sec + 1), 5);
        if (id == "CD001") {
            const uint8_t type = sec[0];
            if (type == 1 && !pvd) {
                pvd = true;
                info.systemId = trimmed(sec + 8, 32);
                info.volumeId = trimmed(sec + 40, 32);
                const uint32_t blocks = le32(sec + 80);
                const uint16_t blockSize = uint16_t(sec[128] | sec[129] << 8);
                if (blocks != be32(sec + 84)) {
                    ::close(fd);
                    return fail(optical_error::NotADisc, path, "damaged primary volume descriptor (volume space size fields differ)");
                }
                if (blockSize != kSectorSize) {
                    ::close(fd);
                    return fail(optical_error::NotADisc, path,
                                "logical block size " + std::to_string(blockSize) + " (only 2048-byte blocks can be a disc)");
                }
                info.volumeSectors = blocks;
                const std::string date = trimmed(sec + 813, 14);
                if (date.size() == 14 && date != "00000000000000")
                    info.created = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2) + " " +
                                   date.substr(8, 2) + ":" + date.substr(10, 2) + ":" + date.substr(12, 2);
            } else if (type == 2) {
                // Joliet: escape sequences %/@, %/C or %/E (ECMA-119 §8.5.6 + Joliet spec).
                if (sec[88] == 0x25 && sec[89] == 0x2F && (sec[90] == 0x40 || sec[90] == 0x43 || sec[90] == 0x45))
                    info.joliet = true;
            } else if (type == 255) {
                terminator = true;
            }
        } else if (id == "BEA01" || id == "NSR02" || id == "NSR03" || id == "TEA01") {
            udf = udf || id == "NSR02" || id == "NSR03";
            if (id == "TEA01")
                break;
        } else if (!pvd && !udf) {
            break;
        }
    }
    ::close(fd);
    if (!pvd && !udf) {
        if (info.fileBytes < uint64_t(kDescriptorStart + 1) * kSectorSize)
            return fail(optical_error::NotADisc, path,
                        "too short to be an ISO 9660 image (" + std::to_string(info.fileBytes) + " bytes; the volume descriptors start at 32768)");
        return fail(optical_error::NotADisc, path, "not an ISO 9660 or UDF image (no \"CD001\" volume descriptor at sector 16)");
    }
    if (pvd && !terminator && !udf)
        return fail(optical_error::NotADisc, path, "damaged volume descriptor set (no set terminator)");
    info.format = pvd ? (udf ? "iso9660+udf" : "iso9660") : "udf";
    if (!pvd)
        info.volumeSectors = uint32_t(info.fileBytes / kSectorSize);
    const uint64_t need = uint64_t(info.volumeSectors) * kSectorSize;
    if (info.fileBytes < need)
        return fail(optical_error::Truncated, path,
                    "truncated: the volume is " + std::to_string(need) + " bytes but the file has " +
                        std::to_string(info.fileBytes) + "; copy or download it again");
    return info;
}

} // namespace storlab::media
