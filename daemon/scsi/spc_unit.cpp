#include "scsi/spc_unit.h"

#include "scsi/cdb.h"

#include <algorithm>
#include <cstring>

namespace storlab::scsi {
namespace {

constexpr size_t kMaxUnitAttentions = 16;
// Placeholder IEEE company ID for NAA designators until an OUI is assigned.
constexpr uint64_t kStorlabOui = 0x2B5AB0;

uint64_t fnv1a(std::string_view s, uint64_t seed = 0xcbf29ce484222325ull)
{
    uint64_t h = seed;
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 0x100000001b3ull;
    }
    return h;
}

void putPadded(uint8_t* dst, const std::string& s, size_t n)
{
    std::memset(dst, ' ', n);
    for (size_t i = 0; i < n && i < s.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(s[i]);
        dst[i] = (ch >= 0x20 && ch <= 0x7E) ? ch : ' '; // SPC-4 §4.4.1 ASCII
    }
}

std::string portKey(const Nexus& n) { return n.initiatorPortName() + "|" + n.targetPortName(); }

} // namespace

const Nexus& defaultNexus()
{
    static const Nexus n = [] {
        Nexus x;
        x.id = 0;
        x.initiatorName = "iqn.2024-01.org.storlab:local";
        x.targetName = "iqn.2024-01.org.storlab:local-target";
        return x;
    }();
    return n;
}

SpcUnit::SpcUnit(const CommandTable& table, SpcSettings settings)
    : table_(table), settings_(std::move(settings)), pr_(settings_.reservationFile)
{
    // Control mode page (SPC-4 §7.5.8): D_SENSE changeable; QAM = 1 (unrestricted reordering).
    modes_.add(0x0A, 0, {0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00},
               {0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00});
    // Informational exceptions control mode page (SPC-4 §7.5.11): DEXCPT set, nothing changeable.
    modes_.add(0x1C, 0, {0x08, 0x00, 0, 0, 0, 0, 0, 0, 0, 0}, {});
    applyModeCaches();
}

SpcUnit::~SpcUnit() = default;

void SpcUnit::applyModeCaches()
{
    dSense_.store(modes_.byte(0x0A, 0, 2) & 0x04);
}

// ---------------------------------------------------------------- dispatch

void SpcUnit::execute(std::shared_ptr<ScsiTask> task)
{
    const Nexus& nexus = task->nexus ? *task->nexus : defaultNexus();
    Command c{task, *this, task->cdb.data(), 0, nexus};
    Reply r = dispatch(c);
    if (!r.deferred)
        finish(task, std::move(r));
}

Reply SpcUnit::dispatch(Command& c)
{
    const uint8_t op = c.cdb[0];
    unsigned len = cdbLengthForOpcode(op);
    if (len == 0)
        len = c.task->cdbLength ? std::min<unsigned>(c.task->cdbLength, unsigned(c.task->cdb.size())) : 16;
    c.cdbLength = len;
    const CommandInfo* info = table_.find(op, c.cdb[1] & 0x1F);
    {
        std::lock_guard lock(mutex_);
        noteNexus(c.nexus);
        // SAM-5 §5.14: every command but INQUIRY, REPORT LUNS and REQUEST SENSE
        // reports a pending unit attention (and clears it).
        if (!info || info->reportsUnitAttention) {
            auto it = unitAttentions_.find(c.nexus.id);
            if (it != unitAttentions_.end() && !it->second.empty()) {
                Sense s = it->second.front();
                it->second.pop_front();
                return Reply::check(s);
            }
        }
    }
    if (!info) {
        if (table_.hasOpcode(op))
            return Reply::check(SenseValue::invalidCdb(1, 4)); // unsupported service action
        return Reply::check(Sense::InvalidCommandOperationCode);
    }
    if (c.task->cdbLength != 0 && c.task->cdbLength < len)
        return Reply::check(SenseValue::invalidCdb(0));
    // CONTROL byte (SAM-5 §5.2): NACA = 1 is not supported. A variable-length
    // CDB (7Fh) has it in byte 1 (SPC-4 §4.2.3).
    const unsigned control = op == 0x7F ? 1 : len - 1;
    if (c.cdb[control] & 0x04)
        return Reply::check(SenseValue::invalidCdb(uint16_t(control), 2));
    {
        std::lock_guard lock(mutex_);
        if (!info->allowedUnderReserve && spc2ReservedByOther(c.nexus))
            return Reply::conflict();
        if (pr_.conflicts(c.nexus, info->access))
            return Reply::conflict();
    }
    if (info->needsMedium && !mediumPresent_.load())
        return Reply::check(Sense::MediumNotPresent);
    return info->handler(c);
}

void SpcUnit::finish(const std::shared_ptr<ScsiTask>& task, Reply r)
{
    task->status = r.status;
    if (r.data)
        task->dataIn = std::move(*r.data);
    if (r.sense) {
        task->sense = buildSense(*r.sense, descriptorSense());
        // Data goes with CHECK CONDITION only when the handler says so (SSC-4
        // READ: the blocks before a filemark / the short block with ILI).
        if (!r.data)
            task->dataIn.clear();
    } else {
        task->sense.clear();
    }
    if (r.status == status::ReservationConflict)
        task->dataIn.clear();
    task->complete();
}

// ---------------------------------------------------------------- nexuses and unit attentions

void SpcUnit::noteNexus(const Nexus& nexus)
{
    if (nexuses_.count(nexus.id))
        return;
    nexuses_.emplace(nexus.id, nexus);
    // SAM-5 §6.3.? : a new I_T nexus starts with POWER ON, RESET, OR BUS DEVICE RESET OCCURRED.
    if (powerOnUa_)
        unitAttentions_[nexus.id].push_back(Sense::PowerOnResetOrBusDeviceResetOccurred);
}

void SpcUnit::queueUnitAttention(uint64_t nexusId, Sense sense)
{
    std::lock_guard lock(mutex_);
    auto& q = unitAttentions_[nexusId];
    if (std::find(q.begin(), q.end(), sense) == q.end() && q.size() < kMaxUnitAttentions)
        q.push_back(sense);
}

void SpcUnit::queueUnitAttentionForAll(Sense sense, std::optional<uint64_t> except)
{
    std::lock_guard lock(mutex_);
    for (const auto& [id, n] : nexuses_) {
        if (except && id == *except)
            continue;
        auto& q = unitAttentions_[id];
        if (std::find(q.begin(), q.end(), sense) == q.end() && q.size() < kMaxUnitAttentions)
            q.push_back(sense);
    }
}

std::optional<Sense> SpcUnit::takeUnitAttention(uint64_t nexusId)
{
    std::lock_guard lock(mutex_);
    auto it = unitAttentions_.find(nexusId);
    if (it == unitAttentions_.end() || it->second.empty())
        return std::nullopt;
    Sense s = it->second.front();
    it->second.pop_front();
    return s;
}

void SpcUnit::notify(const std::vector<PersistentReservations::Notice>& notices, uint64_t self)
{
    for (const auto& notice : notices) {
        for (const auto& [id, n] : nexuses_) {
            if (id == self || !notice.matches(n))
                continue;
            auto& q = unitAttentions_[id];
            if (std::find(q.begin(), q.end(), notice.sense) == q.end() && q.size() < kMaxUnitAttentions)
                q.push_back(notice.sense);
        }
    }
}

void SpcUnit::taskManagement(TaskManagement function, const Nexus& nexus)
{
    std::lock_guard lock(mutex_);
    switch (function) {
    case TaskManagement::AbortTaskSet:
    case TaskManagement::ClearTaskSet:
        // The transport aborted the tasks; only it knows which nexuses lost
        // tasks (and so need COMMANDS CLEARED BY ANOTHER INITIATOR, SAM-5 §7.4).
        (void)nexus;
        break;
    case TaskManagement::LogicalUnitReset:
    case TaskManagement::TargetWarmReset:
    case TaskManagement::TargetColdReset: {
        // SAM-5 §6.3.3 / SPC-2 §5.5.1: resets release RESERVE(6)/(10) and
        // PREVENT ALLOW MEDIUM REMOVAL, keep persistent reservations, and
        // establish a unit attention for every nexus.
        spc2Holder_.reset();
        preventing_.clear();
        const Sense ua = function == TaskManagement::TargetColdReset ? Sense::PowerOnOccurred
                                                                       : Sense::BusDeviceResetFunctionOccurred;
        for (const auto& [id, n] : nexuses_) {
            auto& q = unitAttentions_[id];
            q.clear();
            q.push_back(ua);
        }
        break;
    }
    }
}

void SpcUnit::nexusLost(const Nexus& nexus)
{
    std::lock_guard lock(mutex_);
    if (spc2Holder_ && *spc2Holder_ == portKey(nexus))
        spc2Holder_.reset();
    preventing_.erase(nexus.id);
    nexuses_.erase(nexus.id);
    unitAttentions_.erase(nexus.id);
}

bool SpcUnit::spc2ReservedByOther(const Nexus& nexus) const
{
    return spc2Holder_ && *spc2Holder_ != portKey(nexus);
}

// ---------------------------------------------------------------- INQUIRY (SPC-4 §6.6)

std::vector<uint16_t> SpcUnit::versionDescriptors() const
{
    return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */};
}

std::vector<uint8_t> SpcUnit::standardInquiry() const
{
    // SPC-4 §6.6.2 table 142.
    std::vector<uint8_t> d(96, 0);
    d[0] = settings_.deviceType & 0x1F;
    d[1] = settings_.removable ? 0x80 : 0x00; // RMB
    d[2] = 0x06;                              // VERSION: SPC-4
    d[3] = 0x10 | 0x02;                       // HISUP, RESPONSE DATA FORMAT 2
    d[4] = uint8_t(d.size() - 5);             // ADDITIONAL LENGTH
    d[5] = 0x00;                              // no ALUA, no 3PC, no PROTECT
    d[7] = 0x02;                              // CMDQUE
    putPadded(&d[8], settings_.identity.vendor, 8);
    putPadded(&d[16], settings_.identity.product, 16);
    putPadded(&d[32], settings_.identity.revision, 4);
    size_t off = 58;
    for (uint16_t v : versionDescriptors()) {
        if (off + 2 > 74)
            break;
        put16(&d[off], v);
        off += 2;
    }
    return d;
}

uint64_t SpcUnit::naaIdentifier() const
{
    if (settings_.identity.naa != 0)
        return settings_.identity.naa;
    const std::string basis = settings_.identity.serial.empty()
                                  ? settings_.identity.vendor + settings_.identity.product
                                  : settings_.identity.serial;
    const uint64_t h = fnv1a(basis);
    // NAA 6 (IEEE Registered Extended): NAA | OUI | 36-bit vendor specific identifier.
    return (uint64_t(0x6) << 60) | (kStorlabOui << 36) | (h & 0xFFFFFFFFFull);
}

std::vector<uint8_t> SpcUnit::deviceIdentificationPage(const Command& c) const
{
    // SPC-4 §7.8.6.
    std::vector<uint8_t> d;
    auto designator = [&](uint8_t codeSetProto, uint8_t piv_assoc_type, const std::vector<uint8_t>& id) {
        d.push_back(codeSetProto);
        d.push_back(piv_assoc_type);
        d.push_back(0);
        d.push_back(uint8_t(id.size()));
        d.insert(d.end(), id.begin(), id.end());
    };
    const std::string basis = settings_.identity.serial.empty() ? settings_.identity.product : settings_.identity.serial;
    // NAA IEEE Registered Extended (type 3, LU association, binary).
    std::vector<uint8_t> naa(16, 0);
    put64(&naa[0], naaIdentifier());
    put64(&naa[8], fnv1a(basis, 0x84222325cbf29ce4ull));
    designator(0x01, 0x03, naa);
    // T10 vendor ID based (type 1, ASCII): vendor + unit serial.
    std::vector<uint8_t> t10(8, ' ');
    putPadded(t10.data(), settings_.identity.vendor, 8);
    t10.insert(t10.end(), basis.begin(), basis.end());
    designator(0x02, 0x01, t10);
    if (c.task && c.task->nexus) {
        const Nexus& n = *c.task->nexus;
        // Relative target port identifier (type 4, target port association, PIV, iSCSI).
        std::vector<uint8_t> rtp(4, 0);
        put16(&rtp[2], n.relativeTargetPortId);
        designator(0x51, 0x94, rtp);
        // SCSI name strings (type 8, UTF-8), null terminated, padded to 4 bytes.
        auto nameString = [](const std::string& s) {
            std::vector<uint8_t> v(s.begin(), s.end());
            v.push_back(0);
            while (v.size() % 4)
                v.push_back(0);
            return v;
        };
        designator(0x53, 0x98, nameString(n.targetPortName()));   // target port name
        designator(0x53, 0xA8, nameString(n.targetName));         // target device name
    }
    return d;
}

std::optional<std::vector<uint8_t>> SpcUnit::vpdPage(uint8_t code, const Command& c) const
{
    switch (code) {
    case 0x00: {
        std::vector<uint8_t> pages{0x00, 0x80, 0x83};
        for (uint8_t p : extraVpdPages())
            pages.push_back(p);
        std::sort(pages.begin(), pages.end());
        pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
        return pages;
    }
    case 0x80: {
        std::string serial = settings_.identity.serial;
        if (serial.empty())
            serial = "0";
        std::vector<uint8_t> v(serial.size());
        putPadded(v.data(), serial, serial.size());
        return v;
    }
    case 0x83:
        return deviceIdentificationPage(c);
    case 0x86: {
        // Extended INQUIRY Data (SPC-4 §7.8.7).
        std::vector<uint8_t> v(0x3C, 0);
        v[1] = 0x07; // HEADSUP, ORDSUP, SIMPSUP
        v[2] = 0x01; // V_SUP: volatile cache
        v[3] = 0x01; // LUICLR: unit attentions are per I_T nexus
        return v;
    }
    default:
        return std::nullopt;
    }
}

Reply SpcUnit::inquiry(Command& c)
{
    const uint8_t* cdb = c.cdb;
    const bool evpd = cdb[1] & 0x01;
    const uint32_t alloc = be16(&cdb[3]);
    if (cdb[1] & 0x02) // CMDDT (obsolete)
        return Reply::check(SenseValue::invalidCdb(1, 1));
    if (!evpd) {
        if (cdb[2] != 0)
            return Reply::check(SenseValue::invalidCdb(2));
        return Reply::good(trimmed(standardInquiry(), alloc));
    }
    auto page = vpdPage(cdb[2], c);
    if (!page)
        return Reply::check(SenseValue::invalidCdb(2));
    std::vector<uint8_t> d(4, 0);
    d[0] = settings_.deviceType & 0x1F;
    d[1] = cdb[2];
    put16(&d[2], uint16_t(page->size()));
    d.insert(d.end(), page->begin(), page->end());
    return Reply::good(trimmed(std::move(d), alloc));
}

// ---------------------------------------------------------------- REQUEST SENSE, TUR

Reply SpcUnit::requestSense(Command& c)
{
    // SPC-4 §6.29.
    const bool desc = c.cdb[1] & 0x01;
    const uint32_t alloc = c.cdb[4];
    SenseValue v(Sense::NoSense);
    if (auto ua = takeUnitAttention(c.nexus.id))
        v = *ua;
    else if (settings_.removable && !mediumPresent_.load())
        v = Sense::MediumNotPresent;
    return Reply::good(trimmed(buildSense(v, desc), alloc));
}

Reply SpcUnit::testUnitReady(Command& c)
{
    (void)c;
    if (settings_.removable && !mediumPresent_.load())
        return Reply::check(Sense::MediumNotPresent);
    return Reply::good();
}

// ---------------------------------------------------------------- MODE SENSE / MODE SELECT

std::optional<SenseValue> SpcUnit::checkModeBlockDescriptor(const uint8_t* d, size_t len, bool longLba,
                                                            size_t offset) const
{
    (void)d; (void)longLba;
    if (len != 0)
        return SenseValue::invalidParameter(uint16_t(offset));
    return std::nullopt;
}

Reply SpcUnit::modeSense(Command& c)
{
    // SPC-4 §6.11 (6) and §6.12 (10).
    const uint8_t* cdb = c.cdb;
    const bool ten = cdb[0] == 0x5A;
    const bool dbd = cdb[1] & 0x08;
    const bool llbaa = ten && (cdb[1] & 0x10);
    const auto pc = PageControl(cdb[2] >> 6);
    const uint8_t page = cdb[2] & 0x3F;
    const uint8_t subpage = cdb[3];
    const uint32_t alloc = ten ? be16(&cdb[7]) : cdb[4];
    if (pc == PageControl::Saved)
        return Reply::check(Sense::SavingParametersNotSupported);
    std::optional<std::vector<uint8_t>> pages;
    {
        std::lock_guard lock(mutex_);
        pages = modes_.sense(pc, page, subpage);
    }
    if (!pages)
        return Reply::check(SenseValue::invalidCdb(page == 0x3F || subpage == 0 ? 2 : 3, page == 0x3F || subpage == 0 ? 5 : 7));
    const std::vector<uint8_t> bd = dbd ? std::vector<uint8_t>{} : modeBlockDescriptor(llbaa);
    std::vector<uint8_t> d(ten ? 8 : 4, 0);
    const uint8_t devSpecific = modeDeviceSpecific();
    if (ten) {
        d[3] = devSpecific;
        if (bd.size() == 16)
            d[4] = 0x01; // LONGLBA
        put16(&d[6], uint16_t(bd.size()));
    } else {
        d[2] = devSpecific;
        d[3] = uint8_t(bd.size());
    }
    d.insert(d.end(), bd.begin(), bd.end());
    d.insert(d.end(), pages->begin(), pages->end());
    if (ten)
        put16(&d[0], uint16_t(d.size() - 2));
    else
        d[0] = uint8_t(std::min<size_t>(d.size() - 1, 0xFF));
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply SpcUnit::modeSelect(Command& c)
{
    // SPC-4 §6.9 (6) and §6.10 (10).
    const uint8_t* cdb = c.cdb;
    const bool ten = cdb[0] == 0x55;
    const bool pf = cdb[1] & 0x10;
    const bool sp = cdb[1] & 0x01;
    const uint32_t len = ten ? be16(&cdb[7]) : cdb[4];
    c.task->dataOutTransferLength = len;
    if (sp)
        return Reply::check(SenseValue::invalidCdb(1, 0)); // pages are not saveable
    if (len == 0)
        return Reply::good();
    const std::vector<uint8_t>& p = c.task->dataOut;
    if (p.size() < len)
        return Reply::check(Sense::ParameterListLengthError);
    const size_t hdr = ten ? 8 : 4;
    if (len < hdr)
        return Reply::check(Sense::ParameterListLengthError);
    const size_t bdLen = ten ? be16(&p[6]) : p[3];
    const bool longLba = ten && (p[4] & 0x01);
    if (hdr + bdLen > len)
        return Reply::check(Sense::ParameterListLengthError);
    if (bdLen) {
        if (auto err = checkModeBlockDescriptor(&p[hdr], bdLen, longLba, hdr))
            return Reply::check(*err);
    }
    const size_t pagesAt = hdr + bdLen;
    if (pagesAt == len)
        return Reply::good();
    if (!pf)
        return Reply::check(SenseValue::invalidCdb(1, 4));
    std::vector<uint8_t> before;
    {
        std::lock_guard lock(mutex_);
        before = *modes_.sense(PageControl::Current, 0x3F, 0xFF);
        if (auto err = modes_.select(&p[pagesAt], len - pagesAt, pagesAt))
            return Reply::check(*err);
        if (*modes_.sense(PageControl::Current, 0x3F, 0xFF) != before) {
            applyModeCaches();
            modePagesChanged();
            // SPC-4 §5.? : other I_T nexuses get MODE PARAMETERS CHANGED.
            for (const auto& [id, n] : nexuses_) {
                if (id == c.nexus.id)
                    continue;
                auto& q = unitAttentions_[id];
                if (std::find(q.begin(), q.end(), Sense::ModeParametersChanged) == q.end() &&
                    q.size() < kMaxUnitAttentions)
                    q.push_back(Sense::ModeParametersChanged);
            }
        }
    }
    return Reply::good();
}

// ---------------------------------------------------------------- RESERVE / RELEASE (SPC-2 §7.21, §7.15)

Reply SpcUnit::reserve(Command& c)
{
    std::lock_guard lock(mutex_);
    // SPC-4 §5.13.3: RESERVE conflicts with any persistent reservation registration.
    if (pr_.hasRegistrations() || pr_.reserved())
        return Reply::conflict();
    if (c.cdb[0] == 0x56 && (c.cdb[1] & 0x02)) // RESERVE(10) 3RDPTY unsupported
        return Reply::check(SenseValue::invalidCdb(1, 4));
    const std::string key = portKey(c.nexus);
    if (spc2Holder_ && *spc2Holder_ != key)
        return Reply::conflict();
    spc2Holder_ = key;
    return Reply::good();
}

Reply SpcUnit::release(Command& c)
{
    std::lock_guard lock(mutex_);
    if (pr_.hasRegistrations() || pr_.reserved())
        return Reply::conflict();
    // Releasing a reservation held by someone else is a no-op (SPC-2 §7.15.1).
    if (spc2Holder_ && *spc2Holder_ == portKey(c.nexus))
        spc2Holder_.reset();
    return Reply::good();
}

// ---------------------------------------------------------------- PERSISTENT RESERVE IN / OUT

Reply SpcUnit::persistentReserveIn(Command& c)
{
    std::lock_guard lock(mutex_);
    return pr_.in(c.cdb, c.nexus);
}

Reply SpcUnit::persistentReserveOut(Command& c)
{
    c.task->dataOutTransferLength = be32(&c.cdb[5]);
    std::lock_guard lock(mutex_);
    auto outcome = pr_.out(c.cdb, c.task->dataOut, c.nexus);
    notify(outcome.notices, c.nexus.id);
    return outcome.reply;
}

// ---------------------------------------------------------------- REPORT SUPPORTED TMF (SPC-4 §6.37)

Reply SpcUnit::reportSupportedTmf(Command& c)
{
    const bool repd = c.cdb[2] & 0x80;
    const uint32_t alloc = be32(&c.cdb[6]);
    std::vector<uint8_t> d(repd ? 16 : 4, 0);
    // ATS (ABORT TASK), ATSS (ABORT TASK SET), CTSS (CLEAR TASK SET), LURS (LUN RESET), TRS (TARGET RESET).
    d[0] = 0x80 | 0x40 | 0x10 | 0x08 | 0x02;
    d[1] = 0x00;
    if (repd)
        d[3] = 0x0C;
    return Reply::good(trimmed(std::move(d), alloc));
}

// ---------------------------------------------------------------- START STOP UNIT, PREVENT ALLOW

Reply SpcUnit::loadEject(Command& c, bool load)
{
    (void)c;
    if (!settings_.removable)
        return Reply::good(); // nothing to load or eject (SBC-3 §5.25)
    {
        std::lock_guard lock(mutex_);
        if (!preventing_.empty())
            return Reply::check(Sense::MediumRemovalPrevented);
    }
    mediumPresent_.store(load);
    return Reply::good();
}

Reply SpcUnit::startStopUnit(Command& c)
{
    // SBC-3 §5.25.
    const uint8_t powerCondition = c.cdb[4] >> 4;
    const bool loej = c.cdb[4] & 0x02;
    const bool start = c.cdb[4] & 0x01;
    if (powerCondition != 0)
        return Reply::good(); // START and LOEJ are ignored; power conditions are accepted
    if (loej)
        return loadEject(c, start);
    return Reply::good();
}

Reply SpcUnit::preventAllow(Command& c)
{
    // SPC-4 §6.13 / SBC-3 §5.13.
    const uint8_t prevent = c.cdb[4] & 0x03;
    if (prevent > 1)
        return Reply::check(SenseValue::invalidCdb(4, 1));
    std::lock_guard lock(mutex_);
    if (prevent)
        preventing_.insert(c.nexus.id);
    else
        preventing_.erase(c.nexus.id);
    return Reply::good();
}

} // namespace storlab::scsi
