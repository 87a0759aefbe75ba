// masterIso() and writeSampleTree() (optical_image.h).
#include "media/optical_disc.h"
#include "media/optical_image.h"
#include "media/optical_iso_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <algorithm>
#include <unistd.h>

namespace storlab::media {

namespace fs = std::filesystem;
using detail::EntryKind;
using detail::IsoWriter;

namespace {

time_t mtimeOf(const fs::path& p)
{
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0 ? st.st_mtime : time(nullptr);
}

Result<void> addFile(IsoWriter& w, const fs::path& host, const std::string& inIso)
{
    std::error_code ec;
    const uint64_t size = fs::file_size(host, ec);
    if (ec)
        return Error{-EIO, "cannot read " + host.string() + ": " + ec.message()};
    FILE* f = std::fopen(host.c_str(), "rb");
    if (!f)
        return Error{-errno, "cannot open " + host.string() + ": " + std::strerror(errno)};
    struct stat st {};
    ::stat(host.c_str(), &st);
    auto r = w.begin(inIso, EntryKind::File, size, st.st_mode, st.st_mtime);
    std::vector<char> buf(1 << 16);
    uint64_t left = size;
    while (r.ok() && left) {
        const size_t n = std::fread(buf.data(), 1, std::min<uint64_t>(buf.size(), left), f);
        if (n == 0) {
            r = Error{-EIO, host.string() + " changed while it was read"};
            break;
        }
        r = w.data(buf.data(), n);
        left -= n;
    }
    std::fclose(f);
    if (!r)
        return r;
    return w.end();
}

Result<void> addTree(IsoWriter& w, const fs::path& host, const std::string& inIso)
{
    std::error_code ec;
    const auto st = fs::symlink_status(host, ec);
    if (ec)
        return Error{-ENOENT, "cannot read " + host.string() + ": " + ec.message()};
    if (fs::is_symlink(st)) {
        const auto target = fs::read_symlink(host, ec);
        if (auto r = w.begin(inIso, EntryKind::Symlink, 0, 0, mtimeOf(host), target.string()); !r)
            return r;
        return w.end();
    }
    if (fs::is_regular_file(st))
        return addFile(w, host, inIso);
    if (!fs::is_directory(st))
        return {}; // sockets, devices, fifos: not disc content
    if (!inIso.empty()) {
        if (auto r = w.begin(inIso, EntryKind::Directory, 0, 0755, mtimeOf(host)); !r)
            return r;
        if (auto r = w.end(); !r)
            return r;
    }
    std::vector<fs::path> children;
    for (const auto& e : fs::directory_iterator(host, ec))
        children.push_back(e.path());
    if (ec)
        return Error{-EIO, "cannot list " + host.string() + ": " + ec.message()};
    std::sort(children.begin(), children.end());
    for (const auto& c : children) {
        const std::string child = inIso.empty() ? c.filename().string() : inIso + "/" + c.filename().string();
        if (auto r = addTree(w, c, child); !r)
            return r;
    }
    return {};
}

uint64_t treeBytes(const fs::path& p)
{
    std::error_code ec;
    if (fs::is_regular_file(fs::symlink_status(p, ec)))
        return fs::file_size(p, ec);
    uint64_t n = 0;
    if (fs::is_directory(fs::symlink_status(p, ec)))
        for (const auto& e : fs::recursive_directory_iterator(p, ec))
            if (e.is_regular_file(ec) && !e.is_symlink(ec))
                n += e.file_size(ec);
    return n;
}

} // namespace

Result<IsoInfo> masterIso(const std::vector<MasterSource>& sources, const std::string& out, const MasterOptions& options)
{
    if (sources.empty())
        return Error{optical_error::InvalidArgument, "nothing to master"};
    std::error_code ec;
    if (fs::exists(out, ec))
        return Error{optical_error::Exists, out + " exists; remove it or choose another name"};
    uint64_t total = 0;
    for (const auto& s : sources) {
        if (!fs::exists(fs::symlink_status(s.hostPath, ec)))
            return Error{-ENOENT, s.hostPath + " does not exist"};
        total += treeBytes(s.hostPath);
    }
    if (options.maxBytes && total > options.maxBytes)
        return Error{optical_error::TooLarge, "the files add up to " + std::to_string(total) + " bytes, more than the cap"};
    const std::string part = out + ".part";
    auto writer = IsoWriter::open(part, options, total);
    if (!writer)
        return writer.error();
    Result<void> r;
    for (const auto& s : sources) {
        fs::path host(s.hostPath);
        std::string inIso = s.inIso;
        if (inIso.empty() && !(sources.size() == 1 && fs::is_directory(host, ec)))
            inIso = host.filename().string();
        r = addTree(**writer, host, inIso);
        if (!r)
            break;
    }
    if (r)
        r = (*writer)->close();
    writer->reset();
    if (!r) {
        ::unlink(part.c_str());
        return r.error();
    }
    auto info = inspectIso(part);
    if (!info) {
        ::unlink(part.c_str());
        return info.error();
    }
    if (::rename(part.c_str(), out.c_str()) != 0) {
        const int e = errno;
        ::unlink(part.c_str());
        return Error{-e, "cannot rename to " + out + ": " + std::strerror(e)};
    }
    return info;
}

Result<void> writeSampleTree(const std::string& dir, unsigned seed)
{
    std::error_code ec;
    fs::create_directories(fs::path(dir) / "docs" / "nested", ec);
    if (ec)
        return Error{-EIO, "cannot create " + dir + ": " + ec.message()};
    auto text = [&](const fs::path& p, const std::string& s) -> bool {
        std::ofstream f(p, std::ios::binary | std::ios::trunc);
        f << s;
        return bool(f);
    };
    const std::string n = std::to_string(seed);
    bool ok = text(fs::path(dir) / "README.TXT",
                   "storlab sample disc " + n + "\nMastered by storlabd for the default lab's DVD jukebox.\n");
    ok = ok && text(fs::path(dir) / "docs" / "notes.txt", "Sample notes, disc " + n + ".\n");
    ok = ok && text(fs::path(dir) / "docs" / "nested" / "deep.txt", "A file two directories down (disc " + n + ").\n");
    // 256 KiB of a seeded pattern (xorshift), so checksums differ between discs.
    std::vector<uint8_t> bin(256 * 1024);
    uint32_t x = 0x9E3779B9u ^ (seed * 2654435761u);
    for (auto& b : bin) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        b = uint8_t(x);
    }
    std::ofstream f(fs::path(dir) / "data.bin", std::ios::binary | std::ios::trunc);
    f.write(reinterpret_cast<const char*>(bin.data()), std::streamsize(bin.size()));
    ok = ok && bool(f);
    if (!ok)
        return Error{-EIO, "cannot write the sample files in " + dir};
    return {};
}

} // namespace storlab::media
