// MMC-6 DVD drive (peripheral device type 05h). See mmc_drive.h.
#include "scsi/mmc_drive.h"

#include "media/optical_disc.h"
#include "scsi/cdb.h"
#include "scsi/mmc_disc_info.h"
#include "scsi/mmc_features.h"
#include "scsi/removable_medium.h"
#include "scsi/spc_unit.h"
#include "scsi/worker.h"

#include <algorithm>
#include <map>
#include <set>

namespace storlab::scsi {
namespace {

using media::DiscProfile;
using media::DiscStatus;
using media::OpticalDisc;
using media::kSectorSize;
namespace optical_error = media::optical_error;
using mmc::MediaView;

constexpr uint32_t kMaxTransferSectors = 32768;   // 64 MiB per READ/WRITE
constexpr uint32_t kBufferBytes = 4u << 20;       // READ BUFFER CAPACITY

// GET EVENT STATUS NOTIFICATION media event codes (MMC-6 §6.7.2.4).
enum MediaEvent : uint8_t { NoChange = 0, EjectRequest = 1, NewMedia = 2, MediaRemoval = 3 };

const char* profileName(DiscProfile p)
{
    switch (p) {
    case DiscProfile::CdRom: return "CD-ROM";
    case DiscProfile::DvdRom: return "DVD-ROM";
    case DiscProfile::DvdPlusR: return "DVD+R";
    case DiscProfile::DvdPlusRw: return "DVD+RW";
    case DiscProfile::BdRom: return "BD-ROM";
    default: return "";
    }
}

// Maps a media error from a WRITE/RESERVE/CLOSE to the MMC sense.
SenseValue writeSense(const Error& e)
{
    switch (e.code) {
    case optical_error::ReadOnly: return Sense::CannotWriteMediumIncompatible;
    case optical_error::BadAddress: return Sense::InvalidAddressForWrite;
    case optical_error::NoSpace: return Sense::EndOfUserAreaEncountered;
    default: return Sense::WriteError;
    }
}

} // namespace

class DvdDrive final : public SpcUnit, public RemovableMediumDevice {
public:
    explicit DvdDrive(const DvdDriveConfig& config);
    static const CommandTable& table();

    // --- RemovableMediumDevice ---
    Result<void> load(const std::string& path) override;
    Result<void> unload(bool force) override;
    bool hasMedium() const override
    {
        std::lock_guard lock(stateMutex_);
        return loaded_;
    }
    std::string mediumPath() const override
    {
        std::lock_guard lock(stateMutex_);
        return loaded_ ? path_ : std::string();
    }
    bool removalPrevented() const override
    {
        std::lock_guard lock(stateMutex_);
        return !preventing_.empty();
    }
    MediumState mediumState() const override
    {
        std::lock_guard lock(stateMutex_);
        MediumState m;
        m.present = loaded_;
        m.ready = view_.present;
        m.prevented = !preventing_.empty();
        m.path = loaded_ ? path_ : std::string();
        m.mediaType = loaded_ ? profileName(view_.profile) : "";
        return m;
    }
    DvdDriveState state() const;

    void taskManagement(TaskManagement function, const Nexus& nexus) override
    {
        SpcUnit::taskManagement(function, nexus);
        if (function != TaskManagement::AbortTaskSet && function != TaskManagement::ClearTaskSet) {
            std::lock_guard lock(stateMutex_);
            preventing_.clear();
        }
    }
    void nexusLost(const Nexus& nexus) override
    {
        SpcUnit::nexusLost(nexus);
        std::lock_guard lock(stateMutex_);
        preventing_.erase(nexus.id);
        eventSeen_.erase(nexus.id);
    }

    // Runs fn on the worker with discMutex_ held (disc_ may be null).
    Reply onWorker(Command& c, Reply (DvdDrive::*fn)(Command&));

    // --- worker handlers (discMutex_ held) ---
    Reply read(Command& c);
    Reply write(Command& c);
    Reply synchronizeCache(Command& c);
    Reply reserveTrack(Command& c);
    Reply closeTrackSession(Command& c);
    Reply startStop(Command& c);
    // --- inline handlers (snapshot) ---
    Reply testReady(Command& c);
    Reply readCapacity(Command& c);
    Reply getConfiguration(Command& c);
    Reply getEventStatus(Command& c);
    Reply readTocCmd(Command& c);
    Reply readDiscInfo(Command& c);
    Reply readTrackInfo(Command& c);
    Reply readDvdStructure(Command& c);
    Reply getPerformance(Command& c);
    Reply readBufferCapacity(Command& c);
    Reply mechanismStatus(Command& c);
    Reply reportKey(Command& c);
    Reply preventAllowDvd(Command& c);
    Reply acceptWithData(Command& c); // SET STREAMING, SEND OPC INFORMATION: parameter data accepted

protected:
    std::vector<uint16_t> versionDescriptors() const override
    {
        return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x04E0 /* MMC-6 */};
    }

private:
    MediaView view() const;                              // snapshot
    void publishLocked();                                // discMutex_ held: refresh the snapshot
    std::optional<SenseValue> notReady() const;          // MEDIUM NOT PRESENT (- TRAY OPEN)
    void mediaEvent(uint8_t code);                       // GESN media event for every nexus

    DvdDriveConfig config_;
    mutable std::mutex discMutex_;                       // disc_ (held across file I/O; never on a reactor)
    std::unique_ptr<OpticalDisc> disc_;
    mutable std::mutex stateMutex_;                      // everything below (never held across I/O)
    bool loaded_ = false;
    bool ejected_ = false;
    std::string path_;
    std::string volumeId_;
    MediaView view_;
    std::set<uint64_t> preventing_;
    uint32_t eventSeq_ = 0;
    uint8_t lastEvent_ = NoChange;
    std::map<uint64_t, uint32_t> eventSeen_;
    UnitWorker worker_{1};
};

// ---------------------------------------------------------------- state

DvdDrive::DvdDrive(const DvdDriveConfig& config)
    : SpcUnit(table(), SpcSettings{config.identity, 0x05, true, config.reservationFile}), config_(config)
{
    mediumPresent_.store(false);
    // Read/write error recovery parameters page (MMC-6 §7.3): read retry count changeable.
    modes_.add(0x01, 0, {0x00, 0x05, 0, 0, 0, 0, 0x05, 0, 0, 0}, {0xFF, 0xFF, 0, 0, 0, 0, 0xFF, 0, 0, 0});
    // Write parameters page (MMC-6 §7.5.4): TAO (write type 1), track mode 4 (data), data block
    // type 8 (Mode 1), session format 0, audio pause 150; ignored for DVD+R (MMC-6 §4.5.?).
    {
        std::vector<uint8_t> body(0x32, 0), mask(0x32, 0);
        body[0] = 0x01;  // byte 2: write type TAO
        body[1] = 0x04;  // byte 3: track mode
        body[2] = 0x08;  // byte 4: data block type Mode 1
        body[12] = 0x00; body[13] = 0x96; // bytes 14-15: audio pause length 150
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13})
            mask[size_t(i)] = 0xFF;
        modes_.add(0x05, 0, body, mask);
    }
    // CD/DVD capabilities and mechanical status page (MMC-3 §6.3.11, obsolete in MMC-6 but what
    // Linux sr reads): reads CD-R/RW, DVD-ROM, DVD-R; slot loading, eject, lock; 4 MiB buffer.
    {
        std::vector<uint8_t> body(0x1E, 0);
        body[0] = 0x1B;                 // byte 2: DVD-R read, DVD-ROM read, CD-RW read, CD-R read
        body[1] = 0x00;                 // byte 3: write capabilities not described here (see GET CONFIGURATION)
        body[2] = 0x40;                 // byte 4: multi-session
        body[4] = 0x09;                 // byte 6: loading mechanism 000b (caddy/slot), Eject, Lock
        put16(&body[6], uint16_t(mmc::kReadSpeed));    // bytes 8-9: max read speed (obsolete)
        put16(&body[10], uint16_t(kBufferBytes >> 10)); // bytes 12-13: buffer size (KiB)
        put16(&body[12], uint16_t(mmc::kReadSpeed));   // bytes 14-15: current read speed
        put16(&body[16], uint16_t(mmc::kWriteSpeed));  // bytes 18-19: max write speed
        put16(&body[18], uint16_t(mmc::kWriteSpeed));  // bytes 20-21: current write speed
        put16(&body[26], uint16_t(mmc::kWriteSpeed));  // bytes 28-29: current write speed selected
        modes_.add(0x2A, 0, body, {});
    }
    publishLocked();
}

MediaView DvdDrive::view() const
{
    std::lock_guard lock(stateMutex_);
    return view_;
}

void DvdDrive::publishLocked()
{
    MediaView v;
    if (disc_) {
        v.profile = disc_->profile();
        v.status = disc_->status();
        v.recordable = disc_->recordable();
        v.writable = disc_->writable();
        v.capacity = disc_->capacitySectors();
        v.readable = disc_->readableSectors();
        v.nwa = disc_->nextWritable();
        v.closedSessions = disc_->closedSessions();
        v.tracks = disc_->tracks();
    }
    std::lock_guard lock(stateMutex_);
    loaded_ = disc_ != nullptr;
    if (!loaded_)
        ejected_ = false;
    v.ejected = ejected_;
    v.present = loaded_ && !ejected_;
    path_ = disc_ ? disc_->path() : std::string();
    volumeId_ = disc_ ? disc_->volumeId() : std::string();
    view_ = std::move(v);
    mediumPresent_.store(view_.present);
}

std::optional<SenseValue> DvdDrive::notReady() const
{
    std::lock_guard lock(stateMutex_);
    if (view_.present)
        return std::nullopt;
    return Sense::MediumNotPresent; // empty, or ejected to the slot: no tray to report open
}

void DvdDrive::mediaEvent(uint8_t code)
{
    std::lock_guard lock(stateMutex_);
    ++eventSeq_;
    lastEvent_ = code;
}

DvdDriveState DvdDrive::state() const
{
    std::lock_guard lock(stateMutex_);
    DvdDriveState s;
    s.loaded = loaded_;
    s.ejected = ejected_;
    s.prevented = !preventing_.empty();
    s.path = path_;
    s.volumeId = volumeId_;
    if (loaded_) {
        s.profile = profileName(view_.profile);
        static const char* st[] = {"blank", "appendable", "complete"};
        s.status = st[int(view_.status)];
        s.recordedBytes = uint64_t(view_.readable) * kSectorSize;
        s.capacityBytes = uint64_t(view_.capacity) * kSectorSize;
    }
    return s;
}

Result<void> DvdDrive::load(const std::string& path)
{
    {
        std::lock_guard lock(discMutex_);
        if (disc_)
            return Error{-EBUSY, "the drive already holds " + disc_->path() + "; unload it first"};
        auto opened = OpticalDisc::open(path);
        if (!opened)
            return Error{opened.error().code, "cannot load " + path + ": " + opened.error().message};
        disc_ = std::move(*opened);
        {
            std::lock_guard s(stateMutex_);
            ejected_ = false;
        }
        publishLocked();
    }
    // MMC-6 §4.1.?: a new disc is a NEW MEDIA event and NOT READY TO READY CHANGE for everyone.
    mediaEvent(NewMedia);
    queueUnitAttentionForAll(Sense::MediumMayHaveChanged);
    publishMediumEvent({this, MediumChange::Loaded, false});
    return {};
}

Result<void> DvdDrive::unload(bool force)
{
    Result<void> r;
    {
        std::lock_guard lock(discMutex_);
        if (!disc_)
            return Error{optical_error::InvalidArgument, "the drive is empty"};
        if (removalPrevented() && !force) {
            // As a real drive's eject button on a locked drive: the initiators
            // see an EjectRequest event and may allow removal and eject.
            mediaEvent(EjectRequest);
            return Error{-EPERM, "an initiator prevents medium removal (PREVENT ALLOW MEDIUM REMOVAL); retry later or force"};
        }
        r = disc_->sync();
        disc_.reset();
        publishLocked();
    }
    mediaEvent(MediaRemoval);
    publishMediumEvent({this, MediumChange::Unloaded, false});
    return r;
}

// ---------------------------------------------------------------- worker plumbing

Reply DvdDrive::onWorker(Command& c, Reply (DvdDrive::*fn)(Command&))
{
    auto self = std::static_pointer_cast<DvdDrive>(shared_from_this());
    auto task = c.task;
    const unsigned len = c.cdbLength;
    worker_.post([self, task, len, fn] {
        const Nexus& nexus = task->nexus ? *task->nexus : defaultNexus();
        Command wc{task, *self, task->cdb.data(), len, nexus};
        Reply r;
        {
            std::lock_guard lock(self->discMutex_);
            r = ((*self).*fn)(wc);
        }
        self->finish(task, std::move(r));
    });
    return Reply::later();
}

// ---------------------------------------------------------------- READ / WRITE (MMC-6 §6.15-6.16, §6.44-6.45)

Reply DvdDrive::read(Command& c)
{
    const bool twelve = c.cdb[0] == 0xA8;
    const uint32_t lba = be32(&c.cdb[2]);
    const uint32_t count = twelve ? be32(&c.cdb[6]) : be16(&c.cdb[7]);
    if (auto nr = notReady())
        return Reply::check(*nr);
    if (count == 0)
        return Reply::good();
    if (count > kMaxTransferSectors)
        return Reply::check(SenseValue::invalidCdb(twelve ? 6 : 7));
    if (uint64_t(lba) + count > disc_->readableSectors())
        return Reply::check(SenseValue::withInformation(Sense::LbaOutOfRange, lba));
    std::vector<uint8_t> data(size_t(count) * kSectorSize);
    if (auto r = disc_->read(lba, count, data.data()); !r)
        return Reply::check(SenseValue::withInformation(Sense::UnrecoveredReadError, lba));
    return Reply::good(std::move(data));
}

Reply DvdDrive::write(Command& c)
{
    const bool twelve = c.cdb[0] == 0xAA;
    const uint32_t lba = be32(&c.cdb[2]);
    const uint32_t count = twelve ? be32(&c.cdb[6]) : be16(&c.cdb[7]);
    c.task->dataOutTransferLength = int64_t(count) * kSectorSize;
    if (auto nr = notReady())
        return Reply::check(*nr);
    // MMC-6 §6.44.?: a ROM disc or a finalized disc cannot be written.
    if (!disc_->writable())
        return Reply::check(Sense::CannotWriteMediumIncompatible);
    if (count == 0)
        return Reply::good();
    if (count > kMaxTransferSectors)
        return Reply::check(SenseValue::invalidCdb(twelve ? 6 : 7));
    if (c.task->dataOut.size() < size_t(count) * kSectorSize)
        return Reply::check(Sense::DataPhaseError);
    auto r = disc_->write(lba, count, c.task->dataOut.data());
    publishLocked();
    if (!r)
        return Reply::check(SenseValue::withInformation(writeSense(r.error()).condition, lba));
    return Reply::good();
}

Reply DvdDrive::synchronizeCache(Command& c)
{
    (void)c;
    if (auto nr = notReady())
        return Reply::check(*nr);
    if (auto r = disc_->sync(); !r)
        return Reply::check(Sense::WriteError);
    return Reply::good();
}

// MMC-6 §6.31 RESERVE TRACK: RESERVATION SIZE in bytes 5-8 (ARSV = 0).
Reply DvdDrive::reserveTrack(Command& c)
{
    if (auto nr = notReady())
        return Reply::check(*nr);
    if (c.cdb[1] & 0x01)
        return Reply::check(SenseValue::invalidCdb(1, 0)); // address reservation (ARSV) not supported
    if (!disc_->writable())
        return Reply::check(Sense::CannotWriteMediumIncompatible);
    auto r = disc_->reserveTrack(be32(&c.cdb[5]));
    publishLocked();
    if (!r)
        return Reply::check(r.error().code == optical_error::NoSpace ? SenseValue(Sense::EndOfUserAreaEncountered)
                                                                    : SenseValue::invalidCdb(5));
    return Reply::good();
}

// MMC-6 §6.3 CLOSE TRACK/SESSION on DVD+R: function 001b closes the track;
// 010b closes the session and leaves the disc appendable (the next session
// starts at the next ECC block: growisofs -M appends there); 101b (finalize
// with minimal radius) and 110b (finalize) close the session and finalize
// the disc, after which it is read-only.
Reply DvdDrive::closeTrackSession(Command& c)
{
    const uint8_t function = c.cdb[2] & 0x07;
    if (auto nr = notReady())
        return Reply::check(*nr);
    if (function != 1 && function != 2 && function != 5 && function != 6)
        return Reply::check(SenseValue::invalidCdb(2, 2));
    if (!disc_->writable())
        return Reply::check(Sense::CannotWriteMediumIncompatible);
    Result<void> r = function == 1 ? disc_->closeTrack() : function == 2 ? disc_->closeSession() : disc_->closeTrack();
    if (r && (function == 5 || function == 6))
        r = disc_->finalize();
    publishLocked();
    if (!r)
        return Reply::check(Sense::SessionFixationError);
    return Reply::good();
}

// START STOP UNIT (MMC-6 §6.39): LoEj + Start = 0 ejects the disc to the slot,
// LoEj + Start = 1 loads the disc waiting there (see mmc_drive.h).
Reply DvdDrive::startStop(Command& c)
{
    const uint8_t powerCondition = c.cdb[4] >> 4;
    const bool loej = c.cdb[4] & 0x02;
    const bool start = c.cdb[4] & 0x01;
    if (powerCondition != 0 || !loej)
        return Reply::good();
    if (!start) {
        // SPC-4 §6.17 / MMC-6 §6.39: removal prevented - ILLEGAL REQUEST, MEDIUM REMOVAL PREVENTED.
        if (removalPrevented())
            return Reply::check(Sense::MediumRemovalPrevented);
        if (disc_)
            (void)disc_->sync();
        bool changed = false;
        {
            std::lock_guard lock(stateMutex_);
            changed = !ejected_ && loaded_;
            ejected_ = true;
        }
        publishLocked();
        if (changed) {
            mediaEvent(MediaRemoval);
            publishMediumEvent({this, MediumChange::Ejected, true});
        }
        return Reply::good();
    }
    bool closedOnDisc = false;
    {
        std::lock_guard lock(stateMutex_);
        closedOnDisc = ejected_ && loaded_;
        ejected_ = false;
    }
    publishLocked();
    if (closedOnDisc) {
        mediaEvent(NewMedia);
        queueUnitAttentionForAll(Sense::MediumMayHaveChanged, c.nexus.id);
        publishMediumEvent({this, MediumChange::Loaded, true});
    }
    return Reply::good();
}

// ---------------------------------------------------------------- inline commands

Reply DvdDrive::testReady(Command& c)
{
    (void)c;
    if (auto nr = notReady())
        return Reply::check(*nr);
    return Reply::good();
}

Reply DvdDrive::readCapacity(Command& c)
{
    (void)c;
    if (auto nr = notReady())
        return Reply::check(*nr);
    // MMC-6 §6.19: the last logical block address of the recorded data.
    const MediaView m = view();
    std::vector<uint8_t> d(8, 0);
    put32(&d[0], m.readable ? m.readable - 1 : 0);
    put32(&d[4], kSectorSize);
    return Reply::good(std::move(d));
}

Reply DvdDrive::getConfiguration(Command& c)
{
    const uint8_t rt = c.cdb[1] & 0x03;
    if (rt == 3)
        return Reply::check(SenseValue::invalidCdb(1, 1));
    return Reply::good(trimmed(mmc::configuration(view(), rt, be16(&c.cdb[2])), be16(&c.cdb[7])));
}

// GET EVENT STATUS NOTIFICATION (MMC-6 §6.7): polled only; media class (4).
Reply DvdDrive::getEventStatus(Command& c)
{
    if (!(c.cdb[1] & 0x01))
        return Reply::check(SenseValue::invalidCdb(1, 0)); // asynchronous notification not supported
    const uint8_t request = c.cdb[4];
    const uint16_t alloc = be16(&c.cdb[7]);
    std::vector<uint8_t> d(4, 0);
    d[3] = 0x10; // supported event classes: media
    if (!(request & 0x10)) {
        d[2] = 0x80; // NEA: no class requested that we support
        put16(&d[0], 2);
        return Reply::good(trimmed(std::move(d), alloc));
    }
    uint8_t code = NoChange;
    bool present;
    {
        std::lock_guard lock(stateMutex_);
        uint32_t& seen = eventSeen_[c.nexus.id];
        if (seen != eventSeq_) {
            code = lastEvent_;
            seen = eventSeq_;
        }
        present = view_.present;
    }
    // Media event descriptor (MMC-6 §6.7.2.4): event code, then MEDIA PRESENT
    // (bit 1); DOOR OR TRAY OPEN (bit 0) stays 0 - a slot has no door, which
    // keeps Linux sr from closing a "tray" (and reloading) on the next open.
    d[2] = 0x04; // media class
    d.insert(d.end(), {code, uint8_t(present ? 0x02 : 0), 0, 0});
    put16(&d[0], uint16_t(d.size() - 2));
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply DvdDrive::readTocCmd(Command& c)
{
    if (auto nr = notReady())
        return Reply::check(*nr);
    const bool msf = c.cdb[1] & 0x02;
    uint8_t format = c.cdb[2] & 0x0F;
    if (format == 0 && (c.cdb[9] >> 6))
        format = c.cdb[9] >> 6; // the older (SFF-8020) format field in the CONTROL byte
    auto d = mmc::readToc(view(), format, msf, c.cdb[6]);
    if (!d)
        return Reply::check(SenseValue::invalidCdb(format > 2 ? 2 : 6));
    return Reply::good(trimmed(std::move(*d), be16(&c.cdb[7])));
}

Reply DvdDrive::readDiscInfo(Command& c)
{
    if (auto nr = notReady())
        return Reply::check(*nr);
    if (c.cdb[1] & 0x07)
        return Reply::check(SenseValue::invalidCdb(1, 2)); // only standard disc information (data type 000b)
    return Reply::good(trimmed(mmc::discInformation(view()), be16(&c.cdb[7])));
}

Reply DvdDrive::readTrackInfo(Command& c)
{
    if (auto nr = notReady())
        return Reply::check(*nr);
    auto d = mmc::trackInformation(view(), c.cdb[1] & 0x03, be32(&c.cdb[2]));
    if (!d)
        return Reply::check(SenseValue::invalidCdb(2));
    return Reply::good(trimmed(std::move(*d), be16(&c.cdb[7])));
}

Reply DvdDrive::readDvdStructure(Command& c)
{
    const uint8_t format = c.cdb[7];
    const uint16_t alloc = be16(&c.cdb[8]);
    if ((c.cdb[1] & 0x0F) != 0)
        return Reply::check(SenseValue::invalidCdb(1, 3)); // media type 0 (DVD) only
    if (format == 0xFF) // the structure list needs no disc
        return Reply::good(trimmed(*mmc::dvdStructure(view(), format, 0), alloc));
    if (auto nr = notReady())
        return Reply::check(*nr);
    const MediaView m = view();
    if (!m.isDvd())
        return Reply::check(Sense::CannotReadMediumUnknownFormat);
    auto d = mmc::dvdStructure(m, format, c.cdb[6]);
    if (!d)
        return Reply::check(SenseValue::invalidCdb(format <= 4 ? 6 : 7));
    return Reply::good(trimmed(std::move(*d), alloc));
}

Reply DvdDrive::getPerformance(Command& c)
{
    auto d = mmc::performance(view(), c.cdb[10], c.cdb[1] & 0x1F, be16(&c.cdb[8]));
    if (!d)
        return Reply::check(SenseValue::invalidCdb(10));
    return Reply::good(std::move(*d));
}

// READ BUFFER CAPACITY (MMC-6 §6.20): the buffer is always empty (writes are synchronous).
Reply DvdDrive::readBufferCapacity(Command& c)
{
    std::vector<uint8_t> d(12, 0);
    put16(&d[0], 10);
    if (c.cdb[1] & 0x01) {
        d[3] = 0x01;
        put32(&d[8], kBufferBytes / kSectorSize);
    } else {
        put32(&d[4], kBufferBytes);
        put32(&d[8], kBufferBytes);
    }
    return Reply::good(trimmed(std::move(d), be16(&c.cdb[7])));
}

// MECHANISM STATUS (MMC-6 §6.11): no changer mechanism inside the drive, and
// a slot has no door: DOOR OPEN is always 0.
Reply DvdDrive::mechanismStatus(Command& c)
{
    std::vector<uint8_t> d(8, 0);
    return Reply::good(trimmed(std::move(d), be16(&c.cdb[8])));
}

// REPORT KEY (MMC-6 §6.29): no CSS; RPC state reports a region-free RPC Phase II drive.
Reply DvdDrive::reportKey(Command& c)
{
    const uint8_t keyClass = c.cdb[7];
    const uint8_t format = c.cdb[10] & 0x3F;
    if (keyClass != 0)
        return Reply::check(SenseValue::invalidCdb(7));
    if (format == 0x08) {
        std::vector<uint8_t> d{0x00, 0x06, 0x00, 0x00, 0x25, 0xFF, 0x01, 0x00};
        return Reply::good(trimmed(std::move(d), be16(&c.cdb[8])));
    }
    if (format <= 0x05)
        return Reply::check(Sense::CopyProtectionKeyNotPresent);
    return Reply::check(SenseValue::invalidCdb(10));
}

Reply DvdDrive::preventAllowDvd(Command& c)
{
    Reply r = preventAllow(c);
    bool locked = false;
    {
        std::lock_guard lock(stateMutex_);
        if (r.ok()) {
            if (c.cdb[4] & 0x01)
                preventing_.insert(c.nexus.id);
            else
                preventing_.erase(c.nexus.id);
        }
        locked = !preventing_.empty();
    }
    std::lock_guard lock(mutex_);
    modes_.setBits(0x2A, 0, 6, 0x02, locked); // LOCK STATE in the capabilities page
    return r;
}

Reply DvdDrive::acceptWithData(Command& c)
{
    // SET STREAMING (§6.38): parameter list length in bytes 9-10; SEND OPC INFORMATION (§6.35): 7-8.
    const uint32_t len = c.cdb[0] == 0xB6 ? be16(&c.cdb[9]) : be16(&c.cdb[7]);
    c.task->dataOutTransferLength = len;
    return Reply::good();
}

// ---------------------------------------------------------------- command table

namespace {
Reply viaWorker(Command& c, Reply (DvdDrive::*fn)(Command&)) { return static_cast<DvdDrive&>(c.unit).onWorker(c, fn); }
Reply inlineCall(Command& c, Reply (DvdDrive::*fn)(Command&)) { return (static_cast<DvdDrive&>(c.unit).*fn)(c); }
} // namespace

const CommandTable& DvdDrive::table()
{
    static const CommandTable t = [] {
        CommandTable t = spcCommandTable();
        const auto R = Access::Read, W = Access::Write, U = Access::Unrestricted;
        // reportsUnitAttention = false: MMC-6 §4.1.6.? - GET CONFIGURATION and GET EVENT STATUS
        // NOTIFICATION do not report (or clear) a pending unit attention.
        auto add = [&](uint8_t op, std::string_view name, Handler h, std::vector<uint8_t> usage, Access a,
                       uint32_t timeout, bool reportsUa = true) {
            t.add(CommandInfo{op, {}, name, h, std::move(usage), a, reportsUa, false, timeout, timeout * 2, false});
        };
        add(0x00, "TEST UNIT READY", [](Command& c) { return inlineCall(c, &DvdDrive::testReady); },
            {0x00, 0, 0, 0, 0, 0}, U, 5);
        add(0x1B, "START STOP UNIT", [](Command& c) { return viaWorker(c, &DvdDrive::startStop); },
            {0x1B, 0x01, 0, 0, 0xF3, 0}, R, 30);
        add(0x1E, "PREVENT ALLOW MEDIUM REMOVAL", [](Command& c) { return inlineCall(c, &DvdDrive::preventAllowDvd); },
            {0x1E, 0, 0, 0, 0x03, 0}, R, 5);
        add(0x25, "READ CAPACITY(10)", [](Command& c) { return inlineCall(c, &DvdDrive::readCapacity); },
            {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0}, R, 5);
        add(0x28, "READ(10)", [](Command& c) { return viaWorker(c, &DvdDrive::read); },
            {0x28, 0x18, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, R, 60);
        add(0x2A, "WRITE(10)", [](Command& c) { return viaWorker(c, &DvdDrive::write); },
            {0x2A, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, W, 60);
        add(0x35, "SYNCHRONIZE CACHE(10)", [](Command& c) { return viaWorker(c, &DvdDrive::synchronizeCache); },
            {0x35, 0x02, 0, 0, 0, 0, 0, 0, 0, 0}, W, 60);
        add(0x43, "READ TOC/PMA/ATIP", [](Command& c) { return inlineCall(c, &DvdDrive::readTocCmd); },
            {0x43, 0x02, 0x0F, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xC0}, R, 5);
        add(0x46, "GET CONFIGURATION", [](Command& c) { return inlineCall(c, &DvdDrive::getConfiguration); },
            {0x46, 0x03, 0xFF, 0xFF, 0, 0, 0, 0xFF, 0xFF, 0}, U, 5, false);
        add(0x4A, "GET EVENT STATUS NOTIFICATION", [](Command& c) { return inlineCall(c, &DvdDrive::getEventStatus); },
            {0x4A, 0x01, 0, 0, 0xFF, 0, 0, 0xFF, 0xFF, 0}, U, 5, false);
        add(0x51, "READ DISC INFORMATION", [](Command& c) { return inlineCall(c, &DvdDrive::readDiscInfo); },
            {0x51, 0x07, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, R, 5);
        add(0x52, "READ TRACK INFORMATION", [](Command& c) { return inlineCall(c, &DvdDrive::readTrackInfo); },
            {0x52, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0xFF, 0xFF, 0}, R, 5);
        add(0x53, "RESERVE TRACK", [](Command& c) { return viaWorker(c, &DvdDrive::reserveTrack); },
            {0x53, 0x01, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0}, W, 60);
        add(0x54, "SEND OPC INFORMATION", [](Command& c) { return inlineCall(c, &DvdDrive::acceptWithData); },
            {0x54, 0x01, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, W, 60);
        add(0x5B, "CLOSE TRACK/SESSION", [](Command& c) { return viaWorker(c, &DvdDrive::closeTrackSession); },
            {0x5B, 0x01, 0x07, 0, 0xFF, 0xFF, 0, 0, 0, 0}, W, 600);
        add(0x5C, "READ BUFFER CAPACITY", [](Command& c) { return inlineCall(c, &DvdDrive::readBufferCapacity); },
            {0x5C, 0x01, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, U, 5);
        add(0xA4, "REPORT KEY", [](Command& c) { return inlineCall(c, &DvdDrive::reportKey); },
            {0xA4, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0}, U, 5);
        add(0xA8, "READ(12)", [](Command& c) { return viaWorker(c, &DvdDrive::read); },
            {0xA8, 0x18, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0}, R, 60);
        add(0xAA, "WRITE(12)", [](Command& c) { return viaWorker(c, &DvdDrive::write); },
            {0xAA, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0}, W, 60);
        add(0xAC, "GET PERFORMANCE", [](Command& c) { return inlineCall(c, &DvdDrive::getPerformance); },
            {0xAC, 0x1F, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0xFF, 0}, U, 5);
        add(0xAD, "READ DVD STRUCTURE", [](Command& c) { return inlineCall(c, &DvdDrive::readDvdStructure); },
            {0xAD, 0x0F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC0, 0}, R, 5);
        add(0xB6, "SET STREAMING", [](Command& c) { return inlineCall(c, &DvdDrive::acceptWithData); },
            {0xB6, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0}, U, 5);
        add(0xBB, "SET CD SPEED", [](Command&) { return Reply::good(); },
            {0xBB, 0x03, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0}, U, 5);
        add(0xBD, "MECHANISM STATUS", [](Command& c) { return inlineCall(c, &DvdDrive::mechanismStatus); },
            {0xBD, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0}, U, 5);
        return t;
    }();
    return t;
}

// ---------------------------------------------------------------- factories

DeviceIdentity defaultDvdIdentity()
{
    DeviceIdentity id;
    id.vendor = "STORLAB";
    id.product = "VIRTUAL-DVD-RW";
    id.revision = "0001";
    return id;
}

Result<std::shared_ptr<LogicalUnit>> makeDvdDrive(const DvdDriveConfig& config)
{
    auto unit = std::make_shared<DvdDrive>(config);
    if (!config.mediumPath.empty()) {
        if (auto r = unit->load(config.mediumPath); !r)
            return r.error();
    }
    return std::shared_ptr<LogicalUnit>(unit);
}

std::optional<DvdDriveState> dvdDriveState(const std::shared_ptr<LogicalUnit>& unit)
{
    auto d = std::dynamic_pointer_cast<DvdDrive>(unit);
    if (!d)
        return std::nullopt;
    return d->state();
}

} // namespace storlab::scsi
