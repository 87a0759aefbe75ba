// Barcode ranges (see tape_generation.h for the LTO label rule).
#include "media/tape_cartridge.h"

#include <cctype>

namespace storlab::media {

Result<std::vector<std::string>> barcodeRange(const std::string& first, unsigned count)
{
    // The counter is the last run of digits before the 2-character media
    // identifier ("A00000L6": "00000"); without an identifier, the last digit run.
    size_t end = first.size();
    if (mediaFromBarcode(first) && end >= 2)
        end -= 2;
    size_t digitsEnd = end;
    while (digitsEnd > 0 && !std::isdigit(static_cast<unsigned char>(first[digitsEnd - 1])))
        --digitsEnd;
    size_t digitsBegin = digitsEnd;
    while (digitsBegin > 0 && std::isdigit(static_cast<unsigned char>(first[digitsBegin - 1])))
        --digitsBegin;
    if (digitsBegin == digitsEnd)
        return Error{tape_error::InvalidArgument, "barcode '" + first + "' has no digits to count with (e.g. A00000L6)"};
    const size_t width = digitsEnd - digitsBegin;
    if (width > 18)
        return Error{tape_error::InvalidArgument, "too many digits in '" + first + "'"};
    uint64_t start = std::stoull(first.substr(digitsBegin, width));
    uint64_t limit = 1;
    for (size_t i = 0; i < width; ++i)
        limit *= 10;
    if (count && start + count - 1 >= limit)
        return Error{tape_error::InvalidArgument, "range of " + std::to_string(count) + " from " + first +
                                                      " overflows its " + std::to_string(width) + " digits"};
    std::vector<std::string> out;
    out.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        std::string n = std::to_string(start + i);
        n.insert(0, width - n.size(), '0');
        out.push_back(first.substr(0, digitsBegin) + n + first.substr(digitsEnd));
    }
    return out;
}

} // namespace storlab::media
