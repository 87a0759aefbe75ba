// SSC-4 tape drive (sequential-access device, peripheral type 01h).
#include "scsi/ssc_drive.h"

#include "media/tape_cartridge.h"
#include "scsi/cdb.h"
#include "scsi/spc_unit.h"
#include "scsi/ssc_pages.h"
#include "scsi/worker.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace storlab::scsi {
namespace {

using media::DriveAccess;
using media::RecordType;
using media::SpaceCode;
using media::SpaceOutcome;
using media::TapeCartridge;
namespace tape_error = media::tape_error;

constexpr uint32_t kMaxBlock = 0x800000;   // READ BLOCK LIMITS maximum (8 MiB, as IBM LTO drives report)
constexpr uint32_t kMaxTransfer = 64u << 20;

// Sense for a residue-carrying condition (SSC-4 §4.2.?: INFORMATION = residue).
SenseValue residue(Sense s, int64_t info, bool filemark = false, bool eom = false, bool ili = false)
{
    SenseValue v(s);
    v.information = uint64_t(uint32_t(int32_t(info)));
    v.filemark = filemark;
    v.eom = eom;
    v.ili = ili;
    return v;
}

int32_t signed24(const uint8_t* p)
{
    int32_t v = int32_t(be24(p));
    if (v & 0x800000)
        v -= 0x1000000;
    return v;
}

// Maps a media library error to the sense a drive reports.
SenseValue mediaSense(const Error& e)
{
    switch (e.code) {
    case tape_error::WriteProtected: return Sense::WriteProtected;
    case tape_error::WormOverwrite: return Sense::WormOverwriteAttempted;
    case tape_error::EndOfMedium: return SenseValue(Sense::EndOfPartitionOverflow);
    case tape_error::EndOfData: return Sense::EndOfDataDetected;
    case tape_error::Corrupt: return Sense::UnrecoveredReadError;
    case tape_error::BadFormat: return Sense::MediumFormatCorrupted;
    default: return e.code < 0 ? Sense::WriteError : Sense::InternalTargetFailure;
    }
}

} // namespace

class TapeDrive final : public SpcUnit, public RemovableMediumDevice {
public:
    explicit TapeDrive(const TapeDriveConfig& config);
    static const CommandTable& table();

    // --- RemovableMediumDevice ---
    Result<void> load(const std::string& path) override;
    Result<void> unload(bool force) override;
    bool hasMedium() const override
    {
        std::lock_guard lock(tapeMutex_);
        return cart_ != nullptr;
    }
    std::string mediumPath() const override
    {
        std::lock_guard lock(tapeMutex_);
        return cart_ ? cart_->path() : std::string();
    }
    bool removalPrevented() const override
    {
        std::lock_guard lock(tapeMutex_);
        return !preventing_.empty();
    }
    MediumState mediumState() const override
    {
        std::lock_guard lock(tapeMutex_);
        MediumState m;
        m.present = cart_ != nullptr;
        m.ready = cart_ && threaded_;
        m.prevented = !preventing_.empty();
        if (cart_) {
            m.path = cart_->path();
            m.barcode = cart_->header().barcode;
            m.mediaType = std::string(media::generationInfo(cart_->header().generation).name);
        }
        return m;
    }

    void taskManagement(TaskManagement function, const Nexus& nexus) override
    {
        SpcUnit::taskManagement(function, nexus);
        if (function != TaskManagement::AbortTaskSet && function != TaskManagement::ClearTaskSet) {
            std::lock_guard lock(tapeMutex_);
            preventing_.clear();
        }
    }
    void nexusLost(const Nexus& nexus) override
    {
        SpcUnit::nexusLost(nexus);
        std::lock_guard lock(tapeMutex_);
        preventing_.erase(nexus.id);
    }

    // Runs fn on the worker thread (in arrival order) and completes the task there.
    // needReady: fail with MEDIUM NOT PRESENT unless a cartridge is loaded and ready.
    Reply onWorker(Command& c, Reply (TapeDrive::*fn)(Command&), bool needReady = true);

    // --- SSC handlers (worker thread, tapeMutex_ taken inside) ---
    Reply read6(Command& c);
    Reply write6(Command& c);
    Reply writeFilemarks(Command& c);
    Reply space(Command& c);
    Reply locate(Command& c);
    Reply readPosition(Command& c);
    Reply rewind(Command& c);
    Reply loadUnload(Command& c);
    Reply erase(Command& c);
    Reply readAttribute(Command& c);
    Reply writeAttribute(Command& c);
    // inline
    Reply readBlockLimits(Command& c);
    Reply reportDensitySupport(Command& c);
    Reply logSense(Command& c);
    Reply logSelect(Command& c);
    Reply preventAllowTape(Command& c);
    Reply modeSenseTape(Command& c);

protected:
    std::vector<uint8_t> extraVpdPages() const override { return {0xB0, 0xB1}; }
    std::optional<std::vector<uint8_t>> vpdPage(uint8_t code, const Command& c) const override;
    std::vector<uint16_t> versionDescriptors() const override
    {
        return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x0400 /* SSC-3 */};
    }
    uint8_t modeDeviceSpecific() const override;
    std::vector<uint8_t> modeBlockDescriptor(bool longLba) const override;
    std::optional<SenseValue> checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                       size_t offset) const override;

private:
    std::optional<SenseValue> writeAllowed() const; // tapeMutex_ held
    Reply afterWrite(bool earlyWarning, int64_t residueOnWarning = 0);
    Result<void> openCartridge(const std::string& path); // tapeMutex_ held

    TapeDriveConfig config_;
    mutable std::mutex tapeMutex_;
    std::unique_ptr<TapeCartridge> cart_;
    DriveAccess access_ = DriveAccess::None;
    bool threaded_ = false;                          // loaded and ready (SCSI LOAD/UNLOAD state)
    std::set<uint64_t> preventing_;                  // nexuses preventing medium removal
    mutable std::atomic<uint32_t> blockLength_{0};   // 0 = variable block mode
    ssc::TapeCounters counters_;
    UnitWorker worker_{1};
};

// ---------------------------------------------------------------- construction, load/unload

TapeDrive::TapeDrive(const TapeDriveConfig& config)
    : SpcUnit(table(), SpcSettings{config.identity, 0x01, true, config.reservationFile}), config_(config)
{
    mediumPresent_.store(false);
    // Data compression page (SSC-4 §8.3.2): DCC = 1, DCE changeable; data is stored uncompressed.
    modes_.add(0x0F, 0, {0xC0, 0x80, 0, 0, 0, 0x01, 0, 0, 0, 0x01, 0, 0, 0, 0},
               {0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    // Device configuration page (SSC-4 §8.3.3): LOIS = 1, EEG = 1, SEW = 1, select data compression 1.
    modes_.add(0x10, 0, {0, 0, 0, 0, 0, 0, 0x40, 0, 0x18, 0, 0, 0, 0x01, 0},
               {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0});
    // Medium partition page (SSC-4 §8.3.4): one partition, FDP/SDP/IDP not supported.
    modes_.add(0x11, 0, {0x00, 0x00, 0x00, 0x03, 0x09, 0x00, 0xFF, 0xFF}, {});
}

Result<void> TapeDrive::openCartridge(const std::string& path)
{
    media::RecoveryReport rep;
    auto opened = TapeCartridge::open(path, false, &rep);
    if (!opened && opened.error().code == -EACCES)
        opened = TapeCartridge::open(path, true, &rep);
    if (!opened)
        return Error{opened.error().code, "cannot load " + path + ": " + opened.error().message};
    const auto gen = (*opened)->header().generation;
    const DriveAccess a = media::driveAccess(config_.generation, gen);
    if (a == DriveAccess::None)
        return Error{tape_error::InvalidArgument,
                     std::string("an ") + std::string(media::generationInfo(config_.generation).name) +
                         " drive cannot read an " + std::string(media::generationInfo(gen).name) + " cartridge (" +
                         (*opened)->header().barcode + "); use a drive of that generation or the next one"};
    (*opened)->setSynchronous(config_.synchronous);
    cart_ = std::move(*opened);
    access_ = a;
    threaded_ = true;
    counters_ = {};
    return {};
}

Result<void> TapeDrive::load(const std::string& path)
{
    {
        std::lock_guard lock(tapeMutex_);
        if (cart_)
            return Error{tape_error::InvalidArgument,
                         "the drive already holds " + cart_->header().barcode + "; unload it first"};
        if (auto r = openCartridge(path); !r)
            return r;
        mediumPresent_.store(true);
    }
    // SPC-4 §6.9 / SSC-4 §4.2.?: NOT READY TO READY CHANGE, MEDIUM MAY HAVE CHANGED.
    queueUnitAttentionForAll(Sense::MediumMayHaveChanged);
    publishMediumEvent({this, MediumChange::Loaded, false});
    return {};
}

Result<void> TapeDrive::unload(bool force)
{
    Result<void> r;
    {
        std::lock_guard lock(tapeMutex_);
        if (!cart_)
            return Error{tape_error::InvalidArgument, "the drive is empty"};
        if (!preventing_.empty() && !force)
            return Error{-EPERM, "an initiator prevents medium removal (PREVENT ALLOW MEDIUM REMOVAL); retry later or force"};
        r = cart_->sync();
        cart_.reset();
        access_ = DriveAccess::None;
        threaded_ = false;
        mediumPresent_.store(false);
    }
    publishMediumEvent({this, MediumChange::Unloaded, false});
    return r;
}

// ---------------------------------------------------------------- worker plumbing

Reply TapeDrive::onWorker(Command& c, Reply (TapeDrive::*fn)(Command&), bool needReady)
{
    auto self = std::static_pointer_cast<TapeDrive>(shared_from_this());
    auto task = c.task;
    const unsigned len = c.cdbLength;
    worker_.post([self, task, len, fn, needReady] {
        const Nexus& nexus = task->nexus ? *task->nexus : defaultNexus();
        Command wc{task, *self, task->cdb.data(), len, nexus};
        Reply r;
        {
            std::lock_guard lock(self->tapeMutex_);
            if (needReady && (!self->cart_ || !self->threaded_))
                r = Reply::check(Sense::MediumNotPresent);
            else
                r = ((*self).*fn)(wc);
        }
        self->finish(task, std::move(r));
    });
    return Reply::later();
}

std::optional<SenseValue> TapeDrive::writeAllowed() const
{
    if (access_ == DriveAccess::ReadOnly)
        return SenseValue(Sense::CannotWriteIncompatibleFormat); // SSC-4 §4.2.?: older generation, read only
    if (cart_->writeProtected())
        return SenseValue(Sense::WriteProtected);
    return std::nullopt;
}

Reply TapeDrive::afterWrite(bool earlyWarning, int64_t residueOnWarning)
{
    // SSC-4 §4.2.7: a write that completes in the early-warning zone reports
    // CHECK CONDITION, NO SENSE, EOM = 1, END-OF-PARTITION/MEDIUM DETECTED.
    if (earlyWarning)
        return Reply::check(residue(Sense::EarlyWarning, residueOnWarning, false, true));
    return Reply::good();
}

// ---------------------------------------------------------------- READ / WRITE (SSC-4 §6.?)

Reply TapeDrive::read6(Command& c)
{
    const bool sili = c.cdb[1] & 0x02;
    const bool fixed = c.cdb[1] & 0x01;
    const uint32_t count = be24(&c.cdb[2]);
    const uint32_t bl = blockLength_.load();
    if (fixed && sili)
        return Reply::check(SenseValue::invalidCdb(1, 1)); // SSC-4 §6.?: SILI with FIXED not supported
    if (fixed && bl == 0)
        return Reply::check(SenseValue::invalidCdb(1, 0)); // fixed mode needs a block length (MODE SELECT)
    if (count == 0)
        return Reply::good();
    const uint64_t wanted = fixed ? uint64_t(count) * bl : count;
    if (wanted > kMaxTransfer)
        return Reply::check(SenseValue::invalidCdb(2));
    std::vector<uint8_t> data(wanted);
    if (!fixed) {
        auto r = cart_->read(data.data(), data.size());
        if (!r) {
            if (r.error().code == tape_error::EndOfData)
                return Reply::check(residue(Sense::EndOfDataDetected, count)); // BLANK CHECK, SSC-4 §4.2.?
            return Reply::check(mediaSense(r.error()));
        }
        if (r->type != RecordType::Data) {
            // Read a filemark: position after it (EOM side), FILEMARK bit, residue = whole length.
            return Reply::check(residue(r->type == RecordType::Filemark ? Sense::FilemarkDetected : Sense::SetmarkDetected,
                                        count, r->type == RecordType::Filemark));
        }
        counters_.bytesFromMedium += r->blockLength;
        counters_.bytesToInitiators += r->copied;
        data.resize(r->copied);
        if (r->blockLength == count || (sili && r->blockLength < count))
            return Reply::good(std::move(data));
        // Incorrect length: ILI, INFORMATION = requested - actual (negative when overlength).
        Reply rep = Reply::check(residue(Sense::NoSense, int64_t(count) - int64_t(r->blockLength), false, false, true));
        rep.data = std::move(data);
        return rep;
    }
    size_t got = 0;
    for (uint32_t i = 0; i < count; ++i) {
        auto r = cart_->read(data.data() + got, bl);
        Reply rep;
        if (!r) {
            if (r.error().code == tape_error::EndOfData)
                rep = Reply::check(residue(Sense::EndOfDataDetected, count - i));
            else
                rep = Reply::check(mediaSense(r.error()));
        } else if (r->type != RecordType::Data) {
            rep = Reply::check(residue(r->type == RecordType::Filemark ? Sense::FilemarkDetected : Sense::SetmarkDetected,
                                       count - i, r->type == RecordType::Filemark));
        } else if (r->blockLength != bl) {
            // SSC-4: INFORMATION = blocks not transferred, counting the wrong-length block.
            counters_.bytesFromMedium += r->blockLength;
            rep = Reply::check(residue(Sense::NoSense, count - i, false, false, true));
        } else {
            counters_.bytesFromMedium += bl;
            counters_.bytesToInitiators += bl;
            got += bl;
            continue;
        }
        data.resize(got);
        rep.data = std::move(data);
        return rep;
    }
    return Reply::good(std::move(data));
}

Reply TapeDrive::write6(Command& c)
{
    const bool fixed = c.cdb[1] & 0x01;
    const uint32_t count = be24(&c.cdb[2]);
    const uint32_t bl = blockLength_.load();
    if (fixed && bl == 0)
        return Reply::check(SenseValue::invalidCdb(1, 0));
    const uint64_t bytes = fixed ? uint64_t(count) * bl : count;
    c.task->dataOutTransferLength = int64_t(bytes);
    if (bytes > kMaxTransfer)
        return Reply::check(SenseValue::invalidCdb(2));
    if (auto s = writeAllowed())
        return Reply::check(*s);
    if (count == 0)
        return Reply::good();
    const auto& d = c.task->dataOut;
    if (d.size() < bytes)
        return Reply::check(Sense::InvalidFieldInInformationUnit);
    const uint32_t blocks = fixed ? count : 1;
    const size_t len = fixed ? bl : count;
    bool warn = false;
    for (uint32_t i = 0; i < blocks; ++i) {
        auto r = cart_->writeBlock(d.data() + size_t(i) * len, len);
        if (!r) {
            if (r.error().code == tape_error::EndOfMedium) // VOLUME OVERFLOW, EOM, residue (SSC-4 §4.2.7)
                return Reply::check(residue(Sense::EndOfPartitionOverflow, fixed ? blocks - i : count, false, true));
            return Reply::check(mediaSense(r.error()));
        }
        counters_.bytesFromInitiators += len;
        counters_.bytesToMedium += len;
        warn = r->earlyWarning;
    }
    return afterWrite(warn);
}

Reply TapeDrive::writeFilemarks(Command& c)
{
    const bool setmarks = c.cdb[1] & 0x02;
    const uint32_t count = be24(&c.cdb[2]);
    if (count) {
        if (auto s = writeAllowed())
            return Reply::check(*s);
    }
    auto r = cart_->writeMarks(count, setmarks);
    if (!r) {
        if (r.error().code == tape_error::EndOfMedium)
            return Reply::check(residue(Sense::EndOfPartitionOverflow, count, false, true));
        return Reply::check(mediaSense(r.error()));
    }
    return count ? afterWrite(r->earlyWarning) : Reply::good();
}

// ---------------------------------------------------------------- motion

Reply TapeDrive::space(Command& c)
{
    const uint8_t code = c.cdb[1] & 0x0F;
    const int64_t count = c.cdb[0] == 0x11 ? signed24(&c.cdb[2]) : int64_t(be64(&c.cdb[4]));
    if (code > 4 || (c.cdb[0] == 0x91 && code == 4))
        return Reply::check(SenseValue::invalidCdb(1, 3));
    if (count == 0 && code != 3)
        return Reply::good();
    const SpaceOutcome o = cart_->space(SpaceCode(code), count);
    const int64_t left = (count < 0 ? -count : count) - (o.moved < 0 ? -o.moved : o.moved);
    switch (o.stop) {
    case SpaceOutcome::Stop::Done: return Reply::good();
    case SpaceOutcome::Stop::Filemark: return Reply::check(residue(Sense::FilemarkDetected, left, true));
    case SpaceOutcome::Stop::Setmark: return Reply::check(residue(Sense::SetmarkDetected, left));
    case SpaceOutcome::Stop::EndOfData: return Reply::check(residue(Sense::EndOfDataDetected, left));
    case SpaceOutcome::Stop::BeginningOfPartition:
        return Reply::check(residue(Sense::BeginningOfPartitionDetected, left, false, true));
    }
    return Reply::good();
}

Reply TapeDrive::locate(Command& c)
{
    uint64_t target = 0;
    bool cp = c.cdb[1] & 0x02;
    uint8_t partition = 0;
    uint8_t destType = 0;
    if (c.cdb[0] == 0x2B) { // LOCATE(10) (SSC-4 §7.?)
        // BT = 1 (byte 1 bit 2) asks for the vendor-specific block address that
        // READ POSITION with BT = 1 reports. Linux st sends both for `mt tell`
        // / `mt seek`; this drive's block address is the logical object
        // identifier, as on IBM and HPE LTO drives, so both forms locate alike.
        target = be32(&c.cdb[3]);
        partition = c.cdb[8];
    } else {                // LOCATE(16)
        destType = (c.cdb[1] >> 3) & 0x07;
        partition = c.cdb[3];
        target = be64(&c.cdb[4]);
        if (destType > 1)
            return Reply::check(SenseValue::invalidCdb(1, 5));
    }
    if (cp && partition != 0)
        return Reply::check(SenseValue::invalidCdb(c.cdb[0] == 0x2B ? 8 : 3)); // one partition only
    if (destType == 1) {
        // Logical file identifier: the first object of file `target` (after filemark target-1).
        cart_->rewind();
        if (target > 0) {
            auto o = cart_->space(SpaceCode::Filemarks, int64_t(target));
            if (o.stop != SpaceOutcome::Stop::Done)
                return Reply::check(Sense::EndOfDataDetected);
        }
        return Reply::good();
    }
    if (auto r = cart_->locate(target); !r)
        return Reply::check(Sense::EndOfDataDetected); // BLANK CHECK: EOD before the object (SSC-4 §7.?)
    return Reply::good();
}

Reply TapeDrive::readPosition(Command& c)
{
    const uint8_t sa = c.cdb[1] & 0x1F;
    const uint64_t pos = cart_->position();
    const bool bop = pos == 0;
    const bool eop = cart_->earlyWarning() && cart_->atEndOfData();
    switch (sa) {
    case 0x00:
    case 0x01: { // SHORT FORM (SSC-4 §7.? table): 20 bytes
        std::vector<uint8_t> d(20, 0);
        d[0] = uint8_t((bop ? 0x80 : 0) | (eop ? 0x40 : 0) | (pos > 0xFFFFFFFFull ? 0x04 : 0));
        put32(&d[4], uint32_t(pos));
        put32(&d[8], uint32_t(pos));
        return Reply::good(std::move(d));
    }
    case 0x06: { // LONG FORM: 32 bytes
        std::vector<uint8_t> d(32, 0);
        d[0] = uint8_t((bop ? 0x80 : 0) | (eop ? 0x40 : 0));
        put64(&d[8], pos);
        put64(&d[16], cart_->fileNumber());
        put64(&d[24], cart_->setmarkNumber());
        return Reply::good(std::move(d));
    }
    case 0x08: { // EXTENDED FORM: 32 bytes
        std::vector<uint8_t> d(32, 0);
        d[0] = uint8_t((bop ? 0x80 : 0) | (eop ? 0x40 : 0));
        put16(&d[2], 0x1C);
        put64(&d[8], pos);
        put64(&d[16], pos);
        const uint16_t alloc = be16(&c.cdb[7]);
        return Reply::good(alloc ? trimmed(std::move(d), alloc) : std::move(d));
    }
    default:
        return Reply::check(SenseValue::invalidCdb(1, 4));
    }
}

Reply TapeDrive::rewind(Command& c)
{
    (void)c;
    (void)cart_->sync();
    cart_->rewind();
    return Reply::good();
}

Reply TapeDrive::erase(Command& c)
{
    (void)c;
    if (auto s = writeAllowed())
        return Reply::check(*s);
    if (auto r = cart_->eraseFromPosition(); !r)
        return Reply::check(mediaSense(r.error()));
    return Reply::good();
}

Reply TapeDrive::loadUnload(Command& c)
{
    // LOAD UNLOAD (SSC-4 §7.?): LOAD = byte 4 bit 0; HOLD bit 3; EOT bit 2; RETEN bit 1.
    const bool load = c.cdb[4] & 0x01;
    const bool eot = c.cdb[4] & 0x04;
    if (load && eot)
        return Reply::check(SenseValue::invalidCdb(4, 2));
    if (!cart_)
        return Reply::check(Sense::MediumNotPresent);
    const bool wasThreaded = threaded_;
    if (load) {
        cart_->rewind();
        threaded_ = true;
        mediumPresent_.store(true);
        if (!wasThreaded)
            publishMediumEvent({this, MediumChange::Loaded, true});
        return Reply::good();
    }
    if (!preventing_.empty())
        return Reply::check(Sense::MediumRemovalPrevented); // SSC-4 §7.?: removal prevented
    (void)cart_->sync();
    cart_->rewind();
    threaded_ = false;
    mediumPresent_.store(false);
    // `mt offline`: the cartridge stays in the drive (a library's changer can move it now).
    if (wasThreaded)
        publishMediumEvent({this, MediumChange::Ejected, true});
    return Reply::good();
}

// ---------------------------------------------------------------- READ/WRITE ATTRIBUTE (SPC-4 §6.16, §6.40)

Reply TapeDrive::readAttribute(Command& c)
{
    const uint8_t sa = c.cdb[1] & 0x1F;
    const uint8_t volume = c.cdb[5], partition = c.cdb[7];
    const uint16_t first = be16(&c.cdb[8]);
    const uint32_t alloc = be32(&c.cdb[10]);
    if (volume != 0)
        return Reply::check(SenseValue::invalidCdb(5));
    if (partition != 0)
        return Reply::check(SenseValue::invalidCdb(7));
    const auto all = cart_->attributes();
    std::vector<uint8_t> d;
    switch (sa) {
    case 0x00: d = ssc::attributeValues(all, first); break;
    case 0x01:
    case 0x05: d = ssc::attributeList(all); break;
    case 0x02: // LOGICAL VOLUME LIST: first 0, one volume
    case 0x03: // PARTITION LIST: first 0, one partition
        d = {0x00, 0x02, 0x00, 0x01};
        break;
    default:
        return Reply::check(SenseValue::invalidCdb(1, 4));
    }
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply TapeDrive::writeAttribute(Command& c)
{
    const uint32_t len = be32(&c.cdb[10]);
    c.task->dataOutTransferLength = len;
    if (c.cdb[5] != 0)
        return Reply::check(SenseValue::invalidCdb(5));
    if (c.cdb[7] != 0)
        return Reply::check(SenseValue::invalidCdb(7));
    if (len == 0)
        return Reply::good();
    const auto& p = c.task->dataOut;
    if (len < 4 || p.size() < len)
        return Reply::check(Sense::ParameterListLengthError);
    const uint32_t dataLen = be32(&p[0]);
    if (dataLen + 4 > len)
        return Reply::check(Sense::ParameterListLengthError);
    // Validate everything first: nothing changes on error (SPC-4 §6.40).
    std::vector<media::MamAttribute> changes;
    for (size_t at = 4; at < 4 + dataLen;) {
        if (at + 5 > 4 + dataLen)
            return Reply::check(Sense::ParameterListLengthError);
        media::MamAttribute a;
        a.id = be16(&p[at]);
        a.format = p[at + 2] & 0x03;
        const uint16_t vl = be16(&p[at + 3]);
        if (at + 5 + vl > 4 + dataLen)
            return Reply::check(Sense::ParameterListLengthError);
        if (!media::mam::hostWritable(a.id))
            return Reply::check(SenseValue::invalidParameter(uint16_t(at))); // read-only attribute
        if (a.format == 0x03)
            return Reply::check(SenseValue::invalidParameter(uint16_t(at + 2), 1));
        a.value.assign(p.begin() + long(at + 5), p.begin() + long(at + 5 + vl));
        changes.push_back(std::move(a));
        at += 5 + vl;
    }
    for (const auto& a : changes) {
        auto r = a.value.empty() ? cart_->removeAttribute(a.id) : cart_->setAttribute(a);
        if (!r)
            return Reply::check(r.error().code == tape_error::InvalidArgument ? SenseValue(Sense::InsufficientRegistrationResources)
                                                                                 : mediaSense(r.error()));
    }
    return Reply::good();
}

// ---------------------------------------------------------------- inline commands

Reply TapeDrive::readBlockLimits(Command& c)
{
    // READ BLOCK LIMITS (SSC-4 §7.?): MLOI = byte 1 bit 0 asks for the maximum logical object identifier.
    if (c.cdb[1] & 0x01) {
        std::vector<uint8_t> d(20, 0);
        put16(&d[2], 0x10);
        put64(&d[12], 0xFFFFFFFFFFFFull);
        return Reply::good(std::move(d));
    }
    std::vector<uint8_t> d(6, 0);
    put24(&d[1], kMaxBlock);
    put16(&d[4], 1);
    return Reply::good(std::move(d));
}

Reply TapeDrive::reportDensitySupport(Command& c)
{
    const bool mediaOnly = c.cdb[1] & 0x01;
    const uint16_t alloc = be16(&c.cdb[7]);
    if (c.cdb[1] & 0x02)
        return Reply::check(SenseValue::invalidCdb(1, 1)); // MEDIUM TYPE reports not supported
    std::optional<media::TapeGeneration> medium;
    {
        std::lock_guard lock(tapeMutex_);
        if (cart_)
            medium = cart_->header().generation;
    }
    if (mediaOnly && !medium)
        return Reply::check(Sense::MediumNotPresent);
    return Reply::good(trimmed(ssc::densitySupport(config_.generation, medium, mediaOnly), alloc));
}

Reply TapeDrive::logSense(Command& c)
{
    const uint8_t page = c.cdb[2] & 0x3F;
    const uint8_t subpage = c.cdb[3];
    const uint16_t alloc = be16(&c.cdb[7]);
    if (subpage != 0)
        return Reply::check(SenseValue::invalidCdb(3));
    ssc::TapeCounters counters;
    uint64_t remaining = 0, maximum = 0;
    {
        std::lock_guard lock(tapeMutex_);
        counters = counters_;
        if (cart_) {
            remaining = cart_->remainingBytes() >> 20;
            maximum = cart_->capacityBytes() >> 20;
        }
    }
    auto p = ssc::logPage(page, counters, remaining, maximum);
    if (!p)
        return Reply::check(SenseValue::invalidCdb(2, 5));
    return Reply::good(trimmed(std::move(*p), alloc));
}

Reply TapeDrive::logSelect(Command& c)
{
    // LOG SELECT (SPC-4 §6.?): PCR = 1 resets the counters; parameter lists are not supported.
    c.task->dataOutTransferLength = be16(&c.cdb[7]);
    if (be16(&c.cdb[7]) != 0)
        return Reply::check(SenseValue::invalidCdb(7));
    if (c.cdb[1] & 0x02) {
        std::lock_guard lock(tapeMutex_);
        counters_ = {};
    }
    return Reply::good();
}

Reply TapeDrive::preventAllowTape(Command& c)
{
    Reply r = preventAllow(c);
    if (r.ok()) {
        std::lock_guard lock(tapeMutex_);
        if (c.cdb[4] & 0x01)
            preventing_.insert(c.nexus.id);
        else
            preventing_.erase(c.nexus.id);
    }
    return r;
}

// ---------------------------------------------------------------- INQUIRY VPD, MODE

Reply TapeDrive::modeSenseTape(Command& c)
{
    // MODE SENSE page 00h, subpage 0 (SPC-4 §7.5.1: vendor specific, no page
    // format): the mode parameter header and block descriptor only. Linux st
    // opens a tape with MODE SENSE(6) page 0, 12 bytes, to learn the density
    // code, block length and write protection, as LTO drives answer it; other
    // pages go to the common MODE SENSE.
    const bool ten = c.cdb[0] == 0x5A;
    if ((c.cdb[2] & 0x3F) != 0 || c.cdb[3] != 0 || PageControl(c.cdb[2] >> 6) == PageControl::Saved)
        return modeSense(c);
    const bool dbd = c.cdb[1] & 0x08;
    const uint32_t alloc = ten ? be16(&c.cdb[7]) : c.cdb[4];
    const std::vector<uint8_t> bd = dbd ? std::vector<uint8_t>{} : modeBlockDescriptor(false);
    std::vector<uint8_t> d(ten ? 8 : 4, 0);
    if (ten) {
        d[3] = modeDeviceSpecific();
        put16(&d[6], uint16_t(bd.size()));
    } else {
        d[2] = modeDeviceSpecific();
        d[3] = uint8_t(bd.size());
    }
    d.insert(d.end(), bd.begin(), bd.end());
    if (ten)
        put16(&d[0], uint16_t(d.size() - 2));
    else
        d[0] = uint8_t(d.size() - 1);
    return Reply::good(trimmed(std::move(d), alloc));
}

std::optional<std::vector<uint8_t>> TapeDrive::vpdPage(uint8_t code, const Command& c) const
{
    switch (code) {
    case 0xB0: // Sequential-access device capabilities (SSC-4 §8.4.?): WORM supported
        return std::vector<uint8_t>{0x01, 0x00};
    case 0xB1: { // Manufacturer-assigned serial number (SSC-4 §8.4.?)
        std::string s = settings_.identity.serial.empty() ? "0" : settings_.identity.serial;
        s.resize(std::max<size_t>(s.size(), 12), ' ');
        return std::vector<uint8_t>(s.begin(), s.end());
    }
    default:
        return SpcUnit::vpdPage(code, c);
    }
}

uint8_t TapeDrive::modeDeviceSpecific() const
{
    // SSC-4 §8.3.1: WP (bit 7), BUFFERED MODE 001b (bits 6..4), SPEED 0.
    std::lock_guard lock(tapeMutex_);
    const bool wp = cart_ && (cart_->writeProtected() || access_ == DriveAccess::ReadOnly);
    return uint8_t((wp ? 0x80 : 0) | 0x10);
}

std::vector<uint8_t> TapeDrive::modeBlockDescriptor(bool longLba) const
{
    (void)longLba;
    // SSC-4 §8.3.? block descriptor: DENSITY CODE, NUMBER OF BLOCKS 0, BLOCK LENGTH (0 = variable).
    std::vector<uint8_t> d(8, 0);
    {
        std::lock_guard lock(tapeMutex_);
        d[0] = cart_ ? media::generationInfo(cart_->header().generation).densityCode : 0;
    }
    put24(&d[5], blockLength_.load());
    return d;
}

std::optional<SenseValue> TapeDrive::checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                              size_t offset) const
{
    if (longLba || len != 8)
        return SenseValue::invalidParameter(uint16_t(offset));
    const uint8_t density = d[0];
    if (density != 0 && density != 0x7F) {
        const auto g = media::generationFromDensity(density);
        if (!g || media::driveAccess(config_.generation, *g) == DriveAccess::None)
            return SenseValue::invalidParameter(uint16_t(offset));
    }
    const uint32_t bl = be24(&d[5]);
    if (bl > kMaxBlock)
        return SenseValue::invalidParameter(uint16_t(offset + 5));
    // The block descriptor is the only thing applied here (MODE SELECT has no
    // separate apply hook for it): the new block length takes effect now.
    blockLength_.store(bl);
    return std::nullopt;
}

// ---------------------------------------------------------------- command table

namespace {
Reply viaWorker(Command& c, Reply (TapeDrive::*fn)(Command&)) { return static_cast<TapeDrive&>(c.unit).onWorker(c, fn); }
Reply inlineCall(Command& c, Reply (TapeDrive::*fn)(Command&)) { return (static_cast<TapeDrive&>(c.unit).*fn)(c); }
} // namespace

const CommandTable& TapeDrive::table()
{
    static const CommandTable t = [] {
        CommandTable t = spcCommandTable();
        const auto R = Access::Read, W = Access::Write, U = Access::Unrestricted;
        t.remove(0x1B); // START STOP UNIT -> LOAD UNLOAD
        t.remove(0x1E);
        for (const uint8_t op : {uint8_t(0x1A), uint8_t(0x5A)}) { // MODE SENSE(6)/(10): page 00h
            CommandInfo ms = *t.find(op, 0);
            ms.handler = [](Command& c) { return static_cast<TapeDrive&>(c.unit).modeSenseTape(c); };
            t.add(std::move(ms));
        }
        auto add = [&](uint8_t op, std::optional<uint16_t> sa, std::string_view name, Handler h,
                       std::vector<uint8_t> usage, Access a, bool medium, uint32_t timeout) {
            CommandInfo info{op, sa, name, h, std::move(usage), a, true, false, timeout, timeout * 2, medium};
            t.add(std::move(info));
        };
        add(0x01, {}, "REWIND", [](Command& c) { return viaWorker(c, &TapeDrive::rewind); },
            {0x01, 0x01, 0, 0, 0, 0}, R, true, 600);
        add(0x05, {}, "READ BLOCK LIMITS", [](Command& c) { return inlineCall(c, &TapeDrive::readBlockLimits); },
            {0x05, 0x01, 0, 0, 0, 0}, U, false, 5);
        add(0x08, {}, "READ(6)", [](Command& c) { return viaWorker(c, &TapeDrive::read6); },
            {0x08, 0x03, 0xFF, 0xFF, 0xFF, 0}, R, true, 1800);
        add(0x0A, {}, "WRITE(6)", [](Command& c) { return viaWorker(c, &TapeDrive::write6); },
            {0x0A, 0x01, 0xFF, 0xFF, 0xFF, 0}, W, true, 1800);
        add(0x10, {}, "WRITE FILEMARKS(6)", [](Command& c) { return viaWorker(c, &TapeDrive::writeFilemarks); },
            {0x10, 0x03, 0xFF, 0xFF, 0xFF, 0}, W, true, 1800);
        add(0x11, {}, "SPACE(6)", [](Command& c) { return viaWorker(c, &TapeDrive::space); },
            {0x11, 0x0F, 0xFF, 0xFF, 0xFF, 0}, R, true, 3600);
        add(0x19, {}, "ERASE(6)", [](Command& c) { return viaWorker(c, &TapeDrive::erase); },
            {0x19, 0x03, 0, 0, 0, 0}, W, true, 3600);
        add(0x1B, {}, "LOAD UNLOAD", [](Command& c) { return static_cast<TapeDrive&>(c.unit).onWorker(c, &TapeDrive::loadUnload, false); },
            {0x1B, 0x01, 0, 0, 0x0F, 0}, R, false, 600);
        add(0x1E, {}, "PREVENT ALLOW MEDIUM REMOVAL", [](Command& c) { return inlineCall(c, &TapeDrive::preventAllowTape); },
            {0x1E, 0, 0, 0, 0x03, 0}, R, false, 5);
        add(0x2B, {}, "LOCATE(10)", [](Command& c) { return viaWorker(c, &TapeDrive::locate); },
            {0x2B, 0x07, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0}, R, true, 3600);
        add(0x34, {}, "READ POSITION", [](Command& c) { return viaWorker(c, &TapeDrive::readPosition); },
            {0x34, 0x1F, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, R, true, 5);
        add(0x44, {}, "REPORT DENSITY SUPPORT", [](Command& c) { return inlineCall(c, &TapeDrive::reportDensitySupport); },
            {0x44, 0x03, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, U, false, 5);
        add(0x4C, {}, "LOG SELECT", [](Command& c) { return inlineCall(c, &TapeDrive::logSelect); },
            {0x4C, 0x03, 0xC0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, W, false, 5);
        add(0x4D, {}, "LOG SENSE", [](Command& c) { return inlineCall(c, &TapeDrive::logSense); },
            {0x4D, 0, 0xFF, 0xFF, 0, 0, 0, 0xFF, 0xFF, 0}, U, false, 5);
        add(0x8C, {}, "READ ATTRIBUTE", [](Command& c) { return viaWorker(c, &TapeDrive::readAttribute); },
            {0x8C, 0x1F, 0, 0, 0, 0xFF, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, U, true, 5);
        add(0x8D, {}, "WRITE ATTRIBUTE", [](Command& c) { return viaWorker(c, &TapeDrive::writeAttribute); },
            {0x8D, 0x01, 0, 0, 0, 0xFF, 0, 0xFF, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, W, true, 5);
        add(0x91, {}, "SPACE(16)", [](Command& c) { return viaWorker(c, &TapeDrive::space); },
            {0x91, 0x0F, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0}, R, true, 3600);
        add(0x92, {}, "LOCATE(16)", [](Command& c) { return viaWorker(c, &TapeDrive::locate); },
            {0x92, 0x3B, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0}, R, true, 3600);
        return t;
    }();
    return t;
}

// ---------------------------------------------------------------- factories

DeviceIdentity defaultTapeIdentity(media::TapeGeneration generation, const std::string& vendor)
{
    DeviceIdentity id;
    const unsigned n = unsigned(generation);
    if (vendor == "HP" || vendor == "HPE") {
        id.vendor = vendor;
        id.product = "Ultrium " + std::to_string(n) + "-SCSI";
        id.revision = "Z6ID";
    } else {
        id.vendor = vendor.empty() ? "IBM" : vendor;
        id.product = "ULT3580-TD" + std::to_string(n);
        id.revision = "J4D0";
    }
    return id;
}

Result<std::shared_ptr<LogicalUnit>> makeTapeDrive(const TapeDriveConfig& config)
{
    auto unit = std::make_shared<TapeDrive>(config);
    if (!config.mediumPath.empty()) {
        if (auto r = unit->load(config.mediumPath); !r)
            return r.error();
    }
    return std::shared_ptr<LogicalUnit>(unit);
}

std::shared_ptr<RemovableMediumDevice> asRemovableMedium(const std::shared_ptr<LogicalUnit>& unit)
{
    return std::dynamic_pointer_cast<RemovableMediumDevice>(unit);
}

} // namespace storlab::scsi
