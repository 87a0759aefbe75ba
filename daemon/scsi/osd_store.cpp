#include "scsi/osd_store.h"

#include "scsi/cdb.h"
#include "scsi/osd_cdb.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace storlab::scsi::osd {

namespace {
constexpr const char* kCapacityFile = "/capacity";   // decimal bytes

std::string hex16(char prefix, uint64_t id)
{
    char name[20];
    std::snprintf(name, sizeof name, "%c%016" PRIx64, prefix, id);
    return name;
}

bool fail(std::string* error, const std::string& what)
{
    if (error)
        *error = what + ": " + std::strerror(errno);
    return false;
}

std::optional<uint64_t> idOf(const std::string& name, char prefix)
{
    if (name.size() != 17 || name[0] != prefix)
        return std::nullopt;
    uint64_t id = 0;
    for (char c : name.substr(1)) {
        const int v = std::isdigit(uint8_t(c)) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (v < 0)
            return std::nullopt;
        id = id << 4 | uint64_t(v);
    }
    return id;
}

std::vector<uint64_t> idsIn(const std::string& dir, char prefix, bool directories)
{
    std::vector<uint64_t> ids;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.is_directory() != directories)
            continue;
        if (auto id = idOf(e.path().filename().string(), prefix))
            ids.push_back(*id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// All of `size` bytes at `offset` from or to the file, across short transfers.
bool transfer(const std::string& path, uint64_t offset, uint8_t* data, size_t size, bool write, std::string* error)
{
    const int fd = ::open(path.c_str(), (write ? O_WRONLY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return fail(error, path);
    size_t done = 0;
    while (done < size) {
        const ssize_t n = write ? ::pwrite(fd, data + done, size - done, off_t(offset + done))
                                : ::pread(fd, data + done, size - done, off_t(offset + done));
        if (n <= 0 && !(n < 0 && errno == EINTR)) {
            ::close(fd);
            return fail(error, path);
        }
        done += n > 0 ? size_t(n) : 0;
    }
    ::close(fd);
    return true;
}

bool writeAtomically(const std::string& path, const std::vector<uint8_t>& bytes, std::string* error)
{
    const std::string temp = path + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error, temp);
    const bool ok = ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
        const bool r = fail(error, path);
        ::unlink(temp.c_str());
        return r;
    }
    return true;
}
} // namespace

std::optional<ObjectStore> ObjectStore::open(const std::string& root, uint64_t capacity, std::string* error)
{
    std::error_code ec;
    fs::create_directories(root, ec);
    if (ec || !fs::is_directory(root)) {
        *error = "cannot use " + root + " as the object store directory: " + (ec ? ec.message() : "not a directory");
        return std::nullopt;
    }
    ObjectStore store(root);
    std::ifstream in(root + kCapacityFile);
    if (!(in >> store.capacity_)) {
        store.capacity_ = capacity;   // a new store: formatted with the configured size
        if (!store.saveCapacity(error))
            return std::nullopt;
    }
    return store;
}

bool ObjectStore::saveCapacity(std::string* error)
{
    const std::string text = std::to_string(capacity_) + "\n";
    return writeAtomically(root_ + kCapacityFile, std::vector<uint8_t>(text.begin(), text.end()), error);
}

bool ObjectStore::format(uint64_t capacity, std::string* error)
{
    std::error_code ec;
    for (uint64_t pid : partitions())
        fs::remove_all(partitionDir(pid), ec);
    fs::remove(attributePath(0, 0), ec);
    if (capacity)
        capacity_ = capacity;
    return saveCapacity(error);
}

uint64_t ObjectStore::usedBytes() const
{
    uint64_t used = 0;
    for (uint64_t pid : partitions())
        for (uint64_t oid : objects(pid))
            used += length(pid, oid);
    return used;
}

std::string ObjectStore::partitionDir(uint64_t pid) const { return root_ + "/" + hex16('p', pid); }
std::string ObjectStore::objectPath(uint64_t pid, uint64_t oid) const { return partitionDir(pid) + "/" + hex16('o', oid); }
std::string ObjectStore::attributePath(uint64_t pid, uint64_t oid) const
{
    if (pid == 0)
        return root_ + "/root.attr";
    if (oid == 0)
        return partitionDir(pid) + "/partition.attr";
    return objectPath(pid, oid) + ".attr";
}

std::vector<uint64_t> ObjectStore::partitions() const { return idsIn(root_, 'p', true); }
bool ObjectStore::hasPartition(uint64_t pid) const { return pid && fs::is_directory(partitionDir(pid)); }

bool ObjectStore::createPartition(uint64_t pid, std::string* error)
{
    if (::mkdir(partitionDir(pid).c_str(), 0700) != 0)
        return fail(error, partitionDir(pid));
    return true;
}

bool ObjectStore::removePartition(uint64_t pid, std::string* error)
{
    std::error_code ec;
    fs::remove_all(partitionDir(pid), ec);
    if (ec) {
        if (error)
            *error = partitionDir(pid) + ": " + ec.message();
        return false;
    }
    return true;
}

uint64_t ObjectStore::freePartitionId() const
{
    const auto ids = partitions();
    return ids.empty() ? kFirstId : ids.back() + 1;
}

std::vector<uint64_t> ObjectStore::objects(uint64_t pid) const { return idsIn(partitionDir(pid), 'o', false); }
bool ObjectStore::hasObject(uint64_t pid, uint64_t oid) const { return pid && oid && fs::is_regular_file(objectPath(pid, oid)); }

bool ObjectStore::createObject(uint64_t pid, uint64_t oid, std::string* error)
{
    const int fd = ::open(objectPath(pid, oid).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error, objectPath(pid, oid));
    ::close(fd);
    return true;
}

bool ObjectStore::removeObject(uint64_t pid, uint64_t oid, std::string* error)
{
    ::unlink(attributePath(pid, oid).c_str());
    if (::unlink(objectPath(pid, oid).c_str()) != 0)
        return fail(error, objectPath(pid, oid));
    return true;
}

uint64_t ObjectStore::freeObjectId(uint64_t pid) const
{
    const auto ids = objects(pid);
    return ids.empty() ? kFirstId : ids.back() + 1;
}

uint64_t ObjectStore::length(uint64_t pid, uint64_t oid) const
{
    struct stat st {};
    return ::stat(objectPath(pid, oid).c_str(), &st) == 0 ? uint64_t(st.st_size) : 0;
}

bool ObjectStore::read(uint64_t pid, uint64_t oid, uint64_t offset, uint64_t length, std::vector<uint8_t>& out,
                       std::string* error) const
{
    const uint64_t size = this->length(pid, oid);
    out.assign(offset < size ? std::min(length, size - offset) : 0, 0);
    if (out.empty())
        return true;
    return transfer(objectPath(pid, oid), offset, out.data(), out.size(), false, error);
}

bool ObjectStore::write(uint64_t pid, uint64_t oid, uint64_t offset, const uint8_t* data, size_t size, std::string* error)
{
    return transfer(objectPath(pid, oid), offset, const_cast<uint8_t*>(data), size, true, error);
}

bool ObjectStore::truncate(uint64_t pid, uint64_t oid, uint64_t length, std::string* error)
{
    if (::truncate(objectPath(pid, oid).c_str(), off_t(length)) != 0)
        return fail(error, objectPath(pid, oid));
    return true;
}

// ".attr" file: records of page (4), number (4), length (2), value, big-endian.
AttributeMap ObjectStore::attributes(uint64_t pid, uint64_t oid) const
{
    AttributeMap map;
    std::ifstream in(attributePath(pid, oid), std::ios::binary);
    const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t at = 0;
    while (at + 10 <= bytes.size()) {
        const uint16_t len = be16(&bytes[at + 8]);
        if (at + 10 + len > bytes.size())
            break;
        map[{be32(&bytes[at]), be32(&bytes[at + 4])}] = std::vector<uint8_t>(bytes.begin() + long(at + 10), bytes.begin() + long(at + 10 + len));
        at += 10 + len;
    }
    return map;
}

bool ObjectStore::setAttributes(uint64_t pid, uint64_t oid, const AttributeMap& changes, std::string* error)
{
    AttributeMap map = attributes(pid, oid);
    for (const auto& [key, value] : changes) {
        if (value.empty())
            map.erase(key);
        else
            map[key] = value;
    }
    std::vector<uint8_t> bytes;
    for (const auto& [key, value] : map) {
        const size_t at = bytes.size();
        bytes.resize(at + 10 + value.size());
        put32(&bytes[at], key.first);
        put32(&bytes[at + 4], key.second);
        put16(&bytes[at + 8], uint16_t(value.size()));
        std::memcpy(&bytes[at + 10], value.data(), value.size());
    }
    return writeAtomically(attributePath(pid, oid), bytes, error);
}

} // namespace storlab::scsi::osd
