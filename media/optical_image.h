#pragma once
// Making ISO 9660 images (mastering) and importing images through libarchive
// (design.md §5): compressed images (.iso.gz/.xz/.zst/.bz2), archives (zip,
// tar.*, 7z, an ISO's own file tree) holding one .iso (that ISO is extracted)
// or other files (they are mastered into a new ISO), and directory trees.
//
// Every import writes OUT.part next to OUT and renames it only when the result
// validated (inspectIso), so a failure leaves nothing behind and never touches
// the input. The expanded size is capped (zip bomb protection): the count is
// of bytes actually produced, not of sizes the archive claims.
#include "core/result.h"
#include "media/optical_iso.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace storlab::media {

// done / total bytes (total = 0 when unknown, e.g. a compressed stream).
using ImportProgress = std::function<void(uint64_t done, uint64_t total)>;
// Set (by another thread) to stop an import or mastering early: it then fails
// with optical_error::Cancelled and removes its partial output.
using CancelFlag = std::atomic<bool>;

struct MasterOptions {
    std::string volumeId = "STORLAB";   // ISO 9660 volume identifier (d-characters, up to 32)
    bool rockRidge = true;              // POSIX names, permissions, symlinks
    bool joliet = true;                 // long Unicode names for Windows
    uint64_t maxBytes = 0;              // 0 = no cap
    ImportProgress progress;
    const CancelFlag* cancel = nullptr;
};

// A file or directory to master; `inIso` is its path in the image ("" = the
// source's base name; a directory's contents go below it).
struct MasterSource {
    std::string hostPath;
    std::string inIso;
};

// Masters an ISO 9660 image (libarchive's iso9660 writer) from directories and
// files. A single directory source with an empty inIso puts its *contents* at
// the image root (like mkisofs DIR).
Result<IsoInfo> masterIso(const std::vector<MasterSource>& sources, const std::string& out, const MasterOptions& options);

struct ImportOptions {
    uint64_t maxExpandedBytes = uint64_t(8) << 30;   // cap on what the input expands to
    std::string volumeId;                            // when files are mastered ("" = from the input name)
    ImportProgress progress;
    const CancelFlag* cancel = nullptr;
    // What the import does next: "expanding" (copy/decompress/extract an image) or "mastering" (files -> ISO).
    std::function<void(const char* phase)> phase;
};

struct ImportReport {
    IsoInfo iso;
    std::string how;   // "copied", "decompressed (gzip)", "extracted disc.iso from zip", "mastered 12 files from tar"
};

// Imports `input` (file or directory) as the ISO image `out` (must not exist).
Result<ImportReport> importImage(const std::string& input, const std::string& out, const ImportOptions& options);

// Writes a small generated file tree (a README, text files, a binary file with
// a seeded pattern, a nested directory) into `dir`: sample content for
// the default lab's jukebox discs. `seed` varies the content.
Result<void> writeSampleTree(const std::string& dir, unsigned seed);

} // namespace storlab::media
