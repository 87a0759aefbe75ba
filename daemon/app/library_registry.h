#pragma once
// The tape libraries (and, with issue 6, DVD jukeboxes) the daemon runs, by
// name: what the admin plane needs for changer.*, library.* and media.*.
//
//   const LibraryHandle* lib = registry.find("tapelib");
//   lib->changer->move(*lib->changer->addressOf(ElementType::Storage, 0),
//                      *lib->changer->addressOf(ElementType::DataTransfer, 0));   // blocking, see smc_changer.h
//   lib->changer->elements();           // listing (barcodes, drive state)
//   registry.setEventSink(fn);          // every changer event of every library, any thread
#include "scsi/logical_unit.h"
#include "scsi/smc_changer.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace storlab::app {

struct LibraryHandle {
    QString name;
    QString iqn;
    QString personality;
    QString mediaDir;                               // where its cartridge files live
    quint64 changerLun = 0;
    std::shared_ptr<scsi::SmcChanger> changer;
    QList<quint64> driveLuns;                       // drive i = data transfer element i
    std::vector<std::shared_ptr<scsi::LogicalUnit>> drives;
};

class LibraryRegistry {
public:
    void add(LibraryHandle handle)
    {
        std::lock_guard lock(mutex_);
        libraries_.push_back(std::make_shared<LibraryHandle>(std::move(handle)));
    }
    // Forgets a library (library.delete); its changer lives on while sessions hold its LUs.
    bool remove(const QString& name)
    {
        std::lock_guard lock(mutex_);
        return std::erase_if(libraries_, [&](const auto& l) { return l->name == name; }) > 0;
    }
    std::shared_ptr<const LibraryHandle> find(const QString& name) const
    {
        std::lock_guard lock(mutex_);
        for (const auto& l : libraries_)
            if (l->name == name)
                return l;
        return nullptr;
    }
    std::vector<std::shared_ptr<const LibraryHandle>> all() const
    {
        std::lock_guard lock(mutex_);
        return {libraries_.begin(), libraries_.end()};
    }
    // Receives (library name, event) for every changer; called on the thread that made the change.
    using EventSink = std::function<void(const QString&, const scsi::ChangerEvent&)>;
    void setEventSink(EventSink sink)
    {
        std::lock_guard lock(mutex_);
        sink_ = std::move(sink);
    }
    void publish(const QString& library, const scsi::ChangerEvent& event) const
    {
        EventSink sink;
        {
            std::lock_guard lock(mutex_);
            sink = sink_;
        }
        if (sink)
            sink(library, event);
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::shared_ptr<LibraryHandle>> libraries_;
    EventSink sink_;
};

} // namespace storlab::app
