// The docket tables: a docket saved, read back, and saved again from a later download.
#include "casefile.h"
#include "docketstore.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

Docket sampleDocket()
{
    Docket docket;
    docket.courtId = u"akd"_s;
    docket.docketNumber = u"3:08-cv-00284"_s;
    docket.caseName = u"West American Insurance Company v. Gifford"_s;
    docket.dateFiled = QDate(2008, 12, 23);
    docket.assignedTo = u"Timothy M. Burgess"_s;
    docket.parties = {
        DocketParty{u"West American Insurance Company"_s,
                    u"Plaintiff"_s,
                    {},
                    {DocketAttorney{u"Brewster H. Jamieson"_s,
                                    u"Lane Powell LLC\n"_s,
                                    {u"LEAD ATTORNEY"_s, u"ATTORNEY TO BE NOTICED"_s}}}},
        DocketParty{u"Matthew Brent Gifford"_s, u"Defendant"_s, QDate(2009, 4, 7), {}},
    };
    DocketEntry complaint{u"1"_s,
                          QDate(2008, 12, 23),
                          QDate(2008, 12, 24),
                          u"COMPLAINT"_s,
                          u"0230400001"_s,
                          u"1"_s,
                          {}};
    complaint.attachments = {DocketAttachment{1, u"Civil Cover Sheet"_s, u"0230400002"_s}};
    const DocketEntry minute{
        {}, QDate(2009, 1, 5), {}, u"MINUTE ENTRY: status conference"_s, {}, u"7"_s, {}};
    docket.entries = {complaint, minute};
    return docket;
}

qint64 count(CaseFile &caseFile, const QString &table)
{
    auto statement = caseFile.db().prepare(u"SELECT count(*) FROM "_s + table);
    if (!statement || !statement->step())
        return -1;
    return statement->integer(0);
}

} // namespace

class TestDocketStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CaseFile newCase(const QString &name)
    {
        auto created = CaseFile::create(m_dir.filePath(name), CaseCaption{});
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        return std::move(*created);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesAndReadsBack()
    {
        CaseFile caseFile = newCase(u"a.casebinder"_s);
        DocketStore store(caseFile.db());
        auto saved = store.save(sampleDocket(), std::nullopt);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().fullText()));
        QCOMPARE(saved->added, 2);
        QCOMPARE(saved->updated, 0);
        auto dockets = store.list();
        QVERIFY(dockets);
        QCOMPARE(dockets->size(), 1);
        const StoredDocket &stored = dockets->first();
        Docket expected = sampleDocket();
        QCOMPARE(stored.docket.parties, expected.parties);
        QCOMPARE(stored.docket.caseName, expected.caseName);
        QCOMPARE(stored.docket.dateFiled, expected.dateFiled);
        QVERIFY(stored.docket.dateTerminated.isNull());
        QCOMPARE(stored.entries.size(), 2);
        QCOMPARE(stored.entries[0].entry, expected.entries[0]);
        QCOMPARE(stored.entries[1].entry, expected.entries[1]);
        QVERIFY(!stored.entries[0].documentId);
    }

    // A later download: one entry more, one completed, nothing twice; a value the newer page
    // lacks keeps the one stored.
    void laterDownloadUpdates()
    {
        CaseFile caseFile = newCase(u"b.casebinder"_s);
        DocketStore store(caseFile.db());
        QVERIFY(store.save(sampleDocket(), std::nullopt));
        Docket later = sampleDocket();
        later.assignedTo.clear();
        later.dateTerminated = QDate(2009, 6, 4);
        later.entries[0].description = u"COMPLAINT for declaratory judgment"_s;
        later.entries[0].attachments.append(DocketAttachment{2, u"Exhibit A"_s, {}});
        later.entries[1].dateEntered = QDate(2009, 1, 6);
        later.entries.append(
            DocketEntry{u"2"_s, QDate(2009, 1, 9), {}, u"AFFIDAVIT"_s, {}, {}, {}});
        auto saved = store.save(later, std::nullopt);
        QVERIFY(saved);
        QCOMPARE(saved->added, 1);
        QCOMPARE(saved->updated, 2);
        QCOMPARE(count(caseFile, u"dockets"_s), 1);
        QCOMPARE(count(caseFile, u"docket_entries"_s), 3);
        QCOMPARE(count(caseFile, u"docket_attachments"_s), 2);
        QCOMPARE(count(caseFile, u"docket_parties"_s), 2);
        QCOMPARE(count(caseFile, u"docket_attorneys"_s), 1);
        auto dockets = store.list();
        QVERIFY(dockets);
        const StoredDocket &stored = dockets->first();
        QCOMPARE(stored.docket.assignedTo, u"Timothy M. Burgess"_s);
        QCOMPARE(stored.docket.dateTerminated, QDate(2009, 6, 4));
        QCOMPARE(stored.entries[0].entry.description, u"COMPLAINT for declaratory judgment"_s);
        QCOMPARE(stored.entries[0].entry.attachments.size(), 2);
        QCOMPARE(stored.entries[1].entry.dateEntered, QDate(2009, 1, 6));
        QCOMPARE(stored.entries[2].entry.documentNumber, u"2"_s);
        // The same download once more changes nothing.
        auto again = store.save(later, std::nullopt);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(count(caseFile, u"docket_entries"_s), 3);
    }

    void refusesADocketWithoutNumber()
    {
        CaseFile caseFile = newCase(u"c.casebinder"_s);
        Docket docket = sampleDocket();
        docket.docketNumber.clear();
        auto saved = DocketStore(caseFile.db()).save(docket, std::nullopt);
        QVERIFY(!saved);
        QCOMPARE(count(caseFile, u"docket_entries"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocketStore)
#include "tst_docketstore.moc"
