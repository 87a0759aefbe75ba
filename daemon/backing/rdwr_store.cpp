// "rdwr": blocking pread/pwrite/fdatasync/fallocate on a fixed pool of worker
// threads (behaviour modelled on tgt's bs_rdwr, written from scratch).
#include "backing/blocking_io_pool.h"
#include "backing/file_io.h"

namespace storlab::backing::detail {
namespace {

class RdwrStore final : public BackingStore {
public:
    RdwrStore(std::unique_ptr<FileHandle> file, unsigned threads) : file_(std::move(file)), pool_(*file_, threads) {}
    // pool_ is declared last, so it is destroyed first: queued requests finish
    // (and complete) while the file is still open.

    std::string_view kind() const override { return "rdwr"; }
    uint64_t size() const override { return file_->size; }
    unsigned capabilities() const override
    {
        unsigned caps = CapDiscard | CapWriteZeroes | CapFlush;
        if (!file_->isBlock)
            caps |= CapMapStatus;
        return caps;
    }

    void submit(const IoRequest& request, IoCompletion done) override
    {
        if (int rc = checkRequest(request, file_->size, file_->readOnly); rc != 0) {
            done(rc);
            return;
        }
        // Recycled jobs, no std::function: no heap allocation per I/O (issue #8).
        pool_.submit(request, std::move(done));
    }

    int mapStatus(uint64_t offset, bool& mapped, uint64_t& runLength) const override
    {
        return fileMapStatus(*file_, offset, mapped, runLength);
    }

private:
    std::unique_ptr<FileHandle> file_;
    BlockingIoPool pool_;
};

} // namespace

Result<std::unique_ptr<BackingStore>> openRdwrStore(const BackingOptions& options)
{
    auto file = openFile(options, "rdwr");
    if (!file)
        return file.error();
    return std::unique_ptr<BackingStore>(new RdwrStore(std::move(*file), options.threads));
}

} // namespace storlab::backing::detail
