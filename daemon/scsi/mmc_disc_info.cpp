#include "scsi/mmc_disc_info.h"

#include "scsi/cdb.h"

#include <algorithm>
#include <utility>

namespace storlab::scsi::mmc {
namespace {

using media::DiscProfile;
using media::DiscStatus;

// LBA -> MSF (MMC-6 §4.2.3.?: M:S:F = (LBA + 150) / 75 / 60 ...).
void putMsf(uint8_t* p, uint32_t lba)
{
    const uint32_t x = lba + 150;
    p[0] = 0;
    p[1] = uint8_t(x / (75 * 60));
    p[2] = uint8_t((x / 75) % 60);
    p[3] = uint8_t(x % 75);
}

void putAddress(uint8_t* p, uint32_t lba, bool msf)
{
    if (msf)
        putMsf(p, lba);
    else
        put32(p, lba);
}

// Tracks with data (closed, or the open one once written): what a TOC lists.
std::vector<media::DiscTrack> recordedTracks(const MediaView& m)
{
    std::vector<media::DiscTrack> t;
    for (const auto& tr : m.tracks)
        if (tr.closed || tr.size > 0)
            t.push_back(tr);
    return t;
}

// The session READ DISC INFORMATION calls the last one: the open session of an
// appendable (or blank) disc, the last closed one of a complete disc.
uint16_t lastSession(const MediaView& m)
{
    if (m.status == DiscStatus::Complete)
        return uint16_t(std::max<uint32_t>(m.closedSessions, 1));
    return uint16_t(m.closedSessions + 1);
}

// Track numbers (from 1) of the first and last track of `session`; {0, 0} when it has none.
std::pair<size_t, size_t> sessionTracks(const std::vector<media::DiscTrack>& tracks, uint16_t session)
{
    size_t first = 0, last = 0;
    for (size_t i = 0; i < tracks.size(); ++i)
        if (tracks[i].session == session) {
            if (!first)
                first = i + 1;
            last = i + 1;
        }
    return {first, last};
}

// The last session whose lead-out is written: what READ TOC format 1 reports
// (a disc whose only session is still open reports that one, as drives do).
uint16_t lastCompleteSession(const MediaView& m)
{
    return uint16_t(std::max<uint32_t>(m.closedSessions, 1));
}

} // namespace

std::optional<std::vector<uint8_t>> readToc(const MediaView& m, uint8_t format, bool msf, uint8_t number)
{
    const auto tracks = recordedTracks(m);
    if (tracks.empty())
        return std::nullopt; // blank disc: no TOC
    const uint8_t last = uint8_t(tracks.size());
    const uint32_t leadOut = m.readable;
    std::vector<uint8_t> d(4, 0);
    switch (format) {
    case 0: { // formatted TOC (§6.26.3.2)
        if (number > last && number != 0xAA)
            return std::nullopt;
        d[2] = 1;
        d[3] = last;
        for (uint8_t i = 0; i < last; ++i) {
            if (i + 1 < number)
                continue;
            uint8_t e[8] = {0, 0x14, uint8_t(i + 1), 0, 0, 0, 0, 0}; // ADR 1, CONTROL 4 (data track)
            putAddress(&e[4], tracks[i].start, msf);
            d.insert(d.end(), e, e + 8);
        }
        uint8_t e[8] = {0, 0x14, 0xAA, 0, 0, 0, 0, 0};
        putAddress(&e[4], leadOut, msf);
        d.insert(d.end(), e, e + 8);
        break;
    }
    case 1: { // session information (§6.26.3.3): the first track of the last complete session
        // (growisofs -M takes the previous session's start from it, Linux sr the multisession offset)
        const uint16_t s = lastCompleteSession(m);
        const size_t first = std::max<size_t>(sessionTracks(tracks, s).first, 1);
        d[2] = 1;
        d[3] = uint8_t(s);
        uint8_t e[8] = {0, 0x14, uint8_t(first), 0, 0, 0, 0, 0};
        putAddress(&e[4], tracks[first - 1].start, msf);
        d.insert(d.end(), e, e + 8);
        break;
    }
    case 2: { // raw TOC (§6.26.3.4), fabricated for DVD as drives do: per session A0/A1/A2 + its tracks
        d[2] = 1;
        d[3] = uint8_t(tracks.back().session);
        for (uint16_t s = 1; s <= tracks.back().session; ++s) {
            const auto [first, lastInSession] = sessionTracks(tracks, s);
            if (!first)
                continue;
            auto point = [&](uint8_t pt, uint8_t pmin, uint8_t psec, uint8_t pframe) {
                const uint8_t e[11] = {uint8_t(s), 0x14, 0, pt, 0, 0, 0, 0, pmin, psec, pframe};
                d.insert(d.end(), e, e + 11);
            };
            point(0xA0, uint8_t(first), 0x00, 0);       // first track, disc type 00h (CD-ROM/DVD data)
            point(0xA1, uint8_t(lastInSession), 0, 0);  // last track
            uint8_t a[4];
            const auto& end = tracks[lastInSession - 1];
            putMsf(a, s == tracks.back().session ? leadOut : end.start + end.size);
            point(0xA2, a[1], a[2], a[3]);              // the session's lead-out start
            for (size_t i = first; i <= lastInSession; ++i) {
                putMsf(a, tracks[i - 1].start);
                point(uint8_t(i), a[1], a[2], a[3]);
            }
        }
        break;
    }
    default:
        return std::nullopt;
    }
    put16(&d[0], uint16_t(d.size() - 2));
    return d;
}

std::vector<uint8_t> discInformation(const MediaView& m)
{
    // Standard disc information (§6.22.3.1, table 398).
    std::vector<uint8_t> d(34, 0);
    put16(&d[0], 32);
    const uint16_t last = lastSession(m);
    bool lastRecorded = false;
    for (const auto& t : m.tracks)
        lastRecorded |= t.session == last && (t.closed || t.size > 0);
    // STATE OF LAST SESSION: 00b empty, 01b incomplete, 11b complete; DISC STATUS: 0 blank,
    // 1 appendable (also after a closed session: the new, empty one can be written), 2 complete.
    uint8_t session = 3, disc = 2;
    if (m.status == DiscStatus::Blank) {
        session = 0;
        disc = 0;
    } else if (m.status == DiscStatus::Appendable) {
        session = lastRecorded ? 1 : 0;
        disc = 1;
    }
    auto [first, lastTrack] = sessionTracks(m.tracks, last);
    if (!first)
        first = lastTrack = std::max<size_t>(m.tracks.size(), 1);
    d[2] = uint8_t((session << 2) | disc);     // not erasable
    d[3] = 1;                                  // first track on disc
    d[4] = uint8_t(last);                      // number of sessions (LSB; MSB in byte 9)
    d[9] = uint8_t(last >> 8);
    d[5] = uint8_t(first);                     // first track in last session (LSB; MSB in byte 10)
    d[10] = uint8_t(first >> 8);
    d[6] = uint8_t(lastTrack);                 // last track in last session (LSB; MSB in byte 11)
    d[11] = uint8_t(lastTrack >> 8);
    d[7] = 0x20;                               // URU: unrestricted use
    d[8] = 0x00;                               // disc type
    if (m.writable) {
        put32(&d[16], m.nwa);                  // next session / lead-in start
        put32(&d[20], m.capacity);             // last possible lead-out start
    } else {
        put32(&d[16], 0xFFFFFFFF);
        put32(&d[20], 0xFFFFFFFF);
    }
    return d;
}

std::optional<std::vector<uint8_t>> trackInformation(const MediaView& m, uint8_t addressType, uint32_t address)
{
    if (m.tracks.empty())
        return std::nullopt;
    size_t index = 0;
    switch (addressType) {
    case 0: { // LBA: the track holding it (the open track runs to the end of the user area)
        bool found = false;
        for (size_t i = 0; i < m.tracks.size(); ++i) {
            const auto& t = m.tracks[i];
            const uint64_t end = t.closed ? uint64_t(t.start) + t.size : (t.reserved ? t.start + t.reserved : m.capacity);
            if (address >= t.start && address < end) {
                index = i;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
        break;
    }
    case 1:
        if (address == 0xFF)
            index = m.tracks.size() - 1; // the invisible / incomplete track
        else if (address >= 1 && address <= m.tracks.size())
            index = address - 1;
        else
            return std::nullopt;
        break;
    case 2: { // session number: its first track
        const size_t first = address <= 0xFFFF ? sessionTracks(m.tracks, uint16_t(address)).first : 0;
        if (!first)
            return std::nullopt;
        index = first - 1;
        break;
    }
    default:
        return std::nullopt;
    }
    const auto& t = m.tracks[index];
    const bool open = !t.closed && m.writable;
    std::vector<uint8_t> d(48, 0);
    put16(&d[0], 46);
    d[2] = uint8_t(index + 1);                        // track number (LSB; MSB in byte 32)
    d[32] = uint8_t((index + 1) >> 8);
    d[3] = uint8_t(t.session);                        // session number (LSB; MSB in byte 33)
    d[33] = uint8_t(t.session >> 8);
    d[5] = 0x04;                                      // track mode: data, recorded uninterrupted
    d[6] = uint8_t((t.reserved ? 0x80 : 0) | (open && t.size == 0 ? 0x40 : 0) | 0x01); // RT, Blank, data mode 1
    d[7] = uint8_t((t.size > 0 ? 0x02 : 0) | (open ? 0x01 : 0)); // LRA_V, NWA_V
    put32(&d[8], t.start);
    if (open) {
        put32(&d[12], t.start + t.size);
        const uint32_t limit = t.reserved ? t.start + t.reserved : m.capacity;
        put32(&d[16], limit - (t.start + t.size));    // free blocks
        put32(&d[24], limit - t.start);               // track size
    } else {
        put32(&d[24], t.size);
    }
    put32(&d[20], kDvdBlocking);                      // blocking factor
    if (t.size > 0)
        put32(&d[28], t.start + t.size - 1);          // last recorded address
    put32(&d[36], t.start);                           // read compatibility LBA
    return d;
}

std::optional<std::vector<uint8_t>> dvdStructure(const MediaView& m, uint8_t format, uint8_t layer)
{
    const bool dualLayer = m.profile == DiscProfile::DvdRom && m.capacity > media::kDvdPlusRSectors;
    std::vector<uint8_t> d(4, 0);
    switch (format) {
    case 0x00: { // physical format information (§6.23.3.2.1, ECMA-267 §15.?)
        if (layer > (dualLayer ? 1 : 0))
            return std::nullopt;
        std::vector<uint8_t> p(2048, 0);
        const bool plusR = m.profile == DiscProfile::DvdPlusR;
        p[0] = plusR ? 0xA1 : 0x01;                   // book type (DVD+R = Ah, DVD-ROM = 0), part version 1
        p[1] = plusR ? 0x0F : 0x02;                   // 120 mm, max rate (10.08 Mbps / not specified)
        p[2] = uint8_t((dualLayer ? 0x20 : 0x00) | (plusR ? 0x02 : 0x01)); // layers, PTP, layer type
        p[3] = dualLayer ? 0x10 : 0x00;               // linear / track density
        put32(&p[4], kDvdFirstPsn);
        const uint32_t sectors = plusR ? m.capacity : std::max<uint32_t>(m.readable, 1);
        put32(&p[8], kDvdFirstPsn + sectors - 1);     // end of the data area
        d.insert(d.end(), p.begin(), p.end());
        break;
    }
    case 0x01: // copyright information (§6.23.3.2.2): no protection, all regions
        d.insert(d.end(), {0x00, 0x00, 0x00, 0x00});
        break;
    case 0x04: // disc manufacturing information: 2048 bytes, none recorded
        d.resize(4 + 2048, 0);
        break;
    case 0xFF: { // list of the structures we return (§6.23.3.2.?)
        const uint8_t list[][4] = {{0x00, 0x40, 0x08, 0x04}, {0x01, 0x40, 0x00, 0x08},
                                   {0x04, 0x40, 0x08, 0x04}, {0xFF, 0x40, 0x00, 0x10}};
        for (const auto& e : list)
            d.insert(d.end(), e, e + 4);
        break;
    }
    default:
        return std::nullopt;
    }
    put16(&d[0], uint16_t(d.size() - 2));
    return d;
}

std::optional<std::vector<uint8_t>> performance(const MediaView& m, uint8_t type, uint8_t dataType, uint16_t maxDescriptors)
{
    std::vector<uint8_t> d(8, 0);
    const uint32_t end = m.present ? std::max<uint32_t>(m.writable ? m.capacity : m.readable, 1) - 1 : 0;
    if (type == 0x00) { // performance (§6.8.3.?): one nominal descriptor
        const bool write = dataType & 0x04;
        d[4] = write ? 0x02 : 0x00;
        if (maxDescriptors >= 1) {
            uint8_t e[16] = {};
            put32(&e[0], 0);
            put32(&e[4], write ? kWriteSpeed : kReadSpeed);
            put32(&e[8], end);
            put32(&e[12], write ? kWriteSpeed : kReadSpeed);
            d.insert(d.end(), e, e + 16);
        }
    } else if (type == 0x03) { // write speed descriptors (§6.8.3.?)
        if (maxDescriptors >= 1) {
            uint8_t e[16] = {};
            e[0] = 0x00; // WRC default, not exact
            put32(&e[4], end);
            put32(&e[8], kReadSpeed);
            put32(&e[12], kWriteSpeed);
            d.insert(d.end(), e, e + 16);
        }
    } else {
        return std::nullopt;
    }
    put32(&d[0], uint32_t(d.size() - 4));
    return d;
}

} // namespace storlab::scsi::mmc
