#include "scsi/mmc_features.h"

#include "scsi/cdb.h"

namespace storlab::scsi::mmc {
namespace {

using media::DiscProfile;

struct Feature {
    uint16_t code;
    uint8_t version;
    bool persistent;
    bool current;
    std::vector<uint8_t> data;
};

// Profiles this drive can hold, most capable first (MMC-6 §5.3.1).
constexpr DiscProfile kProfiles[] = {DiscProfile::BdRom, DiscProfile::DvdPlusR, DiscProfile::DvdRom, DiscProfile::CdRom};

std::vector<Feature> features(const MediaView& m)
{
    const bool present = m.present;
    const bool dvd = present && m.isDvd();
    const bool bd = present && m.profile == DiscProfile::BdRom;
    const bool plusR = present && m.profile == DiscProfile::DvdPlusR;
    std::vector<Feature> f;
    // 0000h Profile List (§5.3.2)
    std::vector<uint8_t> profiles;
    for (DiscProfile p : kProfiles) {
        profiles.push_back(uint8_t(uint16_t(p) >> 8));
        profiles.push_back(uint8_t(p));
        profiles.push_back(present && m.profile == p ? 0x01 : 0x00); // CurrentP
        profiles.push_back(0);
    }
    f.push_back({0x0000, 0, true, true, profiles});
    // 0001h Core (§5.3.3): physical interface 00000001h (SCSI family), DBE = 1.
    f.push_back({0x0001, 2, true, true, {0x00, 0x00, 0x00, 0x01, 0x01, 0, 0, 0}});
    // 0002h Morphing (§5.3.4): OCEvent = 1 (operational change events), ASYNC = 0 (polled GESN).
    f.push_back({0x0002, 1, true, true, {0x02, 0, 0, 0}});
    // 0003h Removable Medium (§5.3.5): caddy/slot loading mechanism (000b), Eject = 1, Lock = 1.
    f.push_back({0x0003, 0, true, true, {0x09, 0, 0, 0}});
    // 0010h Random Readable (§5.3.7): 2048-byte blocks, blocking 16, PP = 0.
    f.push_back({0x0010, 0, false, present && m.readable > 0, {0x00, 0x00, 0x08, 0x00, 0x00, 0x10, 0x00, 0x00}});
    // 001Eh CD Read (§5.3.11): listed, never current (no CD media).
    f.push_back({0x001E, 2, false, false, {0, 0, 0, 0}});
    // 001Fh DVD Read (§5.3.12): MULTI110 = 0, DUAL-R = 0, DUAL-L = 1.
    f.push_back({0x001F, 1, false, dvd, {0x00, 0x00, 0x01, 0x00}});
    // 002Bh DVD+R (§5.3.26): Write = 1.
    f.push_back({0x002B, 0, false, plusR, {0x01, 0, 0, 0}});
    // 0040h BD Read (§5.3.33): class 0 bitmaps for BD-ROM.
    {
        std::vector<uint8_t> d(28, 0);
        d[24] = 0x00; d[25] = 0x02; // BD-ROM version 1
        f.push_back({0x0040, 0, false, bd, d});
    }
    // 0100h Power Management (§5.3.44).
    f.push_back({0x0100, 0, true, true, {}});
    // 0105h Timeout (§5.3.46).
    f.push_back({0x0105, 1, true, true, {0x00, 0x00, 0x00, 0x00}});
    // 0107h Real Time Streaming (§5.3.48): RBCB, SCS (SET CD SPEED), MP2A, WSPD (GET PERFORMANCE type 3), SW (SET STREAMING).
    f.push_back({0x0107, 4, false, true, {0x1F, 0, 0, 0}});
    return f;
}

} // namespace

std::vector<uint8_t> configuration(const MediaView& m, uint8_t rt, uint16_t start)
{
    std::vector<uint8_t> d(8, 0);
    put16(&d[6], uint16_t(m.present ? m.profile : DiscProfile::None));
    for (const Feature& f : features(m)) {
        if (f.code < start)
            continue;
        if (rt == 1 && !f.current)
            continue;
        if (rt == 2 && f.code != start)
            continue;
        d.push_back(uint8_t(f.code >> 8));
        d.push_back(uint8_t(f.code));
        d.push_back(uint8_t((f.version << 2) | (f.persistent ? 0x02 : 0) | (f.current ? 0x01 : 0)));
        d.push_back(uint8_t(f.data.size()));
        d.insert(d.end(), f.data.begin(), f.data.end());
    }
    put32(&d[0], uint32_t(d.size() - 4)); // DATA LENGTH excludes itself (MMC-6 §6.6.2.1)
    return d;
}

} // namespace storlab::scsi::mmc
