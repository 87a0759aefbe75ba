#include "gui/property_labels.h"

#include "shared/iscsi_params.h"

#include <QCoreApplication>

namespace storlab::gui {

namespace {

constexpr const char* kContext = "storlab::gui::PropertyLabels";

struct Label {
    const char* key;
    const char* text;
};

// Keys of the target, LUN, session, portal and library objects.
constexpr Label kLabels[] = {
    {"iqn", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "IQN")},
    {"tid", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Target ID (tid)")},
    {"tpgt", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Portal group tag (TPGT)")},
    {"alias", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Alias")},
    {"lun", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "LUN")},
    {"luns", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "LUNs")},
    {"type", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Type")},
    {"deviceType", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "SCSI device type")},
    {"store", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Backing store")},
    {"path", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Path")},
    {"size", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Size")},
    {"blockSize", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Block size")},
    {"readOnly", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Read-only")},
    {"writeCache", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Write cache")},
    {"direct", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Direct I/O (O_DIRECT)")},
    {"sync", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Synchronous writes (O_SYNC)")},
    {"thinProvisioning", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Thin provisioning")},
    {"vendor", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Vendor")},
    {"product", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Product")},
    {"revision", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Revision")},
    {"serial", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Serial number")},
    {"naa", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "NAA ID")},
    {"options", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Options")},
    {"sessions", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Sessions")},
    {"incomingUsers", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "CHAP users (incoming)")},
    {"outgoingUser", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "CHAP user (outgoing, mutual)")},
    {"initiatorAddresses", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Allowed initiator addresses")},
    {"initiatorNames", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Allowed initiator IQNs")},
    {"iscsiParams", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "iSCSI login parameters")},
    {"tsih", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "TSIH")},
    {"isid", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "ISID")},
    {"initiator", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Initiator IQN")},
    {"initiatorAlias", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Initiator alias")},
    {"target", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Target IQN")},
    {"params", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Negotiated parameters")},
    {"connections", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Connections")},
    {"cid", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "CID")},
    {"peer", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Initiator address")},
    {"local", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Portal address")},
    {"tasks", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Commands in flight")},
    {"address", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Address")},
    {"name", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Name")},
    {"personality", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Personality")},
    {"driveType", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Drive type")},
    {"generation", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "LTO generation")},
    {"drives", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Drives")},
    {"driveLuns", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Drive LUNs")},
    {"changerLun", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Changer LUN")},
    {"slots", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Slots")},
    {"ieSlots", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Import/export slots")},
    {"media", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Media")},
    {"mediaDir", QT_TRANSLATE_NOOP("storlab::gui::PropertyLabels", "Media directory")},
};

// Words that are acronyms wherever they occur in a key ("driveLun", "lunId").
constexpr const char* kAcronyms[] = {"iqn", "lun", "luns", "tid", "tsih", "isid", "cid", "naa", "id", "ip", "io", "url",
                                     "tls", "crc", "pdu", "scsi", "dvd", "lto", "worm", "ie", "mam", "chap", "tpgt", "r2t"};

// "maxBurstLength" -> "Max burst length"; acronyms in capitals.
QString wordsOf(const QString& key)
{
    QStringList words;
    QString word;
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        const bool startsWord = i > 0 && c.isUpper()
                                && (!key[i - 1].isUpper() || (i + 1 < key.size() && key[i + 1].isLower()));
        if (startsWord && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    for (int i = 0; i < words.size(); ++i) {
        const QString lower = words[i].toLower();
        bool acronym = false;
        for (const char* a : kAcronyms)
            acronym = acronym || lower == QLatin1String(a);
        if (acronym)
            words[i] = lower == QLatin1String("luns") ? QStringLiteral("LUNs") : lower.toUpper();
        else if (words[i].size() > 1 && words[i] == words[i].toUpper())
            ;   // already an acronym in the key ("SN")
        else
            words[i] = i == 0 ? lower.left(1).toUpper() + lower.mid(1) : lower;
    }
    return words.join(QLatin1Char(' '));
}

// The RFC 7143 §13 spelling of an iSCSI key given in any case.
QString iscsiKeyName(const QString& key)
{
    for (const QString& name : config::iscsiParamNames())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    return {};
}

} // namespace

QString propertyLabel(const QString& key)
{
    for (const Label& l : kLabels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate(kContext, l.text);
    if (QString name = iscsiKeyName(key); !name.isEmpty())
        return name;   // the protocol's own names are the same in every language
    // A session's initiator-side value of a key ("initiatorMaxRecvDataSegmentLength").
    if (key.startsWith(QLatin1String("initiator"))) {
        if (QString name = iscsiKeyName(key.mid(9)); !name.isEmpty())
            return QCoreApplication::translate("storlab::gui::PropertyLabels", "%1 (initiator)").arg(name);
    }
    return QCoreApplication::translate(kContext, wordsOf(key).toUtf8().constData());
}

} // namespace storlab::gui
