#include "gui/library_state.h"

#include <QJsonArray>

namespace storlab::gui {

static ChangerElement::Type typeOf(const QString& t)
{
    if (t == QLatin1String("drive") || t == QLatin1String("dataTransfer"))
        return ChangerElement::Drive;
    if (t == QLatin1String("ie") || t == QLatin1String("importExport"))
        return ChangerElement::ImportExport;
    if (t == QLatin1String("transport"))
        return ChangerElement::Transport;
    return ChangerElement::Slot;
}

LibraryState LibraryState::fromJson(const QJsonObject& o)
{
    LibraryState s;
    s.name = o.value(QLatin1String("name")).toString();
    s.iqn = o.value(QLatin1String("iqn")).toString();
    s.personality = o.value(QLatin1String("personality")).toString();
    s.driveType = o.value(QLatin1String("driveType")).toString(QStringLiteral("tape"));
    for (const QJsonValue& v : o.value(QLatin1String("elements")).toArray()) {
        const QJsonObject e = v.toObject();
        ChangerElement c;
        c.type = typeOf(e.value(QLatin1String("type")).toString());
        c.address = e.value(QLatin1String("address")).toInt();
        c.index = e.value(QLatin1String("index")).toInt();
        c.name = e.value(QLatin1String("name")).toString();
        c.full = e.value(QLatin1String("full")).toBool();
        c.barcode = e.value(QLatin1String("barcode")).toString();
        c.mediaType = e.value(QLatin1String("mediaType")).toString();
        c.worm = e.value(QLatin1String("worm")).toBool();
        c.except = e.value(QLatin1String("except")).toBool();
        const QJsonObject drive = e.value(QLatin1String("drive")).toObject();
        c.prevented = drive.value(QLatin1String("prevented")).toBool();
        c.lun = drive.value(QLatin1String("lun")).toInt(-1);
        s.elements << c;
    }
    return s;
}

QList<ChangerElement> LibraryState::ofType(ChangerElement::Type t) const
{
    QList<ChangerElement> out;
    for (const ChangerElement& e : elements)
        if (e.type == t)
            out << e;
    return out;
}

const ChangerElement* LibraryState::at(int address) const
{
    for (const ChangerElement& e : elements)
        if (e.address == address)
            return &e;
    return nullptr;
}

} // namespace storlab::gui
