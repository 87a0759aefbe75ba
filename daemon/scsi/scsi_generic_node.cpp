#include "scsi/scsi_generic_node.h"

#include "scsi/sg_io_mapping.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <set>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace storlab::scsi {

namespace {

constexpr unsigned kSgMajor = 21;            // SCSI_GENERIC_MAJOR (Documentation/admin-guide/devices.txt)
constexpr int kSgVersionMin = 30000;         // SG_IO with sg_io_hdr needs sg driver 3.x
constexpr unsigned kInquiryTimeoutMs = 20000;

std::mutex inUseMutex;
std::set<unsigned long long>& inUse()
{
    static std::set<unsigned long long> devices;
    return devices;
}

std::string sysfsSubsystem(dev_t rdev)
{
    std::error_code ec;
    const auto link = std::filesystem::read_symlink(
        "/sys/dev/char/" + std::to_string(major(rdev)) + ":" + std::to_string(minor(rdev)) + "/subsystem", ec);
    return ec ? std::string() : link.filename().string();
}

Error refuse(const std::string& what, const std::string& text, int code = -EINVAL)
{
    return Error{code, what + ": " + text};
}

std::string trimmedAscii(const std::vector<uint8_t>& d, size_t from, size_t length)
{
    std::string s;
    for (size_t i = from; i < from + length && i < d.size(); ++i)
        s += (d[i] >= 0x20 && d[i] < 0x7F) ? char(d[i]) : ' ';
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

// One SG_IO request with the header of either version (sg_io_mapping.h).
template <class Header, class Fill, class AnswerOf>
void runSgIo(int fd, ScsiTask& task, unsigned timeoutMs, Fill fill, AnswerOf answerOf)
{
    SgBuffers buffers;
    Header header;
    if (auto refused = fill(header, task, buffers, timeoutMs))
        return applyRefusal(*refused, task);
    int rc;
    do
        rc = ::ioctl(fd, SG_IO, &header);
    while (rc < 0 && errno == EINTR);
    if (rc == 0)
        applySgAnswer(answerOf(header), buffers, task);
    else
        applySgIoFailure(errno, task);
}

} // namespace

std::shared_ptr<ScsiTask> makeInternalTask(std::initializer_list<uint8_t> cdb, uint32_t allocation)
{
    auto task = std::make_shared<ScsiTask>();
    std::copy(cdb.begin(), cdb.end(), task->cdb.begin());
    task->cdbLength = uint16_t(cdb.size());
    task->readFlag = allocation > 0;
    task->expectedDataInLength = allocation;
    return task;
}

Result<std::unique_ptr<ScsiGenericNode>> ScsiGenericNode::open(SgInterface interface, const std::string& path,
                                                               const std::string& what)
{
    const char* driver = interface == SgInterface::Sg ? "sg" : "bsg";
    const std::string example = interface == SgInterface::Sg ? "/dev/sgN" : "/dev/bsg/H:C:T:L";
    if (path.empty())
        return refuse(what, std::string("missing: the ") + driver + " store passes through a SCSI generic node such as " + example);
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return refuse(what, path + ": " + std::strerror(errno), -errno);
    if (!S_ISCHR(st.st_mode))
        return refuse(what, path + " is not a character device (a " + driver + " node is " + example + ")");
    if (interface == SgInterface::Sg && major(st.st_rdev) != kSgMajor)
        return refuse(what, path + " is not a SCSI generic (sg) node (character major " + std::to_string(major(st.st_rdev))
                                + ", sg is " + std::to_string(kSgMajor) + ")");
    if (interface == SgInterface::Bsg && sysfsSubsystem(st.st_rdev) != "bsg")
        return refuse(what, path + " is not a block SCSI generic (bsg) node (its sysfs class is '"
                                + sysfsSubsystem(st.st_rdev) + "')");
    {
        std::lock_guard lock(inUseMutex);
        if (!inUse().insert(st.st_rdev).second)
            return refuse(what, path + " is busy: another LUN of this daemon passes it through already", -EBUSY);
    }
    // O_NONBLOCK: open() fails with EBUSY instead of waiting while another
    // program holds the sg node with O_EXCL.
    const int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        std::lock_guard lock(inUseMutex);
        inUse().erase(st.st_rdev);
        return refuse(what, path + (e == EBUSY ? std::string(" is busy: another program opened it exclusively")
                                               : ": " + std::string(std::strerror(e))),
                      -e);
    }
    std::unique_ptr<ScsiGenericNode> node(new ScsiGenericNode(interface, path, fd, st.st_rdev));
    if (interface == SgInterface::Sg) {
        int version = 0;
        if (::ioctl(fd, SG_GET_VERSION_NUM, &version) != 0 || version < kSgVersionMin)
            return refuse(what, path + " does not speak the sg version 3 interface (SG_GET_VERSION_NUM)");
    }
    // Standard INQUIRY (SPC-4 §6.6.2), allocation length 96.
    auto inquiry = makeInternalTask({0x12, 0x00, 0x00, 0x00, 96, 0x00}, 96);
    node->execute(*inquiry, kInquiryTimeoutMs);
    if (inquiry->status != status::Good || inquiry->dataIn.size() < 5)
        return refuse(what, path + " did not answer INQUIRY (status 0x" + [&] {
            char b[3];
            std::snprintf(b, sizeof b, "%02x", inquiry->status);
            return std::string(b);
        }() + ")", -EIO);
    if ((inquiry->dataIn[0] >> 5) != 0)
        return refuse(what, path + " has no device connected (INQUIRY peripheral qualifier "
                                + std::to_string(inquiry->dataIn[0] >> 5) + ")", -ENODEV);
    node->inquiry_ = std::move(inquiry->dataIn);
    return node;
}

ScsiGenericNode::ScsiGenericNode(SgInterface interface, std::string path, int fd, unsigned long long device)
    : interface_(interface), path_(std::move(path)), fd_(fd), device_(device)
{
}

ScsiGenericNode::~ScsiGenericNode()
{
    ::close(fd_);
    std::lock_guard lock(inUseMutex);
    inUse().erase(device_);
}

void ScsiGenericNode::execute(ScsiTask& task, unsigned timeoutMs) const
{
    if (interface_ == SgInterface::Sg)
        runSgIo<sg_io_hdr>(fd_, task, timeoutMs, fillSgIoV3, answerOfV3);
    else
        runSgIo<sg_io_v4>(fd_, task, timeoutMs, fillSgIoV4, answerOfV4);
}

std::string ScsiGenericNode::description() const
{
    return trimmedAscii(inquiry_, 8, 8) + " " + trimmedAscii(inquiry_, 16, 16) + " " + trimmedAscii(inquiry_, 32, 4);
}

} // namespace storlab::scsi
