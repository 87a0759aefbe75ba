#include "scsi/ssc_pages.h"

#include "scsi/cdb.h"

#include <cstring>
#include <string>

namespace storlab::scsi::ssc {

using media::DriveAccess;
using media::TapeGeneration;

namespace {

void putPadded(uint8_t* p, const std::string& s, size_t n)
{
    std::memset(p, ' ', n);
    std::memcpy(p, s.data(), std::min(n, s.size()));
}

std::vector<uint8_t> descriptor(TapeGeneration g, bool writeOk, bool isDefault)
{
    // SSC-4 density support data block descriptor, 52 bytes.
    const auto& info = media::generationInfo(g);
    std::vector<uint8_t> d(52, 0);
    d[0] = info.densityCode;  // PRIMARY DENSITY CODE
    d[1] = info.densityCode;  // SECONDARY DENSITY CODE
    d[2] = uint8_t((writeOk ? 0x80 : 0) | (isDefault ? 0x20 : 0)); // WRTOK, DUP = 0, DEFLT
    put16(&d[4], 52 - 5);      // DESCRIPTOR LENGTH (SSC-4: n - 4)
    put24(&d[5], 0);           // BITS PER MM (not modelled)
    put16(&d[8], 127);         // MEDIA WIDTH: 12.7 mm in tenths
    put16(&d[10], uint16_t(info.tracks));
    put32(&d[12], uint32_t(info.nativeCapacity / 1'000'000)); // CAPACITY in megabytes (10^6)
    putPadded(&d[16], "LTO-CVE", 8);                         // ASSIGNING ORGANIZATION
    std::string name(info.name);
    name.erase(name.find('-'), 1);                            // "LTO6"
    putPadded(&d[24], name, 8);                               // DENSITY NAME
    putPadded(&d[32], "Ultrium " + std::string(info.name.substr(4)) + "/" + std::to_string(unsigned(g)) +
                          "T", 20);                           // DESCRIPTION
    return d;
}

void logParameter(std::vector<uint8_t>& out, uint16_t code, uint8_t control, const std::vector<uint8_t>& value)
{
    uint8_t h[4];
    put16(h, code);
    h[2] = control;
    h[3] = uint8_t(value.size());
    out.insert(out.end(), h, h + 4);
    out.insert(out.end(), value.begin(), value.end());
}

std::vector<uint8_t> be(uint64_t v, size_t n)
{
    std::vector<uint8_t> b(n);
    for (size_t i = 0; i < n; ++i)
        b[n - 1 - i] = uint8_t(v >> (8 * i));
    return b;
}

} // namespace

std::vector<uint8_t> densitySupport(TapeGeneration drive, std::optional<TapeGeneration> medium, bool mediaOnly)
{
    std::vector<uint8_t> d(4, 0);
    for (int g = int(TapeGeneration::Lto10); g >= int(TapeGeneration::Lto1); --g) {
        const auto gen = TapeGeneration(g);
        const DriveAccess a = media::driveAccess(drive, gen);
        if (a == DriveAccess::None)
            continue;
        if (mediaOnly && (!medium || *medium != gen))
            continue;
        const auto desc = descriptor(gen, a == DriveAccess::ReadWrite, gen == drive);
        d.insert(d.end(), desc.begin(), desc.end());
    }
    put16(&d[0], uint16_t(d.size() - 2)); // AVAILABLE DENSITY DESCRIPTOR LENGTH
    return d;
}

std::optional<std::vector<uint8_t>> logPage(uint8_t page, const TapeCounters& c, uint64_t remainingMiB,
                                            uint64_t maximumMiB)
{
    std::vector<uint8_t> p(4, 0);
    p[0] = page;
    switch (page) {
    case 0x00:
        for (uint8_t code : {0x00, 0x0C, 0x2E, 0x31})
            p.push_back(code);
        break;
    case 0x0C: // Sequential-access device log page (SSC-4 §8.2.?), 8-byte counters
        logParameter(p, 0x0000, 0x02, be(c.bytesFromInitiators, 8));
        logParameter(p, 0x0001, 0x02, be(c.bytesToMedium, 8));
        logParameter(p, 0x0002, 0x02, be(c.bytesFromMedium, 8));
        logParameter(p, 0x0003, 0x02, be(c.bytesToInitiators, 8));
        break;
    case 0x2E: // TapeAlert (SSC-4 §8.2.?): flags 01h..40h, none set
        for (uint16_t f = 1; f <= 0x40; ++f)
            logParameter(p, f, 0x00, {0x00});
        break;
    case 0x31: // Tape capacity (SSC-4 §8.2.?): MiB, main and alternate partition
        logParameter(p, 0x0001, 0x00, be(remainingMiB, 4));
        logParameter(p, 0x0002, 0x00, be(0, 4));
        logParameter(p, 0x0003, 0x00, be(maximumMiB, 4));
        logParameter(p, 0x0004, 0x00, be(0, 4));
        break;
    default:
        return std::nullopt;
    }
    put16(&p[2], uint16_t(p.size() - 4));
    return p;
}

std::vector<uint8_t> attributeValues(const std::vector<media::MamAttribute>& all, uint16_t first)
{
    std::vector<uint8_t> d(4, 0);
    for (const auto& a : all) {
        if (a.id < first)
            continue;
        uint8_t h[5];
        put16(h, a.id);
        h[2] = uint8_t((a.readOnly ? 0x80 : 0) | (a.format & 0x03)); // READ ONLY, FORMAT
        put16(&h[3], uint16_t(a.value.size()));
        d.insert(d.end(), h, h + 5);
        d.insert(d.end(), a.value.begin(), a.value.end());
    }
    put32(&d[0], uint32_t(d.size() - 4)); // AVAILABLE DATA
    return d;
}

std::vector<uint8_t> attributeList(const std::vector<media::MamAttribute>& all)
{
    std::vector<uint8_t> d(4, 0);
    for (const auto& a : all) {
        d.push_back(uint8_t(a.id >> 8));
        d.push_back(uint8_t(a.id));
    }
    put32(&d[0], uint32_t(d.size() - 4));
    return d;
}

} // namespace storlab::scsi::ssc
