// CommandTable lookups (opcode + service action) and the SPC base table.
#include "scsi/command_table.h"

#include <QTest>

using namespace storlab::scsi;

namespace {
Reply dummy(Command&) { return Reply::good(); }
} // namespace

class TestScsiCommandTable : public QObject {
    Q_OBJECT
private slots:
    void emptyTableFindsNothing()
    {
        CommandTable t;
        QVERIFY(!t.find(0x00, 0));
        QVERIFY(!t.hasOpcode(0x00));
    }
    void findsPlainOpcodeIgnoringByte1()
    {
        CommandTable t;
        t.add({0x28, {}, "READ(10)", dummy, {0x28, 0, 0, 0, 0, 0, 0, 0, 0, 0}});
        QVERIFY(t.find(0x28, 0x1F));
        QVERIFY(!t.usesServiceActions(0x28));
    }
    void findsByServiceAction()
    {
        CommandTable t;
        t.add({0x9E, uint16_t(0x10), "READ CAPACITY(16)", dummy, {}});
        t.add({0x9E, uint16_t(0x12), "GET LBA STATUS", dummy, {}});
        QVERIFY(t.usesServiceActions(0x9E));
        QCOMPARE(t.find(0x9E, 0x12)->name, std::string_view("GET LBA STATUS"));
        QCOMPARE(t.find(0x9E, 0x10)->name, std::string_view("READ CAPACITY(16)"));
        QVERIFY(!t.find(0x9E, 0x11));
        QVERIFY(t.hasOpcode(0x9E));
    }
    void addReplacesAndRemoveDeletes()
    {
        CommandTable t;
        t.add({0x00, {}, "A", dummy, {}});
        t.add({0x00, {}, "B", dummy, {}});
        QCOMPARE(t.entries().size(), size_t(1));
        QCOMPARE(t.find(0x00, 0)->name, std::string_view("B"));
        t.remove(0x00);
        QVERIFY(!t.find(0x00, 0));
    }
    void spcTableHasMandatoryCommands()
    {
        const CommandTable t = spcCommandTable();
        for (uint8_t op : {0x00, 0x03, 0x12, 0xA0})
            QVERIFY(t.find(op, 0));
        QVERIFY(t.find(0xA3, 0x0C));
        QVERIFY(!t.find(0x28, 0)); // SBC commands are not in the SPC table
        QVERIFY(!t.find(0x12, 0)->reportsUnitAttention);
        QVERIFY(t.find(0x00, 0)->reportsUnitAttention);
    }
    void usageDataStartsWithOpcode()
    {
        const CommandTable t = spcCommandTable();
        for (const auto& e : t.entries()) {
            QVERIFY(!e.usage.empty());
            QCOMPARE(e.usage[0], e.opcode);
        }
    }
};

QTEST_GUILESS_MAIN(TestScsiCommandTable)
#include "test_scsi_command_table.moc"
