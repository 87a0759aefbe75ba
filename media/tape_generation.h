#pragma once
// LTO (Linear Tape-Open / Ultrium) generations: native capacities, SSC density
// codes, barcode suffixes and the drive/cartridge compatibility rule.
//
// Compatibility rule implemented (driveAccess()), from the IBM TS4500 LTO
// compatibility table (IBM TS4500 manual, "Compatibility among LTO tape drives
// and tape cartridges") and the LTO consortium generation notes:
//   LTO-1 .. LTO-7 drives: read/write own and previous generation, read-only two back
//                          (N, N-1 read/write; N-2 read only).
//   LTO-8 drive:           read/write LTO-8 and LTO-7 only (no N-2 read).
//   LTO-9 drive:           read/write LTO-9 and LTO-8 only.
//   LTO-10 drive:          LTO-10 only (not backward compatible).
//   A drive never uses a newer generation.
//
// Barcode rule (IBM/LTO label specification): 6 volume serial characters + a
// 2-character media identifier: "L1".."L9" data cartridges of generation 1..9,
// "LA" LTO-10 data (assumed, next in sequence after L9), WORM: "LT" (LTO-3),
// "LU" (4), "LV" (5), "LW" (6), "LX" (7), "LY" (8), "LZ" (9); "CLN"/"CU" prefixes
// and "C*" suffixes are cleaning cartridges (not emulated).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storlab::media {

enum class TapeGeneration : uint8_t {
    Lto1 = 1, Lto2, Lto3, Lto4, Lto5, Lto6, Lto7, Lto8, Lto9, Lto10,
};

struct GenerationInfo {
    TapeGeneration generation;
    std::string_view name;          // "LTO-6"
    uint64_t nativeCapacity;        // bytes (decimal, as marketed: 2.5 TB = 2'500'000'000'000)
    uint8_t densityCode;            // SSC-4 density code (MODE SENSE block descriptor, REPORT DENSITY SUPPORT)
    std::string_view dataSuffix;    // barcode media identifier of a data cartridge ("L6")
    std::string_view wormSuffix;    // of a WORM cartridge ("LW"); empty when the generation has none
    uint32_t mbPerSecond;           // native transfer rate (REPORT DENSITY SUPPORT)
    uint32_t tracks;                // number of tracks (REPORT DENSITY SUPPORT)
};

const GenerationInfo& generationInfo(TapeGeneration g);
// "LTO-6", "LTO6", "lto-6", "L6", "6" -> generation.
std::optional<TapeGeneration> parseGeneration(std::string_view text);
// From a density code (MODE SELECT block descriptor).
std::optional<TapeGeneration> generationFromDensity(uint8_t densityCode);

// From a barcode ("A00001L6" -> LTO-6, "A00001LW" -> LTO-6 WORM); nullopt if the suffix is unknown.
struct BarcodeMedia {
    TapeGeneration generation;
    bool worm = false;
};
std::optional<BarcodeMedia> mediaFromBarcode(std::string_view barcode);

enum class DriveAccess : uint8_t { None, ReadOnly, ReadWrite };
// What a drive of generation `drive` can do with a cartridge of generation `cartridge`.
DriveAccess driveAccess(TapeGeneration drive, TapeGeneration cartridge);

} // namespace storlab::media
