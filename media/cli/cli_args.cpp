#include "cli_args.h"

#include <algorithm>
#include <cstdio>

namespace storlab::media::cli {

int usage(const char* text, const std::string& why)
{
    if (!why.empty())
        std::fprintf(stderr, "storlab-media: %s\n\n", why.c_str());
    std::fputs(text, why.empty() ? stdout : stderr);
    return why.empty() ? kOk : kUsage;
}

int fail(const Error& e)
{
    std::fprintf(stderr, "storlab-media: %s\n", e.message.c_str());
    return kFailed;
}

std::optional<uint64_t> parseSize(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    size_t used = 0;
    double v = 0;
    try {
        v = std::stod(s, &used);
    } catch (...) {
        return std::nullopt;
    }
    if (v < 0)
        return std::nullopt;
    std::string rest = s.substr(used);
    if (rest.size() > 1 && (rest.back() == 'B' || rest.back() == 'b'))
        rest.pop_back();
    static const std::map<std::string, double> units{{"", 1.0}, {"K", 1024.0}, {"M", 1048576.0}, {"G", 1073741824.0},
                                                     {"T", 1099511627776.0}};
    std::string unit = rest;
    for (char& c : unit)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    const auto it = units.find(unit);
    if (it == units.end())
        return std::nullopt;
    return uint64_t(v * it->second);
}

bool Args::has(const std::string& flag) const
{
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::optional<Args> parseArgs(int argc, char** argv, int from, std::initializer_list<const char*> valued, bool otherFlags,
                              std::string* error)
{
    Args a;
    for (int i = from; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) != 0 || s.size() <= 2) {
            a.positional.push_back(s);
            continue;
        }
        const auto eq = s.find('=');
        if (eq != std::string::npos) {
            a.options[s.substr(0, eq)] = s.substr(eq + 1);
            continue;
        }
        const bool takesValue = std::any_of(valued.begin(), valued.end(), [&](const char* v) { return s == v; });
        if (!takesValue && !otherFlags) {
            *error = "unknown option " + s;
            return std::nullopt;
        }
        if (!takesValue) {
            a.flags.push_back(s);
            continue;
        }
        if (i + 1 >= argc) {
            *error = s + " needs a value";
            return std::nullopt;
        }
        a.options[s] = argv[++i];
    }
    return a;
}

} // namespace storlab::media::cli
