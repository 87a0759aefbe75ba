// The Properties tab's names for protocol keys: iSCSI keys as RFC 7143 §13
// spells them, acronyms in capitals, the rest in words of the GUI's language;
// and the detail pane of a session shows them.
#include "gui/connection_manager.h"
#include "gui/detail_pane.h"
#include "gui/property_labels.h"
#include "gui/stats_history.h"
#include "gui/translations.h"

#include <QApplication>
#include <QJsonObject>
#include <QTest>
#include <QTreeWidget>

using namespace storlab::gui;

class TestPropertyLabels : public QObject {
    Q_OBJECT
private slots:
    void iscsiKeysKeepTheirRfcNames()
    {
        QCOMPARE(propertyLabel(QStringLiteral("initialR2T")), QStringLiteral("InitialR2T"));
        QCOMPARE(propertyLabel(QStringLiteral("ifMarker")), QStringLiteral("IFMarker"));
        QCOMPARE(propertyLabel(QStringLiteral("IFMarker")), QStringLiteral("IFMarker"));
        QCOMPARE(propertyLabel(QStringLiteral("dataPDUInOrder")), QStringLiteral("DataPDUInOrder"));
        QCOMPARE(propertyLabel(QStringLiteral("maxRecvDataSegmentLength")), QStringLiteral("MaxRecvDataSegmentLength"));
        QCOMPARE(propertyLabel(QStringLiteral("defaultTime2Wait")), QStringLiteral("DefaultTime2Wait"));
        QCOMPARE(propertyLabel(QStringLiteral("initiatorMaxRecvDataSegmentLength")),
                 QStringLiteral("MaxRecvDataSegmentLength (initiator)"));
    }

    void acronymsStayAcronyms()
    {
        QCOMPARE(propertyLabel(QStringLiteral("iqn")), QStringLiteral("IQN"));
        QCOMPARE(propertyLabel(QStringLiteral("tsih")), QStringLiteral("TSIH"));
        QCOMPARE(propertyLabel(QStringLiteral("lun")), QStringLiteral("LUN"));
        QCOMPARE(propertyLabel(QStringLiteral("naa")), QStringLiteral("NAA ID"));
        QCOMPARE(propertyLabel(QStringLiteral("wormLunCount")), QStringLiteral("WORM LUN count"));   // not in the table
        QCOMPARE(propertyLabel(QStringLiteral("blockSize")), QStringLiteral("Block size"));
        QCOMPARE(propertyLabel(QStringLiteral("someNewKey")), QStringLiteral("Some new key"));
    }

    void sessionPaneShowsThem()
    {
        ConnectionManager connection;
        StatsHistory stats(&connection);
        DetailPane pane(&stats);
        pane.show(QStringLiteral("session 1"), QStringLiteral("Session"),
                  QJsonObject{{QStringLiteral("tsih"), 1},
                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("initialR2T"), true},
                                                                     {QStringLiteral("ifMarker"), false},
                                                                     {QStringLiteral("dataPDUInOrder"), true}}}});
        QStringList labels;
        for (QTreeWidgetItemIterator it(pane.tree()); *it; ++it)
            labels << (*it)->text(0);
        QCOMPARE(labels, QStringList({QStringLiteral("Negotiated parameters"), QStringLiteral("DataPDUInOrder"),
                                      QStringLiteral("IFMarker"), QStringLiteral("InitialR2T"), QStringLiteral("TSIH")}));
    }

    // Last: the translators installed here stay installed.
    void translatedWhereItMakesSense()
    {
#ifdef STORLAB_NO_TRANSLATIONS
        QSKIP("built without Qt Linguist tools");
#endif
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(propertyLabel(QStringLiteral("blockSize")), QStringLiteral("Blockgröße"));
        QCOMPARE(propertyLabel(QStringLiteral("params")), QStringLiteral("Ausgehandelte Parameter"));
        QCOMPARE(propertyLabel(QStringLiteral("initialR2T")), QStringLiteral("InitialR2T"));   // a protocol name
        QCOMPARE(propertyLabel(QStringLiteral("initiatorMaxRecvDataSegmentLength")),
                 QStringLiteral("MaxRecvDataSegmentLength (Initiator)"));
        QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(propertyLabel(QStringLiteral("serial")), QStringLiteral("シリアル番号"));
    }
};

QTEST_MAIN(TestPropertyLabels)
#include "test_property_labels.moc"
