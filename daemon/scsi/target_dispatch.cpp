// Target-level dispatch (SPC-4 §4.6.4 / SAM-5 §4.6.?): REPORT LUNS and
// commands addressed to a LUN that does not exist.
#include "scsi/cdb.h"
#include "scsi/logical_unit.h"
#include "scsi/sense.h"

namespace storlab::scsi {
namespace {

void completeWith(ScsiTask& t, uint8_t st, std::vector<uint8_t> data, std::optional<SenseValue> sense)
{
    t.status = st;
    t.dataIn = std::move(data);
    t.sense = sense ? buildSense(*sense, false) : std::vector<uint8_t>{};
    t.complete();
}

// SAM-5 §4.7.? single level LUN structure: peripheral device addressing for
// LUNs below 256, flat space addressing below 16384.
void encodeLun(uint8_t* p, uint64_t lun)
{
    if (lun < 256) {
        p[0] = 0x00;
        p[1] = uint8_t(lun);
    } else {
        p[0] = uint8_t(0x40 | ((lun >> 8) & 0x3F));
        p[1] = uint8_t(lun & 0xFF);
    }
}

void reportLuns(const LunMap& luns, ScsiTask& t)
{
    // SPC-4 §6.33.
    const uint8_t select = t.cdb[2];
    const uint32_t alloc = be32(&t.cdb[6]);
    if (t.cdb[11] & 0x04) // NACA
        return completeWith(t, status::CheckCondition, {}, SenseValue::invalidCdb(11, 2));
    if (alloc < 16)
        return completeWith(t, status::CheckCondition, {}, SenseValue::invalidCdb(6));
    if (select > 0x02)
        return completeWith(t, status::CheckCondition, {}, SenseValue::invalidCdb(2));
    std::vector<uint8_t> d(8, 0);
    if (select != 0x01) { // 01h: well known LUNs only; we have none
        for (const auto& [lun, unit] : luns) {
            if (!unit || lun >= 16384)
                continue;
            uint8_t e[8] = {0};
            encodeLun(e, lun);
            d.insert(d.end(), e, e + 8);
        }
    }
    put32(&d[0], uint32_t(d.size() - 8));
    completeWith(t, status::Good, trimmed(std::move(d), alloc), std::nullopt);
}

} // namespace

void dispatchToTarget(const LunMap& luns, std::shared_ptr<ScsiTask> task)
{
    ScsiTask& t = *task;
    const uint8_t op = t.cdb[0];
    if (op == 0xA0)
        return reportLuns(luns, t);
    auto it = luns.find(t.lun);
    if (it != luns.end() && it->second) {
        t.stats = it->second->stats();
        t.stats->started();
        return it->second->execute(std::move(task));
    }
    // No such logical unit (SPC-4 §4.6.4 / SAM-5 §5.?).
    switch (op) {
    case 0x12: { // INQUIRY: peripheral qualifier 011b, device type 1Fh
        const uint32_t alloc = be16(&t.cdb[3]);
        if (t.cdb[1] & 0x01) {
            std::vector<uint8_t> d{0x7F, t.cdb[2], 0, 0};
            return completeWith(t, status::Good, trimmed(std::move(d), alloc), std::nullopt);
        }
        std::vector<uint8_t> d(36, 0);
        d[0] = 0x7F;
        d[2] = 0x06;
        d[3] = 0x12;
        d[4] = 31;
        return completeWith(t, status::Good, trimmed(std::move(d), alloc), std::nullopt);
    }
    case 0x03: { // REQUEST SENSE: sense data as parameter data
        const bool desc = t.cdb[1] & 0x01;
        return completeWith(t, status::Good, trimmed(buildSense(Sense::LogicalUnitNotSupported, desc), t.cdb[4]),
                            std::nullopt);
    }
    default:
        return completeWith(t, status::CheckCondition, {}, SenseValue(Sense::LogicalUnitNotSupported));
    }
}

} // namespace storlab::scsi
