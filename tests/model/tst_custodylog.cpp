#include "casefile.h"
#include "custodylog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestCustodyLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;

    CustodyLog log() { return m_case->custody(); }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"custody%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
    }

    void entriesComeBackInOrderWithTheirDetails()
    {
        QVERIFY(log().append(
            CustodyLog::Action::Export, u"timeline.pdf"_s, QString(64, u'a'), {{u"pages"_s, 3}}));
        QVERIFY(log().append(CustodyLog::Action::Verify, u"case"_s, {}, {}));
        auto entries = log().entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3); // the case's creation comes first
        QCOMPARE(entries->at(0).action, u"create"_s);
        QCOMPARE(entries->at(1).action, u"export"_s);
        QCOMPARE(entries->at(1).subject, u"timeline.pdf"_s);
        QCOMPARE(entries->at(1).sha256, QString(64, u'a'));
        QCOMPARE(entries->at(1).details.value(u"pages"_s).toInt(), 3);
        QVERIFY(!entries->at(1).at.isEmpty());
        QVERIFY(!entries->at(1).user.isEmpty());
        QCOMPARE(entries->at(2).action, u"verify"_s);
        QVERIFY(entries->at(1).id < entries->at(2).id);
    }

    void aBackupIsAnExportThatSaysSo()
    {
        QCOMPARE(CustodyLog::actionName(CustodyLog::Action::Backup), u"export"_s);
        QCOMPARE(CustodyLog::actionName(CustodyLog::Action::Import), u"import"_s);
        QVERIFY(log().append(
            CustodyLog::Action::Backup, u"copy.casebinder"_s, {}, {{u"kind"_s, u"backup"_s}}));
        auto entries = log().entries();
        QVERIFY(entries);
        QCOMPARE(entries->constLast().action, u"export"_s);
        QCOMPARE(entries->constLast().details.value(u"kind"_s).toString(), u"backup"_s);
    }

    void theLogRefusesChangesAndReadOnlyCases()
    {
        QVERIFY(!m_case->db().exec(u"UPDATE custody_log SET user = 'mallory'"_s));
        QVERIFY(!m_case->db().exec(u"DELETE FROM custody_log"_s));
        QCOMPARE(log().entries()->size(), 1);
        const QString path = m_case->path();
        m_case.reset();
        auto readOnly = CaseFile::open(path, CaseFile::Access::ReadOnly);
        QVERIFY(readOnly);
        auto refused = readOnly->custody().append(CustodyLog::Action::Verify, u"case"_s, {}, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        QCOMPARE(readOnly->custody().entries()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustodyLog)
#include "tst_custodylog.moc"
