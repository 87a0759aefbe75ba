#include "media/tape_generation.h"

#include <array>
#include <cctype>

namespace storlab::media {
namespace {

// Native capacities and rates from the LTO consortium generation table;
// density codes as reported by IBM/HPE LTO drives (SSC-4 REPORT DENSITY
// SUPPORT). LTO-10's 0x62 and "LA" suffix follow the sequence (assumed).
constexpr std::array<GenerationInfo, 10> kGenerations{{
    {TapeGeneration::Lto1, "LTO-1", 100'000'000'000ull, 0x40, "L1", "", 20, 384},
    {TapeGeneration::Lto2, "LTO-2", 200'000'000'000ull, 0x42, "L2", "", 40, 512},
    {TapeGeneration::Lto3, "LTO-3", 400'000'000'000ull, 0x44, "L3", "LT", 80, 704},
    {TapeGeneration::Lto4, "LTO-4", 800'000'000'000ull, 0x46, "L4", "LU", 120, 896},
    {TapeGeneration::Lto5, "LTO-5", 1'500'000'000'000ull, 0x58, "L5", "LV", 140, 1280},
    {TapeGeneration::Lto6, "LTO-6", 2'500'000'000'000ull, 0x5A, "L6", "LW", 160, 2176},
    {TapeGeneration::Lto7, "LTO-7", 6'000'000'000'000ull, 0x5C, "L7", "LX", 300, 3584},
    {TapeGeneration::Lto8, "LTO-8", 12'000'000'000'000ull, 0x5E, "L8", "LY", 360, 6656},
    {TapeGeneration::Lto9, "LTO-9", 18'000'000'000'000ull, 0x60, "L9", "LZ", 400, 8960},
    {TapeGeneration::Lto10, "LTO-10", 30'000'000'000'000ull, 0x62, "LA", "", 400, 8960},
}};

char upper(char c) { return char(std::toupper(static_cast<unsigned char>(c))); }

} // namespace

const GenerationInfo& generationInfo(TapeGeneration g)
{
    unsigned i = unsigned(g);
    if (i < 1 || i > kGenerations.size())
        i = 6;
    return kGenerations[i - 1];
}

std::optional<TapeGeneration> parseGeneration(std::string_view text)
{
    std::string s;
    for (char c : text)
        if (c != '-' && c != ' ' && c != '_')
            s.push_back(upper(c));
    if (s.rfind("LTO", 0) == 0)
        s = s.substr(3);
    else if (s.size() == 2 && s[0] == 'L' && !std::isdigit(static_cast<unsigned char>(s[1])))
        s = s == "LA" ? "10" : "";
    else if (!s.empty() && s[0] == 'L')
        s = s.substr(1);
    if (s.empty() || s.size() > 2)
        return std::nullopt;
    unsigned n = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        n = n * 10 + unsigned(c - '0');
    }
    if (n < 1 || n > kGenerations.size())
        return std::nullopt;
    return TapeGeneration(n);
}

std::optional<TapeGeneration> generationFromDensity(uint8_t densityCode)
{
    for (const auto& g : kGenerations)
        if (g.densityCode == densityCode)
            return g.generation;
    return std::nullopt;
}

std::optional<BarcodeMedia> mediaFromBarcode(std::string_view barcode)
{
    while (!barcode.empty() && barcode.back() == ' ')
        barcode.remove_suffix(1);
    if (barcode.size() < 2)
        return std::nullopt;
    const std::string suffix{upper(barcode[barcode.size() - 2]), upper(barcode[barcode.size() - 1])};
    for (const auto& g : kGenerations) {
        if (suffix == g.dataSuffix)
            return BarcodeMedia{g.generation, false};
        if (!g.wormSuffix.empty() && suffix == g.wormSuffix)
            return BarcodeMedia{g.generation, true};
    }
    return std::nullopt;
}

DriveAccess driveAccess(TapeGeneration drive, TapeGeneration cartridge)
{
    const int d = int(drive), c = int(cartridge);
    if (c > d)
        return DriveAccess::None;
    if (d >= int(TapeGeneration::Lto10))
        return c == d ? DriveAccess::ReadWrite : DriveAccess::None;
    if (d >= int(TapeGeneration::Lto8)) // LTO-8, LTO-9: N and N-1 read/write only
        return d - c <= 1 ? DriveAccess::ReadWrite : DriveAccess::None;
    if (d - c <= 1)
        return DriveAccess::ReadWrite;
    if (d - c == 2)
        return DriveAccess::ReadOnly;
    return DriveAccess::None;
}

} // namespace storlab::media
