#include "scsi/command_table.h"

#include "scsi/cdb.h"
#include "scsi/spc_unit.h"

#include <algorithm>

namespace storlab::scsi {

void CommandTable::add(CommandInfo info)
{
    remove(info.opcode, info.serviceAction);
    entries_.push_back(std::move(info));
    std::sort(entries_.begin(), entries_.end(), [](const CommandInfo& a, const CommandInfo& b) {
        if (a.opcode != b.opcode)
            return a.opcode < b.opcode;
        return a.serviceAction.value_or(0) < b.serviceAction.value_or(0);
    });
    reindex();
}

void CommandTable::reindex()
{
    first_.fill(-1);
    serviceActions_.fill(false);
    for (size_t i = 0; i < entries_.size(); ++i) {
        const uint8_t op = entries_[i].opcode;
        if (first_[op] < 0)
            first_[op] = int16_t(i);
        if (entries_[i].serviceAction)
            serviceActions_[op] = true;
    }
}

void CommandTable::remove(uint8_t opcode, std::optional<uint16_t> serviceAction)
{
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                  [&](const CommandInfo& e) {
                                      return e.opcode == opcode && e.serviceAction == serviceAction;
                                  }),
                   entries_.end());
    reindex();
}

bool CommandTable::hasOpcode(uint8_t opcode) const { return first_[opcode] >= 0; }

bool CommandTable::usesServiceActions(uint8_t opcode) const { return serviceActions_[opcode]; }

const CommandInfo* CommandTable::find(uint8_t opcode, uint16_t serviceAction) const
{
    const int16_t first = first_[opcode];
    if (first < 0)
        return nullptr;
    if (!serviceActions_[opcode])
        return &entries_[size_t(first)];
    for (size_t i = size_t(first); i < entries_.size() && entries_[i].opcode == opcode; ++i)
        if (entries_[i].serviceAction && *entries_[i].serviceAction == serviceAction)
            return &entries_[i];
    return nullptr;
}

namespace {

Reply reportLunsSelf(Command& c)
{
    // Normally answered by dispatchToTarget(); a unit alone reports itself.
    std::vector<uint8_t> d(16, 0);
    put32(&d[0], 8);
    const uint64_t lun = c.task->lun;
    if (lun < 256) {
        d[9] = uint8_t(lun);
    } else {
        d[8] = uint8_t(0x40 | ((lun >> 8) & 0x3F));
        d[9] = uint8_t(lun);
    }
    return Reply::good(trimmed(std::move(d), be32(&c.cdb[6])));
}

void appendTimeouts(std::vector<uint8_t>& d, const CommandInfo& e)
{
    // Command timeouts descriptor (SPC-4 §6.35.4).
    uint8_t t[12] = {0, 0x0A, 0, 0};
    put32(&t[4], e.nominalTimeout);
    put32(&t[8], e.recommendedTimeout);
    d.insert(d.end(), t, t + sizeof t);
}

} // namespace

Reply reportSupportedOperationCodes(const CommandTable& table, const uint8_t* cdb)
{
    // SPC-4 §6.35.
    const bool rctd = cdb[2] & 0x80;
    const uint8_t options = cdb[2] & 0x07;
    const uint8_t reqOp = cdb[3];
    const uint16_t reqSa = be16(&cdb[4]);
    const uint32_t alloc = be32(&cdb[6]);

    if (options == 0) {
        std::vector<uint8_t> d(4, 0);
        for (const auto& e : table.entries()) {
            uint8_t desc[8] = {e.opcode, 0, 0, 0, 0, 0, 0, 0};
            if (e.serviceAction) {
                put16(&desc[2], *e.serviceAction);
                desc[5] |= 0x01; // SERVACTV
            }
            if (rctd)
                desc[5] |= 0x02; // CTDP
            put16(&desc[6], uint16_t(e.usage.size()));
            d.insert(d.end(), desc, desc + sizeof desc);
            if (rctd)
                appendTimeouts(d, e);
        }
        put32(&d[0], uint32_t(d.size() - 4));
        return Reply::good(trimmed(std::move(d), alloc));
    }

    const CommandInfo* e = nullptr;
    switch (options) {
    case 1:
        if (table.usesServiceActions(reqOp))
            return Reply::check(SenseValue::invalidCdb(2, 2));
        e = table.find(reqOp, 0);
        break;
    case 2:
        if (table.hasOpcode(reqOp) && !table.usesServiceActions(reqOp))
            return Reply::check(SenseValue::invalidCdb(2, 2));
        e = table.find(reqOp, reqSa);
        break;
    case 3:
        if (table.usesServiceActions(reqOp))
            e = table.find(reqOp, reqSa);
        else if (reqSa == 0)
            e = table.find(reqOp, 0);
        break;
    default:
        return Reply::check(SenseValue::invalidCdb(2, 2));
    }
    std::vector<uint8_t> d(4, 0);
    if (!e) {
        d[1] = 0x01; // SUPPORT 001b: not supported
        return Reply::good(trimmed(std::move(d), alloc));
    }
    d[1] = uint8_t((rctd ? 0x80 : 0) | 0x03); // SUPPORT 011b: supported as in the standard
    put16(&d[2], uint16_t(e->usage.size()));
    d.insert(d.end(), e->usage.begin(), e->usage.end());
    if (rctd)
        appendTimeouts(d, *e);
    return Reply::good(trimmed(std::move(d), alloc));
}

CommandTable spcCommandTable()
{
    CommandTable t;
    auto U = Access::Unrestricted;
    // {opcode, SA, name, handler, usage, access, reportsUA, allowedUnderReserve, nominal, recommended, needsMedium}
    t.add({0x00, {}, "TEST UNIT READY", [](Command& c) { return c.unit.testUnitReady(c); },
           {0x00, 0, 0, 0, 0, 0}, U, true, false, 1, 5});
    t.add({0x03, {}, "REQUEST SENSE", [](Command& c) { return c.unit.requestSense(c); },
           {0x03, 0x01, 0, 0, 0xFF, 0}, U, false, true, 1, 5});
    t.add({0x12, {}, "INQUIRY", [](Command& c) { return c.unit.inquiry(c); },
           {0x12, 0x01, 0xFF, 0xFF, 0xFF, 0}, U, false, true, 1, 5});
    t.add({0x15, {}, "MODE SELECT(6)", [](Command& c) { return c.unit.modeSelect(c); },
           {0x15, 0x11, 0, 0, 0xFF, 0}, Access::Write, true, false, 1, 5});
    t.add({0x16, {}, "RESERVE(6)", [](Command& c) { return c.unit.reserve(c); },
           {0x16, 0, 0, 0, 0, 0}, U, true, false, 1, 5});
    t.add({0x17, {}, "RELEASE(6)", [](Command& c) { return c.unit.release(c); },
           {0x17, 0, 0, 0, 0, 0}, U, true, true, 1, 5});
    t.add({0x1A, {}, "MODE SENSE(6)", [](Command& c) { return c.unit.modeSense(c); },
           {0x1A, 0x08, 0xFF, 0xFF, 0xFF, 0}, Access::Write, true, false, 1, 5});
    t.add({0x1B, {}, "START STOP UNIT", [](Command& c) { return c.unit.startStopUnit(c); },
           {0x1B, 0x01, 0, 0x0F, 0xF7, 0}, Access::Read, true, false, 1, 30});
    t.add({0x1E, {}, "PREVENT ALLOW MEDIUM REMOVAL", [](Command& c) { return c.unit.preventAllow(c); },
           {0x1E, 0, 0, 0, 0x03, 0}, Access::Read, true, false, 1, 5});
    t.add({0x55, {}, "MODE SELECT(10)", [](Command& c) { return c.unit.modeSelect(c); },
           {0x55, 0x11, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, Access::Write, true, false, 1, 5});
    t.add({0x56, {}, "RESERVE(10)", [](Command& c) { return c.unit.reserve(c); },
           {0x56, 0, 0, 0, 0, 0, 0, 0, 0, 0}, U, true, false, 1, 5});
    t.add({0x57, {}, "RELEASE(10)", [](Command& c) { return c.unit.release(c); },
           {0x57, 0, 0, 0, 0, 0, 0, 0, 0, 0}, U, true, true, 1, 5});
    t.add({0x5A, {}, "MODE SENSE(10)", [](Command& c) { return c.unit.modeSense(c); },
           {0x5A, 0x18, 0xFF, 0xFF, 0, 0, 0, 0xFF, 0xFF, 0}, Access::Write, true, false, 1, 5});
    t.add({0x5E, {}, "PERSISTENT RESERVE IN", [](Command& c) { return c.unit.persistentReserveIn(c); },
           {0x5E, 0x1F, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0}, U, true, false, 1, 5});
    t.add({0x5F, {}, "PERSISTENT RESERVE OUT", [](Command& c) { return c.unit.persistentReserveOut(c); },
           {0x5F, 0x1F, 0xFF, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0}, U, true, false, 1, 5});
    t.add({0xA0, {}, "REPORT LUNS", reportLunsSelf,
           {0xA0, 0, 0xFF, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, U, false, true, 1, 5});
    t.add({0xA3, uint16_t(0x0C), "REPORT SUPPORTED OPERATION CODES",
           [](Command& c) { return reportSupportedOperationCodes(c.unit.table(), c.cdb); },
           {0xA3, 0x1F, 0x87, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, U, true, true, 1, 5});
    t.add({0xA3, uint16_t(0x0D), "REPORT SUPPORTED TASK MANAGEMENT FUNCTIONS",
           [](Command& c) { return c.unit.reportSupportedTmf(c); },
           {0xA3, 0x1F, 0x80, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0}, U, true, true, 1, 5});
    return t;
}

} // namespace storlab::scsi
