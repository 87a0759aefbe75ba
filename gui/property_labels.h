#pragma once
// The Properties tab's name for a key of the admin protocol's objects
// (shared/PROTOCOL.md): iSCSI login keys keep the names of RFC 7143 §13 that
// initiators, tgtadm and every iSCSI manual use (InitialR2T, IFMarker,
// DataPDUInOrder), acronyms stay acronyms (IQN, LUN, TSIH), and the other
// keys read as words in the GUI's language ("blockSize" -> "Block size").
#include <QString>

namespace storlab::gui {

QString propertyLabel(const QString& key);

} // namespace storlab::gui
