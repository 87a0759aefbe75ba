// The "pt" device type (stores "sg" and "bsg"): a SCSI device of this
// machine passed through whole (scsi/passthrough_unit.h).
#include "app/device_factory.h"
#include "scsi/passthrough_unit.h"

namespace storlab::app {

namespace {

DeviceResult buildPassthrough(const DeviceContext& c)
{
    const config::LunConfig& lc = c.lun;
    const auto interface = lc.store == QLatin1String("bsg") ? scsi::SgInterface::Bsg : scsi::SgInterface::Sg;
    auto node = scsi::ScsiGenericNode::open(interface, lc.path.toStdString());
    if (!node.ok())
        return {nullptr, QStringLiteral("%1 store: %2").arg(lc.store, QString::fromStdString(node.error().message)), {}};
    scsi::PassthroughConfig pc;
    pc.timeoutSeconds = unsigned(lc.options.value(QLatin1String("timeout")).toInt(int(pc.timeoutSeconds)));
    pc.queueDepth = unsigned(lc.options.value(QLatin1String("queueDepth")).toInt(int(pc.queueDepth)));
    const QString summary = QStringLiteral("pass-through (%1) of %2: %3, peripheral device type 0x%4")
                                .arg(lc.store, lc.path, QString::fromStdString((*node)->description()))
                                .arg((*node)->deviceType(), 2, 16, QLatin1Char('0'));
    return {scsi::makePassthroughUnit(std::move(*node), pc), {}, summary};
}

} // namespace

void registerPassthroughDevice()
{
    registerDeviceType(QStringLiteral("pt"), buildPassthrough);
}

} // namespace storlab::app
