// LUN 0 placeholder: a storage array controller (SCC-2, peripheral device type
// 0x0C) that answers the SPC commands only, as tgt does.
#include "scsi/disk_unit.h"
#include "scsi/spc_unit.h"

namespace storlab::scsi {
namespace {

class ControllerUnit final : public SpcUnit {
public:
    explicit ControllerUnit(SpcSettings s) : SpcUnit(table(), std::move(s)) {}

    static const CommandTable& table()
    {
        static const CommandTable t = [] {
            CommandTable t = spcCommandTable();
            // A controller has no medium and no mode parameters worth changing.
            t.remove(0x1B);
            t.remove(0x1E);
            return t;
        }();
        return t;
    }

protected:
    std::vector<uint8_t> extraVpdPages() const override { return {0x86}; }
    std::vector<uint16_t> versionDescriptors() const override
    {
        return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x01E0 /* SCC-2 */};
    }
};

} // namespace

std::shared_ptr<LogicalUnit> makeControllerUnit(const DeviceIdentity& identity)
{
    SpcSettings s;
    s.identity = identity;
    if (s.identity.product == DeviceIdentity{}.product)
        s.identity.product = "CONTROLLER";
    s.deviceType = 0x0C;
    return std::make_shared<ControllerUnit>(std::move(s));
}

} // namespace storlab::scsi
