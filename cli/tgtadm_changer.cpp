#include "cli/tgtadm_changer.h"

#include <QJsonArray>

namespace storlab::cli::tgtadm {

namespace {

// ELEMENT TYPE CODE (SMC-3 §6.10.1 table 11) -> the options' element type names.
QString typeName(int code)
{
    switch (code) {
    case 1: return QStringLiteral("transport");
    case 2: return QStringLiteral("slot");
    case 3: return QStringLiteral("ie");
    case 4: return QStringLiteral("drive");
    default: return {};
    }
}

// What one tgtadm command says (tgt's struct tmp_param).
struct ChangerCommand {
    enum class Kind { None, Add, Configure } kind = Kind::None;   // start_address= / address=
    int elementType = 0;
    int start = 0, quantity = 0, address = 0, sides = 1, tid = 0, lun = 0;
    bool clearSlot = false;
    QString barcode;
};

bool toNumber(const QString& v, int& out)
{
    bool ok = false;
    out = v.toInt(&ok);
    return ok && out >= 0;
}

Status parse(const QList<QPair<QString, QString>>& params, ChangerCommand& cmd, QJsonObject& options)
{
    for (const auto& [key, value] : params) {
        int n = 0;
        if (key == QLatin1String("media_home")) {
            options[QStringLiteral("mediaHome")] = value;
            continue;
        }
        if (key == QLatin1String("dump"))
            continue;   // tgt writes its slot list to its debug log
        if (key == QLatin1String("barcode")) {
            cmd.barcode = value;
            continue;
        }
        if (key == QLatin1String("volume_tag"))
            return Status::UnsupportedOperation;   // storlab's volume tag is the barcode
        if (!toNumber(value, n))
            return Status::InvalidRequest;
        if (key == QLatin1String("element_type"))
            cmd.elementType = n;
        else if (key == QLatin1String("start_address"))
            cmd.start = n, cmd.kind = ChangerCommand::Kind::Add;
        else if (key == QLatin1String("address"))
            cmd.address = n, cmd.kind = ChangerCommand::Kind::Configure;
        else if (key == QLatin1String("quantity"))
            cmd.quantity = n;
        else if (key == QLatin1String("sides"))
            cmd.sides = n;
        else if (key == QLatin1String("clear_slot"))
            cmd.clearSlot = n != 0;
        else if (key == QLatin1String("tid"))
            cmd.tid = n;
        else if (key == QLatin1String("lun"))
            cmd.lun = n;
        else
            return Status::UnknownParam;
    }
    return Status::Success;
}

// tgt's add_slt(): element_type + start_address + quantity add a range of
// elements. storlab keeps one contiguous address range per element type, so
// a new range must extend the existing one at either end.
Status addRange(const ChangerCommand& cmd, QJsonObject& options)
{
    const QString type = typeName(cmd.elementType);
    if (type.isEmpty() || cmd.start <= 0 || cmd.quantity <= 0)
        return Status::InvalidRequest;
    QJsonArray elements = options.value(QLatin1String("elements")).toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonObject r = elements.at(i).toObject();
        if (r.value(QLatin1String("type")).toString() != type)
            continue;
        const int first = r.value(QLatin1String("first")).toInt(), count = r.value(QLatin1String("count")).toInt();
        if (cmd.start + cmd.quantity == first)
            r[QStringLiteral("first")] = cmd.start;
        else if (cmd.start != first + count)
            return Status::InvalidRequest;   // an element already there (as in tgt), or a second range
        r[QStringLiteral("count")] = count + cmd.quantity;
        elements[i] = r;
        options[QStringLiteral("elements")] = elements;
        return Status::Success;
    }
    elements.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("first"), cmd.start}, {QStringLiteral("count"), cmd.quantity}});
    options[QStringLiteral("elements")] = elements;
    return Status::Success;
}

bool hasElement(const QJsonObject& options, const QString& type, int address)
{
    for (const QJsonValue& v : options.value(QLatin1String("elements")).toArray()) {
        const QJsonObject r = v.toObject();
        const int first = r.value(QLatin1String("first")).toInt(), count = r.value(QLatin1String("count")).toInt();
        if (r.value(QLatin1String("type")).toString() == type && address >= first && address < first + count)
            return true;
    }
    return false;
}

// Replaces (or with `entry` empty, removes) the array entry of `key` at `address`.
void setAt(QJsonObject& options, const char* key, int address, const QJsonObject& entry)
{
    QJsonArray kept;
    for (const QJsonValue& v : options.value(QLatin1String(key)).toArray())
        if (v.toObject().value(QLatin1String("address")).toInt() != address)
            kept.append(v);
    if (!entry.isEmpty())
        kept.append(entry);
    if (kept.isEmpty())
        options.remove(QLatin1String(key));
    else
        options[QLatin1String(key)] = kept;
}

// tgt's config_slot(): address= configures one element.
Status configure(const ChangerCommand& cmd, QJsonObject& options)
{
    const QString type = typeName(cmd.elementType);
    if (cmd.elementType == 1)   // only the transport's 'rotate' (MODE page 1Eh); storlab's does not rotate
        return cmd.sides > 1 ? Status::UnsupportedOperation : Status::Success;
    if (type.isEmpty() || !hasElement(options, type, cmd.address))
        return Status::InvalidRequest;   // no such element
    if (cmd.elementType == 4) {
        if (cmd.tid <= 0 || cmd.lun <= 0)
            return Status::InvalidRequest;   // tgt needs tid=; LUN 0 is the controller, never a drive
        setAt(options, "drives", cmd.address,
              QJsonObject{{QStringLiteral("address"), cmd.address}, {QStringLiteral("tid"), cmd.tid}, {QStringLiteral("lun"), cmd.lun}});
        return Status::Success;
    }
    if (cmd.clearSlot) {
        setAt(options, "media", cmd.address, {});
        return Status::Success;
    }
    // tgt's slot holds an 11-character barcode; it is the file name in media_home.
    if (cmd.barcode.isEmpty() || cmd.barcode.size() > 11)
        return Status::InvalidRequest;
    setAt(options, "media", cmd.address, QJsonObject{{QStringLiteral("address"), cmd.address}, {QStringLiteral("barcode"), cmd.barcode}});
    return Status::Success;
}

} // namespace

bool isChangerParam(const QString& key)
{
    static const QStringList keys{QStringLiteral("element_type"), QStringLiteral("start_address"), QStringLiteral("quantity"),
                                  QStringLiteral("sides"),        QStringLiteral("clear_slot"),    QStringLiteral("address"),
                                  QStringLiteral("barcode"),      QStringLiteral("volume_tag"),    QStringLiteral("tid"),
                                  QStringLiteral("lun"),          QStringLiteral("dump"),          QStringLiteral("media_home")};
    return keys.contains(key);
}

Status applyChangerParams(const QList<QPair<QString, QString>>& params, QJsonObject& options)
{
    ChangerCommand cmd;
    if (Status s = parse(params, cmd, options); s != Status::Success)
        return s;
    switch (cmd.kind) {
    case ChangerCommand::Kind::Add: return addRange(cmd, options);
    case ChangerCommand::Kind::Configure: return configure(cmd, options);
    case ChangerCommand::Kind::None: return Status::Success;
    }
    return Status::Success;
}

} // namespace storlab::cli::tgtadm
