#pragma once
// A virtual tape cartridge: one file per cartridge (design.md §5).
//
// File layout (all integers little-endian; see tape_format.h for the bytes):
//   [0, 64 KiB)   two 32 KiB header slots A/B. Each holds magic, a sequence
//                 number, the cartridge header (barcode, generation, capacity,
//                 WORM, write protect, MAM attributes) and a CRC32C. Updates go
//                 to the older slot and are fsync'ed; open takes the newest valid
//                 slot, so a torn header write never loses the cartridge.
//   [64 KiB, EOD) append-only records: 32-byte record header (magic, type,
//                 length, logical object number, payload CRC32C, header CRC32C)
//                 + payload (data blocks only). End of data (EOD) is the end of
//                 the last valid record; writing in the middle truncates there.
// Index: built at open (one pass over the record headers) and kept in memory:
//   object number -> file offset/type/length (vector), plus sorted lists of
//   filemark and setmark positions, so LOCATE is O(1) and SPACE O(log n).
// Crash safety: records are written whole with one pwrite; sync() (fdatasync)
//   runs at WRITE FILEMARKS (immediate = 0), in synchronous mode after every
//   write, and on close. Open recovers by truncating a torn tail (a record
//   whose header or payload CRC does not match, or that runs past the file end).
//
// Positions are SSC-4 logical object identifiers (§4.2.5): object 0 is the
// first object after beginning of partition (BOP); objectCount() is EOD.
// Only partition 0 exists.
//
// Not thread-safe: the owner (a tape drive LU) serializes access.
#include "core/result.h"
#include "media/tape_generation.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace storlab::media {

// Error codes of this library (Error::code; negative values are -errno).
namespace tape_error {
inline constexpr int BadFormat = 1001;        // not a cartridge / damaged header
inline constexpr int WriteProtected = 1002;   // write-protect tab set
inline constexpr int WormOverwrite = 1003;    // WORM: write not at EOD
inline constexpr int EndOfMedium = 1004;      // no room for the record (physical end of partition)
inline constexpr int EndOfData = 1005;        // read/space/locate ran into EOD
inline constexpr int BeginningOfMedium = 1006;// space backwards ran into BOP
inline constexpr int InvalidArgument = 1007;
inline constexpr int Corrupt = 1008;          // a record's payload CRC does not match
inline constexpr int Exists = 1009;           // create: file exists
} // namespace tape_error

enum class RecordType : uint8_t { Data = 1, Filemark = 2, Setmark = 3 };

// One MAM attribute (SPC-4 §7.4 READ ATTRIBUTE / WRITE ATTRIBUTE).
namespace mam {
inline constexpr uint16_t RemainingCapacity = 0x0000;   // MiB, computed
inline constexpr uint16_t MaximumCapacity = 0x0001;     // MiB, computed
inline constexpr uint16_t LoadCount = 0x0003;
inline constexpr uint16_t Manufacturer = 0x0400;        // ASCII 8
inline constexpr uint16_t SerialNumber = 0x0401;        // ASCII 32
inline constexpr uint16_t ManufactureDate = 0x0406;     // ASCII 8 YYYYMMDD
inline constexpr uint16_t MamCapacity = 0x0407;
inline constexpr uint16_t MediumType = 0x0408;          // binary 1: 00 data, 01 cleaning, 80 WORM
inline constexpr uint16_t MediumTypeInformation = 0x0409;
inline constexpr uint16_t ApplicationVendor = 0x0800;   // ASCII 8
inline constexpr uint16_t ApplicationName = 0x0801;     // ASCII 32
inline constexpr uint16_t ApplicationVersion = 0x0802;  // ASCII 8
inline constexpr uint16_t UserMediumTextLabel = 0x0803; // text 160
inline constexpr uint16_t DateTimeLastWritten = 0x0804; // ASCII 12
inline constexpr uint16_t Barcode = 0x0806;             // ASCII 32
inline constexpr uint16_t OwningHostTextualName = 0x0807;
inline constexpr uint16_t MediaPool = 0x0808;
// SPC-4 §7.4.2.?: 0000h-03FFh device, 0400h-07FFh medium (both read only),
// 0800h-0BFFh host (read/write), 0C00h-0FFFh vendor device, 1000h-13FFh
// vendor medium (read only), 1400h-17FFh vendor host (read/write).
bool hostWritable(uint16_t id);
} // namespace mam

struct MamAttribute {
    uint16_t id = 0;
    uint8_t format = 0;            // SPC-4 table: 00b binary, 01b ASCII, 10b text
    bool readOnly = false;         // READ ONLY bit as reported
    std::vector<uint8_t> value;
};

struct CartridgeHeader {
    std::string barcode;                 // "A00001L6"
    TapeGeneration generation = TapeGeneration::Lto6;
    uint64_t capacity = 0;               // bytes of the (single) partition; 0 = native capacity
    uint64_t earlyWarningGap = 0;        // bytes before capacity where early warning starts; 0 = 2 %
    bool worm = false;
    bool writeProtected = false;         // the write-protect tab
    std::map<uint16_t, MamAttribute> attributes; // stored MAM attributes (not the computed ones)

    uint64_t effectiveCapacity() const;
    uint64_t effectiveEarlyWarningGap() const;
};

struct CreateOptions {
    std::string barcode;                 // required (8 characters by convention; up to 32)
    std::optional<TapeGeneration> generation; // default: from the barcode suffix, else LTO-6
    uint64_t capacity = 0;               // 0 = native
    bool worm = false;                   // default: from the barcode suffix (LT..LZ)
    bool writeProtected = false;
    std::string manufacturer = "STORLAB";
    bool overwrite = false;              // replace an existing file
};

// What is at a position.
struct ObjectInfo {
    RecordType type = RecordType::Data;
    uint32_t length = 0;                 // data block length (0 for marks)
};

// Result of a read: the block (or mark) at the position; the position has advanced past it.
struct ReadOutcome {
    RecordType type = RecordType::Data;
    uint32_t blockLength = 0;            // actual length of the data block
    size_t copied = 0;                   // bytes copied into the caller's buffer (min(block, buffer))
};

// Result of a write: whether the position is now in the early-warning zone (SSC-4 §4.2.7).
struct WriteOutcome {
    bool earlyWarning = false;
};

// SPACE (SSC-4 §7.? / §4.2.?): what to count.
enum class SpaceCode : uint8_t { Blocks = 0, Filemarks = 1, SequentialFilemarks = 2, EndOfData = 3, Setmarks = 4 };

struct SpaceOutcome {
    int64_t moved = 0;                   // objects of the requested kind crossed (signed)
    // Why it stopped early (then the caller reports count - moved as residue):
    enum class Stop : uint8_t { Done, Filemark, Setmark, EndOfData, BeginningOfPartition } stop = Stop::Done;
};

struct RecoveryReport {
    bool truncated = false;              // a torn tail was cut off at open
    uint64_t bytesDropped = 0;
    uint64_t objectsRecovered = 0;
    bool headerSlotRepaired = false;
};

class TapeCartridge {
public:
    ~TapeCartridge();
    TapeCartridge(const TapeCartridge&) = delete;
    TapeCartridge& operator=(const TapeCartridge&) = delete;

    // Creates a new, blank cartridge file.
    static Result<std::unique_ptr<TapeCartridge>> create(const std::string& path, const CreateOptions& options);
    // Opens a cartridge (recovering a torn tail unless readOnly). readOnly
    // opens the file O_RDONLY and refuses every change.
    static Result<std::unique_ptr<TapeCartridge>> open(const std::string& path, bool readOnly = false,
                                                       RecoveryReport* report = nullptr);
    // Reads only the header (cheap; for listings and the changer's inventory).
    static Result<CartridgeHeader> readHeader(const std::string& path);

    const std::string& path() const { return path_; }
    const CartridgeHeader& header() const { return header_; }
    bool readOnlyOpen() const { return readOnly_; }
    // Write protected for any reason (tab set, or the file is opened read-only).
    bool writeProtected() const { return readOnly_ || header_.writeProtected; }

    // --- header changes (persisted immediately, crash-safe) ---
    Result<void> setWriteProtected(bool on);
    // Changes the partition capacity (0 = native). Fails if the data already written does not fit.
    Result<void> setCapacity(uint64_t bytes);
    Result<void> setAttribute(const MamAttribute& attribute);
    Result<void> removeAttribute(uint16_t id);
    // All attributes, stored plus computed (remaining/maximum capacity in MiB,
    // medium type, barcode, ...), sorted by id.
    std::vector<MamAttribute> attributes() const;
    std::optional<MamAttribute> attribute(uint16_t id) const;

    // --- position ---
    uint64_t position() const { return pos_; }          // logical object identifier
    uint64_t objectCount() const { return index_.size(); } // position of EOD
    bool atBeginning() const { return pos_ == 0; }
    bool atEndOfData() const { return pos_ == index_.size(); }
    uint64_t fileNumber() const;                        // filemarks before the position
    uint64_t setmarkNumber() const;                     // setmarks before the position
    std::optional<ObjectInfo> objectAt(uint64_t object) const; // nullopt at/after EOD
    uint64_t filemarkTotal() const { return filemarks_.size(); }

    // --- capacity ---
    uint64_t capacityBytes() const { return header_.effectiveCapacity(); }
    uint64_t usedBytes() const;                         // bytes of the partition used (records incl. headers)
    uint64_t remainingBytes() const;
    bool earlyWarning() const;                          // used >= capacity - early warning gap

    // --- motion ---
    void rewind() { pos_ = 0; }
    // LOCATE: 0 <= object <= EOD; past EOD positions at EOD and fails with EndOfData.
    Result<void> locate(uint64_t object);
    // SPACE count objects of a kind (negative = towards BOP). See SpaceOutcome.
    SpaceOutcome space(SpaceCode code, int64_t count);

    // --- data ---
    // Reads the object at the position into buf (up to capacity bytes) and
    // advances past it (also past a filemark/setmark, SSC-4 §4.2.?). At EOD fails with EndOfData.
    Result<ReadOutcome> read(uint8_t* buf, size_t capacity);
    // Writes a data block at the position; everything after the position is
    // discarded (SSC-4 §4.2.?: a write makes the new block the last one). Fails
    // with WriteProtected, WormOverwrite, EndOfMedium (no room before the physical end).
    Result<WriteOutcome> writeBlock(const uint8_t* data, size_t length);
    // Writes `count` filemarks (or setmarks). count 0 is a no-op that still syncs.
    Result<WriteOutcome> writeMarks(uint32_t count, bool setmarks = false);
    // ERASE from the position to the end (SSC-4 §7.?): discards everything after the position.
    Result<void> eraseFromPosition();
    // fdatasync: data acknowledged so far survives a crash or power loss.
    Result<void> sync();
    // Synchronous mode: sync after every write.
    void setSynchronous(bool on) { synchronous_ = on; }

private:
    TapeCartridge() = default;
    Result<void> appendRecord(RecordType type, const uint8_t* data, size_t length);
    Result<void> truncateAt(uint64_t object);
    Result<void> writeHeader();
    Result<void> checkWritable() const;

    std::string path_;
    int fd_ = -1;
    bool readOnly_ = false;
    bool synchronous_ = false;
    CartridgeHeader header_;
    uint64_t headerSequence_ = 0;
    uint64_t pos_ = 0;
    uint64_t endOffset_ = 0;                 // file offset of EOD
    struct IndexEntry {
        uint64_t offset;                     // file offset of the record header
        uint32_t length;                     // payload length
        RecordType type;
    };
    std::vector<IndexEntry> index_;
    std::vector<uint64_t> filemarks_;        // object numbers of filemarks, ascending
    std::vector<uint64_t> setmarks_;         // object numbers of setmarks, ascending
};

// Converts a tgt (tgtimg / bs_ssc) tape image into a new cartridge file.
// The generation comes from `generation`, else the barcode suffix, else LTO-6;
// the capacity is tgt's max capacity.
Result<void> convertTgtImage(const std::string& tgtPath, const std::string& outPath,
                             std::optional<TapeGeneration> generation = std::nullopt);

// Barcode ranges: "A00000L6", 3 -> A00000L6, A00001L6, A00002L6. The last run
// of digits before the 2-character media identifier is incremented; fails when
// the range overflows those digits.
Result<std::vector<std::string>> barcodeRange(const std::string& first, unsigned count);

} // namespace storlab::media
