#pragma once
// Optical discs for the virtual DVD drives (design.md §5, issue 6).
//
// Two kinds of disc file:
//   * an ISO 9660 (or UDF) image: used in place, opened read-only, so one image
//     can sit in several drives (LUNs) at once; it is a DVD-ROM (or a BD-ROM
//     when larger than a dual-layer DVD). Validated at open (optical_iso.h).
//   * a recordable disc (DVD+R): a sparse file of capacity x 2048 bytes of user
//     data followed by one 2048-byte trailer (optical_format.h) holding the
//     disc state: blank / appendable / finalized, the next writable address,
//     the tracks and their sessions. Writes go sequentially to the next
//     writable address (MMC-6 §4.5, DVD+R). Closing a session leaves the disc
//     appendable: the next session starts at the next ECC block (16 sectors)
//     and a multisession writer (growisofs -M) appends there; finalizing
//     (CLOSE TRACK/SESSION 101b/110b, or a session closed on a full disc)
//     makes it read-only. The data area starts at offset 0, so the file is
//     also an ISO image of the first session for host tools (mount -o loop;
//     later sessions with mount -o loop,sbsector=<session start>).
//     A writable disc is locked (flock) by the drive that holds it.
//
// Sectors are 2048 bytes. Not thread-safe: the owning drive serializes access.
#include "core/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace storlab::media {

// Error codes (Error::code; negative values are -errno). All >= 1000, so the
// changer reports INCOMPATIBLE MEDIUM INSTALLED when a drive refuses a disc.
namespace optical_error {
inline constexpr int NotADisc = 3001;        // neither ISO 9660/UDF nor a storlab recordable disc
inline constexpr int Truncated = 3002;       // the image is shorter than its volume says
inline constexpr int InUse = 3003;           // a writable disc is held by another drive
inline constexpr int ReadOnly = 3004;        // write to a ROM image or a finalized disc
inline constexpr int NoSpace = 3005;         // write past the blank's capacity
inline constexpr int BadAddress = 3006;      // write not at the next writable address / read outside the data
inline constexpr int InvalidArgument = 3007;
inline constexpr int Exists = 3008;          // create: the file exists
inline constexpr int CorruptArchive = 3010;  // import: the archive or compressed stream is damaged
inline constexpr int TooLarge = 3011;        // import: expands beyond the cap (zip bomb protection)
inline constexpr int Unsupported = 3012;     // import: nothing usable in the input
inline constexpr int Cancelled = 3013;       // import: stopped by the caller's cancel flag (nothing left behind)
} // namespace optical_error

inline constexpr uint32_t kSectorSize = 2048;

// MMC-6 §5.3.1 profiles (current profile of the loaded medium).
enum class DiscProfile : uint16_t {
    None = 0x0000,
    CdRom = 0x0008,
    DvdRom = 0x0010,
    DvdPlusRw = 0x001A,
    DvdPlusR = 0x001B,
    BdRom = 0x0040,
};

// MMC-6 §6.22.3 DISC STATUS.
enum class DiscStatus : uint8_t { Blank = 0, Appendable = 1, Complete = 2 };

struct DiscTrack {
    uint32_t start = 0;      // first sector
    uint32_t size = 0;       // sectors (for the open track: written so far)
    uint32_t reserved = 0;   // RESERVE TRACK size (0 = none)
    bool closed = false;
    uint16_t session = 1;    // the session holding the track (from 1)
};

enum class BlankType { DvdPlusR };

struct BlankOptions {
    BlankType type = BlankType::DvdPlusR;
    uint64_t capacityBytes = 0;   // 0 = 4.7 GB single layer (2,295,104 sectors); rounded down to sectors
};

// The native capacity of a single-layer DVD+R (ECMA-349): 2,295,104 sectors.
inline constexpr uint32_t kDvdPlusRSectors = 2295104;
// A dual-layer DVD (ECMA-267): 4,173,824 sectors; larger ROM images report BD-ROM.
inline constexpr uint32_t kDvdDualLayerSectors = 4173824;

class OpticalDisc {
public:
    ~OpticalDisc();
    OpticalDisc(const OpticalDisc&) = delete;
    OpticalDisc& operator=(const OpticalDisc&) = delete;

    // Creates a blank recordable disc file (fails if it exists).
    static Result<void> createBlank(const std::string& path, const BlankOptions& options);
    // Opens an ISO/UDF image (read-only) or a recordable disc (locked while open
    // unless finalized). Nothing is written to the file by open().
    static Result<std::unique_ptr<OpticalDisc>> open(const std::string& path);
    // True when the file is a storlab recordable disc (has the trailer).
    static bool isRecordable(const std::string& path);

    const std::string& path() const { return path_; }
    DiscProfile profile() const { return profile_; }
    DiscStatus status() const;
    bool recordable() const { return recordable_; }
    bool writable() const { return recordable_ && !finalized_; }
    bool finalized() const { return finalized_; }
    uint32_t capacitySectors() const { return capacity_; }   // recordable: user area; ROM: the image
    uint32_t readableSectors() const;                        // up to the last recorded sector (0 on a blank)
    uint32_t closedSessions() const { return closedSessions_; }
    uint32_t nextWritable() const { return nwa_; }
    uint32_t freeSectors() const { return writable() ? capacity_ - nwa_ : 0; }
    const std::vector<DiscTrack>& tracks() const { return tracks_; }   // closed tracks + the open one
    std::string volumeId() const { return volumeId_; }

    // Reads `count` sectors from `lba` into buf (count * 2048 bytes).
    Result<void> read(uint32_t lba, uint32_t count, uint8_t* buf) const;
    // Writes at the next writable address (lba must equal nextWritable()).
    Result<void> write(uint32_t lba, uint32_t count, const uint8_t* data);
    // MMC-6 §6.31 RESERVE TRACK: reserves `sectors` for the open (empty) track.
    Result<void> reserveTrack(uint32_t sectors);
    // MMC-6 §6.3 CLOSE TRACK SESSION: closes the open track (no-op when empty).
    Result<void> closeTrack();
    // MMC-6 §6.3.2.? close session (010b) on DVD+R: closes the open track and
    // the session; the disc stays appendable, the next session starting at the
    // next ECC block. No-op when nothing was recorded since the last close; a
    // disc left with no room for another session is finalized.
    Result<void> closeSession();
    // Closes the session and finalizes the disc (read-only from then on).
    Result<void> finalize();
    // fdatasync + trailer.
    Result<void> sync();

private:
    OpticalDisc() = default;
    Result<void> saveTrailer();

    std::string path_;
    int fd_ = -1;
    DiscProfile profile_ = DiscProfile::None;
    bool recordable_ = false;
    bool finalized_ = false;
    bool dirty_ = false;
    uint32_t capacity_ = 0;
    uint32_t nwa_ = 0;
    uint32_t closedSessions_ = 0;
    uint64_t romBytes_ = 0;        // ROM: file size
    std::vector<DiscTrack> tracks_;
    std::string volumeId_;
};

} // namespace storlab::media
