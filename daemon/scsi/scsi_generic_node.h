#pragma once
// One opened Linux SCSI generic node: /dev/sgN (sg driver, SG_IO with the
// version 3 header) or /dev/bsg/H:C:T:L (bsg driver, SG_IO with the version 4
// header). open() checks that the path exists, is a character device of that
// driver, is not busy, and that the device answers INQUIRY (SPC-4 §6.6); the
// error names the path. A node is passed through by one LUN at a time.
#include "core/result.h"
#include "scsi/scsi_task.h"

#include <memory>
#include <string>
#include <vector>

namespace storlab::scsi {

enum class SgInterface { Sg, Bsg };

class ScsiGenericNode {
public:
    // `what` names the field in error messages (e.g. "path").
    static Result<std::unique_ptr<ScsiGenericNode>> open(SgInterface interface, const std::string& path,
                                                        const std::string& what = "path");
    ~ScsiGenericNode();
    ScsiGenericNode(const ScsiGenericNode&) = delete;
    ScsiGenericNode& operator=(const ScsiGenericNode&) = delete;

    // Sends the task's CDB (and Data-Out) to the device and fills its status,
    // sense and Data-In (sg_io_mapping.h). Blocks up to `timeoutMs` plus the
    // kernel's abort handling: call it on a worker thread, never a reactor.
    void execute(ScsiTask& task, unsigned timeoutMs) const;

    SgInterface interface() const { return interface_; }
    const std::string& path() const { return path_; }
    // The device's standard INQUIRY data, read by open().
    const std::vector<uint8_t>& inquiry() const { return inquiry_; }
    uint8_t deviceType() const { return inquiry_.empty() ? 0x1F : uint8_t(inquiry_[0] & 0x1F); }
    // "VENDOR PRODUCT REV" from the INQUIRY data, for logs.
    std::string description() const;

private:
    ScsiGenericNode(SgInterface interface, std::string path, int fd, unsigned long long device);
    SgInterface interface_;
    std::string path_;
    int fd_;
    unsigned long long device_;   // st_rdev, the key of the in-use set
    std::vector<uint8_t> inquiry_;
};

// A task built for a command the daemon itself sends (INQUIRY at open,
// REPORT SUPPORTED OPERATION CODES): no initiator, Data-In of `allocation` bytes.
std::shared_ptr<ScsiTask> makeInternalTask(std::initializer_list<uint8_t> cdb, uint32_t allocation);

} // namespace storlab::scsi
