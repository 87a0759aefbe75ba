#pragma once
// The file-backed object store behind an OSD logical unit (OSD-2 §4.6):
// a root directory holding one directory per partition ("p" + 16 hex
// digits) and one file per user object in it ("o" + 16 hex digits, its
// bytes are the object's data). Attributes the application sets live
// beside them in ".attr" files (page, number, length, value records),
// replaced atomically. Not thread-safe: the OSD unit runs it on one worker.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace storlab::scsi::osd {

using AttributeKey = std::pair<uint32_t, uint32_t>;            // (page, number)
using AttributeMap = std::map<AttributeKey, std::vector<uint8_t>>;

class ObjectStore {
public:
    // Opens (creating the directory when missing) the store at `root`; "" + error on failure.
    static std::optional<ObjectStore> open(const std::string& root, uint64_t capacity, std::string* error);

    // FORMAT OSD (§6.9): everything goes, the capacity becomes `capacity` (0: keep).
    bool format(uint64_t capacity, std::string* error);
    uint64_t capacity() const { return capacity_; }
    uint64_t usedBytes() const;

    std::vector<uint64_t> partitions() const;
    bool hasPartition(uint64_t pid) const;
    bool createPartition(uint64_t pid, std::string* error);
    bool removePartition(uint64_t pid, std::string* error);   // must hold no user objects
    uint64_t freePartitionId() const;

    std::vector<uint64_t> objects(uint64_t pid) const;
    bool hasObject(uint64_t pid, uint64_t oid) const;
    bool createObject(uint64_t pid, uint64_t oid, std::string* error);
    bool removeObject(uint64_t pid, uint64_t oid, std::string* error);
    uint64_t freeObjectId(uint64_t pid) const;

    uint64_t length(uint64_t pid, uint64_t oid) const;
    // Reads up to `length` bytes at `offset`; fewer past the object's end.
    bool read(uint64_t pid, uint64_t oid, uint64_t offset, uint64_t length, std::vector<uint8_t>& out, std::string* error) const;
    bool write(uint64_t pid, uint64_t oid, uint64_t offset, const uint8_t* data, size_t size, std::string* error);
    bool truncate(uint64_t pid, uint64_t oid, uint64_t length, std::string* error);

    // Stored attributes of the root (pid 0), a partition (oid 0) or a user object.
    AttributeMap attributes(uint64_t pid, uint64_t oid) const;
    // An empty value removes the attribute (§7.1.1: zero-length = undefined).
    bool setAttributes(uint64_t pid, uint64_t oid, const AttributeMap& changes, std::string* error);

private:
    explicit ObjectStore(std::string root) : root_(std::move(root)) {}
    std::string partitionDir(uint64_t pid) const;
    std::string objectPath(uint64_t pid, uint64_t oid) const;
    std::string attributePath(uint64_t pid, uint64_t oid) const;
    bool saveCapacity(std::string* error);
    std::string root_;
    uint64_t capacity_ = 0;
};

} // namespace storlab::scsi::osd
