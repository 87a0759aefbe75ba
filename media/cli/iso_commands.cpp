// storlab-media iso master|info|import|blank (issue 6). Exit codes: 0 ok, 1 failed, 2 usage.
#include "iso_commands.h"

#include "media/optical_disc.h"
#include "media/optical_image.h"
#include "cli_args.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

using namespace storlab;
using namespace storlab::media;
using namespace storlab::media::cli;

namespace {

const char* kIsoUsage =
    "usage: storlab-media iso <command> [options]\n"
    "\n"
    "commands:\n"
    "  master DIR|FILE... OUT.iso [--volid NAME]   master an ISO 9660 image (Rock Ridge + Joliet)\n"
    "  info FILE                                   validate and describe an ISO image or a recordable disc\n"
    "  import IN OUT.iso [--max-size SIZE] [--volid NAME]\n"
    "                      IN: an ISO, a compressed ISO (.gz .xz .zst .bz2), an archive (zip, tar.*, 7z)\n"
    "                      holding one .iso (extracted) or files (mastered), or a directory (mastered);\n"
    "                      SIZE caps the expanded size (default 8G)\n"
    "  blank OUT --type dvd+r [--capacity SIZE]    create a blank DVD+R (default 4.7 GB, sparse)\n"
    "\n"
    "SIZE: bytes, or with K/M/G/T suffix (powers of 1024; 4.7G is allowed).\n"
    "exit codes: 0 success, 1 failure, 2 usage error\n";

int usage(const std::string& why = {}) { return cli::usage(kIsoUsage, why); }

// Progress on a terminal: one updating line on stderr.
ImportProgress progressLine()
{
    if (!::isatty(2))
        return {};
    return [](uint64_t done, uint64_t total) {
        static uint64_t last = 0;
        if (done - last < (8u << 20) && done != total)
            return;
        last = done;
        if (total)
            std::fprintf(stderr, "\r%llu / %llu MiB", (unsigned long long)(done >> 20), (unsigned long long)(total >> 20));
        else
            std::fprintf(stderr, "\r%llu MiB", (unsigned long long)(done >> 20));
    };
}

void printIso(const std::string& path, const IsoInfo& i)
{
    std::printf("file:        %s\n", path.c_str());
    std::printf("format:      %s%s\n", i.format.c_str(), i.joliet ? " (Joliet)" : "");
    std::printf("volume id:   %s\n", i.volumeId.c_str());
    if (!i.systemId.empty())
        std::printf("system id:   %s\n", i.systemId.c_str());
    if (!i.created.empty())
        std::printf("created:     %s\n", i.created.c_str());
    std::printf("sectors:     %u (%llu bytes)\n", i.volumeSectors, (unsigned long long)i.volumeSectors * kSectorSize);
}

int cmdMaster(const Args& a)
{
    if (a.positional.size() < 2)
        return usage("master needs DIR|FILE... and OUT.iso");
    std::vector<MasterSource> src;
    for (size_t i = 0; i + 1 < a.positional.size(); ++i)
        src.push_back({a.positional[i], ""});
    MasterOptions o;
    if (a.options.count("--volid"))
        o.volumeId = a.options.at("--volid");
    o.progress = progressLine();
    auto r = masterIso(src, a.positional.back(), o);
    if (o.progress)
        std::fputc('\n', stderr);
    if (!r)
        return fail(r.error());
    printIso(a.positional.back(), *r);
    return kOk;
}

int cmdInfo(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("info needs one FILE");
    const std::string& p = a.positional[0];
    if (OpticalDisc::isRecordable(p)) {
        auto d = OpticalDisc::open(p);
        if (!d)
            return fail(d.error());
        static const char* st[] = {"blank", "appendable", "finalized"};
        std::printf("file:        %s\nformat:      storlab recordable disc (DVD+R)\nstate:       %s\n", p.c_str(),
                    st[int((*d)->status())]);
        std::printf("capacity:    %u sectors (%llu bytes)\nrecorded:    %u sectors\ntracks:      %zu\n",
                    (*d)->capacitySectors(), (unsigned long long)(*d)->capacitySectors() * kSectorSize,
                    (*d)->readableSectors(), (*d)->tracks().size());
        if (!(*d)->volumeId().empty())
            std::printf("volume id:   %s\n", (*d)->volumeId().c_str());
        return kOk;
    }
    auto r = inspectIso(p);
    if (!r)
        return fail(r.error());
    printIso(p, *r);
    return kOk;
}

int cmdImport(const Args& a)
{
    if (a.positional.size() != 2)
        return usage("import needs IN and OUT.iso");
    ImportOptions o;
    if (a.options.count("--max-size")) {
        auto s = parseSize(a.options.at("--max-size"));
        if (!s || *s == 0)
            return usage("--max-size: not a size");
        o.maxExpandedBytes = *s;
    }
    if (a.options.count("--volid"))
        o.volumeId = a.options.at("--volid");
    o.progress = progressLine();
    auto r = importImage(a.positional[0], a.positional[1], o);
    if (o.progress)
        std::fputc('\n', stderr);
    if (!r)
        return fail(r.error());
    std::printf("imported:    %s\n", r->how.c_str());
    printIso(a.positional[1], r->iso);
    return kOk;
}

int cmdBlank(const Args& a)
{
    if (a.positional.size() != 1)
        return usage("blank needs OUT");
    const std::string type = a.options.count("--type") ? a.options.at("--type") : "dvd+r";
    if (type != "dvd+r" && type != "DVD+R")
        return usage("--type: only dvd+r blanks are supported");
    BlankOptions o;
    if (a.options.count("--capacity")) {
        auto s = parseSize(a.options.at("--capacity"));
        if (!s)
            return usage("--capacity: not a size");
        o.capacityBytes = *s;
    }
    if (auto r = OpticalDisc::createBlank(a.positional[0], o); !r)
        return fail(r.error());
    std::printf("created blank DVD+R %s\n", a.positional[0].c_str());
    return kOk;
}

} // namespace

int runIsoCommand(int argc, char** argv)
{
    if (argc < 3)
        return usage("missing iso command");
    const std::string cmd = argv[2];
    if (cmd == "--help" || cmd == "-h" || cmd == "help")
        return usage();
    std::string err;
    auto args = parseArgs(argc, argv, 3, {"--volid", "--max-size", "--type", "--capacity"}, false, &err);
    if (!args)
        return usage(err);
    if (cmd == "master") return cmdMaster(*args);
    if (cmd == "info") return cmdInfo(*args);
    if (cmd == "import") return cmdImport(*args);
    if (cmd == "blank") return cmdBlank(*args);
    return usage("unknown iso command '" + cmd + "'");
}
