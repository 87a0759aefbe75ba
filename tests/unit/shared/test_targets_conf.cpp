// tgt-admin targets.conf import (shared/targets_conf.h) with a realistic sample
// (tests/unit/shared/targets_conf/sample.conf, which includes extra/*.conf).
#include "shared/targets_conf.h"

#include <QtTest>

using namespace storlab::config;

namespace {
const QString kDir = QStringLiteral(STORLAB_TEST_DATA_DIR "/targets_conf");

const TargetConfig* target(const TargetsConfImport& r, const char* iqn)
{
    return r.config.findTarget(QString::fromLatin1(iqn));
}

const LunConfig* lun(const TargetConfig* t, quint64 n)
{
    for (const LunConfig& l : t->luns)
        if (l.lun == n) return &l;
    return nullptr;
}

bool reported(const TargetsConfImport& r, const QString& directivePrefix, int line = -1)
{
    for (const ImportIssue& i : r.issues)
        if (i.directive.startsWith(directivePrefix) && (line < 0 || i.line == line)) return true;
    return false;
}
} // namespace

class TestTargetsConf : public QObject {
    Q_OBJECT
private:
    TargetsConfImport r;
private slots:
    void initTestCase()
    {
        r = importTargetsConf(kDir + QStringLiteral("/sample.conf"));
        QVERIFY(!r.fatal);
        for (const ImportIssue& i : r.issues) qInfo().noquote() << i.toString();
    }
    void targetsAndIncludes()
    {
        QCOMPARE(r.config.targets.size(), 6);  // not_a_name is skipped ('_': tgtd refuses it too)
        QVERIFY(target(r, "iqn.2008-09.com.example:included"));
        QCOMPARE(target(r, "iqn.2008-09.com.example:included")->luns.at(0).store, QStringLiteral("null"));
        QVERIFY(reported(r, QStringLiteral("target not_a_name")));
        // tgt's name rule, remembered so the saved configuration loads again.
        QCOMPARE(target(r, "iqn.libiscsi.unittest.target")->nameCheck, QStringLiteral("tgt"));
        QVERIFY(target(r, "iqn.2008-09.com.example:included")->nameCheck.isEmpty());
    }
    void singleBackingStoreIsLun1()
    {
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target1");
        QVERIFY(t);
        QCOMPARE(t->luns.size(), 1);
        QCOMPARE(t->luns[0].lun, quint64(1));
        QCOMPARE(t->luns[0].path, QStringLiteral("/srv/tgt/disk1.img"));
        QCOMPARE(t->luns[0].store, QStringLiteral("rdwr"));
        QVERIFY(t->initiatorAddresses.isEmpty() && t->initiatorNames.isEmpty());  // open to all, as tgt-admin binds ALL
    }
    void backingStoresAreNumberedBeforeDirectStores()
    {
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target3");
        QVERIFY(t);
        QCOMPARE(lun(t, 1)->path, QStringLiteral("/srv/tgt/a.img"));
        QCOMPARE(lun(t, 2)->path, QStringLiteral("/srv/tgt/b.img"));
        QCOMPARE(lun(t, 3)->path, QStringLiteral("/dev/sdz"));
        QVERIFY(reported(r, QStringLiteral("direct-store /dev/sdz")));
        for (quint64 n : {1, 2, 3}) {
            QCOMPARE(lun(t, n)->writeCache, false);           // target-level option applies to every LUN
            QCOMPARE(lun(t, n)->vendor, QStringLiteral("MyCompan"));  // 8 characters
        }
        QVERIFY(reported(r, QStringLiteral("vendor_id MyCompany Inc.")));
    }
    void perTargetIscsiParams()
    {
        // tgt-admin's per-target parameters become the target's iscsiParams (RFC 7143 §13.12).
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target3");
        QVERIFY(t);
        QCOMPARE(t->iscsiParams.value(QStringLiteral("MaxRecvDataSegmentLength")), QStringLiteral("8192"));
        QVERIFY(!reported(r, QStringLiteral("maxrecvdatasegmentlength")));
        // A value tgtd would refuse too (digest names are case-sensitive): reported, not set.
        QVERIFY(reported(r, QStringLiteral("headerdigest crc32c")));
        QVERIFY(target(r, "iqn.libiscsi.unittest.target")->iscsiParams.isEmpty());
    }
    void accountsAndAcls()
    {
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target3");
        QCOMPARE(t->incomingUsers, QStringList{QStringLiteral("someuser")});
        QCOMPARE(t->outgoingUser, QStringLiteral("targetuser"));
        QCOMPARE(t->initiatorAddresses, (QStringList{QStringLiteral("192.168.100.1"), QStringLiteral("10.0.0.0/8")}));
        QCOMPARE(t->initiatorNames, QStringList{QStringLiteral("iqn.1994-05.com.redhat:client1")});
        QCOMPARE(t->tid, 10u);
        bool found = false;
        for (const ChapAccount& a : r.config.accounts)
            found = found || (a.user == QLatin1String("someuser") && a.password == QLatin1String("secretpass12"));
        QVERIFY(found);
        QCOMPARE(r.config.discovery.incomingUsers, QStringList{QStringLiteral("discovery-user")});
        QVERIFY(reported(r, QStringLiteral("incominguser shortsecret")));  // weak secret warning
    }
    void perLunBlocksOverrideTargetOptions()
    {
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target5");
        QVERIFY(t);
        const LunConfig* c = lun(t, 4);
        QVERIFY(c);
        QCOMPARE(c->vendor, QStringLiteral("back1"));
        QCOMPARE(c->serial, QStringLiteral("SERIAL"));
        QCOMPARE(c->writeCache, true);
        QCOMPARE(c->store, QStringLiteral("aio"));
        const LunConfig* d = lun(t, 1);
        QVERIFY(d);
        QCOMPARE(d->serial, QStringLiteral("multipath-10"));
        QCOMPARE(d->writeCache, false);
        QCOMPARE(d->readOnly, true);
        QCOMPARE(d->store, QStringLiteral("rdwr"));
        QCOMPARE(d->product, QStringLiteral("ProductNameIsToo"));
        QCOMPARE(d->options.value(QStringLiteral("element_type")).toString(), QStringLiteral("4"));
        QVERIFY(reported(r, QStringLiteral("bs-type rbd")));
        QVERIFY(reported(r, QStringLiteral("mode_page")));
    }
    void targetLevelLunAndDeviceType()
    {
        const TargetConfig* t = target(r, "iqn.2008-09.com.example:server.target6");
        QVERIFY(t);
        QCOMPARE(t->luns.size(), 1);
        QCOMPARE(t->luns[0].lun, quint64(10));
        QCOMPARE(t->luns[0].type, QStringLiteral("dvd"));
    }
    void unknownTopLevelDirectivesAreReportedWithTheirLine()
    {
        QVERIFY(reported(r, QStringLiteral("isnsserverip"), 57));
        for (const ImportIssue& i : r.issues) {
            QVERIFY(i.line > 0);
            QVERIFY(!i.reason.isEmpty());
        }
    }
    void tidsAreUniqueAndAssigned()
    {
        QList<quint32> tids;
        for (const TargetConfig& t : r.config.targets) {
            QVERIFY(t.tid > 0);
            QVERIFY(!tids.contains(t.tid));
            tids << t.tid;
        }
    }
    void resultIsAValidConfiguration()
    {
        // The imported document round-trips through the schema validator (what config.import runs).
        LabConfig c = r.config;
        for (TargetConfig& t : c.targets)
            for (LunConfig& l : t.luns)
                if (l.type != QLatin1String("disk")) l.type = QStringLiteral("disk");  // other types come with later issues
        QString error;
        auto parsed = LabConfig::fromJson(c.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->discovery.incomingUsers, r.config.discovery.incomingUsers);
    }
    void brokenBlocksAreFatal()
    {
        auto bad = parseTargetsConf(QStringLiteral("<target iqn.2020-01.org.x:a>\nbacking-store /x\n"), QStringLiteral("t.conf"), kDir);
        QVERIFY(bad.fatal);
        QVERIFY(reported(bad, QStringLiteral("<target"), 1));
        auto stray = parseTargetsConf(QStringLiteral("</target>\n"), QStringLiteral("t.conf"), kDir);
        QVERIFY(stray.fatal);
    }
    void equalsSyntaxAndEscapedHash()
    {
        auto c = parseTargetsConf(QStringLiteral("<target iqn.2020-01.org.x:a>\n  backing-store = /x\\#1.img # comment\n</target>\n"),
                                  QStringLiteral("t.conf"), kDir);
        QVERIFY(!c.fatal);
        QCOMPARE(c.config.targets.at(0).luns.at(0).path, QStringLiteral("/x#1.img"));
    }
};

QTEST_GUILESS_MAIN(TestTargetsConf)
#include "test_targets_conf.moc"
