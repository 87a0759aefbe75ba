#include "scsi/smc_changer.h"

#include "scsi/cdb.h"
#include "scsi/smc_element_status.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace storlab::scsi {

namespace {

Error err(int code, std::string message) { return Error{code, std::move(message)}; }

std::string hex(uint16_t a)
{
    char b[8];
    std::snprintf(b, sizeof b, "0x%04X", a);
    return b;
}

std::string padded(const std::string& s, size_t n)
{
    std::string out = s.substr(0, n);
    out.resize(n, ' ');
    return out;
}

Reply smc(Command& c, Reply (SmcChanger::*fn)(Command&)) { return (static_cast<SmcChanger&>(c.unit).*fn)(c); }

bool isStorageLike(ElementType t) { return t == ElementType::Storage || t == ElementType::ImportExport; }

} // namespace

Sense changerErrorSense(int code)
{
    switch (code) {
    case changer_error::InvalidAddress: return Sense::InvalidElementAddress;
    case changer_error::SourceEmpty: return Sense::MediumSourceElementEmpty;
    case changer_error::DestinationFull: return Sense::MediumDestinationElementFull;
    case changer_error::RemovalPrevented: return Sense::MediumRemovalPrevented;
    case changer_error::IncompatibleMedium: return Sense::IncompatibleMediumInstalled;
    case changer_error::PersistFailed: return Sense::NoSense; // the move itself succeeded
    default: return Sense::MediaLoadOrEjectFailed;
    }
}

// ---------------------------------------------------------------- table (SMC-3 §6, table 2)

const CommandTable& SmcChanger::table()
{
    static const CommandTable t = [] {
        CommandTable t = spcCommandTable();
        const auto R = Access::Read, W = Access::Write;
        // START STOP UNIT is not a changer command (SMC-3 table 2).
        t.remove(0x1B);
        t.add({0x07, {}, "INITIALIZE ELEMENT STATUS", [](Command& c) { return smc(c, &SmcChanger::initializeElementStatus); },
               {0x07, 0, 0, 0, 0, 0}, W, true, false, 1, 60});
        t.add({0x1E, {}, "PREVENT ALLOW MEDIUM REMOVAL", [](Command& c) { return smc(c, &SmcChanger::preventAllowIe); },
               {0x1E, 0, 0, 0, 0x03, 0}, R, true, false, 1, 5});
        t.add({0x2B, {}, "POSITION TO ELEMENT", [](Command& c) { return smc(c, &SmcChanger::positionToElement); },
               {0x2B, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0x01, 0}, W, true, false, 1, 30});
        t.add({0x37, {}, "INITIALIZE ELEMENT STATUS WITH RANGE",
               [](Command& c) { return smc(c, &SmcChanger::initializeElementStatusWithRange); },
               {0x37, 0x03, 0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0, 0}, W, true, false, 1, 60});
        t.add({0xA5, {}, "MOVE MEDIUM", [](Command& c) { return smc(c, &SmcChanger::moveMedium); },
               {0xA5, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0x01, 0}, W, true, false, 30, 300});
        t.add({0xA6, {}, "EXCHANGE MEDIUM", [](Command& c) { return smc(c, &SmcChanger::exchangeMedium); },
               {0xA6, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x03, 0}, W, true, false, 60, 600});
        t.add({0xB8, {}, "READ ELEMENT STATUS", [](Command& c) { return smc(c, &SmcChanger::readElementStatus); },
               {0xB8, 0x1F, 0xFF, 0xFF, 0xFF, 0xFF, 0x03, 0xFF, 0xFF, 0xFF, 0, 0}, R, true, false, 1, 60});
        return t;
    }();
    return t;
}

std::vector<uint16_t> SmcChanger::versionDescriptors() const
{
    return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x0480 /* SMC-3 */};
}

// ---------------------------------------------------------------- construction

Result<std::shared_ptr<SmcChanger>> SmcChanger::create(ChangerConfig config)
{
    if (std::string why = config.layout.validate(); !why.empty())
        return err(changer_error::InvalidAddress, "changer element layout: " + why);
    if (config.drives.size() != config.layout.dataTransfer)
        return err(changer_error::InvalidAddress, "changer: " + std::to_string(config.layout.dataTransfer) +
                                                      " data transfer elements but " +
                                                      std::to_string(config.drives.size()) + " drives");
    for (const ChangerDrive& d : config.drives)
        if (!d.device)
            return err(changer_error::InvalidAddress, "changer: a data transfer element has no drive");
    return std::shared_ptr<SmcChanger>(new SmcChanger(std::move(config)));
}

SmcChanger::SmcChanger(ChangerConfig config)
    : SpcUnit(table(), SpcSettings{config.identity, 0x08, true, config.reservationFile}),
      config_(std::move(config)), layout_(config_.layout), map_(layout_)
{
    vault_ = config_.inventory.vault;
    for (Medium& m : map_.place(config_.inventory.placed))
        vault_.push_back(std::move(m));
    config_.inventory = {};

    std::lock_guard lock(mutex_);
    // Element address assignment page (SMC-3 §7.3.3).
    std::vector<uint8_t> eaa(18, 0);
    put16(&eaa[0], layout_.transportBase);
    put16(&eaa[2], layout_.transports);
    put16(&eaa[4], layout_.storageBase);
    put16(&eaa[6], layout_.storage);
    put16(&eaa[8], layout_.importExportBase);
    put16(&eaa[10], layout_.importExport);
    put16(&eaa[12], layout_.dataTransferBase);
    put16(&eaa[14], layout_.dataTransfer);
    modes_.add(0x1D, 0, eaa, {});
    // Transport geometry parameters page (SMC-3 §7.3.5): one descriptor per
    // transport, no ROTATE (media cannot be inverted).
    modes_.add(0x1E, 0, std::vector<uint8_t>(2u * layout_.transports, 0), {});
    // Device capabilities page (SMC-3 §7.3.2): storage, IE and DT elements
    // hold media (the transport never keeps one); any of them can be the
    // source and destination of MOVE MEDIUM and EXCHANGE MEDIUM. Byte 3
    // (page offset) carries S2C (SMC-2 capabilities, bit 0: the page has the
    // SMC-2 layout) and VTRP (volume tag reader present, bit 1: READ ELEMENT
    // STATUS with VOLTAG returns the barcodes); ACE (auto clean, bit 2) stays
    // clear - cleaning cartridges are never loaded by the library itself.
    std::vector<uint8_t> caps(18, 0);
    caps[0] = 0x0E;                 // StorDT StorI/E StorST
    caps[1] = 0x03;                 // VTRP S2C
    caps[3] = 0x0E;                 // ST -> ST, IE, DT
    caps[4] = 0x0E;                 // IE -> ST, IE, DT
    caps[5] = 0x0E;                 // DT -> ST, IE, DT
    caps[11] = 0x0E;                // ST <> ST, IE, DT
    caps[12] = 0x0E;                // IE <> ...
    caps[13] = 0x0E;                // DT <> ...
    modes_.add(0x1F, 0, caps, {});
}

SmcChanger::~SmcChanger() = default;

void SmcChanger::setEventHandler(std::function<void(const ChangerEvent&)> handler)
{
    std::lock_guard lock(eventMutex_);
    onEvent_ = std::move(handler);
}

void SmcChanger::publishEvent(const ChangerEvent& event)
{
    std::function<void(const ChangerEvent&)> h;
    {
        std::lock_guard lock(eventMutex_);
        h = onEvent_;
    }
    if (h)
        h(event);
}

// ---------------------------------------------------------------- snapshots

std::optional<uint16_t> SmcChanger::addressOf(ElementType type, int index) const
{
    if (index < 0 || index >= layout_.count(type))
        return std::nullopt;
    return uint16_t(layout_.base(type) + index);
}

std::optional<uint16_t> SmcChanger::addressOfBarcode(const std::string& barcode) const
{
    std::lock_guard lock(mapMutex_);
    const Element* e = map_.findBarcode(barcode);
    return e ? std::optional<uint16_t>(e->address) : std::nullopt;
}

Inventory SmcChanger::inventory() const
{
    std::lock_guard lock(mapMutex_);
    return Inventory{map_.placed(), vault_};
}

std::vector<ElementStatus> SmcChanger::elements() const
{
    std::vector<ElementStatus> out;
    std::lock_guard lock(mapMutex_);
    for (const Element& e : map_.elements()) {
        ElementStatus s{e};
        if (e.type == ElementType::DataTransfer) {
            const ChangerDrive& d = config_.drives[size_t(e.index)];
            const MediumState m = d.device->mediumState();
            s.driveLoaded = m.present;
            s.driveReady = m.ready;
            s.drivePrevented = m.prevented;
            s.lun = d.lun;
        }
        out.push_back(std::move(s));
    }
    return out;
}

bool SmcChanger::importExportLocked() const
{
    std::lock_guard lock(mapMutex_);
    return !ieLocks_.empty();
}

// ---------------------------------------------------------------- the robot

Result<void> SmcChanger::unloadDrive(const Element& e, bool force)
{
    RemovableMediumDevice& drive = *config_.drives[size_t(e.index)].device;
    if (!drive.hasMedium())
        return {}; // already ejected (e.g. `mt offline`): the medium waits in the drive's throat
    if (!force && drive.removalPrevented())
        return err(changer_error::RemovalPrevented,
                   "drive " + std::to_string(e.index) + " (" + hex(e.address) +
                       "): an initiator prevents medium removal; allow it (PREVENT ALLOW MEDIUM REMOVAL) first");
    auto r = drive.unload(force);
    if (!r.ok()) {
        const int code = (r.error().code == -EPERM || r.error().code == -EBUSY) ? changer_error::RemovalPrevented
                                                                               : changer_error::DriveFailed;
        return err(code, "drive " + std::to_string(e.index) + ": unload failed: " + r.error().message);
    }
    return {};
}

Result<void> SmcChanger::doMove(uint16_t src, uint16_t dst, Actor actor)
{
    Medium medium;
    Element s, d;
    {
        std::lock_guard lock(mapMutex_);
        const Element* ps = map_.find(src);
        const Element* pd = map_.find(dst);
        if (!ps)
            return err(changer_error::InvalidAddress, "source " + hex(src) + " is not an element address of this changer");
        if (!pd)
            return err(changer_error::InvalidAddress, "destination " + hex(dst) + " is not an element address of this changer");
        s = *ps;
        d = *pd;
    }
    auto driveOf = [&](const Element& e) -> RemovableMediumDevice* {
        return e.type == ElementType::DataTransfer ? config_.drives[size_t(e.index)].device.get() : nullptr;
    };
    RemovableMediumDevice* sDrive = driveOf(s);
    RemovableMediumDevice* dDrive = driveOf(d);
    const bool sFull = s.medium || (sDrive && sDrive->hasMedium());
    if (!sFull)
        return err(changer_error::SourceEmpty, std::string(elementTypeName(s.type)) + " " + hex(src) + " is empty");
    if (src == dst)
        return {}; // SMC-3 §6.? : nothing to do
    const bool dFull = d.medium || (dDrive && dDrive->hasMedium());
    if (dFull)
        return err(changer_error::DestinationFull, std::string(elementTypeName(d.type)) + " " + hex(dst) + " is full");
    medium = s.medium ? *s.medium : Medium{"", sDrive->mediumPath(), MediumKind::Data};

    // Drive I/O (no map lock held: READ ELEMENT STATUS keeps answering).
    if (sDrive)
        if (auto r = unloadDrive(s, false); !r.ok())
            return r;
    if (dDrive) {
        auto r = dDrive->load(medium.path);
        if (!r.ok()) {
            if (sDrive)
                (void)sDrive->load(medium.path); // put it back as it was
            const int c = r.error().code;
            const int code = c == -EBUSY ? changer_error::DestinationFull
                             : (c == -EMEDIUMTYPE || c == -ENOTSUP || c >= 1000) ? changer_error::IncompatibleMedium
                                                                                 : changer_error::DriveFailed;
            return err(code, "drive " + std::to_string(d.index) + " refused " +
                                 (medium.barcode.empty() ? medium.path : medium.barcode) + ": " + r.error().message);
        }
    }
    {
        std::lock_guard lock(mapMutex_);
        Element* ps = map_.find(src);
        if (!ps->medium)
            ps->medium = medium; // a medium the admin plane loaded straight into the drive
        map_.move(src, dst);
    }
    (void)actor;
    return {};
}

Result<void> SmcChanger::persistLocked()
{
    if (!config_.persist)
        return {};
    auto r = config_.persist(inventory());
    if (!r.ok()) {
        ChangerEvent ev;
        ev.kind = ChangerEvent::Kind::Warning;
        ev.message = "cannot save the changer inventory: " + r.error().message;
        publishEvent(ev);
        return err(changer_error::PersistFailed, ev.message);
    }
    return {};
}

Result<void> SmcChanger::move(uint16_t src, uint16_t dst)
{
    std::lock_guard robot(robot_);
    Medium m;
    bool ie = false;
    {
        std::lock_guard lock(mapMutex_);
        const Element* e = map_.find(src);
        const Element* d = map_.find(dst);
        if (e && e->medium)
            m = *e->medium;
        ie = (e && e->type == ElementType::ImportExport) || (d && d->type == ElementType::ImportExport);
    }
    if (auto r = doMove(src, dst, Actor::Admin); !r.ok())
        return r;
    auto saved = persistLocked();
    queueUnitAttentionForAll(ie ? Sense::ImportOrExportElementAccessed : Sense::MediumMayHaveChanged);
    ChangerEvent ev;
    ev.kind = ChangerEvent::Kind::Moved;
    ev.from = src;
    ev.to = dst;
    ev.medium = m;
    publishEvent(ev);
    return saved;
}

Result<uint16_t> SmcChanger::importMedium(const Medium& medium, std::optional<uint16_t> ie)
{
    std::lock_guard robot(robot_);
    uint16_t at = 0;
    {
        std::lock_guard lock(mapMutex_);
        if (!ieLocks_.empty())
            return err(changer_error::RemovalPrevented,
                       "the import/export port is locked by an initiator (PREVENT MEDIUM REMOVAL); retry when it allows removal");
        if (medium.path.empty())
            return err(changer_error::InvalidMedium, "a medium needs a file (path)");
        if (map_.findBarcode(medium.barcode))
            return err(changer_error::InvalidMedium, "barcode " + medium.barcode + " is already in the library");
        const Element* e = nullptr;
        if (ie) {
            e = map_.find(*ie);
            if (!e || e->type != ElementType::ImportExport)
                return err(changer_error::InvalidAddress, hex(*ie) + " is not an import/export element");
            if (e->medium)
                return err(changer_error::DestinationFull, "import/export element " + hex(*ie) + " is full");
        } else {
            e = map_.firstEmpty(ElementType::ImportExport);
            if (!e)
                return err(changer_error::NoFreeElement,
                           layout_.importExport ? "every import/export element is full; move media out first"
                                                : "this changer has no import/export elements");
        }
        at = e->address;
        Element* w = map_.find(at);
        w->medium = medium;
        w->source.reset();
        w->imported = true; // IMPEXP: placed by an operator (SMC-3 §6.10.5)
        for (auto it = vault_.begin(); it != vault_.end(); ++it)
            if (it->path == medium.path || (!medium.barcode.empty() && it->barcode == medium.barcode)) {
                vault_.erase(it);
                break;
            }
    }
    auto saved = persistLocked();
    queueUnitAttentionForAll(Sense::ImportOrExportElementAccessed);
    ChangerEvent ev;
    ev.kind = ChangerEvent::Kind::Imported;
    ev.to = at;
    ev.medium = medium;
    publishEvent(ev);
    if (!saved.ok())
        return saved.error();
    return at;
}

Result<Medium> SmcChanger::exportMedium(uint16_t ie)
{
    std::lock_guard robot(robot_);
    Medium m;
    {
        std::lock_guard lock(mapMutex_);
        Element* e = map_.find(ie);
        if (!e || e->type != ElementType::ImportExport)
            return err(changer_error::InvalidAddress, hex(ie) + " is not an import/export element");
        if (!e->medium)
            return err(changer_error::SourceEmpty, "import/export element " + hex(ie) + " is empty");
        if (!ieLocks_.empty())
            return err(changer_error::RemovalPrevented,
                       "the import/export port is locked by an initiator (PREVENT MEDIUM REMOVAL); retry when it allows removal");
        m = *e->medium;
        e->medium.reset();
        e->source.reset();
        e->imported = false;
        vault_.push_back(m);
    }
    auto saved = persistLocked();
    queueUnitAttentionForAll(Sense::ImportOrExportElementAccessed);
    ChangerEvent ev;
    ev.kind = ChangerEvent::Kind::Exported;
    ev.from = ie;
    ev.medium = m;
    publishEvent(ev);
    if (!saved.ok())
        return saved.error();
    return m;
}

std::vector<std::string> SmcChanger::restoreDrives()
{
    std::lock_guard robot(robot_);
    std::vector<std::string> warnings;
    bool changed = false;
    for (int i = 0; i < layout_.dataTransfer; ++i) {
        Element e;
        {
            std::lock_guard lock(mapMutex_);
            e = *map_.at(ElementType::DataTransfer, i);
        }
        RemovableMediumDevice& drive = *config_.drives[size_t(i)].device;
        if (!e.medium || drive.hasMedium())
            continue;
        auto r = drive.load(e.medium->path);
        if (r.ok())
            continue;
        std::string w = "drive " + std::to_string(i) + " cannot load " + e.medium->barcode + " again (" +
                        r.error().message + ")";
        std::lock_guard lock(mapMutex_);
        const Element* home = e.source ? map_.find(*e.source) : nullptr;
        if (!home || home->medium)
            home = map_.firstEmpty(ElementType::Storage);
        if (home) {
            w += "; moved back to " + std::string(elementTypeName(home->type)) + " " + hex(home->address);
            map_.move(e.address, home->address);
            changed = true;
        } else {
            Element* pe = map_.find(e.address);
            pe->except = true;
            pe->asc = 0x30; // INCOMPATIBLE MEDIUM INSTALLED (SPC-4 Annex D)
            pe->ascq = 0x00;
        }
        warnings.push_back(w);
        ChangerEvent ev;
        ev.kind = ChangerEvent::Kind::Warning;
        ev.message = w;
        publishEvent(ev);
    }
    if (changed)
        (void)persistLocked();
    return warnings;
}

// ---------------------------------------------------------------- SCSI commands

Reply SmcChanger::runOnRobot(Command& c, std::function<Result<void>()> job)
{
    auto self = std::static_pointer_cast<SmcChanger>(shared_from_this());
    worker_.post([self, task = c.task, job = std::move(job)] {
        std::lock_guard robot(self->robot_);
        Result<void> r = job();
        if (r.ok())
            r = self->persistLocked();
        if (!r.ok() && r.error().code != changer_error::PersistFailed)
            return self->finish(task, Reply::check(changerErrorSense(r.error().code)));
        self->finish(task, Reply::good());
    });
    return Reply::later();
}

Reply SmcChanger::checkTransport(uint16_t address, uint16_t byte) const
{
    (void)byte;
    // SMC-3 §6.? : 0 selects the default medium transport element.
    if (address == 0)
        return Reply::good();
    std::lock_guard lock(mapMutex_);
    const Element* e = map_.find(address);
    if (!e || e->type != ElementType::MediumTransport)
        return Reply::check(Sense::InvalidElementAddress);
    return Reply::good();
}

Reply SmcChanger::moveMedium(Command& c)
{
    // SMC-3 §6.6 MOVE MEDIUM.
    const uint8_t* cdb = c.cdb;
    if (cdb[10] & 0x01) // INVERT: no element can rotate media (transport geometry page)
        return Reply::check(SenseValue::invalidCdb(10, 0));
    if (Reply r = checkTransport(be16(&cdb[2]), 2); !r.ok())
        return r;
    const uint16_t src = be16(&cdb[4]), dst = be16(&cdb[6]);
    auto self = std::static_pointer_cast<SmcChanger>(shared_from_this());
    const Medium before = [&] {
        std::lock_guard lock(mapMutex_);
        const Element* e = map_.find(src);
        return e && e->medium ? *e->medium : Medium{};
    }();
    return runOnRobot(c, [self, src, dst, before] {
        auto r = self->doMove(src, dst, Actor::Initiator);
        if (r.ok() && src != dst) {
            ChangerEvent ev;
            ev.kind = ChangerEvent::Kind::Moved;
            ev.from = src;
            ev.to = dst;
            ev.medium = before;
            ev.byInitiator = true;
            self->publishEvent(ev);
        }
        return r;
    });
}

Result<void> SmcChanger::doExchange(uint16_t src, uint16_t dst1, uint16_t dst2)
{
    // SMC-3 §6.4: the medium in the source goes to the first destination, the
    // medium that was there to the second destination (which may be the source).
    {
        std::lock_guard lock(mapMutex_);
        for (uint16_t a : {src, dst1, dst2})
            if (const Element* e = map_.find(a); !e || e->type == ElementType::MediumTransport)
                return err(changer_error::InvalidAddress, hex(a) + " is not a storage, import/export or drive element");
        auto full = [&](uint16_t a) {
            const Element* e = map_.find(a);
            return e->medium || (e->type == ElementType::DataTransfer && config_.drives[size_t(e->index)].device->hasMedium());
        };
        if (!full(src))
            return err(changer_error::SourceEmpty, "source " + hex(src) + " is empty");
        if (!full(dst1))
            return err(changer_error::SourceEmpty, "first destination " + hex(dst1) + " is empty");
        if (dst2 != src && dst2 != dst1 && full(dst2))
            return err(changer_error::DestinationFull, "second destination " + hex(dst2) + " is full");
    }
    if (src == dst1)
        return {};
    if (dst2 != src) {
        if (auto r = doMove(dst1, dst2, Actor::Initiator); !r.ok())
            return r;
        return doMove(src, dst1, Actor::Initiator);
    }
    // A swap: park the first destination's medium in the transport element.
    const uint16_t hand = layout_.transportBase;
    {
        std::lock_guard lock(mapMutex_);
        if (map_.find(hand)->medium)
            return err(changer_error::DestinationFull, "the medium transport is full");
    }
    // The map does not move media into the transport, so do the swap as
    // dst1 -> hand (bookkeeping only after the drive unload) by hand.
    Element e1;
    {
        std::lock_guard lock(mapMutex_);
        e1 = *map_.find(dst1);
    }
    Medium m1 = e1.medium ? *e1.medium : Medium{"", config_.drives[size_t(e1.index)].device->mediumPath(), MediumKind::Data};
    if (e1.type == ElementType::DataTransfer)
        if (auto r = unloadDrive(e1, false); !r.ok())
            return r;
    {
        std::lock_guard lock(mapMutex_);
        Element* p1 = map_.find(dst1);
        Element* h = map_.find(hand);
        h->medium = m1;
        h->source = isStorageLike(p1->type) ? std::optional<uint16_t>(p1->address) : p1->source;
        p1->medium.reset();
        p1->source.reset();
    }
    auto r = doMove(src, dst1, Actor::Initiator);
    Element eSrc;
    {
        std::lock_guard lock(mapMutex_);
        eSrc = *map_.find(r.ok() ? src : dst1);
    }
    const uint16_t back = r.ok() ? src : dst1;
    if (eSrc.type == ElementType::DataTransfer) {
        if (auto lr = config_.drives[size_t(eSrc.index)].device->load(m1.path); !lr.ok() && r.ok())
            r = err(changer_error::IncompatibleMedium, "exchange: the drive refused " + m1.barcode + ": " + lr.error().message);
    }
    std::lock_guard lock(mapMutex_);
    Element* h = map_.find(hand);
    Element* b = map_.find(back);
    if (!b->medium) {
        b->medium = h->medium;
        b->source = h->source;
        h->medium.reset();
        h->source.reset();
    }
    return r;
}

Reply SmcChanger::exchangeMedium(Command& c)
{
    const uint8_t* cdb = c.cdb;
    if (cdb[10] & 0x03) // INV1/INV2
        return Reply::check(SenseValue::invalidCdb(10, (cdb[10] & 0x01) ? 0 : 1));
    if (Reply r = checkTransport(be16(&cdb[2]), 2); !r.ok())
        return r;
    const uint16_t src = be16(&cdb[4]), d1 = be16(&cdb[6]), d2 = be16(&cdb[8]);
    auto self = std::static_pointer_cast<SmcChanger>(shared_from_this());
    return runOnRobot(c, [self, src, d1, d2] {
        auto r = self->doExchange(src, d1, d2);
        if (r.ok()) {
            ChangerEvent ev;
            ev.kind = ChangerEvent::Kind::Moved;
            ev.from = src;
            ev.to = d1;
            ev.byInitiator = true;
            self->publishEvent(ev);
        }
        return r;
    });
}

std::vector<uint8_t> SmcChanger::driveIdentifier(int index) const
{
    const ChangerDrive& d = config_.drives[size_t(index)];
    const DeviceIdentity id = d.currentIdentity ? d.currentIdentity() : d.identity;
    std::string s = config_.dvcid == DvcidFormat::SerialOnly
                        ? id.serial
                        : padded(id.vendor, 8) + padded(id.product, 16) + id.serial;
    return std::vector<uint8_t>(s.begin(), s.end());
}

Reply SmcChanger::readElementStatus(Command& c)
{
    // SMC-3 §6.10 READ ELEMENT STATUS.
    const uint8_t* cdb = c.cdb;
    const bool voltag = cdb[1] & 0x10;
    const uint8_t typeCode = cdb[1] & 0x0F;
    const uint16_t start = be16(&cdb[2]);
    const uint16_t count = be16(&cdb[4]);
    const bool dvcid = cdb[6] & 0x01;     // CURDATA (bit 1) needs nothing: the inventory is always current
    const uint32_t alloc = be24(&cdb[7]);
    if (typeCode > 4)
        return Reply::check(SenseValue::invalidCdb(1, 3));
    const auto type = ElementType(typeCode);

    ElementStatusOptions o;
    o.volumeTags = voltag;
    o.deviceIds = dvcid;
    o.idType = config_.dvcid == DvcidFormat::SerialOnly ? 0 : 1;
    size_t idLen = config_.dvcid == DvcidFormat::SerialOnly ? 20 : 34;
    for (int i = 0; i < layout_.dataTransfer; ++i)
        idLen = std::max(idLen, driveIdentifier(i).size());
    o.idLength = idLen;

    std::vector<ElementView> views;
    {
        std::lock_guard lock(mapMutex_);
        const auto chosen = map_.select(type, start, count);
        if (chosen.empty() && count != 0)
            return Reply::check(Sense::InvalidElementAddress); // nothing at or above STARTING ELEMENT ADDRESS
        for (const Element* e : chosen) {
            ElementView v;
            v.type = e->type;
            v.address = e->address;
            v.except = e->except;
            v.asc = e->asc;
            v.ascq = e->ascq;
            v.imported = e->imported;
            v.full = e->medium.has_value();
            if (e->medium) {
                v.volumeTag = e->medium->barcode;
                v.kind = e->medium->kind;
                v.source = e->source;
            }
            if (e->type == ElementType::DataTransfer) {
                RemovableMediumDevice& d = *config_.drives[size_t(e->index)].device;
                if (!v.full && d.hasMedium()) {
                    v.full = true; // loaded by the admin plane straight into the drive: no label known
                    v.kind = MediumKind::Data;
                }
                if (dvcid)
                    v.identifier = driveIdentifier(e->index);
            }
            views.push_back(std::move(v));
        }
    }
    return Reply::good(trimmed(encodeElementStatus(views, o), alloc));
}

Reply SmcChanger::initializeElementStatus(Command& c)
{
    // SMC-3 §6.2: the inventory is always known (no scan needed).
    (void)c;
    return Reply::good();
}

Reply SmcChanger::initializeElementStatusWithRange(Command& c)
{
    // SMC-3 §6.3: with RANGE = 1 the range must start at an element.
    const uint8_t* cdb = c.cdb;
    if (cdb[1] & 0x01) {
        std::lock_guard lock(mapMutex_);
        if (!map_.find(be16(&cdb[2])))
            return Reply::check(Sense::InvalidElementAddress);
    }
    return Reply::good();
}

Reply SmcChanger::positionToElement(Command& c)
{
    // SMC-3 §6.9: the robot has no position worth keeping; validate only.
    const uint8_t* cdb = c.cdb;
    if (cdb[8] & 0x01)
        return Reply::check(SenseValue::invalidCdb(8, 0));
    if (Reply r = checkTransport(be16(&cdb[2]), 2); !r.ok())
        return r;
    std::lock_guard lock(mapMutex_);
    if (!map_.find(be16(&cdb[4])))
        return Reply::check(Sense::InvalidElementAddress);
    return Reply::good();
}

Reply SmcChanger::preventAllowIe(Command& c)
{
    // SMC-3 §6.? PREVENT ALLOW MEDIUM REMOVAL: PREVENT = 1 keeps the operator
    // from taking media out of (or putting media into) the import/export port.
    const uint8_t prevent = c.cdb[4] & 0x03;
    if (prevent > 1)
        return Reply::check(SenseValue::invalidCdb(4, 1));
    std::lock_guard lock(mapMutex_);
    if (prevent)
        ieLocks_.insert(c.nexus.id);
    else
        ieLocks_.erase(c.nexus.id);
    return Reply::good();
}

void SmcChanger::taskManagement(TaskManagement function, const Nexus& nexus)
{
    SpcUnit::taskManagement(function, nexus);
    if (function == TaskManagement::LogicalUnitReset || function == TaskManagement::TargetWarmReset ||
        function == TaskManagement::TargetColdReset) {
        std::lock_guard lock(mapMutex_);
        ieLocks_.clear(); // resets release PREVENT (SPC-4 §6.13)
    }
}

void SmcChanger::nexusLost(const Nexus& nexus)
{
    SpcUnit::nexusLost(nexus);
    std::lock_guard lock(mapMutex_);
    ieLocks_.erase(nexus.id);
}

} // namespace storlab::scsi
