#pragma once
// What the storlab-media commands share: exit codes, the usage/failure
// messages, SIZE parsing (K/M/G/T suffixes, powers of 1024, 4.7G allowed) and
// the option parser (--key value, --key=value, --flag, positional arguments).
#include "core/result.h"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace storlab::media::cli {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

// Prints `text` on stdout (no reason: asked for help, exit 0) or `why` and `text` on stderr (exit 2).
int usage(const char* text, const std::string& why);
// "storlab-media: <message>" on stderr; exit 1.
int fail(const Error& e);
std::optional<uint64_t> parseSize(const std::string& s);

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;
    bool has(const std::string& flag) const;
};

// `valued`: the options that take a value. Any other "--x" is a flag when
// `otherFlags`, else an error ("unknown option --x").
std::optional<Args> parseArgs(int argc, char** argv, int from, std::initializer_list<const char*> valued, bool otherFlags,
                              std::string* error);

} // namespace storlab::media::cli
