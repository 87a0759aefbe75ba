#include "scsi/osd_unit.h"

#include "scsi/cdb.h"
#include "scsi/osd_attributes.h"
#include "scsi/osd_cdb.h"
#include "scsi/osd_store.h"
#include "scsi/spc_unit.h"
#include "scsi/worker.h"

#include <cstring>
#include <mutex>

namespace storlab::scsi {

using namespace osd;

namespace {

constexpr uint8_t kDeviceType = 0x11;   // SPC-4 Table 49: object-based storage device
constexpr uint8_t kObjectTypeRoot = 0x01, kObjectTypePartition = 0x02, kObjectTypeUser = 0x80;   // §4.6.2

// What one command did: the object its attributes apply to and the Data-In so far.
struct Outcome {
    uint64_t pid = 0;
    uint64_t oid = 0;
    std::optional<uint64_t> appendStart;
    std::vector<uint8_t> dataIn;
};

Reply invalid(uint16_t byte, int bit = -1) { return Reply::check(SenseValue::invalidCdb(byte, bit)); }
Reply invalidParameter(size_t byte) { return Reply::check(SenseValue::invalidParameter(uint16_t(std::min<size_t>(byte, 0xFFFF)))); }
Reply storeError() { return Reply::check(Sense::WriteError); }

class OsdUnit final : public SpcUnit {
public:
    OsdUnit(SpcSettings s, ObjectStore store) : SpcUnit(table(), std::move(s)), store_(std::move(store)) {}

    static const CommandTable& table()
    {
        static const CommandTable t = [] {
            CommandTable t = spcCommandTable();
            t.remove(0x1B);   // START STOP UNIT: no medium
            std::vector<uint8_t> usage(kCdbLength, 0xFF);
            usage[0] = kOpcode;
            usage[1] = 0x00;
            t.add(CommandInfo{kOpcode, {}, "OSD (variable length)",
                              [](Command& c) { return static_cast<OsdUnit&>(c.unit).start(c); }, usage, Access::Write, true,
                              false, 60, 120, false});
            return t;
        }();
        return t;
    }

    Reply start(Command& c)
    {
        auto parsed = parseCdb(c.cdb, c.cdbLength);
        if (auto* e = std::get_if<FieldError>(&parsed))
            return invalid(e->byte, e->bit);
        auto self = std::static_pointer_cast<OsdUnit>(shared_from_this());
        worker_.post([self, task = c.task, cdb = std::get<Cdb>(parsed)] { self->finish(task, self->run(cdb, *task)); });
        return Reply::later();
    }

    // Runs one parsed command against the store (on the worker).
    Reply run(const Cdb& cdb, ScsiTask& task)
    {
        std::lock_guard lock(storeMutex_);
        Outcome out;
        if (Reply r = perform(cdb, task, out); !r.ok())
            return r;
        if (Reply r = setAttributes(cdb, task, out); !r.ok())
            return r;
        if (Reply r = getAttributes(cdb, task, out); !r.ok())
            return r;
        return Reply::good(std::move(out.dataIn));
    }

protected:
    std::vector<uint16_t> versionDescriptors() const override
    {
        return {0x00A0 /* SAM-5 */, 0x0960 /* iSCSI */, 0x0460 /* SPC-4 */, 0x0340 /* OSD, as tgt claims */};
    }

private:
    Reply needPartition(const Cdb& c) const { return store_.hasPartition(c.partition) ? Reply::good() : invalid(16); }
    Reply needObject(const Cdb& c) const
    {
        if (!store_.hasPartition(c.partition))
            return invalid(16);
        return store_.hasObject(c.partition, c.object) ? Reply::good() : invalid(24);
    }
    // The command data at the start of Data-Out (§4.14.2): WRITE/APPEND/CREATE AND WRITE.
    Reply commandData(const Cdb& c, const ScsiTask& task) const
    {
        if (c.length > task.dataOut.size())
            return invalid(32);
        return Reply::good();
    }

    Reply perform(const Cdb& c, ScsiTask& task, Outcome& out)
    {
        std::string error;
        out.pid = c.partition;
        out.oid = c.object;
        switch (c.serviceAction) {
        case FormatOsd:   // §6.9
            if (!store_.format(c.length, &error))
                return storeError();
            out.pid = out.oid = 0;
            return Reply::good();
        case CreatePartition: {   // §6.6: partition id 0 = the device picks one
            const uint64_t pid = c.partition ? c.partition : store_.freePartitionId();
            if (store_.hasPartition(pid))
                return invalid(16);
            if (!store_.createPartition(pid, &error))
                return storeError();
            out.pid = pid;
            out.oid = 0;
            return Reply::good();
        }
        case RemovePartition:   // §6.22: only an empty partition
            if (Reply r = needPartition(c); !r.ok())
                return r;
            if (!store_.objects(c.partition).empty())
                return invalid(16);
            if (!store_.removePartition(c.partition, &error))
                return storeError();
            out.oid = 0;
            return Reply::good();
        case Create:   // §6.4: user object id 0 = the device picks one
        case CreateAndWrite: {   // §6.5
            if (Reply r = needPartition(c); !r.ok())
                return r;
            const uint64_t oid = c.object ? c.object : store_.freeObjectId(c.partition);
            if (store_.hasObject(c.partition, oid))
                return invalid(24);
            if (c.serviceAction == CreateAndWrite)
                if (Reply r = commandData(c, task); !r.ok())
                    return r;
            if (!store_.createObject(c.partition, oid, &error))
                return storeError();
            out.oid = oid;
            if (c.serviceAction == CreateAndWrite && c.length
                && !store_.write(c.partition, oid, c.startAddress, task.dataOut.data(), size_t(c.length), &error))
                return storeError();
            task.dataOutTransferLength = int64_t(task.dataOut.size());
            return Reply::good();
        }
        case Remove:   // §6.21
            if (Reply r = needObject(c); !r.ok())
                return r;
            if (!store_.removeObject(c.partition, c.object, &error))
                return storeError();
            return Reply::good();
        case Read:   // §6.19: the bytes past the object's logical length are not returned
            if (Reply r = needObject(c); !r.ok())
                return r;
            if (c.length > kMaxTransfer)
                return invalid(32);
            if (!store_.read(c.partition, c.object, c.startAddress, c.length, out.dataIn, &error))
                return Reply::check(Sense::UnrecoveredReadError);
            return Reply::good();
        case Write:   // §6.32
        case Append: {   // §6.2: at the object's logical length
            if (Reply r = needObject(c); !r.ok())
                return r;
            if (Reply r = commandData(c, task); !r.ok())
                return r;
            const uint64_t at = c.serviceAction == Append ? store_.length(c.partition, c.object) : c.startAddress;
            if (c.serviceAction == Append)
                out.appendStart = at;
            if (c.length && !store_.write(c.partition, c.object, at, task.dataOut.data(), size_t(c.length), &error))
                return storeError();
            return Reply::good();
        }
        case Flush:
            return needObject(c);
        case FlushPartition:
            return needPartition(c);
        case FlushOsd:
            return Reply::good();
        case List:   // §6.15
            return list(c, out);
        case GetAttributes:   // §6.11, §6.25: the addressed root, partition or user object
        case SetAttributes:
            if (c.object)
                return needObject(c);
            if (c.partition)
                return needPartition(c);
            return Reply::good();
        }
        return invalid(8);
    }

    // LIST (§6.15, Table 79): partition 0 lists the partitions, else the partition's
    // user objects, from the initial object id (bytes 40-47), as many as the allocation length holds.
    Reply list(const Cdb& c, Outcome& out)
    {
        if (c.partition)
            if (Reply r = needPartition(c); !r.ok())
                return r;
        const std::vector<uint64_t> ids = c.partition ? store_.objects(c.partition) : store_.partitions();
        const size_t room = c.length > 24 ? size_t(std::min<uint64_t>(c.length, kMaxTransfer) - 24) / 8 : 0;
        std::vector<uint8_t> data(24, 0);
        uint64_t continuation = 0;
        for (uint64_t id : ids) {
            if (id < c.startAddress)
                continue;
            if ((data.size() - 24) / 8 == room) {
                continuation = id;
                break;
            }
            data.resize(data.size() + 8);
            put64(&data[data.size() - 8], id);
        }
        put64(&data[0], data.size() - 8);   // ADDITIONAL LENGTH
        put64(&data[8], continuation);      // CONTINUATION OBJECT ID
        put32(&data[16], c.listIdentifier);
        data[23] = c.partition ? 0x00 : 0x01;   // ROOT: the list holds partition ids
        out.dataIn = std::move(data);
        out.pid = out.oid = 0;   // attributes of a LIST apply to the root (§6.15.1)
        return Reply::good();
    }

    // The attributes this device computes for the object a command addressed.
    std::optional<std::vector<uint8_t>> computed(const Outcome& o, AttributeKey key) const
    {
        const auto [page, number] = key;
        if (page == kCurrentCommandPage) {
            switch (number) {
            case kCcObjectType: return std::vector<uint8_t>{o.oid ? kObjectTypeUser : o.pid ? kObjectTypePartition : kObjectTypeRoot};
            case kCcPartitionId: return u64Value(o.pid);
            case kCcObjectId: return u64Value(o.oid);
            case kCcAppendStart: return o.appendStart ? std::optional(u64Value(*o.appendStart)) : std::nullopt;
            }
            return std::nullopt;
        }
        if (o.oid && page == kUserObjectInformationPage) {
            switch (number) {
            case kAttrPartitionId: return u64Value(o.pid);
            case kAttrObjectId: return u64Value(o.oid);
            case kAttrUsedCapacity:
            case kAttrLogicalLength: return u64Value(store_.length(o.pid, o.oid));
            }
        } else if (!o.oid && o.pid && page == kPartitionInformationPage) {
            switch (number) {
            case kAttrPartitionId: return u64Value(o.pid);
            case kAttrObjectCount: return u64Value(store_.objects(o.pid).size());
            case kAttrUsedCapacity: {
                uint64_t used = 0;
                for (uint64_t oid : store_.objects(o.pid))
                    used += store_.length(o.pid, oid);
                return u64Value(used);
            }
            }
        } else if (!o.pid && page == kRootInformationPage) {
            switch (number) {
            case kAttrVendor: return padded(settings().identity.vendor, 8);
            case kAttrProduct: return padded(settings().identity.product, 16);
            case kAttrTotalCapacity: return u64Value(store_.capacity());
            case kAttrUsedCapacity: return u64Value(store_.usedBytes());
            case kAttrPartitionCount: return u64Value(store_.partitions().size());
            }
        }
        return std::nullopt;
    }

    static std::vector<uint8_t> padded(const std::string& s, size_t n)
    {
        std::vector<uint8_t> v(n, ' ');
        std::memcpy(v.data(), s.data(), std::min(n, s.size()));
        return v;
    }

    std::optional<std::vector<uint8_t>> value(const Outcome& o, AttributeKey key) const
    {
        if (auto v = computed(o, key))
            return v;
        const AttributeMap stored = store_.attributes(o.pid, o.oid);
        if (auto it = stored.find(key); it != stored.end())
            return it->second;
        return std::nullopt;
    }

    // Every defined attribute of one page (or of every page: kAllPages).
    std::vector<std::pair<AttributeKey, std::optional<std::vector<uint8_t>>>> pageEntries(const Outcome& o, uint32_t page) const
    {
        std::vector<std::pair<AttributeKey, std::optional<std::vector<uint8_t>>>> entries;
        static const std::vector<AttributeKey> known{
            {kUserObjectInformationPage, kAttrPartitionId}, {kUserObjectInformationPage, kAttrObjectId},
            {kUserObjectInformationPage, kAttrUsedCapacity}, {kUserObjectInformationPage, kAttrLogicalLength},
            {kPartitionInformationPage, kAttrPartitionId}, {kPartitionInformationPage, kAttrUsedCapacity},
            {kPartitionInformationPage, kAttrObjectCount}, {kRootInformationPage, kAttrVendor},
            {kRootInformationPage, kAttrProduct}, {kRootInformationPage, kAttrTotalCapacity},
            {kRootInformationPage, kAttrUsedCapacity}, {kRootInformationPage, kAttrPartitionCount}};
        for (const AttributeKey& k : known)
            if (page == kAllPages || k.first == page)
                if (auto v = computed(o, k))
                    entries.emplace_back(k, v);
        for (const auto& [k, v] : store_.attributes(o.pid, o.oid))
            if (page == kAllPages || k.first == page)
                entries.emplace_back(k, v);
        return entries;
    }

    Reply setAttributes(const Cdb& c, const ScsiTask& task, const Outcome& o)
    {
        const AttributeParams& a = c.attributes;
        AttributeMap changes;
        size_t where = 0;   // Data-Out byte of the change, for the field pointer
        if (a.mode == AttributeMode::One && a.setPage) {
            changes[{a.setPage, a.setId}] = a.setLength == kUndefinedLength ? std::vector<uint8_t>{}
                                                                             : std::vector<uint8_t>(a.oneValue, a.oneValue + a.setLength);
        } else if (a.mode == AttributeMode::Page && a.setPage) {
            const uint64_t at = a.setValueOffset.value_or(0);
            if (at + a.setLength > task.dataOut.size())
                return invalid(a.setValueOffsetByte);
            changes[{a.setPage, a.setId}] = std::vector<uint8_t>(task.dataOut.begin() + long(at), task.dataOut.begin() + long(at + a.setLength));
            where = size_t(at);
        } else if (a.mode == AttributeMode::List && a.setListLength) {
            if (*a.setListOffset >= task.dataOut.size())
                return invalid(a.setListOffsetByte);
            ListError e;
            auto parsed = parseSetList(task.dataOut, size_t(*a.setListOffset), a.setListLength, &e);
            if (!parsed)
                return invalidParameter(e.byte);
            changes = std::move(*parsed);
            where = size_t(*a.setListOffset);
        }
        if (changes.empty())
            return Reply::good();
        // The attribute is named in the CDB (one-attribute and page formats) or in the set list.
        const auto refuse = [&] {
            return a.mode == AttributeMode::One ? invalid(52) : a.mode == AttributeMode::Page ? invalid(64) : invalidParameter(where);
        };
        std::string error;
        for (auto it = changes.begin(); it != changes.end();) {
            const auto [page, number] = it->first;
            // Writable computed attribute: a user object's logical length (§7.1.2.11) truncates or extends it.
            if (o.oid && page == kUserObjectInformationPage && number == kAttrLogicalLength) {
                if (it->second.size() != 8)
                    return refuse();
                if (!store_.truncate(o.pid, o.oid, be64(it->second.data()), &error))
                    return storeError();
                it = changes.erase(it);
                continue;
            }
            // The rest of the information and current command pages is the device's (read only).
            if (page == kCurrentCommandPage || ((page == kUserObjectInformationPage || page == kPartitionInformationPage ||
                                                 page == kRootInformationPage) && number != kAttrUsername))
                return refuse();
            if (page == 0 || page == kAllPages || it->second.size() > 0xFFFE)
                return refuse();
            ++it;
        }
        if (!changes.empty() && !store_.setAttributes(o.pid, o.oid, changes, &error))
            return storeError();
        return Reply::good();
    }

    Reply getAttributes(const Cdb& c, const ScsiTask& task, Outcome& o)
    {
        const AttributeParams& a = c.attributes;
        std::vector<uint8_t> retrieved;
        if (a.mode == AttributeMode::Page && a.getPage) {
            // §7.1.2.1 page format: page number, page length, then (storlab) the page's
            // attributes as list entries (§7.1.3.3).
            retrieved.assign(8, 0);
            for (const auto& [k, v] : pageEntries(o, a.getPage))
                appendEntry(retrieved, k, v);
            put32(&retrieved[0], a.getPage);
            put32(&retrieved[4], uint32_t(retrieved.size() - 8));
        } else if (a.mode == AttributeMode::List && a.getListLength) {
            if (*a.getListOffset >= task.dataOut.size())
                return invalid(a.getListOffsetByte);
            ListError e;
            auto keys = parseGetList(task.dataOut, size_t(*a.getListOffset), a.getListLength, &e);
            if (!keys)
                return invalidParameter(e.byte);
            std::vector<std::pair<AttributeKey, std::optional<std::vector<uint8_t>>>> entries;
            for (const AttributeKey& k : *keys) {
                if (k.second == kAllPages) {   // every attribute of the page
                    for (auto& e2 : pageEntries(o, k.first))
                        entries.push_back(std::move(e2));
                    continue;
                }
                entries.emplace_back(k, value(o, k));
            }
            retrieved = encodeList(entries);
        } else {
            return Reply::good();
        }
        if (!a.retrievedOffset)
            return invalid(a.retrievedOffsetByte);
        retrieved.resize(std::min<size_t>(retrieved.size(), a.allocationLength));
        const uint64_t at = *a.retrievedOffset;
        if (at + retrieved.size() > kMaxTransfer)
            return invalid(a.retrievedOffsetByte);
        if (o.dataIn.size() < at + retrieved.size())
            o.dataIn.resize(size_t(at + retrieved.size()), 0);
        std::memcpy(o.dataIn.data() + at, retrieved.data(), retrieved.size());
        return Reply::good();
    }

    static constexpr uint64_t kMaxTransfer = 16u << 20;   // one command's Data-In

    std::mutex storeMutex_;
    ObjectStore store_;
    UnitWorker worker_{1};
};

} // namespace

std::shared_ptr<LogicalUnit> makeOsdUnit(const OsdConfig& config, std::string* error)
{
    auto store = ObjectStore::open(config.root, config.capacity, error);
    if (!store)
        return nullptr;
    SpcSettings s;
    s.identity = config.identity;
    if (s.identity.product == DeviceIdentity{}.product)
        s.identity.product = "VIRTUAL-OSD";
    s.deviceType = kDeviceType;
    s.reservationFile = config.reservationFile;
    return std::make_shared<OsdUnit>(std::move(s), std::move(*store));
}

} // namespace storlab::scsi
