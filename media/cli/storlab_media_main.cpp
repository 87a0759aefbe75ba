// storlab-media: create, list, inspect, resize and convert tape cartridges;
// master, inspect and import optical discs (iso_commands.cpp).
// Exit codes: 0 ok, 1 operation failed, 2 usage error.
#include "cli_args.h"
#include "iso_commands.h"
#include "media/tape_cartridge.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace storlab;
using namespace storlab::media;
using namespace storlab::media::cli;

namespace {

const char* kUsageText =
    "usage: storlab-media tape <command> [options]\n"
    "       storlab-media iso <command> [options]   (storlab-media iso help)\n"
    "\n"
    "commands:\n"
    "  create --barcode CODE [--type LTO-N] [--capacity SIZE] [--worm] [--write-protect] [--force] FILE\n"
    "                      create a blank cartridge (type defaults from the barcode suffix, e.g. L6)\n"
    "  list DIR            list the cartridges in DIR (barcode, type, capacity, used, flags)\n"
    "  info FILE           header, capacity, MAM attributes\n"
    "  dump FILE           every record: blocks (size), filemarks, setmarks, EOD\n"
    "  resize --capacity SIZE FILE   change the capacity (0 = native)\n"
    "  protect on|off FILE           set or clear the write-protect tab\n"
    "  convert-tgtimg [--type LTO-N] IN OUT   convert a tgt (tgtimg) image\n"
    "  barcodes FIRST COUNT          print COUNT barcodes starting at FIRST (A00000L6 10)\n"
    "\n"
    "SIZE: bytes, or with K/M/G/T suffix (powers of 1024).\n"
    "exit codes: 0 success, 1 failure, 2 usage error\n";

int usage(const std::string& why = {}) { return cli::usage(kUsageText, why); }

std::string human(uint64_t b)
{
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(b);
    int u = 0;
    while (v >= 1024 && u < 5) { v /= 1024; ++u; }
    char buf[32];
    std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", v, units[u]);
    return buf;
}

std::string flagsOf(const CartridgeHeader& h)
{
    std::string f;
    if (h.worm) f += "WORM ";
    if (h.writeProtected) f += "WP ";
    if (!f.empty()) f.pop_back();
    return f.empty() ? "-" : f;
}

std::string attributeText(const MamAttribute& a)
{
    if (a.format == 0x00) {
        if (a.value.size() <= 8) {
            uint64_t v = 0;
            for (uint8_t b : a.value) v = (v << 8) | b;
            return std::to_string(v);
        }
        std::string hex;
        char b[4];
        for (uint8_t x : a.value) { std::snprintf(b, sizeof b, "%02x", x); hex += b; }
        return hex;
    }
    std::string s(a.value.begin(), a.value.end());
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.pop_back();
    return "\"" + s + "\"";
}

int cmdCreate(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("create: give exactly one FILE");
    if (!a.options.count("--barcode"))
        return usage("create: --barcode is required (e.g. --barcode A00001L6)");
    CreateOptions o;
    o.barcode = a.options.at("--barcode");
    if (a.options.count("--type")) {
        o.generation = parseGeneration(a.options.at("--type"));
        if (!o.generation)
            return usage("create: unknown --type '" + a.options.at("--type") + "' (LTO-1 .. LTO-10)");
    }
    if (a.options.count("--capacity")) {
        auto c = parseSize(a.options.at("--capacity"));
        if (!c)
            return usage("create: bad --capacity '" + a.options.at("--capacity") + "' (e.g. 100M, 2T)");
        o.capacity = *c;
    }
    o.worm = a.has("--worm");
    o.writeProtected = a.has("--write-protect");
    o.overwrite = a.has("--force");
    auto t = TapeCartridge::create(a.positional[0], o);
    if (!t)
        return fail(t.error());
    const auto& h = (*t)->header();
    std::printf("created %s: %s %s, %s%s\n", a.positional[0].c_str(), h.barcode.c_str(),
                std::string(generationInfo(h.generation).name).c_str(), human(h.effectiveCapacity()).c_str(),
                h.worm ? ", WORM" : "");
    return kOk;
}

int cmdList(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("list: give exactly one DIR");
    const std::string dir = a.positional[0];
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return fail(Error{-errno, "cannot open directory " + dir + ": " + std::strerror(errno)});
    std::vector<std::string> names;
    while (dirent* e = ::readdir(d))
        if (e->d_name[0] != '.')
            names.push_back(e->d_name);
    ::closedir(d);
    std::sort(names.begin(), names.end());
    std::printf("%-10s %-7s %12s %12s %-8s %s\n", "BARCODE", "TYPE", "CAPACITY", "USED", "FLAGS", "FILE");
    for (const auto& n : names) {
        const std::string path = dir + "/" + n;
        auto h = TapeCartridge::readHeader(path);
        if (!h)
            continue; // not a cartridge
        auto t = TapeCartridge::open(path, true);
        const uint64_t used = t ? (*t)->usedBytes() : 0;
        std::printf("%-10s %-7s %12s %12s %-8s %s\n", h->barcode.c_str(),
                    std::string(generationInfo(h->generation).name).c_str(), human(h->effectiveCapacity()).c_str(),
                    human(used).c_str(), flagsOf(*h).c_str(), n.c_str());
    }
    return kOk;
}

int cmdInfo(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("info: give exactly one FILE");
    RecoveryReport rep;
    auto t = TapeCartridge::open(a.positional[0], true, &rep);
    if (!t)
        return fail(t.error());
    const TapeCartridge& c = **t;
    const auto& h = c.header();
    const auto& g = generationInfo(h.generation);
    std::printf("file:            %s\n", a.positional[0].c_str());
    std::printf("barcode:         %s\n", h.barcode.c_str());
    std::printf("type:            %s (density code 0x%02X)%s\n", std::string(g.name).c_str(), g.densityCode,
                h.worm ? ", WORM" : "");
    std::printf("write protect:   %s\n", h.writeProtected ? "on" : "off");
    std::printf("capacity:        %s (%llu bytes%s)\n", human(c.capacityBytes()).c_str(),
                (unsigned long long)c.capacityBytes(), h.capacity ? "" : ", native");
    std::printf("early warning:   %s before the end\n", human(h.effectiveEarlyWarningGap()).c_str());
    std::printf("used:            %s (%llu bytes)\n", human(c.usedBytes()).c_str(), (unsigned long long)c.usedBytes());
    std::printf("objects:         %llu (%llu filemarks)\n", (unsigned long long)c.objectCount(),
                (unsigned long long)c.filemarkTotal());
    if (rep.truncated)
        std::printf("damaged tail:    %llu bytes after the last valid record (cut off when loaded read-write)\n",
                    (unsigned long long)rep.bytesDropped);
    std::printf("MAM attributes:\n");
    for (const auto& m : c.attributes())
        std::printf("  0x%04X %s %s\n", m.id, m.readOnly ? "ro" : "rw", attributeText(m).c_str());
    return kOk;
}

int cmdDump(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("dump: give exactly one FILE");
    auto t = TapeCartridge::open(a.positional[0], true);
    if (!t)
        return fail(t.error());
    TapeCartridge& c = **t;
    uint64_t file = 0;
    for (uint64_t i = 0; i < c.objectCount(); ++i) {
        const auto o = *c.objectAt(i);
        switch (o.type) {
        case RecordType::Data: std::printf("%10llu  block     %u bytes  (file %llu)\n", (unsigned long long)i, o.length, (unsigned long long)file); break;
        case RecordType::Filemark: std::printf("%10llu  filemark\n", (unsigned long long)i); ++file; break;
        case RecordType::Setmark: std::printf("%10llu  setmark\n", (unsigned long long)i); break;
        }
    }
    std::printf("%10llu  EOD\n", (unsigned long long)c.objectCount());
    return kOk;
}

int cmdResize(const Args& a)
{
    if (a.positional.size() != 1 || !a.options.count("--capacity"))
        return usage("resize: give --capacity SIZE and one FILE");
    auto cap = parseSize(a.options.at("--capacity"));
    if (!cap)
        return usage("resize: bad --capacity '" + a.options.at("--capacity") + "'");
    auto t = TapeCartridge::open(a.positional[0]);
    if (!t)
        return fail(t.error());
    if (auto r = (*t)->setCapacity(*cap); !r)
        return fail(r.error());
    std::printf("%s: capacity %s\n", a.positional[0].c_str(), human((*t)->capacityBytes()).c_str());
    return kOk;
}

int cmdProtect(const Args& a)
{
    if (a.positional.size() != 2 || (a.positional[0] != "on" && a.positional[0] != "off"))
        return usage("protect: give on|off and one FILE");
    auto t = TapeCartridge::open(a.positional[1]);
    if (!t)
        return fail(t.error());
    if (auto r = (*t)->setWriteProtected(a.positional[0] == "on"); !r)
        return fail(r.error());
    return kOk;
}

int cmdConvert(const Args& a)
{
    if (a.positional.size() != 2)
        return usage("convert-tgtimg: give IN and OUT");
    std::optional<TapeGeneration> g;
    if (a.options.count("--type")) {
        g = parseGeneration(a.options.at("--type"));
        if (!g)
            return usage("convert-tgtimg: unknown --type '" + a.options.at("--type") + "'");
    }
    if (auto r = convertTgtImage(a.positional[0], a.positional[1], g); !r)
        return fail(r.error());
    auto h = TapeCartridge::readHeader(a.positional[1]);
    if (h)
        std::printf("converted %s -> %s (%s %s)\n", a.positional[0].c_str(), a.positional[1].c_str(),
                    h->barcode.c_str(), std::string(generationInfo(h->generation).name).c_str());
    return kOk;
}

int cmdBarcodes(const Args& a)
{
    if (a.positional.size() != 2)
        return usage("barcodes: give FIRST and COUNT");
    unsigned long n = 0;
    try {
        n = std::stoul(a.positional[1]);
    } catch (...) {
        return usage("barcodes: COUNT must be a number");
    }
    if (n > 1000000)
        return usage("barcodes: COUNT is at most 1000000");
    auto r = barcodeRange(a.positional[0], unsigned(n));
    if (!r)
        return fail(r.error());
    for (const auto& b : *r)
        std::printf("%s\n", b.c_str());
    return kOk;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help"))
        return argc < 2 ? usage("missing command") : usage();
    if (std::strcmp(argv[1], "iso") == 0)
        return runIsoCommand(argc, argv);
    if (std::strcmp(argv[1], "tape") != 0)
        return usage(std::string("unknown media kind '") + argv[1] + "' (use 'tape' or 'iso')");
    if (argc < 3)
        return usage("missing tape command");
    const std::string cmd = argv[2];
    if (cmd == "--help" || cmd == "-h" || cmd == "help")
        return usage();
    std::string err;
    auto args = parseArgs(argc, argv, 3, {"--barcode", "--type", "--capacity"}, true, &err);
    if (!args)
        return usage(err);
    if (args->has("--help"))
        return usage();
    if (cmd == "create") return cmdCreate(*args);
    if (cmd == "list") return cmdList(*args);
    if (cmd == "info") return cmdInfo(*args);
    if (cmd == "dump") return cmdDump(*args);
    if (cmd == "resize") return cmdResize(*args);
    if (cmd == "protect") return cmdProtect(*args);
    if (cmd == "convert-tgtimg") return cmdConvert(*args);
    if (cmd == "barcodes") return cmdBarcodes(*args);
    return usage("unknown tape command '" + cmd + "'");
}
