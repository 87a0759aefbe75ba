// "null": no data at all, like tgt's bs_null. Reads return zeroes, writes and
// everything else succeed immediately, inline on the caller's thread. Useful
// for measuring the protocol path without any storage cost.
#include "backing/file_io.h"

#include <cstring>

namespace storlab::backing::detail {
namespace {

constexpr uint64_t kDefaultNullSize = 1ull << 40; // 1 TiB, tgt's fixed null size

class NullStore final : public BackingStore {
public:
    NullStore(uint64_t size, bool readOnly) : size_(size), readOnly_(readOnly) {}
    std::string_view kind() const override { return "null"; }
    uint64_t size() const override { return size_; }
    // No discard/map capability: nothing is ever stored, so there is nothing
    // to deallocate, and every block "reads as zero" anyway.
    unsigned capabilities() const override { return CapFlush | CapWriteZeroes; }

    void submit(const IoRequest& request, IoCompletion done) override
    {
        int rc = checkRequest(request, size_, readOnly_);
        if (rc == 0 && request.op == IoOp::Read && request.length > 0)
            std::memset(request.buffer, 0, request.length);
        done(rc);
    }

private:
    uint64_t size_;
    bool readOnly_;
};

} // namespace

Result<std::unique_ptr<BackingStore>> openNullStore(const BackingOptions& options)
{
    return std::unique_ptr<BackingStore>(
        new NullStore(options.size ? options.size : kDefaultNullSize, options.readOnly));
}

} // namespace storlab::backing::detail
