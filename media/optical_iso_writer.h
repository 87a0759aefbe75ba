#pragma once
// Internal: streams entries into libarchive's ISO 9660 writer with a cap on
// the bytes written and progress reporting (used by masterIso and importImage).
#include "core/result.h"
#include "media/optical_image.h"

#include <ctime>
#include <memory>
#include <string>

struct archive;

namespace storlab::media::detail {

enum class EntryKind { File, Directory, Symlink };

class IsoWriter {
public:
    ~IsoWriter();
    // Creates `path` (truncating it). `total` is for progress (0 = unknown).
    static Result<std::unique_ptr<IsoWriter>> open(const std::string& path, const MasterOptions& options, uint64_t total);
    Result<void> begin(const std::string& isoPath, EntryKind kind, uint64_t size, unsigned mode, time_t mtime,
                       const std::string& linkTarget = {});
    Result<void> data(const void* p, size_t n);
    Result<void> end();
    Result<void> close();
    uint64_t written() const { return written_; }
    unsigned entries() const { return entries_; }

private:
    IsoWriter() = default;
    Error libError(const std::string& what) const;
    archive* a_ = nullptr;
    MasterOptions options_;
    uint64_t total_ = 0;
    uint64_t written_ = 0;
    unsigned entries_ = 0;
    bool closed_ = false;
};

// "a/./b//c" -> "a/b/c"; nullopt-like "" for a path with ".." or nothing left.
std::string cleanIsoPath(const std::string& path);
// Upper-case d-characters (A-Z 0-9 _), at most 32 (ECMA-119 §7.4.1).
std::string isoVolumeId(const std::string& text);

} // namespace storlab::media::detail
