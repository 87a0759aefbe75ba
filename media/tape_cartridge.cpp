// TapeCartridge: file handling, index, motion and data (format in tape_format.h).
#include "media/tape_cartridge.h"

#include "media/crc32c.h"
#include "media/tape_format.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace storlab::media {

using namespace format;

namespace {

Error sysError(const std::string& what, const std::string& path)
{
    const int e = errno;
    return Error{-e, what + " " + path + ": " + std::strerror(e)};
}

Error tapeError(int code, std::string message) { return Error{code, std::move(message)}; }

bool preadAll(int fd, void* buf, size_t n, uint64_t off)
{
    auto* p = static_cast<uint8_t*>(buf);
    while (n) {
        ssize_t r = ::pread(fd, p, n, off_t(off));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r; n -= size_t(r); off += uint64_t(r);
    }
    return true;
}

bool pwriteAll(int fd, const void* buf, size_t n, uint64_t off)
{
    const auto* p = static_cast<const uint8_t*>(buf);
    while (n) {
        ssize_t r = ::pwrite(fd, p, n, off_t(off));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r; n -= size_t(r); off += uint64_t(r);
    }
    return true;
}

MamAttribute asciiAttribute(uint16_t id, const std::string& text, size_t width, bool readOnly)
{
    MamAttribute a;
    a.id = id;
    a.format = 0x01; // ASCII (SPC-4 §7.4.2.?: left-aligned, space padded)
    a.readOnly = readOnly;
    a.value.assign(width, ' ');
    std::memcpy(a.value.data(), text.data(), std::min(width, text.size()));
    return a;
}

MamAttribute binaryAttribute(uint16_t id, uint64_t value, size_t width)
{
    MamAttribute a;
    a.id = id;
    a.format = 0x00;
    a.readOnly = true;
    a.value.resize(width);
    for (size_t i = 0; i < width; ++i)
        a.value[width - 1 - i] = uint8_t(value >> (8 * i)); // big-endian, SPC-4 §4.3
    return a;
}

size_t headerPayloadSize(const CartridgeHeader& h)
{
    size_t n = 4 + 16 + 2 + h.barcode.size() + 4;
    for (const auto& [id, a] : h.attributes)
        n += 6 + a.value.size();
    return n;
}

} // namespace

bool mam::hostWritable(uint16_t id)
{
    return (id >= 0x0800 && id <= 0x0BFF) || (id >= 0x1400 && id <= 0x17FF);
}

uint64_t CartridgeHeader::effectiveCapacity() const
{
    return capacity ? capacity : generationInfo(generation).nativeCapacity;
}

uint64_t CartridgeHeader::effectiveEarlyWarningGap() const
{
    const uint64_t cap = effectiveCapacity();
    const uint64_t gap = earlyWarningGap ? earlyWarningGap : cap / 50; // 2 %
    return std::min(gap, cap);
}

TapeCartridge::~TapeCartridge()
{
    if (fd_ >= 0) {
        if (!readOnly_)
            ::fdatasync(fd_);
        ::close(fd_);
    }
}

// ---------------------------------------------------------------- create / open

Result<std::unique_ptr<TapeCartridge>> TapeCartridge::create(const std::string& path, const CreateOptions& o)
{
    if (o.barcode.empty() || o.barcode.size() > 32)
        return tapeError(tape_error::InvalidArgument, "barcode must be 1 to 32 characters (e.g. A00001L6)");
    for (char ch : o.barcode)
        if (ch < 0x21 || ch > 0x7E)
            return tapeError(tape_error::InvalidArgument, "barcode '" + o.barcode + "' has a non-printable or space character");
    const auto fromBarcode = mediaFromBarcode(o.barcode);
    CartridgeHeader h;
    h.barcode = o.barcode;
    h.generation = o.generation ? *o.generation : fromBarcode ? fromBarcode->generation : TapeGeneration::Lto6;
    h.worm = o.worm || (fromBarcode && fromBarcode->worm);
    h.writeProtected = o.writeProtected;
    h.capacity = o.capacity;
    if (h.effectiveCapacity() < 1024 * 1024)
        return tapeError(tape_error::InvalidArgument, "capacity must be at least 1 MiB");
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char date[16];
    std::strftime(date, sizeof date, "%Y%m%d", &tm);
    h.attributes[mam::Manufacturer] = asciiAttribute(mam::Manufacturer, o.manufacturer, 8, true);
    h.attributes[mam::SerialNumber] =
        asciiAttribute(mam::SerialNumber, o.barcode + "-" + std::to_string(uint64_t(now)), 32, true);
    h.attributes[mam::ManufactureDate] = asciiAttribute(mam::ManufactureDate, date, 8, true);

    const int flags = O_RDWR | O_CREAT | O_CLOEXEC | (o.overwrite ? O_TRUNC : O_EXCL);
    const int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0) {
        if (errno == EEXIST)
            return tapeError(tape_error::Exists, path + " already exists (remove it first, or use --force with storlab-media)");
        return sysError("cannot create", path);
    }
    std::unique_ptr<TapeCartridge> t(new TapeCartridge);
    t->path_ = path;
    t->fd_ = fd;
    t->header_ = std::move(h);
    t->endOffset_ = kDataStart;
    // Both slots valid from the start: sequence 1 in A, 2 in B.
    t->headerSequence_ = 0;
    if (auto r = t->writeHeader(); !r)
        return r.error();
    if (auto r = t->writeHeader(); !r)
        return r.error();
    if (::ftruncate(fd, off_t(kDataStart)) != 0 || ::fsync(fd) != 0)
        return sysError("cannot write", path);
    return t;
}

Result<CartridgeHeader> TapeCartridge::readHeader(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return sysError("cannot open", path);
    std::vector<uint8_t> buf(kDataStart, 0);
    const ssize_t n = ::pread(fd, buf.data(), buf.size(), 0);
    ::close(fd);
    std::optional<DecodedSlot> best;
    for (uint64_t s = 0; s < 2; ++s) {
        if (n < ssize_t(s * kSlotSize + kSlotHeader))
            continue;
        auto d = decodeHeaderSlot(&buf[s * kSlotSize], size_t(std::min<ssize_t>(n - ssize_t(s * kSlotSize), ssize_t(kSlotSize))));
        if (d && (!best || d->sequence > best->sequence))
            best = std::move(d);
    }
    if (!best)
        return tapeError(tape_error::BadFormat, path + " is not a storlab tape cartridge (or its header is damaged)");
    return best->header;
}

Result<std::unique_ptr<TapeCartridge>> TapeCartridge::open(const std::string& path, bool readOnly,
                                                           RecoveryReport* report)
{
    RecoveryReport rep;
    const int fd = ::open(path.c_str(), (readOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return sysError("cannot open", path);
    std::unique_ptr<TapeCartridge> t(new TapeCartridge);
    t->path_ = path;
    t->fd_ = fd;
    t->readOnly_ = readOnly;
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return sysError("cannot stat", path);
    const uint64_t fileSize = uint64_t(st.st_size);

    std::vector<uint8_t> buf(kSlotSize);
    std::optional<DecodedSlot> slots[2];
    for (uint64_t s = 0; s < 2; ++s) {
        if (fileSize >= (s + 1) * kSlotSize && preadAll(fd, buf.data(), kSlotSize, s * kSlotSize))
            slots[s] = decodeHeaderSlot(buf.data(), kSlotSize);
    }
    if (!slots[0] && !slots[1])
        return tapeError(tape_error::BadFormat, path + " is not a storlab tape cartridge (or its header is damaged)");
    const int best = !slots[1] ? 0 : !slots[0] ? 1 : (slots[1]->sequence > slots[0]->sequence ? 1 : 0);
    t->header_ = slots[best]->header;
    t->headerSequence_ = slots[best]->sequence;
    if (!readOnly && (!slots[0] || !slots[1])) {
        // Re-write the damaged slot: sequence k lives in slot k % 2, so the
        // next write (sequence + 1) goes to the other, damaged slot.
        if (auto r = t->writeHeader(); !r)
            return r.error();
        rep.headerSlotRepaired = true;
    }

    // Scan the records and build the index.
    uint64_t off = kDataStart;
    uint8_t rh[kRecordHeader];
    while (off + kRecordHeader <= fileSize) {
        if (!preadAll(fd, rh, kRecordHeader, off))
            break;
        auto h = decodeRecordHeader(rh);
        if (!h || h->object != t->index_.size() || off + kRecordHeader + h->length > fileSize)
            break;
        const uint64_t obj = t->index_.size();
        t->index_.push_back({off, h->length, h->type});
        if (h->type == RecordType::Filemark)
            t->filemarks_.push_back(obj);
        else if (h->type == RecordType::Setmark)
            t->setmarks_.push_back(obj);
        off += kRecordHeader + h->length;
    }
    // The payloads of the last few records are checked too: a torn tail
    // can only be at the end of an append-only file.
    constexpr size_t kTailCheck = 4;
    size_t firstBad = t->index_.size();
    std::vector<uint8_t> payload;
    for (size_t i = t->index_.size() > kTailCheck ? t->index_.size() - kTailCheck : 0; i < t->index_.size(); ++i) {
        const auto& e = t->index_[i];
        if (e.type != RecordType::Data)
            continue;
        payload.resize(e.length);
        preadAll(fd, rh, kRecordHeader, e.offset);
        if (!preadAll(fd, payload.data(), e.length, e.offset + kRecordHeader) ||
            crc32c(payload.data(), e.length) != decodeRecordHeader(rh)->payloadCrc) {
            firstBad = i;
            break;
        }
    }
    if (firstBad < t->index_.size()) {
        off = t->index_[firstBad].offset;
        t->index_.resize(firstBad);
        t->filemarks_.erase(std::lower_bound(t->filemarks_.begin(), t->filemarks_.end(), firstBad), t->filemarks_.end());
        t->setmarks_.erase(std::lower_bound(t->setmarks_.begin(), t->setmarks_.end(), firstBad), t->setmarks_.end());
    }
    t->endOffset_ = std::max<uint64_t>(off, kDataStart);
    if (fileSize > t->endOffset_) {
        rep.truncated = true;
        rep.bytesDropped = fileSize - t->endOffset_;
        if (!readOnly && (::ftruncate(fd, off_t(t->endOffset_)) != 0 || ::fdatasync(fd) != 0))
            return sysError("cannot truncate the damaged tail of", path);
    }
    rep.objectsRecovered = t->index_.size();
    if (report)
        *report = rep;
    return t;
}

// ---------------------------------------------------------------- header

Result<void> TapeCartridge::writeHeader()
{
    if (readOnly_)
        return tapeError(tape_error::WriteProtected, path_ + " is opened read-only");
    if (headerPayloadSize(header_) > kMaxHeaderPayload)
        return tapeError(tape_error::InvalidArgument, "MAM attributes do not fit in the cartridge memory");
    const uint64_t seq = headerSequence_ + 1;
    std::vector<uint8_t> slot = encodeHeaderSlot(header_, seq);
    slot.resize(kSlotSize, 0);
    if (!pwriteAll(fd_, slot.data(), slot.size(), (seq % 2) * kSlotSize) || ::fdatasync(fd_) != 0)
        return sysError("cannot write the header of", path_);
    headerSequence_ = seq;
    return {};
}

Result<void> TapeCartridge::setWriteProtected(bool on)
{
    const bool before = header_.writeProtected;
    header_.writeProtected = on;
    auto r = writeHeader();
    if (!r)
        header_.writeProtected = before;
    return r;
}

Result<void> TapeCartridge::setCapacity(uint64_t bytes)
{
    CartridgeHeader h = header_;
    h.capacity = bytes;
    if (h.effectiveCapacity() < usedBytes())
        return tapeError(tape_error::InvalidArgument,
                         "the cartridge already holds " + std::to_string(usedBytes()) + " bytes; capacity cannot be smaller");
    if (h.effectiveCapacity() < 1024 * 1024)
        return tapeError(tape_error::InvalidArgument, "capacity must be at least 1 MiB");
    std::swap(h, header_);
    auto r = writeHeader();
    if (!r)
        header_ = std::move(h);
    return r;
}

Result<void> TapeCartridge::setAttribute(const MamAttribute& a)
{
    if (a.value.size() > 0xFFFF || a.format > 2)
        return tapeError(tape_error::InvalidArgument, "attribute value too long or format invalid");
    CartridgeHeader before = header_;
    header_.attributes[a.id] = a;
    auto r = writeHeader();
    if (!r)
        header_ = std::move(before);
    return r;
}

Result<void> TapeCartridge::removeAttribute(uint16_t id)
{
    CartridgeHeader before = header_;
    if (!header_.attributes.erase(id))
        return {};
    auto r = writeHeader();
    if (!r)
        header_ = std::move(before);
    return r;
}

std::vector<MamAttribute> TapeCartridge::attributes() const
{
    std::map<uint16_t, MamAttribute> all = header_.attributes;
    constexpr uint64_t MiB = 1024 * 1024;
    all[mam::RemainingCapacity] = binaryAttribute(mam::RemainingCapacity, remainingBytes() / MiB, 8);
    all[mam::MaximumCapacity] = binaryAttribute(mam::MaximumCapacity, capacityBytes() / MiB, 8);
    // SPC-4 MEDIUM TYPE: 00h data, 80h write-once (WORM).
    all[mam::MediumType] = binaryAttribute(mam::MediumType, header_.worm ? 0x80 : 0x00, 1);
    if (!all.count(mam::Barcode)) {
        MamAttribute b = asciiAttribute(mam::Barcode, header_.barcode, 32, false);
        all[mam::Barcode] = b;
    }
    std::vector<MamAttribute> out;
    for (auto& [id, a] : all)
        out.push_back(std::move(a));
    return out;
}

std::optional<MamAttribute> TapeCartridge::attribute(uint16_t id) const
{
    for (auto& a : attributes())
        if (a.id == id)
            return a;
    return std::nullopt;
}

// ---------------------------------------------------------------- position, capacity

uint64_t TapeCartridge::fileNumber() const
{
    return uint64_t(std::lower_bound(filemarks_.begin(), filemarks_.end(), pos_) - filemarks_.begin());
}

uint64_t TapeCartridge::setmarkNumber() const
{
    return uint64_t(std::lower_bound(setmarks_.begin(), setmarks_.end(), pos_) - setmarks_.begin());
}

std::optional<ObjectInfo> TapeCartridge::objectAt(uint64_t object) const
{
    if (object >= index_.size())
        return std::nullopt;
    return ObjectInfo{index_[object].type, index_[object].length};
}

uint64_t TapeCartridge::usedBytes() const { return endOffset_ - kDataStart; }

uint64_t TapeCartridge::remainingBytes() const
{
    const uint64_t cap = capacityBytes();
    return cap > usedBytes() ? cap - usedBytes() : 0;
}

bool TapeCartridge::earlyWarning() const
{
    return usedBytes() >= capacityBytes() - header_.effectiveEarlyWarningGap();
}

// ---------------------------------------------------------------- motion

Result<void> TapeCartridge::locate(uint64_t object)
{
    if (object > index_.size()) {
        pos_ = index_.size();
        return tapeError(tape_error::EndOfData, "position " + std::to_string(object) + " is past end of data");
    }
    pos_ = object;
    return {};
}

SpaceOutcome TapeCartridge::space(SpaceCode code, int64_t count)
{
    using Stop = SpaceOutcome::Stop;
    SpaceOutcome out;
    const uint64_t eod = index_.size();
    const uint64_t start = pos_;
    auto nextMark = [&](uint64_t from) -> std::pair<uint64_t, Stop> {
        auto f = std::lower_bound(filemarks_.begin(), filemarks_.end(), from);
        auto s = std::lower_bound(setmarks_.begin(), setmarks_.end(), from);
        const uint64_t fv = f == filemarks_.end() ? UINT64_MAX : *f;
        const uint64_t sv = s == setmarks_.end() ? UINT64_MAX : *s;
        return fv <= sv ? std::pair{fv, Stop::Filemark} : std::pair{sv, Stop::Setmark};
    };
    auto prevMark = [&](uint64_t before) -> std::pair<int64_t, Stop> {
        auto f = std::lower_bound(filemarks_.begin(), filemarks_.end(), before);
        auto s = std::lower_bound(setmarks_.begin(), setmarks_.end(), before);
        const int64_t fv = f == filemarks_.begin() ? -1 : int64_t(*(f - 1));
        const int64_t sv = s == setmarks_.begin() ? -1 : int64_t(*(s - 1));
        return fv >= sv ? std::pair{fv, Stop::Filemark} : std::pair{sv, Stop::Setmark};
    };
    switch (code) {
    case SpaceCode::Blocks:
        if (count > 0) {
            // SSC-4 §7.? SPACE: stops after a filemark (EOM side), or at EOD.
            const auto [mark, kind] = nextMark(start);
            const uint64_t target = start + uint64_t(count);
            if (mark < target && mark < eod) {
                pos_ = mark + 1;
                out.moved = int64_t(mark - start);
                out.stop = kind;
            } else if (target > eod) {
                pos_ = eod;
                out.moved = int64_t(eod - start);
                out.stop = Stop::EndOfData;
            } else {
                pos_ = target;
                out.moved = count;
            }
        } else if (count < 0) {
            // Backwards: stops on the BOP side of a filemark, or at BOP.
            const auto [mark, kind] = prevMark(start);
            const int64_t target = int64_t(start) + count;
            if (mark >= 0 && mark >= target) {
                pos_ = uint64_t(mark);
                out.moved = -(int64_t(start) - mark - 1);
                out.stop = kind;
            } else if (target < 0) {
                pos_ = 0;
                out.moved = -int64_t(start);
                out.stop = Stop::BeginningOfPartition;
            } else {
                pos_ = uint64_t(target);
                out.moved = count;
            }
        }
        return out;
    case SpaceCode::Filemarks:
    case SpaceCode::Setmarks: {
        const auto& marks = code == SpaceCode::Filemarks ? filemarks_ : setmarks_;
        const size_t before = size_t(std::lower_bound(marks.begin(), marks.end(), start) - marks.begin());
        if (count > 0) {
            const uint64_t n = uint64_t(count);
            if (before + n - 1 < marks.size()) {
                pos_ = marks[before + n - 1] + 1;
                out.moved = count;
            } else {
                pos_ = eod;
                out.moved = int64_t(marks.size() - before);
                out.stop = Stop::EndOfData;
            }
        } else if (count < 0) {
            const uint64_t n = uint64_t(-count);
            if (before >= n) {
                pos_ = marks[before - n];
                out.moved = count;
            } else {
                pos_ = 0;
                out.moved = -int64_t(before);
                out.stop = Stop::BeginningOfPartition;
            }
        }
        return out;
    }
    case SpaceCode::SequentialFilemarks: {
        // SSC-4: position after (forward) or before (backward) the first run of `count` adjacent filemarks.
        const uint64_t n = uint64_t(count < 0 ? -count : count);
        if (n == 0) {
            // Count 0: position at EOD if no filemark follows... SSC-4: no motion.
            return out;
        }
        auto runAt = [&](size_t i) { return i + n - 1 < filemarks_.size() && filemarks_[i + n - 1] == filemarks_[i] + n - 1; };
        const size_t before = size_t(std::lower_bound(filemarks_.begin(), filemarks_.end(), start) - filemarks_.begin());
        if (count > 0) {
            for (size_t i = before; i + n <= filemarks_.size(); ++i)
                if (runAt(i)) {
                    pos_ = filemarks_[i + n - 1] + 1;
                    out.moved = count;
                    return out;
                }
            pos_ = eod;
            out.stop = Stop::EndOfData;
        } else {
            for (size_t i = before; i-- > 0;)
                if (i + n <= before && runAt(i)) {
                    pos_ = filemarks_[i];
                    out.moved = count;
                    return out;
                }
            pos_ = 0;
            out.stop = Stop::BeginningOfPartition;
        }
        return out;
    }
    case SpaceCode::EndOfData:
        pos_ = eod;
        return out;
    }
    return out;
}

// ---------------------------------------------------------------- data

Result<ReadOutcome> TapeCartridge::read(uint8_t* buf, size_t capacity)
{
    if (pos_ >= index_.size())
        return tapeError(tape_error::EndOfData, "end of data");
    const IndexEntry e = index_[pos_];
    ReadOutcome out;
    out.type = e.type;
    out.blockLength = e.length;
    if (e.type == RecordType::Data) {
        uint8_t rh[kRecordHeader];
        if (!preadAll(fd_, rh, kRecordHeader, e.offset))
            return sysError("cannot read", path_);
        const auto h = decodeRecordHeader(rh);
        if (!h)
            return tapeError(tape_error::Corrupt, "damaged record header at object " + std::to_string(pos_));
        uint32_t crc;
        if (capacity >= e.length) {
            if (!preadAll(fd_, buf, e.length, e.offset + kRecordHeader))
                return sysError("cannot read", path_);
            crc = crc32c(buf, e.length);
            out.copied = e.length;
        } else {
            std::vector<uint8_t> tmp(e.length);
            if (!preadAll(fd_, tmp.data(), e.length, e.offset + kRecordHeader))
                return sysError("cannot read", path_);
            crc = crc32c(tmp.data(), e.length);
            std::memcpy(buf, tmp.data(), capacity);
            out.copied = capacity;
        }
        if (crc != h->payloadCrc)
            return tapeError(tape_error::Corrupt, "data block " + std::to_string(pos_) + " fails its checksum");
    }
    ++pos_;
    return out;
}

Result<void> TapeCartridge::checkWritable() const
{
    if (writeProtected())
        return tapeError(tape_error::WriteProtected, "cartridge " + header_.barcode + " is write protected");
    if (header_.worm) {
        // SSC-4 §4.2.? (WORM): writing is allowed at EOD, and over filemarks that
        // immediately precede EOD (so an application can append after its trailing filemarks).
        const auto next = std::lower_bound(filemarks_.begin(), filemarks_.end(), pos_);
        const uint64_t trailing = uint64_t(filemarks_.end() - next);
        if (pos_ + trailing != index_.size() || (trailing && *next != pos_))
            return tapeError(tape_error::WormOverwrite, "WORM cartridge " + header_.barcode + ": overwrite refused");
    }
    return {};
}

Result<void> TapeCartridge::truncateAt(uint64_t object)
{
    if (object >= index_.size())
        return {};
    const uint64_t off = index_[object].offset;
    if (::ftruncate(fd_, off_t(off)) != 0)
        return sysError("cannot truncate", path_);
    index_.resize(object);
    filemarks_.erase(std::lower_bound(filemarks_.begin(), filemarks_.end(), object), filemarks_.end());
    setmarks_.erase(std::lower_bound(setmarks_.begin(), setmarks_.end(), object), setmarks_.end());
    endOffset_ = off;
    return {};
}

Result<void> TapeCartridge::appendRecord(RecordType type, const uint8_t* data, size_t length)
{
    RecordHeader h;
    h.type = type;
    h.length = uint32_t(length);
    h.payloadCrc = length ? crc32c(data, length) : 0;
    h.object = index_.size();
    uint8_t rh[kRecordHeader];
    encodeRecordHeader(h, rh);
    iovec iov[2] = {{rh, kRecordHeader}, {const_cast<uint8_t*>(data), length}};
    size_t total = kRecordHeader + length;
    ssize_t w = ::pwritev(fd_, iov, length ? 2 : 1, off_t(endOffset_));
    if (w != ssize_t(total)) {
        // Rare partial write: finish it the slow way, else cut it off.
        const bool done = w >= ssize_t(kRecordHeader) && pwriteAll(fd_, data + (w - ssize_t(kRecordHeader)),
                                                                   total - size_t(w), endOffset_ + uint64_t(w));
        if (!done) {
            Error e = sysError("cannot write", path_);
            (void)::ftruncate(fd_, off_t(endOffset_));
            return e;
        }
    }
    const uint64_t obj = index_.size();
    index_.push_back({endOffset_, uint32_t(length), type});
    if (type == RecordType::Filemark)
        filemarks_.push_back(obj);
    else if (type == RecordType::Setmark)
        setmarks_.push_back(obj);
    endOffset_ += total;
    return {};
}

Result<WriteOutcome> TapeCartridge::writeBlock(const uint8_t* data, size_t length)
{
    if (auto r = checkWritable(); !r)
        return r.error();
    if (length > 0xFFFFFFu)
        return tapeError(tape_error::InvalidArgument, "block too large (max 16 MiB - 1)");
    const uint64_t base = pos_ < index_.size() ? index_[pos_].offset : endOffset_;
    if (base - kDataStart + kRecordHeader + length > capacityBytes())
        return tapeError(tape_error::EndOfMedium, "end of medium: no room for a " + std::to_string(length) + "-byte block");
    if (auto r = truncateAt(pos_); !r)
        return r.error();
    if (auto r = appendRecord(RecordType::Data, data, length); !r)
        return r.error();
    ++pos_;
    if (synchronous_)
        if (auto r = sync(); !r)
            return r.error();
    return WriteOutcome{earlyWarning()};
}

Result<WriteOutcome> TapeCartridge::writeMarks(uint32_t count, bool setmarks)
{
    if (count == 0)
        return sync().ok() ? Result<WriteOutcome>(WriteOutcome{earlyWarning()}) : Result<WriteOutcome>(sync().error());
    if (auto r = checkWritable(); !r)
        return r.error();
    const uint64_t base = pos_ < index_.size() ? index_[pos_].offset : endOffset_;
    if (base - kDataStart + kRecordHeader * uint64_t(count) > capacityBytes())
        return tapeError(tape_error::EndOfMedium, "end of medium: no room for the marks");
    if (auto r = truncateAt(pos_); !r)
        return r.error();
    for (uint32_t i = 0; i < count; ++i) {
        if (auto r = appendRecord(setmarks ? RecordType::Setmark : RecordType::Filemark, nullptr, 0); !r)
            return r.error();
        ++pos_;
    }
    if (auto r = sync(); !r)
        return r.error();
    return WriteOutcome{earlyWarning()};
}

Result<void> TapeCartridge::eraseFromPosition()
{
    if (writeProtected())
        return tapeError(tape_error::WriteProtected, "cartridge " + header_.barcode + " is write protected");
    if (header_.worm && pos_ < index_.size())
        return tapeError(tape_error::WormOverwrite, "WORM cartridge " + header_.barcode + ": erase refused");
    if (auto r = truncateAt(pos_); !r)
        return r;
    return sync();
}

Result<void> TapeCartridge::sync()
{
    if (readOnly_)
        return {};
    if (::fdatasync(fd_) != 0)
        return sysError("cannot sync", path_);
    return {};
}

} // namespace storlab::media
