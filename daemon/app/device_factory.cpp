#include "app/device_factory.h"

#include <QHash>
#include <mutex>

namespace storlab::app {

namespace {
std::mutex registryMutex;
QHash<QString, DeviceFactory>& registry()
{
    static QHash<QString, DeviceFactory> factories;
    return factories;
}
} // namespace

void registerDeviceType(const QString& type, DeviceFactory factory)
{
    std::lock_guard lock(registryMutex);
    registry().insert(type, std::move(factory));
}

DeviceResult buildDevice(const DeviceContext& context)
{
    static std::once_flag builtIns;
    std::call_once(builtIns, [] {
        registerDiskDevice();
        registerTapeDevice();
        registerDvdDevice();
        registerChangerLunDevice();
        registerPassthroughDevice();
        registerOsdDevice();
    });
    DeviceFactory factory;
    {
        std::lock_guard lock(registryMutex);
        factory = registry().value(context.lun.type);
    }
    if (!factory)
        return {nullptr, QStringLiteral("device type '%1' is not available in this build").arg(context.lun.type), {}};
    return factory(context);
}

} // namespace storlab::app
