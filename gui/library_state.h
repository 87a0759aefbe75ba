#pragma once
// A changer as library.show describes it (shared/PROTOCOL.md, "library"):
// elements (slots, drives, IE ports) with the media in them.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace storlab::gui {

struct ChangerElement {
    enum Type { Transport, Slot, Drive, ImportExport };
    Type type = Slot;
    int address = 0;
    int index = 0;           // 1-based for slots and IE ports, 0-based for drives (as the daemon numbers them)
    QString name;            // "slot 1", "drive 0"
    bool full = false;
    QString barcode;
    QString mediaType;       // "LTO-6", "DVD-ROM", "DVD+R"
    bool worm = false;
    bool except = false;
    bool prevented = false;  // drive: removal prevented by the initiator
    int lun = -1;            // drive: its LUN
};

struct LibraryState {
    QString name;
    QString iqn;
    QString personality;
    QString driveType;       // "tape" | "dvd"
    QList<ChangerElement> elements;

    bool isDvd() const { return driveType == QLatin1String("dvd"); }
    QList<ChangerElement> ofType(ChangerElement::Type t) const;
    const ChangerElement* at(int address) const;
    static LibraryState fromJson(const QJsonObject& show);
};

} // namespace storlab::gui
