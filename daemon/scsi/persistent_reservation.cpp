#include "scsi/persistent_reservation.h"

#include "scsi/cdb.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace storlab::scsi {
namespace {

bool validType(uint8_t type)
{
    switch (type) {
    case prtype::WriteExclusive:
    case prtype::ExclusiveAccess:
    case prtype::WriteExclusiveRegistrantsOnly:
    case prtype::ExclusiveAccessRegistrantsOnly:
    case prtype::WriteExclusiveAllRegistrants:
    case prtype::ExclusiveAccessAllRegistrants:
        return true;
    default:
        return false;
    }
}

bool isAllRegistrants(uint8_t type)
{
    return type == prtype::WriteExclusiveAllRegistrants || type == prtype::ExclusiveAccessAllRegistrants;
}

bool samePorts(const PrRegistration& a, const PrRegistration& b)
{
    return a.initiatorPort == b.initiatorPort && a.targetPort == b.targetPort;
}

PersistentReservations::Notice noticeFor(const PrRegistration& r, Sense s)
{
    return {r.initiatorPort, r.targetPort, r.allTargetPorts, s};
}

} // namespace

bool PrRegistration::matches(const Nexus& nexus) const
{
    return initiatorPort == nexus.initiatorPortName() && (allTargetPorts || targetPort == nexus.targetPortName());
}

bool PersistentReservations::Notice::matches(const Nexus& nexus) const
{
    return initiatorPort == nexus.initiatorPortName() && (allTargetPorts || targetPort == nexus.targetPortName());
}

std::vector<uint8_t> iscsiTransportId(const std::string& initiatorPort)
{
    // SPC-4 §7.6.4.6: FORMAT CODE 01b, PROTOCOL IDENTIFIER 5h; the name is
    // null terminated and padded to a multiple of four bytes (minimum 20).
    size_t nameLen = initiatorPort.size() + 1;
    size_t padded = (nameLen + 3) & ~size_t(3);
    if (padded < 20)
        padded = 20;
    std::vector<uint8_t> t(4 + padded, 0);
    t[0] = 0x40 | 0x05;
    put16(&t[2], uint16_t(padded));
    std::memcpy(&t[4], initiatorPort.data(), initiatorPort.size());
    return t;
}

PersistentReservations::PersistentReservations(std::string file) : file_(std::move(file))
{
    if (!file_.empty())
        load();
}

const PrRegistration* PersistentReservations::find(const Nexus& nexus) const
{
    for (const auto& r : registrations_)
        if (r.matches(nexus))
            return &r;
    return nullptr;
}

PrRegistration* PersistentReservations::find(const Nexus& nexus)
{
    for (auto& r : registrations_)
        if (r.matches(nexus))
            return &r;
    return nullptr;
}

bool PersistentReservations::isHolder(const PrRegistration& reg) const
{
    if (type_ == 0)
        return false;
    if (allRegistrantsType())
        return true;
    return holder_ && samePorts(*holder_, reg);
}

bool PersistentReservations::conflicts(const Nexus& nexus, Access access) const
{
    // SPC-4 §5.13.1 tables 63 and 64.
    if (access == Access::Unrestricted || type_ == 0)
        return false;
    const PrRegistration* reg = find(nexus);
    if (reg && isHolder(*reg))
        return false;
    switch (type_) {
    case prtype::WriteExclusive:
        return access == Access::Write;
    case prtype::ExclusiveAccess:
        return true;
    case prtype::WriteExclusiveRegistrantsOnly:
    case prtype::WriteExclusiveAllRegistrants:
        return reg ? false : access == Access::Write;
    case prtype::ExclusiveAccessRegistrantsOnly:
    case prtype::ExclusiveAccessAllRegistrants:
        return reg == nullptr;
    default:
        return false;
    }
}

// ---------------------------------------------------------------- PR IN

Reply PersistentReservations::in(const uint8_t* cdb, const Nexus& nexus) const
{
    (void)nexus;
    const uint8_t sa = cdb[1] & 0x1F;
    const uint32_t alloc = be16(&cdb[7]);
    switch (sa) {
    case 0x00: return readKeys(alloc);
    case 0x01: return readReservation(alloc);
    case 0x02: return reportCapabilities(alloc);
    case 0x03: return readFullStatus(alloc);
    default: return Reply::check(SenseValue::invalidCdb(1, 4));
    }
}

Reply PersistentReservations::readKeys(uint32_t alloc) const
{
    // SPC-4 §6.15.2: ADDITIONAL LENGTH is not altered by the allocation length.
    std::vector<uint8_t> d(8 + 8 * registrations_.size(), 0);
    put32(&d[0], generation_);
    put32(&d[4], uint32_t(8 * registrations_.size()));
    size_t off = 8;
    for (const auto& r : registrations_) {
        put64(&d[off], r.key);
        off += 8;
    }
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply PersistentReservations::readReservation(uint32_t alloc) const
{
    // SPC-4 §6.15.3.
    std::vector<uint8_t> d(8, 0);
    put32(&d[0], generation_);
    if (type_ != 0) {
        d.resize(24, 0);
        put32(&d[4], 16);
        // All-registrants reservations report a key of zero (SPC-4 §6.15.3.2).
        put64(&d[8], allRegistrantsType() || !holder_ ? 0 : holder_->key);
        d[21] = uint8_t(type_ & 0x0F); // scope LU (0)
    }
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply PersistentReservations::reportCapabilities(uint32_t alloc) const
{
    // SPC-4 §6.15.4.
    std::vector<uint8_t> d(8, 0);
    put16(&d[0], 8);
    d[2] = 0x10 /* CRH */ | 0x04 /* ATP_C */ | (file_.empty() ? 0 : 0x01 /* PTPL_C */);
    d[3] = 0x80 /* TMV */ | (0x1 << 4) /* ALLOW COMMANDS 001b */ | (aptpl_ ? 0x01 : 0);
    d[4] = 0x80 /* WR_EX_AR */ | 0x40 /* EX_AC_RO */ | 0x20 /* WR_EX_RO */ | 0x08 /* EX_AC */ | 0x02 /* WR_EX */;
    d[5] = 0x01; /* EX_AC_AR */
    return Reply::good(trimmed(std::move(d), alloc));
}

Reply PersistentReservations::readFullStatus(uint32_t alloc) const
{
    // SPC-4 §6.15.5.
    std::vector<uint8_t> d(8, 0);
    put32(&d[0], generation_);
    for (const auto& r : registrations_) {
        std::vector<uint8_t> tid = iscsiTransportId(r.initiatorPort);
        std::vector<uint8_t> e(24, 0);
        put64(&e[0], r.key);
        if (r.allTargetPorts)
            e[12] |= 0x02;
        if (isHolder(r)) {
            e[12] |= 0x01;
            e[13] = uint8_t(type_ & 0x0F);
        }
        put16(&e[18], r.relativeTargetPortId);
        put32(&e[20], uint32_t(tid.size()));
        e.insert(e.end(), tid.begin(), tid.end());
        d.insert(d.end(), e.begin(), e.end());
    }
    put32(&d[4], uint32_t(d.size() - 8));
    return Reply::good(trimmed(std::move(d), alloc));
}

// ---------------------------------------------------------------- PR OUT

PersistentReservations::Outcome PersistentReservations::out(const uint8_t* cdb, const std::vector<uint8_t>& p,
                                                            const Nexus& nexus)
{
    const uint8_t sa = cdb[1] & 0x1F;
    const uint8_t scope = cdb[2] >> 4;
    const uint8_t type = cdb[2] & 0x0F;
    const uint32_t len = be32(&cdb[5]);
    if (sa > 0x07)
        return {Reply::check(SenseValue::invalidCdb(1, 4)), {}};
    if (sa == 0x07) {
        if (len < 24 || p.size() < len)
            return {Reply::check(Sense::ParameterListLengthError), {}};
    } else if (len != 24 || p.size() < 24) {
        // Without SPEC_I_PT the parameter list is exactly 24 bytes (SPC-4 §6.16.3).
        return {Reply::check(Sense::ParameterListLengthError), {}};
    }
    const uint64_t key = be64(&p[0]);
    const uint64_t serviceKey = be64(&p[8]);
    const bool needsType = sa == 0x01 || sa == 0x02 || sa == 0x04 || sa == 0x05 || sa == 0x07;
    if (needsType) {
        if (scope != 0)
            return {Reply::check(SenseValue::invalidCdb(2, 7)), {}};
        if (!validType(type))
            return {Reply::check(SenseValue::invalidCdb(2, 3)), {}};
    }
    if (sa != 0x07) {
        if (p[20] & 0x08) // SPEC_I_PT unsupported (SIP_C = 0)
            return {Reply::check(SenseValue::invalidParameter(20, 3)), {}};
        if ((p[20] & 0x01) && file_.empty()) // APTPL without PTPL_C
            return {Reply::check(SenseValue::invalidParameter(20, 0)), {}};
        if ((p[20] & 0x04) && sa != 0x00 && sa != 0x06) // ALL_TG_PT only for REGISTER
            return {Reply::check(SenseValue::invalidParameter(20, 2)), {}};
    }
    switch (sa) {
    case 0x00: return registerKey(cdb, p.data(), nexus, false);
    case 0x01: return reserve(type, key, nexus);
    case 0x02: return release(type, key, nexus);
    case 0x03: return clear(key, nexus);
    case 0x04: return preempt(type, key, serviceKey, nexus, false);
    case 0x05: return preempt(type, key, serviceKey, nexus, true);
    case 0x06: return registerKey(cdb, p.data(), nexus, true);
    case 0x07: return registerAndMove(type, p, nexus);
    }
    return {Reply::check(SenseValue::invalidCdb(1, 4)), {}};
}

void PersistentReservations::releaseReservation(std::vector<Notice>* notices, const PrRegistration* except)
{
    // SPC-4 §5.13.11.2.2: releasing a registrants-only or all-registrants
    // reservation tells the other registrants.
    if (notices && type_ != prtype::WriteExclusive && type_ != prtype::ExclusiveAccess) {
        for (const auto& r : registrations_)
            if (!except || !samePorts(r, *except))
                notices->push_back(noticeFor(r, Sense::ReservationsReleased));
    }
    type_ = 0;
    holder_.reset();
}

void PersistentReservations::removeRegistration(size_t index, std::vector<Notice>* notices, Sense sense,
                                                bool notifyReleased)
{
    PrRegistration reg = registrations_[index];
    registrations_.erase(registrations_.begin() + long(index));
    if (notices && sense != Sense::NoSense)
        notices->push_back(noticeFor(reg, sense));
    if (type_ == 0)
        return;
    if (allRegistrantsType()) {
        if (registrations_.empty())
            type_ = 0; // SPC-4 §5.13.11.2.1: last registrant gone
    } else if (holder_ && samePorts(*holder_, reg)) {
        releaseReservation(notifyReleased ? notices : nullptr, &reg);
    }
}

PersistentReservations::Outcome PersistentReservations::registerKey(const uint8_t* cdb, const uint8_t* p,
                                                                    const Nexus& nexus, bool ignoreExisting)
{
    (void)cdb;
    // SPC-4 §5.13.7, tables 36 and 37.
    const uint64_t key = be64(&p[0]);
    const uint64_t serviceKey = be64(&p[8]);
    const bool allTg = p[20] & 0x04;
    const bool aptpl = p[20] & 0x01;
    Outcome o;
    PrRegistration* reg = find(nexus);
    if (!reg) {
        if (!ignoreExisting && key != 0)
            return {Reply::conflict(), {}};
        if (serviceKey == 0)
            return {Reply::good(), {}};
        PrRegistration r;
        r.key = serviceKey;
        r.initiatorPort = nexus.initiatorPortName();
        r.targetPort = nexus.targetPortName();
        r.relativeTargetPortId = nexus.relativeTargetPortId;
        r.allTargetPorts = allTg;
        registrations_.push_back(std::move(r));
    } else {
        if (!ignoreExisting && key != reg->key)
            return {Reply::conflict(), {}};
        if (serviceKey == 0) {
            size_t index = size_t(reg - registrations_.data());
            removeRegistration(index, &o.notices, Sense::NoSense, true);
        } else {
            reg->key = serviceKey;
            if (holder_ && samePorts(*holder_, *reg))
                holder_->key = serviceKey;
        }
    }
    ++generation_;
    aptpl_ = aptpl;
    persist();
    o.reply = Reply::good();
    return o;
}

PersistentReservations::Outcome PersistentReservations::reserve(uint8_t type, uint64_t key, const Nexus& nexus)
{
    // SPC-4 §5.13.9.
    const PrRegistration* reg = find(nexus);
    if (!reg || reg->key != key)
        return {Reply::conflict(), {}};
    if (type_ != 0) {
        if (isHolder(*reg) && type == type_)
            return {Reply::good(), {}};
        return {Reply::conflict(), {}};
    }
    type_ = type;
    if (isAllRegistrants(type))
        holder_.reset();
    else
        holder_ = *reg;
    persist();
    return {Reply::good(), {}};
}

PersistentReservations::Outcome PersistentReservations::release(uint8_t type, uint64_t key, const Nexus& nexus)
{
    // SPC-4 §5.13.11.2.
    const PrRegistration* reg = find(nexus);
    if (!reg || reg->key != key)
        return {Reply::conflict(), {}};
    if (type_ == 0 || !isHolder(*reg))
        return {Reply::good(), {}};
    if (type != type_)
        return {Reply::check(Sense::InvalidReleaseOfPersistentReservation), {}};
    Outcome o;
    PrRegistration self = *reg;
    releaseReservation(&o.notices, &self);
    persist();
    o.reply = Reply::good();
    return o;
}

PersistentReservations::Outcome PersistentReservations::clear(uint64_t key, const Nexus& nexus)
{
    // SPC-4 §5.13.11.3.
    const PrRegistration* reg = find(nexus);
    if (!reg || reg->key != key)
        return {Reply::conflict(), {}};
    Outcome o;
    for (const auto& r : registrations_)
        if (!samePorts(r, *reg))
            o.notices.push_back(noticeFor(r, Sense::ReservationsPreempted));
    registrations_.clear();
    type_ = 0;
    holder_.reset();
    ++generation_;
    persist();
    o.reply = Reply::good();
    return o;
}

PersistentReservations::Outcome PersistentReservations::preempt(uint8_t type, uint64_t key, uint64_t serviceKey,
                                                                const Nexus& nexus, bool abort)
{
    // SPC-4 §5.13.11.4.
    const PrRegistration* regp = find(nexus);
    if (!regp || regp->key != key)
        return {Reply::conflict(), {}};
    const PrRegistration self = *regp;
    Outcome o;
    o.abortTasksOfPreempted = abort;

    auto removeMatching = [&](auto predicate) {
        size_t removed = 0;
        for (size_t i = 0; i < registrations_.size();) {
            if (predicate(registrations_[i])) {
                PrRegistration r = registrations_[i];
                registrations_.erase(registrations_.begin() + long(i));
                o.notices.push_back(noticeFor(r, Sense::RegistrationsPreempted));
                ++removed;
            } else {
                ++i;
            }
        }
        return removed;
    };

    if (type_ == 0) {
        // No reservation: remove the registrations with SERVICE ACTION RESERVATION KEY.
        if (removeMatching([&](const PrRegistration& r) { return r.key == serviceKey; }) == 0)
            return {Reply::conflict(), {}};
    } else if (allRegistrantsType()) {
        if (serviceKey == 0) {
            removeMatching([&](const PrRegistration& r) { return !samePorts(r, self); });
            type_ = type;
            if (isAllRegistrants(type))
                holder_.reset();
            else
                holder_ = self;
        } else if (removeMatching([&](const PrRegistration& r) { return r.key == serviceKey; }) == 0) {
            return {Reply::conflict(), {}};
        }
    } else if (holder_ && serviceKey == holder_->key) {
        const uint8_t oldType = type_;
        removeMatching([&](const PrRegistration& r) { return r.key == serviceKey && !samePorts(r, self); });
        type_ = type;
        if (isAllRegistrants(type))
            holder_.reset();
        else
            holder_ = self;
        if (oldType != type) {
            for (const auto& r : registrations_)
                if (!samePorts(r, self))
                    o.notices.push_back(noticeFor(r, Sense::ReservationsReleased));
        }
    } else {
        if (serviceKey == 0)
            return {Reply::check(SenseValue::invalidParameter(8)), {}};
        if (removeMatching([&](const PrRegistration& r) { return r.key == serviceKey; }) == 0)
            return {Reply::conflict(), {}};
    }
    ++generation_;
    persist();
    o.reply = Reply::good();
    return o;
}

PersistentReservations::Outcome PersistentReservations::registerAndMove(uint8_t type, const std::vector<uint8_t>& p,
                                                                        const Nexus& nexus)
{
    // SPC-4 §5.13.8.
    const uint64_t key = be64(&p[0]);
    const uint64_t serviceKey = be64(&p[8]);
    const bool unreg = p[17] & 0x02;
    const bool aptpl = p[17] & 0x01;
    const uint16_t rtpi = be16(&p[18]);
    const uint32_t tidLen = be32(&p[20]);
    if (aptpl && file_.empty())
        return {Reply::check(SenseValue::invalidParameter(17, 0)), {}};
    if (24 + size_t(tidLen) > p.size() || tidLen < 24)
        return {Reply::check(Sense::ParameterListLengthError), {}};
    PrRegistration* reg = find(nexus);
    if (!reg || reg->key != key)
        return {Reply::conflict(), {}};
    if (type_ == 0 || allRegistrantsType() || !isHolder(*reg) || serviceKey == 0)
        return {Reply::conflict(), {}};
    const uint8_t* tid = &p[24];
    if ((tid[0] & 0x0F) != 0x05 || (tid[0] >> 6) != 0x01)
        return {Reply::check(SenseValue::invalidParameter(24)), {}};
    const size_t nameLen = std::min<size_t>(be16(&tid[2]), tidLen - 4);
    std::string name(reinterpret_cast<const char*>(&tid[4]), strnlen(reinterpret_cast<const char*>(&tid[4]), nameLen));
    if (rtpi != nexus.relativeTargetPortId)
        return {Reply::check(SenseValue::invalidParameter(18)), {}};
    PrRegistration dest;
    dest.key = serviceKey;
    dest.initiatorPort = name;
    dest.targetPort = nexus.targetPortName();
    dest.relativeTargetPortId = rtpi;
    if (samePorts(dest, *reg))
        return {Reply::check(SenseValue::invalidParameter(24)), {}};
    PrRegistration* existing = nullptr;
    for (auto& r : registrations_)
        if (samePorts(r, dest))
            existing = &r;
    PrRegistration source = *reg;
    if (!existing) {
        registrations_.push_back(dest);
    } else {
        dest = *existing;
    }
    holder_ = dest;
    type_ = type;
    if (unreg) {
        for (size_t i = 0; i < registrations_.size(); ++i)
            if (samePorts(registrations_[i], source)) {
                registrations_.erase(registrations_.begin() + long(i));
                break;
            }
    }
    ++generation_;
    aptpl_ = aptpl;
    persist();
    return {Reply::good(), {}};
}

// ---------------------------------------------------------------- APTPL persistence

void PersistentReservations::persist()
{
    if (file_.empty())
        return;
    if (!aptpl_) {
        ::unlink(file_.c_str());
        return;
    }
    std::ostringstream s;
    s << "storlab-pr 1\n";
    s << "generation " << generation_ << "\n";
    for (const auto& r : registrations_)
        s << "reg " << std::hex << r.key << std::dec << ' ' << (r.allTargetPorts ? 1 : 0) << ' '
          << r.relativeTargetPortId << ' ' << r.initiatorPort << ' ' << r.targetPort << "\n";
    if (type_ != 0) {
        s << "res " << unsigned(type_);
        if (holder_)
            s << ' ' << holder_->initiatorPort << ' ' << holder_->targetPort;
        s << "\n";
    }
    const std::string text = s.str();
    // Write temp, fsync, rename (design.md §4).
    const std::string tmp = file_ + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    const char* data = text.data();
    size_t left = text.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ::close(fd);
            ::unlink(tmp.c_str());
            return;
        }
        data += n;
        left -= size_t(n);
    }
    ::fsync(fd);
    ::close(fd);
    if (::rename(tmp.c_str(), file_.c_str()) != 0) {
        ::unlink(tmp.c_str());
        return;
    }
    const auto slash = file_.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : file_.substr(0, slash));
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

void PersistentReservations::load()
{
    std::ifstream in(file_);
    if (!in)
        return; // nothing persisted
    std::string line;
    if (!std::getline(in, line) || line != "storlab-pr 1") {
        loadError_ = "unrecognised reservation file " + file_;
        return;
    }
    std::vector<PrRegistration> regs;
    std::optional<PrRegistration> holder;
    uint8_t type = 0;
    uint32_t generation = 0;
    std::string holderInit, holderTarget;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string tag;
        ls >> tag;
        if (tag == "generation") {
            ls >> generation;
        } else if (tag == "reg") {
            PrRegistration r;
            int all = 0;
            ls >> std::hex >> r.key >> std::dec >> all >> r.relativeTargetPortId >> r.initiatorPort >> r.targetPort;
            if (!ls) {
                loadError_ = "corrupt registration in " + file_;
                return;
            }
            r.allTargetPorts = all != 0;
            regs.push_back(std::move(r));
        } else if (tag == "res") {
            unsigned t = 0;
            ls >> t >> holderInit >> holderTarget;
            type = uint8_t(t);
        }
    }
    if (type != 0 && !validType(type)) {
        loadError_ = "invalid reservation type in " + file_;
        return;
    }
    if (type != 0 && !isAllRegistrants(type)) {
        for (const auto& r : regs)
            if (r.initiatorPort == holderInit && r.targetPort == holderTarget)
                holder = r;
        if (!holder)
            type = 0;
    }
    registrations_ = std::move(regs);
    holder_ = holder;
    type_ = type;
    generation_ = generation;
    aptpl_ = true;
}

} // namespace storlab::scsi
