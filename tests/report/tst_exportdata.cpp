#include "exportdata.h"
#include "exportfixture.h"
#include "exportrecords.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;
using namespace ExportFixture;

class TestExportData final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<CaseFile> makeCase(const QString &name)
    {
        auto created = CaseFile::create(m_dir.filePath(name), parlerCaption());
        if (!created)
            return std::nullopt;
        return std::move(*created);
    }

private slots:
    void chronologyIsSortedFormattedAndCited()
    {
        auto caseFile = makeCase(u"chronology.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 order
            = addDocument(*caseFile, {.kind = u"filing"_s, .title = u"Order"_s, .docket = u"34"_s});
        const qint64 agreement
            = addDocument(*caseFile, {.title = u"Customer Agreement"_s, .label = u"A"_s});
        const qint64 memo = addDocument(
            *caseFile, {.kind = u"other"_s, .title = u"Counsel memo"_s, .privileged = true});
        const qint64 suspend = addEvent(*caseFile,
                                        {.start = u"2021-01-10T23:59"_s,
                                         .precision = u"minute"_s,
                                         .timeZone = u"America/Los_Angeles"_s,
                                         .title = u"AWS suspends Parler"_s});
        const qint64 accept = addEvent(*caseFile,
                                       {.start = u"2018-06"_s,
                                        .precision = u"month"_s,
                                        .title = u"Parler accepts the AWS Customer Agreement"_s});
        const qint64 ddos = addEvent(*caseFile,
                                     {.start = u"2021-01-17"_s,
                                      .end = u"2021-01-18"_s,
                                      .circa = true,
                                      .title = u"Site returns on DDoS-Guard"_s,
                                      .disputed = true});
        addEventSource(*caseFile, suspend, order, 3, 4);
        addEventSource(*caseFile, accept, agreement, 5, 5);
        addEventSource(*caseFile, accept, memo, 1, 1);
        const qint64 contract = addClaim(*caseFile, u"Breach of contract"_s);
        const qint64 breach = addClaim(*caseFile, u"Breach"_s, contract, u"element"_s);
        linkEvent(*caseFile, breach, suspend, u"supports"_s);

        auto data = loadChronology(caseFile->db(), {});
        QVERIFY2(data, qPrintable(data ? QString() : data.error().fullText()));
        QCOMPARE(data->caption.docketNumber, u"2:21-cv-00031-BJR"_s);
        QCOMPARE(data->entries.size(), 3);
        QCOMPARE(data->entries.at(0).id, accept);
        QCOMPARE(data->entries.at(0).dateText, u"Jun 2018"_s);
        QCOMPARE(data->entries.at(1).dateText, u"10 Jan 2021 23:59 PST"_s);
        QCOMPARE(data->entries.at(2).dateText, u"circa 17\u201318 Jan 2021"_s);
        QCOMPARE(data->entries.at(2).id, ddos);
        QVERIFY(data->entries.at(2).disputed);
        QCOMPARE(data->entries.at(1).sources.size(), 1);
        QCOMPARE(data->entries.at(1).sources.at(0).cite, u"Dkt. 34 at 3\u20134"_s);
        QCOMPARE(data->entries.at(1).claims, QStringList{u"Breach of contract \u203A Breach"_s});
        // The privileged memo is withheld unless asked for.
        QCOMPARE(data->entries.at(0).sources.size(), 1);
        QCOMPARE(data->entries.at(0).sources.at(0).cite, u"Ex. A at 5"_s);
        QCOMPARE(data->withheldSources, 1);

        ChronologyFilter privileged;
        privileged.includePrivileged = true;
        data = loadChronology(caseFile->db(), privileged);
        QVERIFY(data);
        QCOMPARE(data->entries.at(0).sources.size(), 2);
        QCOMPARE(data->withheldSources, 0);
    }

    void chronologyFilters()
    {
        auto caseFile = makeCase(u"filters.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 a = addEvent(*caseFile,
                                  {.start = u"2020-11"_s,
                                   .end = u"2021-01"_s,
                                   .precision = u"month"_s,
                                   .title = u"Reports"_s});
        const qint64 b = addEvent(*caseFile, {.start = u"2021-01-06"_s, .title = u"Riot"_s});
        const qint64 c = addEvent(
            *caseFile, {.start = u"2021-03-02"_s, .title = u"State suit"_s, .disputed = true});
        const qint64 claim = addClaim(*caseFile, u"Public interest"_s);
        const qint64 factor = addClaim(*caseFile, u"Factor"_s, claim, u"factor"_s);
        linkEvent(*caseFile, factor, b, u"undermines"_s);
        const qint64 key = addTag(*caseFile, u"Key"_s);
        const qint64 hot = addTag(*caseFile, u"Hot"_s, key);
        tagEvent(*caseFile, hot, c);

        const auto ids = [&](const ChronologyFilter &filter) {
            QList<qint64> result;
            auto data = loadChronology(caseFile->db(), filter);
            if (data) {
                for (const ChronologyEntry &entry : std::as_const(data->entries))
                    result.append(entry.id);
            }
            return result;
        };
        QCOMPARE(ids({}), (QList<qint64>{a, b, c}));
        // A range overlapping the window is kept; a point outside it is not.
        QCOMPARE(ids({.from = QDate(2021, 1, 1), .to = QDate(2021, 1, 31)}), (QList<qint64>{a, b}));
        QCOMPARE(ids({.from = QDate(2021, 2, 1)}), (QList<qint64>{c}));
        QCOMPARE(ids({.claimId = claim}), (QList<qint64>{b}));
        QCOMPARE(ids({.tag = u"key"_s}), (QList<qint64>{c}));
        QCOMPARE(ids({.undisputedOnly = true}), (QList<qint64>{a, b}));
        // Not assessed is not undisputed.
        const qint64 unassessed = addEvent(
            *caseFile, {.start = u"2021-01-05"_s, .title = u"Unassessed"_s, .assessed = false});
        QCOMPARE(ids({.undisputedOnly = true}), (QList<qint64>{a, b}));
        QVERIFY(ids({}).contains(unassessed));
        QVERIFY(ids({.from = QDate(2030, 1, 1)}).isEmpty());

        auto missing = loadChronology(caseFile->db(), {.claimId = 999});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!loadChronology(caseFile->db(), {.tag = u"nope"_s}));
    }

    void eventDaySpanCoversWholePeriods()
    {
        auto caseFile = makeCase(u"span.casebinder"_s);
        QVERIFY(caseFile);
        auto empty = eventDaySpan(caseFile->db());
        QVERIFY(empty);
        QVERIFY(!empty->has_value());

        addEvent(*caseFile, {.start = u"2019-03"_s, .precision = u"month"_s, .title = u"March"_s});
        addEvent(*caseFile,
                 {.start = u"2020-12-30"_s, .end = u"2021-01-02"_s, .title = u"New year"_s});
        addEvent(*caseFile, {.start = u"2020"_s, .precision = u"year"_s, .title = u"Year"_s});
        auto span = eventDaySpan(caseFile->db());
        QVERIFY(span && span->has_value());
        QCOMPARE((*span)->first, QDate(2019, 3, 1));
        QCOMPARE((*span)->last, QDate(2021, 1, 2));

        addEvent(*caseFile, {.start = u"2021"_s, .precision = u"year"_s, .title = u"Later"_s});
        span = eventDaySpan(caseFile->db());
        QVERIFY(span && span->has_value());
        QCOMPARE((*span)->last, QDate(2021, 12, 31));
    }

    void claimChartFlagsGaps()
    {
        auto caseFile = makeCase(u"chart.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 injunction = addClaim(*caseFile, u"Preliminary injunction"_s);
        const qint64 success
            = addClaim(*caseFile, u"Likelihood of success"_s, injunction, u"factor"_s, 0);
        const qint64 harm = addClaim(*caseFile, u"Irreparable harm"_s, injunction, u"factor"_s, 1);
        const qint64 equities
            = addClaim(*caseFile, u"Balance of equities"_s, injunction, u"factor"_s, 2);
        const qint64 order
            = addDocument(*caseFile, {.kind = u"filing"_s, .title = u"Order"_s, .docket = u"34"_s});
        const qint64 secret
            = addDocument(*caseFile, {.kind = u"other"_s, .title = u"Memo"_s, .privileged = true});
        linkDocument(
            *caseFile, success, order, 7, u"undermines"_s, u"dwindlingly slight"_s, true, 5);
        linkDocument(*caseFile, harm, order, 12, u"supports"_s, u"extinction"_s, false, 2);
        linkDocument(*caseFile, harm, secret, 1, u"supports"_s);
        const qint64 disputed = addEvent(
            *caseFile, {.start = u"2021-01-09"_s, .title = u"Calls"_s, .disputed = true});
        linkEvent(*caseFile, equities, disputed, u"supports"_s);
        addEventSource(*caseFile, disputed, order, 3, 3);

        auto chart = loadClaimChart(caseFile->db(), {});
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error().fullText()));
        QCOMPARE(chart->nodes.size(), 4);
        QCOMPARE(chart->nodes.at(0).title, u"Preliminary injunction"_s);
        // A claim is no stronger than its weakest factor: likelihood of success has no support.
        QVERIFY(chart->nodes.at(0).gap);
        QCOMPARE(chart->nodes.at(0).assessment.value, Assessment::Unsupported);
        QCOMPARE(chart->nodes.at(0).assessment.weakest, std::optional<qint64>(success));
        QCOMPARE(chart->nodes.at(1).title, u"Likelihood of success"_s);
        QVERIFY(chart->nodes.at(1).gap);
        QCOMPARE(chart->nodes.at(1).undermining.size(), 1);
        QCOMPARE(chart->nodes.at(1).undermining.at(0).cite, u"Dkt. 34 at 7"_s);
        QCOMPARE(chart->nodes.at(1).undermining.at(0).quoteVerified, std::optional<bool>(true));
        // The privileged memo is withheld, and the chart weighs only what it cites: the one
        // quote left was not found on its page, so nothing solid supports irreparable harm.
        QCOMPARE(chart->nodes.at(2).supporting.size(), 1);
        QCOMPARE(chart->withheldSources, 1);
        QVERIFY(!chart->nodes.at(2).supporting.at(0).solid);
        QVERIFY(chart->nodes.at(2).gap);
        QCOMPARE(chart->nodes.at(2).gapReason, u"only disputed support"_s);
        QVERIFY(chart->nodes.at(3).gap);
        QCOMPARE(chart->nodes.at(3).gapReason, u"only disputed support"_s);
        // An event is cited by its sources' pin cites.
        QCOMPARE(chart->nodes.at(3).supporting.at(0).cite,
                 u"Event: Calls (9 Jan 2021) \u2014 Dkt. 34 at 3"_s);

        auto one
            = loadClaimChart(caseFile->db(), {.claimId = injunction, .includePrivileged = true});
        QVERIFY(one);
        QCOMPARE(one->nodes.at(2).supporting.size(), 2);
        QCOMPARE(one->nodes.at(2).assessment.value, Assessment::Supported);
        QVERIFY(!one->nodes.at(2).gap);
    }

    void exhibitsGetOneNumberEach()
    {
        auto caseFile = makeCase(u"exhibits.casebinder"_s);
        QVERIFY(caseFile);
        addDocument(*caseFile,
                    {.title = u"Emails"_s,
                     .label = u"10"_s,
                     .date = u"2021-01-09"_s,
                     .batesBegin = u"AWS000010"_s,
                     .batesEnd = u"AWS000019"_s});
        addDocument(*caseFile, {.title = u"Agreement"_s, .label = u"2"_s});
        addDocument(*caseFile, {.title = u"Duplicate label"_s, .label = u"Ex. 2"_s});
        addDocument(*caseFile, {.title = u"Unlabelled"_s});
        addDocument(*caseFile,
                    {.title = u"Same bytes"_s, .label = u"11"_s, .bytes = "original of Emails"});
        addDocument(*caseFile, {.title = u"Privileged"_s, .label = u"P"_s, .privileged = true});
        addDocument(*caseFile, {.kind = u"filing"_s, .title = u"Complaint"_s, .docket = u"1"_s});

        auto list = loadExhibits(caseFile->db(), {});
        QVERIFY(list);
        QStringList numbers;
        for (const ExhibitEntry &exhibit : std::as_const(list->exhibits))
            numbers.append(exhibit.number);
        QCOMPARE(numbers, (QStringList{u"Ex. 2"_s, u"Ex. 2-2"_s, u"Ex. 10"_s, u"Ex. 11"_s}));
        QCOMPARE(list->withheld, 1);
        QCOMPARE(list->exhibits.at(2).date, u"9 Jan 2021"_s);
        // No "Produced"/"Not produced" filler: only remarks about the list itself.
        QCOMPARE(list->exhibits.at(2).status, u"also marked 11"_s);
        QCOMPARE(list->exhibits.at(0).status, QString());
        QVERIFY(list->exhibits.at(1).status.contains(u"renumbered"_s));
        QVERIFY(list->exhibits.at(3).status.contains(u"numbered for this list"_s));
        QCOMPARE(list->exhibits.at(3).description, u"Unlabelled"_s);
    }

    void manifestRoundTripAndTampering()
    {
        auto caseFile = makeCase(u"manifest.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 id = addDocument(*caseFile, {.title = u"Agreement"_s, .label = u"A"_s});
        auto chronology = loadChronology(caseFile->db(), {});
        QVERIFY(chronology);

        const QString exportPath = m_dir.filePath(u"out.pdf"_s);
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 pretend");
        file.close();
        ExportManifest manifest;
        manifest.kind = u"timeline"_s;
        manifest.exportPath = exportPath;
        manifest.sha256 = *sha256OfFile(exportPath);
        manifest.createdAt = u"2026-01-01T00:00:00Z"_s;
        ExportSource source;
        source.documentId = id;
        source.cite = u"Ex. A"_s;
        source.sha256 = BlobStore::sha256Hex("original of Agreement");
        manifest.sources = {source};
        const QString manifestPath = manifestPathFor(exportPath);
        QVERIFY(writeManifest(manifest, manifestPath));
        auto recorded = recordExport(caseFile->db(), manifest, manifestPath);
        QVERIFY(recorded);

        auto checks = checkRecordedManifests(caseFile->db());
        QVERIFY(checks);
        QCOMPARE(checks->size(), 1);
        QVERIFY2(checks->at(0).ok(), qPrintable(checks->at(0).problems.join(u'\n')));
        QCOMPARE(checks->at(0).sourcesChecked, 1);

        QVERIFY(file.open(QIODevice::Append));
        file.write(" tampered");
        file.close();
        auto tampered = checkManifest(caseFile->db(), manifestPath);
        QVERIFY(tampered);
        QCOMPARE(tampered->problems.size(), 1);
        QVERIFY(tampered->problems.at(0).contains(u"has changed"_s));

        exec(*caseFile, u"DELETE FROM documents WHERE id = ?"_s, {id});
        exec(*caseFile, u"DELETE FROM blobs"_s);
        tampered = checkManifest(caseFile->db(), manifestPath);
        QVERIFY(tampered);
        QCOMPARE(tampered->problems.size(), 2);
        QVERIFY(tampered->problems.at(1).contains(u"no longer in the case"_s));

        QFile::remove(manifestPath);
        QStringList skipped;
        checks = checkRecordedManifests(caseFile->db(), &skipped);
        QVERIFY(checks);
        QVERIFY(checks->isEmpty());
        QCOMPARE(skipped, QStringList{manifestPath});

        QFile garbage(m_dir.filePath(u"garbage.json"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{ not json");
        garbage.close();
        auto unreadable = checkManifest(caseFile->db(), garbage.fileName());
        QVERIFY(unreadable);
        QVERIFY(!unreadable->ok());
    }
};

QTEST_GUILESS_MAIN(TestExportData)
#include "tst_exportdata.moc"
