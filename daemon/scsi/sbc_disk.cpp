// SBC-3 direct-access block device (disk) on top of the SPC unit.
#include "scsi/cdb.h"
#include "scsi/disk_unit.h"
#include "scsi/spc_unit.h"
#include "scsi/worker.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace storlab::scsi {
namespace {

using backing::BackingStore;
using backing::IoOp;
using backing::IoRequest;

// Block limits (SBC-3 §6.5.3), in bytes where noted.
// 64 Ki blocks: 32 MiB at 512 bytes, 256 MiB at 4 KiB (libiscsi WriteSame16.Unmap
// writes 65536 blocks in one command).
constexpr uint64_t kMaxTransferBlocks = 65536;
constexpr uint64_t kOptimalTransferBytes = 1ull << 20;
constexpr uint32_t kMaxCompareAndWriteBlocks = 255;
constexpr uint32_t kMaxUnmapBlocks = 1u << 20;      // per UNMAP command (libiscsi: <= 1M)
constexpr uint32_t kMaxUnmapDescriptors = 256;
constexpr uint64_t kMaxWriteSameBlocks = 1u << 20;
constexpr uint64_t kIoChunkBytes = 1ull << 20;      // WRITE SAME replication buffer

// One decoded read/write-style CDB.
struct Rw {
    uint64_t lba = 0;
    uint32_t blocks = 0;
    bool fua = false;
    uint8_t protect = 0;  // RDPROTECT / WRPROTECT / VRPROTECT / ORPROTECT
    uint8_t bytchk = 0;   // VERIFY
};

Rw decodeRw(const uint8_t* cdb)
{
    Rw r;
    switch (cdb[0]) {
    case 0x08: case 0x0A: // READ(6) / WRITE(6) (SBC-3 §5.14, §5.39)
        r.lba = be24(&cdb[1]) & 0x1FFFFF;
        r.blocks = cdb[4] ? cdb[4] : 256;
        return r;
    case 0x28: case 0x2A: case 0x2E: case 0x2F: case 0x34: case 0x35: // 10-byte
        r.lba = be32(&cdb[2]);
        r.blocks = be16(&cdb[7]);
        break;
    case 0xA8: case 0xAA: case 0xAE: case 0xAF: // 12-byte
        r.lba = be32(&cdb[2]);
        r.blocks = be32(&cdb[6]);
        break;
    default: // 16-byte: 0x88 0x8A 0x8E 0x8F 0x90 0x91 0x8B
        r.lba = be64(&cdb[2]);
        r.blocks = be32(&cdb[10]);
        break;
    }
    r.protect = cdb[1] >> 5;
    r.fua = cdb[1] & 0x08;
    r.bytchk = (cdb[1] >> 1) & 0x03;
    return r;
}

Sense ioSense(int rc, bool isWrite);

class DiskUnit final : public SpcUnit {
public:
    DiskUnit(const DiskConfig& config, std::unique_ptr<BackingStore> store);
    ~DiskUnit() override
    {
        if (store_)
            store_->setResizeListener({}); // waits for a listener call in progress
    }

    static const CommandTable& table();

    std::shared_ptr<DiskUnit> self() { return std::static_pointer_cast<DiskUnit>(shared_from_this()); }

    // --- SBC handlers ---
    Reply readCapacity10(Command& c);
    Reply readCapacity16(Command& c);
    Reply getLbaStatus(Command& c);
    Reply read(Command& c);
    Reply write(Command& c);
    Reply writeAndVerify(Command& c);
    Reply verify(Command& c);
    Reply synchronizeCache(Command& c);
    Reply preFetch(Command& c);
    Reply unmap(Command& c);
    Reply writeSame(Command& c);
    Reply compareAndWrite(Command& c);
    Reply orWrite(Command& c);
    Reply readDefectData(Command& c);

protected:
    std::vector<uint8_t> extraVpdPages() const override { return {0x86, 0xB0, 0xB1, 0xB2}; }
    std::optional<std::vector<uint8_t>> vpdPage(uint8_t code, const Command& c) const override;
    std::vector<uint16_t> versionDescriptors() const override
    {
        return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x04C0 /* SBC-3 */};
    }
    uint8_t modeDeviceSpecific() const override
    {
        // SBC-3 §6.4.2: WP, DPOFUA.
        return uint8_t((writeProtected() ? 0x80 : 0) | 0x10);
    }
    std::vector<uint8_t> modeBlockDescriptor(bool longLba) const override;
    std::optional<SenseValue> checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                       size_t offset) const override;
    void modePagesChanged() override;
public:
    std::string health() const override { return store_ ? store_->health() : "ok"; }
    void refreshCapacity() override
    {
        // SBC-3 §4.? : a changed capacity is reported as CAPACITY DATA HAS CHANGED.
        const uint64_t now = store_ ? store_->size() / blockSize_ : 0;
        if (blocks_.exchange(now) != now)
            queueUnitAttentionForAll(Sense::CapacityDataHasChanged);
    }

private:
    bool writeProtected() const { return config_.readOnly || swp_.load(); }
    bool lbpme() const { return config_.thinProvisioning; }
    bool lbprz() const { return config_.thinProvisioning && (store_->capabilities() & backing::CapDiscard); }
    bool inRange(uint64_t lba, uint64_t blocks) const
    {
        const uint64_t capacity = blocks_.load();
        return lba <= capacity && blocks <= capacity - lba;
    }
    uint64_t maxTransferBlocks() const { return kMaxTransferBlocks; }
    // Logical blocks per physical block (SBC-3 §4.6.2), from the configuration.
    uint8_t physicalExponent() const { return std::min<uint8_t>(config_.physicalBlockExponent, 0x0F); }
    // Common checks of READ/WRITE-style commands; nullopt = proceed.
    std::optional<Reply> checkRw(const Command& c, const Rw& r, bool isWrite, bool needsData) const;
    Reply writeDelivered(Command& c, const Rw& r, bool fua);
    Reply runOnWorker(Command& c, std::function<Reply()> job);
    int io(IoOp op, uint64_t lba, uint64_t bytes, uint8_t* buffer, bool fua = false);
    void submitWrite(const std::shared_ptr<ScsiTask>& task, uint64_t offset, uint64_t bytes, bool fua);

    DiskConfig config_;
    std::unique_ptr<BackingStore> store_;
    uint32_t blockSize_;
    std::atomic<uint64_t> blocks_;
    std::atomic<bool> wce_{true};
    std::atomic<bool> swp_{false};
    WriteGate gate_;
    UnitWorker worker_{2};
};

// ---------------------------------------------------------------- table

Reply sbc(Command& c, Reply (DiskUnit::*fn)(Command&)) { return (static_cast<DiskUnit&>(c.unit).*fn)(c); }

const CommandTable& DiskUnit::table()
{
    static const CommandTable t = [] {
        CommandTable t = spcCommandTable();
        const auto R = Access::Read, W = Access::Write, U = Access::Unrestricted;
        // CDB usage data: byte 0 opcode, then the bits we honour (SBC-3 §5).
        t.add({0x08, {}, "READ(6)", [](Command& c) { return sbc(c, &DiskUnit::read); },
               {0x08, 0x1F, 0xFF, 0xFF, 0xFF, 0}, R, true, false, 1, 30});
        t.add({0x0A, {}, "WRITE(6)", [](Command& c) { return sbc(c, &DiskUnit::write); },
               {0x0A, 0x1F, 0xFF, 0xFF, 0xFF, 0}, W, true, false, 1, 30});
        t.add({0x25, {}, "READ CAPACITY(10)", [](Command& c) { return sbc(c, &DiskUnit::readCapacity10); },
               {0x25, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0x01, 0}, U, true, false, 1, 5});
        t.add({0x28, {}, "READ(10)", [](Command& c) { return sbc(c, &DiskUnit::read); },
               {0x28, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, R, true, false, 1, 30});
        t.add({0x2A, {}, "WRITE(10)", [](Command& c) { return sbc(c, &DiskUnit::write); },
               {0x2A, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, W, true, false, 1, 30});
        t.add({0x2E, {}, "WRITE AND VERIFY(10)", [](Command& c) { return sbc(c, &DiskUnit::writeAndVerify); },
               {0x2E, 0xF2, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, W, true, false, 1, 30});
        t.add({0x2F, {}, "VERIFY(10)", [](Command& c) { return sbc(c, &DiskUnit::verify); },
               {0x2F, 0xF6, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, R, true, false, 1, 30});
        t.add({0x34, {}, "PRE-FETCH(10)", [](Command& c) { return sbc(c, &DiskUnit::preFetch); },
               {0x34, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, R, true, false, 1, 30});
        t.add({0x35, {}, "SYNCHRONIZE CACHE(10)", [](Command& c) { return sbc(c, &DiskUnit::synchronizeCache); },
               {0x35, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, W, true, false, 5, 60});
        t.add({0x37, {}, "READ DEFECT DATA(10)", [](Command& c) { return sbc(c, &DiskUnit::readDefectData); },
               {0x37, 0, 0x1F, 0, 0, 0, 0, 0xFF, 0xFF, 0}, R, true, false, 1, 5});
        t.add({0xB7, {}, "READ DEFECT DATA(12)", [](Command& c) { return sbc(c, &DiskUnit::readDefectData); },
               {0xB7, 0x1F, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, R, true, false, 1, 5});
        t.add({0x41, {}, "WRITE SAME(10)", [](Command& c) { return sbc(c, &DiskUnit::writeSame); },
               {0x41, 0xE8, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, W, true, false, 5, 120});
        t.add({0x42, {}, "UNMAP", [](Command& c) { return sbc(c, &DiskUnit::unmap); },
               {0x42, 0x00, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, W, true, false, 5, 120});
        t.add({0x88, {}, "READ(16)", [](Command& c) { return sbc(c, &DiskUnit::read); },
               {0x88, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               R, true, false, 1, 30});
        t.add({0x89, {}, "COMPARE AND WRITE", [](Command& c) { return sbc(c, &DiskUnit::compareAndWrite); },
               {0x89, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0xFF, 0, 0},
               W, true, false, 1, 30});
        t.add({0x8A, {}, "WRITE(16)", [](Command& c) { return sbc(c, &DiskUnit::write); },
               {0x8A, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               W, true, false, 1, 30});
        t.add({0x8B, {}, "ORWRITE(16)", [](Command& c) { return sbc(c, &DiskUnit::orWrite); },
               {0x8B, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               W, true, false, 1, 30});
        t.add({0x8E, {}, "WRITE AND VERIFY(16)", [](Command& c) { return sbc(c, &DiskUnit::writeAndVerify); },
               {0x8E, 0xF2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               W, true, false, 1, 30});
        t.add({0x8F, {}, "VERIFY(16)", [](Command& c) { return sbc(c, &DiskUnit::verify); },
               {0x8F, 0xF6, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               R, true, false, 1, 30});
        t.add({0x90, {}, "PRE-FETCH(16)", [](Command& c) { return sbc(c, &DiskUnit::preFetch); },
               {0x90, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               R, true, false, 1, 30});
        t.add({0x91, {}, "SYNCHRONIZE CACHE(16)", [](Command& c) { return sbc(c, &DiskUnit::synchronizeCache); },
               {0x91, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               W, true, false, 5, 60});
        t.add({0x93, {}, "WRITE SAME(16)", [](Command& c) { return sbc(c, &DiskUnit::writeSame); },
               {0x93, 0xE9, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               W, true, false, 5, 120});
        t.add({0x9E, uint16_t(0x10), "READ CAPACITY(16)", [](Command& c) { return sbc(c, &DiskUnit::readCapacity16); },
               {0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, U, true, false, 1, 5});
        t.add({0x9E, uint16_t(0x12), "GET LBA STATUS", [](Command& c) { return sbc(c, &DiskUnit::getLbaStatus); },
               {0x9E, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0},
               R, true, false, 1, 5});
        t.add({0xA8, {}, "READ(12)", [](Command& c) { return sbc(c, &DiskUnit::read); },
               {0xA8, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, R, true, false, 1, 30});
        t.add({0xAA, {}, "WRITE(12)", [](Command& c) { return sbc(c, &DiskUnit::write); },
               {0xAA, 0xF8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, W, true, false, 1, 30});
        t.add({0xAE, {}, "WRITE AND VERIFY(12)", [](Command& c) { return sbc(c, &DiskUnit::writeAndVerify); },
               {0xAE, 0xF2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, W, true, false, 1, 30});
        t.add({0xAF, {}, "VERIFY(12)", [](Command& c) { return sbc(c, &DiskUnit::verify); },
               {0xAF, 0xF6, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, R, true, false, 1, 30});
        // Media access commands need the medium on removable units: every SBC entry.
        const CommandTable spc = spcCommandTable();
        std::vector<CommandInfo> media;
        for (const auto& e : t.entries())
            if (!spc.hasOpcode(e.opcode))
                media.push_back(e);
        for (auto& e : media) {
            e.needsMedium = true;
            t.add(std::move(e));
        }
        return t;
    }();
    return t;
}

// ---------------------------------------------------------------- construction

DiskUnit::DiskUnit(const DiskConfig& config, std::unique_ptr<BackingStore> store)
    : SpcUnit(table(), SpcSettings{config.identity, 0x00, config.removable, config.reservationFile}),
      config_(config), store_(std::move(store)),
      blockSize_(config.blockSize == 4096 ? 4096 : 512),
      blocks_(store_ ? store_->size() / blockSize_ : 0)
{
    std::lock_guard lock(mutex_);
    // Read-write error recovery mode page (SBC-3 §6.4.7): AWRE, ARRE.
    modes_.add(0x01, 0, {0xC0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {});
    // Caching mode page (SBC-3 §6.4.5): WCE changeable.
    std::vector<uint8_t> caching(18, 0);
    caching[0] = config.writeCache ? 0x04 : 0x00;
    std::vector<uint8_t> cachingMask(18, 0);
    cachingMask[0] = 0x04;
    modes_.add(0x08, 0, caching, cachingMask);
    // Control mode page with SWP changeable too (SPC-4 §7.5.8).
    modes_.add(0x0A, 0, {0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00},
               {0x04, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00});
    applyModeCaches();
    modePagesChanged();
}

void DiskUnit::modePagesChanged()
{
    wce_.store(modes_.byte(0x08, 0, 2) & 0x04);
    swp_.store(modes_.byte(0x0A, 0, 4) & 0x08);
}

std::vector<uint8_t> DiskUnit::modeBlockDescriptor(bool longLba) const
{
    // SPC-4 §7.5.5 (short LBA) / §7.5.6 (long LBA), SBC-3 §6.4.2.
    if (longLba) {
        std::vector<uint8_t> d(16, 0);
        put64(&d[0], blocks_);
        put32(&d[12], blockSize_);
        return d;
    }
    std::vector<uint8_t> d(8, 0);
    put32(&d[0], blocks_ > 0xFFFFFFFFull ? 0xFFFFFFFFu : uint32_t(blocks_));
    put24(&d[5], blockSize_);
    return d;
}

std::optional<SenseValue> DiskUnit::checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                             size_t offset) const
{
    if (len != (longLba ? 16u : 8u))
        return SenseValue::invalidParameter(uint16_t(longLba ? 6 : 3));
    const uint64_t count = longLba ? be64(d) : be32(d);
    const uint32_t length = longLba ? be32(d + 12) : be24(d + 5);
    const uint64_t shown = longLba ? blocks_.load() : std::min<uint64_t>(blocks_, 0xFFFFFFFFull);
    if (count != 0 && count != shown)
        return SenseValue::invalidParameter(uint16_t(offset));
    if (length != 0 && length != blockSize_)
        return SenseValue::invalidParameter(uint16_t(offset + (longLba ? 12 : 5)));
    return std::nullopt;
}

std::optional<std::vector<uint8_t>> DiskUnit::vpdPage(uint8_t code, const Command& c) const
{
    switch (code) {
    case 0xB0: {
        // Block Limits (SBC-3 §6.5.3); page length 3Ch.
        std::vector<uint8_t> v(0x3C, 0);
        v[1] = uint8_t(kMaxCompareAndWriteBlocks);                               // byte 5
        put16(&v[2], 1);                                                          // optimal transfer length granularity
        put32(&v[4], uint32_t(maxTransferBlocks()));                              // maximum transfer length
        put32(&v[8], uint32_t(kOptimalTransferBytes / blockSize_));              // optimal transfer length
        put32(&v[12], uint32_t(maxTransferBlocks()));                             // maximum prefetch length
        if (lbpme()) {
            put32(&v[16], kMaxUnmapBlocks);                                      // maximum unmap LBA count
            put32(&v[20], kMaxUnmapDescriptors);                                 // maximum unmap block descriptor count
            put32(&v[24], 1u << physicalExponent());                             // optimal unmap granularity
        }
        put64(&v[32], kMaxWriteSameBlocks);                                      // maximum write same length
        return v;
    }
    case 0xB1: {
        // Block Device Characteristics (SBC-3 §6.5.2): non-rotating medium.
        std::vector<uint8_t> v(0x3C, 0);
        put16(&v[0], 0x0001);
        return v;
    }
    case 0xB2: {
        // Logical Block Provisioning (SBC-3 §6.5.4).
        std::vector<uint8_t> v(4, 0);
        if (lbpme()) {
            v[1] = 0x80 | 0x40 | 0x20 | (lbprz() ? 0x04 : 0); // LBPU, LBPWS, LBPWS10, LBPRZ
            v[2] = 0x02;                                        // thin provisioned
        }
        return v;
    }
    default:
        return SpcUnit::vpdPage(code, c);
    }
}

// ---------------------------------------------------------------- helpers

std::optional<Reply> DiskUnit::checkRw(const Command& c, const Rw& r, bool isWrite, bool needsData) const
{
    if (r.protect)
        return Reply::check(SenseValue::invalidCdb(1, 7)); // no protection information (SBC-3 §4.22)
    if (!inRange(r.lba, r.blocks))
        return Reply::check(Sense::LbaOutOfRange);
    if (r.blocks > maxTransferBlocks())
        return Reply::check(SenseValue::invalidCdb(c.cdbLength == 16 ? 10 : (c.cdbLength == 12 ? 6 : 7)));
    if (isWrite && writeProtected())
        return Reply::check(Sense::WriteProtected);
    if (needsData && c.task->dataOut.size() < uint64_t(r.blocks) * blockSize_)
        return Reply::check(Sense::InvalidFieldInInformationUnit); // less Data-Out than the CDB needs
    return std::nullopt;
}

Reply DiskUnit::writeDelivered(Command& c, const Rw& r, bool fua)
{
    // The CDB asks for SPDTL bytes; the transport reports the difference from
    // EDTL as a residual (RFC 7143 §11.4.5). When the initiator sent less,
    // only what arrived is written, as FCP-4 §9.4.2 prescribes ("data beyond
    // FCP_DL shall not be transferred"); bytes past it stay untouched.
    const uint64_t spdtl = uint64_t(r.blocks) * blockSize_;
    c.task->dataOutTransferLength = int64_t(spdtl);
    const uint64_t got = std::min<uint64_t>(c.task->dataOut.size(), spdtl);
    if (got == 0)
        return Reply::good();
    if (got % blockSize_ == 0) {
        submitWrite(c.task, r.lba * blockSize_, got, fua);
        return Reply::later();
    }
    // A partial last block: read-modify-write, atomic like ORWRITE.
    const uint64_t lba = r.lba;
    return runOnWorker(c, [this, task = c.task, lba, got, fua] {
        const uint64_t whole = got / blockSize_;
        std::vector<uint8_t> buf((whole + 1) * blockSize_);
        gate_.enterExclusive();
        int rc = io(IoOp::Read, lba + whole, blockSize_, buf.data() + whole * blockSize_);
        if (rc >= 0) {
            std::memcpy(buf.data(), task->dataOut.data(), got);
            rc = io(IoOp::Write, lba, buf.size(), buf.data(), fua);
        }
        gate_.leaveExclusive();
        return rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good();
    });
}

Reply DiskUnit::runOnWorker(Command& c, std::function<Reply()> job)
{
    worker_.post([unit = self(), task = c.task, job = std::move(job)] { unit->finish(task, job()); });
    return Reply::later();
}

int DiskUnit::io(IoOp op, uint64_t lba, uint64_t bytes, uint8_t* buffer, bool fua)
{
    IoRequest req;
    req.op = op;
    req.offset = lba * blockSize_;
    req.length = bytes;
    req.buffer = buffer;
    req.fua = fua;
    return store_->execute(req);
}

Sense ioSense(int rc, bool isWrite)
{
    if (rc == -EROFS)
        return Sense::WriteProtected;
    // A network store that lost its cluster: NOT READY while it reconnects,
    // COMMUNICATION TIME-OUT when the cluster stopped answering; initiators retry both.
    if (rc == -ENOTCONN)
        return Sense::NotReadyBecomingReady;
    if (rc == -ETIMEDOUT)
        return Sense::LogicalUnitCommunicationTimeout;
    // rbd/glfs: the other ways a cluster can be out of reach.
    switch (rc) {
    case -ECONNREFUSED: case -ECONNRESET: case -EHOSTUNREACH: case -ENETUNREACH: case -ESHUTDOWN:
        return Sense::NotReadyBecomingReady;
    default:
        break;
    }
    return isWrite ? Sense::WriteError : Sense::UnrecoveredReadError;
}

// ---------------------------------------------------------------- READ CAPACITY, GET LBA STATUS

Reply DiskUnit::readCapacity10(Command& c)
{
    // SBC-3 §5.15.
    const bool pmi = c.cdb[8] & 0x01;
    if (!pmi && be32(&c.cdb[2]) != 0)
        return Reply::check(SenseValue::invalidCdb(2));
    std::vector<uint8_t> d(8, 0);
    const uint64_t capacity = blocks_.load();
    const uint64_t last = capacity ? capacity - 1 : 0;
    put32(&d[0], last > 0xFFFFFFFEull ? 0xFFFFFFFFu : uint32_t(last));
    put32(&d[4], blockSize_);
    return Reply::good(std::move(d));
}

Reply DiskUnit::readCapacity16(Command& c)
{
    // SBC-3 §5.16.
    const uint32_t alloc = be32(&c.cdb[10]);
    std::vector<uint8_t> d(32, 0);
    const uint64_t capacity = blocks_.load();
    put64(&d[0], capacity ? capacity - 1 : 0);
    put32(&d[8], blockSize_);
    d[13] = physicalExponent(); // LOGICAL BLOCKS PER PHYSICAL BLOCK EXPONENT; lowest aligned LBA 0
    if (lbpme())
        d[14] |= 0x80;
    if (lbprz())
        d[14] |= 0x40;
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply DiskUnit::getLbaStatus(Command& c)
{
    // SBC-3 §5.4.
    const uint64_t lba = be64(&c.cdb[2]);
    const uint32_t alloc = be32(&c.cdb[10]);
    if (lba >= blocks_)
        return Reply::check(Sense::LbaOutOfRange);
    if (alloc < 24 && alloc != 0) {
        // Room for the header only: still valid, we just return less.
    }
    return runOnWorker(c, [this, lba, alloc] {
        std::vector<uint8_t> d(8, 0);
        uint64_t at = lba;
        const size_t maxDescriptors = std::max<size_t>(1, alloc > 8 ? (alloc - 8) / 16 : 1);
        while (at < blocks_ && (d.size() - 8) / 16 < std::min<size_t>(maxDescriptors, 64)) {
            bool mapped = true;
            uint64_t run = 0;
            if (store_->mapStatus(at * blockSize_, mapped, run) != 0 || run == 0) {
                mapped = true;
                run = (blocks_ - at) * blockSize_;
            }
            uint64_t runBlocks = std::max<uint64_t>(1, run / blockSize_);
            runBlocks = std::min<uint64_t>({runBlocks, blocks_ - at, 0xFFFFFFFFull});
            uint8_t e[16] = {0};
            put64(&e[0], at);
            put32(&e[8], uint32_t(runBlocks));
            e[12] = mapped ? 0x00 : 0x01; // mapped / deallocated
            d.insert(d.end(), e, e + 16);
            at += runBlocks;
        }
        put32(&d[0], uint32_t(d.size() - 4));
        return Reply::good(trimmed(std::move(d), alloc));
    });
}

// ---------------------------------------------------------------- READ / WRITE

Reply DiskUnit::read(Command& c)
{
    // SBC-3 §5.9-5.12.
    const Rw r = decodeRw(c.cdb);
    if (auto fail = checkRw(c, r, false, false))
        return *fail;
    if (r.blocks == 0)
        return Reply::good(std::vector<uint8_t>{});
    auto task = c.task;
    const uint64_t bytes = uint64_t(r.blocks) * blockSize_;
    task->dataIn.resize(bytes);
    IoRequest req;
    req.op = IoOp::Read;
    req.offset = r.lba * blockSize_;
    req.length = bytes;
    req.buffer = task->dataIn.data();
    store_->submit(req, [unit = self(), task](int rc) {
        unit->finish(task, rc < 0 ? Reply::check(ioSense(rc, false)) : Reply::good());
    });
    return Reply::later();
}

void DiskUnit::submitWrite(const std::shared_ptr<ScsiTask>& task, uint64_t offset, uint64_t bytes, bool fua)
{
    auto unit = self();
    auto start = [unit, task, offset, bytes, fua] {
        IoRequest req;
        req.op = IoOp::Write;
        req.offset = offset;
        req.length = bytes;
        req.buffer = task->dataOut.data();
        req.fua = fua;
        unit->store_->submit(req, [unit, task](int rc) {
            unit->gate_.leaveShared();
            unit->finish(task, rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good());
        });
    };
    if (gate_.enterShared(start))
        start();
}

Reply DiskUnit::write(Command& c)
{
    // SBC-3 §5.32-5.35. WCE = 0 makes every write FUA (SBC-3 §6.4.5).
    const Rw r = decodeRw(c.cdb);
    if (auto fail = checkRw(c, r, true, false))
        return *fail;
    return writeDelivered(c, r, r.fua || !wce_.load());
}

Reply DiskUnit::writeAndVerify(Command& c)
{
    // SBC-3 §5.36-5.38: the verification is that the write reached the
    // medium, so the write is forced to FUA. BYTCHK compares the Data-Out
    // with what was written, which is the same buffer.
    Rw r = decodeRw(c.cdb);
    r.fua = true;
    if (auto fail = checkRw(c, r, true, false))
        return *fail;
    return writeDelivered(c, r, true);
}

Reply DiskUnit::verify(Command& c)
{
    // SBC-3 §5.29-5.31.
    const Rw r = decodeRw(c.cdb);
    if (r.bytchk == 2)
        return Reply::check(SenseValue::invalidCdb(1, 2));
    if (auto fail = checkRw(c, r, false, false))
        return *fail;
    if (r.blocks == 0 || r.bytchk == 0)
        return Reply::good(); // medium verification: the store has no media errors to find
    const uint64_t bytes = uint64_t(r.blocks) * blockSize_;
    const uint64_t need = r.bytchk == 1 ? bytes : blockSize_;
    c.task->dataOutTransferLength = int64_t(need);
    if (c.task->dataOut.size() < need)
        return Reply::check(Sense::InvalidFieldInInformationUnit);
    auto task = c.task;
    auto buffer = std::make_shared<std::vector<uint8_t>>(bytes);
    IoRequest req;
    req.op = IoOp::Read;
    req.offset = r.lba * blockSize_;
    req.length = bytes;
    req.buffer = buffer->data();
    const uint8_t bytchk = r.bytchk;
    const uint32_t bs = blockSize_;
    store_->submit(req, [unit = self(), task, buffer, bytchk, bs](int rc) {
        if (rc < 0)
            return unit->finish(task, Reply::check(ioSense(rc, false)));
        const auto& out = task->dataOut;
        for (size_t i = 0; i < buffer->size(); ++i) {
            const uint8_t expected = bytchk == 1 ? out[i] : out[i % bs];
            if ((*buffer)[i] != expected)
                return unit->finish(task, Reply::check(SenseValue::withInformation(Sense::MiscompareDuringVerify, i)));
        }
        unit->finish(task, Reply::good());
    });
    return Reply::later();
}

// ---------------------------------------------------------------- SYNCHRONIZE CACHE, PRE-FETCH

Reply DiskUnit::synchronizeCache(Command& c)
{
    // SBC-3 §5.22-5.23.
    const Rw r = decodeRw(c.cdb);
    if (!inRange(r.lba, r.blocks))
        return Reply::check(Sense::LbaOutOfRange);
    IoRequest req;
    req.op = IoOp::Flush;
    store_->submit(req, [unit = self(), task = c.task](int rc) {
        unit->finish(task, rc < 0 && rc != -EOPNOTSUPP ? Reply::check(Sense::WriteError) : Reply::good());
    });
    return Reply::later();
}

Reply DiskUnit::preFetch(Command& c)
{
    // SBC-3 §5.7-5.8: nothing to stage; GOOD tells the initiator the cache
    // could not hold the blocks (CONDITION MET is optional).
    const Rw r = decodeRw(c.cdb);
    if (!inRange(r.lba, r.blocks))
        return Reply::check(Sense::LbaOutOfRange);
    return Reply::good();
}

// ---------------------------------------------------------------- UNMAP, WRITE SAME

Reply DiskUnit::unmap(Command& c)
{
    // SBC-3 §5.28.
    if (!lbpme())
        return Reply::check(Sense::InvalidCommandOperationCode);
    if (c.cdb[1] & 0x01) // ANCHOR: ANC_SUP = 0
        return Reply::check(SenseValue::invalidCdb(1, 0));
    const uint32_t len = be16(&c.cdb[7]);
    c.task->dataOutTransferLength = len;
    if (writeProtected())
        return Reply::check(Sense::WriteProtected);
    if (len == 0)
        return Reply::good();
    if (len < 8 || c.task->dataOut.size() < len)
        return Reply::check(Sense::ParameterListLengthError);
    const uint8_t* p = c.task->dataOut.data();
    const uint32_t bdLen = std::min<uint32_t>(be16(&p[2]), len - 8);
    const uint32_t count = bdLen / 16;
    if (count > kMaxUnmapDescriptors)
        return Reply::check(SenseValue::invalidParameter(2));
    std::vector<std::pair<uint64_t, uint32_t>> ranges;
    uint64_t total = 0;
    for (uint32_t i = 0; i < count; ++i) {
        const uint8_t* d = p + 8 + 16 * i;
        const uint64_t lba = be64(d);
        const uint32_t n = be32(d + 8);
        if (!inRange(lba, n))
            return Reply::check(Sense::LbaOutOfRange);
        total += n;
        if (n)
            ranges.emplace_back(lba, n);
    }
    if (total > kMaxUnmapBlocks)
        return Reply::check(SenseValue::invalidParameter(8 + 8));
    if (ranges.empty())
        return Reply::good();
    return runOnWorker(c, [this, ranges = std::move(ranges)] {
        gate_.enterSharedBlocking();
        int rc = 0;
        for (const auto& [lba, n] : ranges) {
            rc = io(IoOp::Discard, lba, uint64_t(n) * blockSize_, nullptr);
            if (rc == -EOPNOTSUPP || rc == -ENOTSUP)
                rc = 0; // UNMAP is advisory when the store cannot deallocate
            if (rc < 0)
                break;
        }
        gate_.leaveShared();
        return rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good();
    });
}

Reply DiskUnit::writeSame(Command& c)
{
    // SBC-3 §5.41-5.42.
    const bool sixteen = c.cdb[0] == 0x93;
    const uint8_t wrprotect = c.cdb[1] >> 5;
    const bool anchor = c.cdb[1] & 0x10;
    const bool unmapBit = c.cdb[1] & 0x08;
    const bool ndob = sixteen && (c.cdb[1] & 0x01);
    const uint64_t lba = sixteen ? be64(&c.cdb[2]) : be32(&c.cdb[2]);
    uint64_t blocks = sixteen ? be32(&c.cdb[10]) : be16(&c.cdb[7]);
    c.task->dataOutTransferLength = ndob ? 0 : int64_t(blockSize_);
    if (wrprotect)
        return Reply::check(SenseValue::invalidCdb(1, 7));
    if (anchor) // ANC_SUP = 0
        return Reply::check(SenseValue::invalidCdb(1, 4));
    if (c.cdb[1] & 0x06) // PBDATA / LBDATA unsupported
        return Reply::check(SenseValue::invalidCdb(1, (c.cdb[1] & 0x04) ? 2 : 1));
    if (!inRange(lba, blocks))
        return Reply::check(Sense::LbaOutOfRange);
    if (blocks == 0)
        blocks = blocks_ - lba; // WSNZ = 0: to the end of the medium
    if (blocks > kMaxWriteSameBlocks)
        return Reply::check(SenseValue::invalidCdb(sixteen ? 10 : 7));
    if (writeProtected())
        return Reply::check(Sense::WriteProtected);
    if (!ndob && c.task->dataOut.size() != blockSize_)
        return Reply::check(c.task->dataOut.size() < blockSize_ ? SenseValue(Sense::InvalidFieldInInformationUnit)
                                                                 : SenseValue::invalidCdb(sixteen ? 10 : 7));
    if (blocks == 0)
        return Reply::good();
    std::vector<uint8_t> pattern = ndob ? std::vector<uint8_t>(blockSize_, 0) : c.task->dataOut;
    const bool zero = std::all_of(pattern.begin(), pattern.end(), [](uint8_t b) { return b == 0; });
    const bool deallocate = unmapBit && lbpme();
    const bool fua = !wce_.load();
    return runOnWorker(c, [this, lba, blocks, pattern = std::move(pattern), zero, deallocate, fua] {
        gate_.enterSharedBlocking();
        int rc = 0;
        const uint64_t offsetBlocks = lba;
        const uint64_t bytes = blocks * blockSize_;
        bool done = false;
        if (deallocate && lbprz()) {
            // Deallocated blocks read back as zero (LBPRZ), which is what
            // libiscsi expects after WRITE SAME with UNMAP (SBC-3 §5.42).
            rc = io(IoOp::Discard, offsetBlocks, bytes, nullptr);
            done = rc == 0;
        }
        if (!done) {
            rc = 0;
            if (zero && (store_->capabilities() & backing::CapWriteZeroes)) {
                rc = io(IoOp::WriteZeroes, offsetBlocks, bytes, nullptr, fua);
            } else {
                const uint64_t chunkBlocks = std::max<uint64_t>(1, std::min<uint64_t>(blocks, kIoChunkBytes / blockSize_));
                std::vector<uint8_t> buf(chunkBlocks * blockSize_);
                for (uint64_t i = 0; i < chunkBlocks; ++i)
                    std::memcpy(&buf[i * blockSize_], pattern.data(), blockSize_);
                for (uint64_t written = 0; written < blocks && rc >= 0;) {
                    const uint64_t n = std::min(chunkBlocks, blocks - written);
                    rc = io(IoOp::Write, offsetBlocks + written, n * blockSize_, buf.data(), fua);
                    written += n;
                }
            }
        }
        gate_.leaveShared();
        return rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good();
    });
}

// ---------------------------------------------------------------- COMPARE AND WRITE, ORWRITE

Reply DiskUnit::compareAndWrite(Command& c)
{
    // SBC-3 §5.2: atomic read-compare-write of NUMBER OF LOGICAL BLOCKS.
    const uint64_t lba = be64(&c.cdb[2]);
    const uint32_t blocks = c.cdb[13];
    c.task->dataOutTransferLength = int64_t(2ull * blocks * blockSize_);
    if (c.cdb[1] >> 5)
        return Reply::check(SenseValue::invalidCdb(1, 7));
    if (blocks > kMaxCompareAndWriteBlocks)
        return Reply::check(SenseValue::invalidCdb(13));
    if (!inRange(lba, blocks))
        return Reply::check(Sense::LbaOutOfRange);
    if (writeProtected())
        return Reply::check(Sense::WriteProtected);
    // The Data-Out buffer must hold exactly the verify and write instances
    // (SBC-3 §5.2); a mismatch (e.g. NUMBER OF LOGICAL BLOCKS 0 with data)
    // means the CDB does not describe what the initiator sent.
    const uint64_t bytes = uint64_t(blocks) * blockSize_;
    if (c.task->dataOut.size() != 2 * bytes)
        return Reply::check(c.task->dataOut.size() < 2 * bytes ? SenseValue(Sense::InvalidFieldInInformationUnit)
                                                               : SenseValue::invalidCdb(13));
    if (blocks == 0)
        return Reply::good();
    const bool fua = (c.cdb[1] & 0x08) || !wce_.load();
    auto task = c.task;
    return runOnWorker(c, [this, task, lba, bytes, fua] {
        gate_.enterExclusive();
        std::vector<uint8_t> current(bytes);
        int rc = io(IoOp::Read, lba, bytes, current.data());
        Reply reply;
        if (rc < 0) {
            reply = Reply::check(ioSense(rc, false));
        } else {
            const uint8_t* verify = task->dataOut.data();
            auto mismatch = std::mismatch(current.begin(), current.end(), verify);
            if (mismatch.first != current.end()) {
                const uint64_t offset = uint64_t(mismatch.first - current.begin());
                reply = Reply::check(SenseValue::withInformation(Sense::MiscompareDuringVerify, offset));
            } else {
                rc = io(IoOp::Write, lba, bytes, task->dataOut.data() + bytes, fua);
                reply = rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good();
            }
        }
        gate_.leaveExclusive();
        return reply;
    });
}

Reply DiskUnit::orWrite(Command& c)
{
    // SBC-3 §5.6 (ORWRITE(16)): new = old OR data, atomically.
    const Rw r = decodeRw(c.cdb);
    c.task->dataOutTransferLength = int64_t(uint64_t(r.blocks) * blockSize_);
    if (auto fail = checkRw(c, r, true, true))
        return *fail;
    if (r.blocks == 0)
        return Reply::good();
    const uint64_t bytes = uint64_t(r.blocks) * blockSize_;
    const bool fua = r.fua || !wce_.load();
    auto task = c.task;
    const uint64_t lba = r.lba;
    return runOnWorker(c, [this, task, lba, bytes, fua] {
        gate_.enterExclusive();
        std::vector<uint8_t> data(bytes);
        int rc = io(IoOp::Read, lba, bytes, data.data());
        if (rc >= 0) {
            for (uint64_t i = 0; i < bytes; ++i)
                data[i] |= task->dataOut[i];
            rc = io(IoOp::Write, lba, bytes, data.data(), fua);
        }
        gate_.leaveExclusive();
        return rc < 0 ? Reply::check(ioSense(rc, true)) : Reply::good();
    });
}

// ---------------------------------------------------------------- READ DEFECT DATA

Reply DiskUnit::readDefectData(Command& c)
{
    // SBC-3 §5.17-5.18: a virtual disk has no defects; the header echoes the
    // requested lists and format with a zero-length defect list.
    const bool twelve = c.cdb[0] == 0xB7;
    const uint8_t flags = twelve ? c.cdb[1] : c.cdb[2];
    const uint32_t alloc = twelve ? be32(&c.cdb[6]) : be16(&c.cdb[7]);
    std::vector<uint8_t> d(twelve ? 8 : 4, 0);
    d[1] = flags & 0x1F; // PLISTV, GLISTV, DEFECT LIST FORMAT
    return Reply::good(trimmed(std::move(d), alloc));
}

} // namespace

std::shared_ptr<LogicalUnit> makeDiskUnit(const DiskConfig& config, std::unique_ptr<backing::BackingStore> store)
{
    backing::BackingStore* raw = store.get();
    auto unit = std::make_shared<DiskUnit>(config, std::move(store));
    // A store resized behind our back (an RBD image grown in Ceph) re-reads
    // the capacity; ~DiskUnit removes the listener before the unit goes.
    if (raw)
        raw->setResizeListener([u = unit.get()] { u->refreshCapacity(); });
    return unit;
}

} // namespace storlab::scsi
