// Dockets checked against Free Law Project's juriscraper: every PACER docket report and RECAP
// archive XML in the corpus is parsed and compared, entry by entry, with the JSON juriscraper
// parsed from the same file.
#include "dockets/acmsjson.h"
#include "dockets/appellatedocket.h"
#include "dockets/htmltree.h"
#include "dockets/nefemail.h"
#include "dockets/pacerdocket.h"
#include "dockets/recapxml.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Dockets;
using namespace Qt::StringLiterals;

namespace {

struct Tally
{
    int agreed = 0;
    int total = 0;
    void add(bool same)
    {
        ++total;
        agreed += same ? 1 : 0;
    }
    double percent() const { return total == 0 ? 100.0 : 100.0 * agreed / total; }
};

struct CourtTally
{
    Tally dockets; // parsed (or refused) as juriscraper did
    Tally entries;
    Tally parties;
    Tally attorneys;
    int keptUndated = 0; // entries without a filed date that juriscraper leaves out
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString normalised(const QJsonValue &value)
{
    return Html::collapseWhitespace(value.toString());
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Compares one parsed docket with juriscraper's JSON; differences go to `differences`.
void compare(const Docket &parsed,
             const QJsonObject &expected,
             const QString &name,
             CourtTally &tally,
             QStringList &differences)
{
    const QJsonArray entries = expected.value(u"docket_entries"_s).toArray();
    // juriscraper leaves out every entry without a filed date (district pages and RECAP XML);
    // the page shows them, and they are kept here (with an unknown date). When juriscraper
    // gave no undated entry, the undated ones are counted apart and the rest compared.
    const bool undatedInJson = std::ranges::any_of(entries, [](const QJsonValue &entry) {
        return entry.toObject().value(u"date_filed"_s).toString().isEmpty();
    });
    Docket docket = parsed;
    if (!undatedInJson) {
        const qsizetype before = docket.entries.size();
        docket.entries.removeIf(
            [](const DocketEntry &entry) { return !entry.dateFiled.isValid(); });
        tally.keptUndated += int(before - docket.entries.size());
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject want = entries.at(i).toObject();
        if (i >= docket.entries.size()) {
            tally.entries.add(false);
            differences.append(u"%1 entry %2: missing"_s.arg(name).arg(i));
            continue;
        }
        const DocketEntry &got = docket.entries.at(i);
        QStringList fields;
        // ACMS's parsed JSON gives numbers as numbers and dates with a time.
        const QJsonValue number = want.value(u"document_number"_s);
        const QString wantNumber
            = number.isDouble() ? QString::number(number.toInteger()) : number.toString();
        const QString wantDate = want.value(u"date_filed"_s).toString().left(10);
        if (got.documentNumber != wantNumber)
            fields.append(u"number %1 ≠ %2"_s.arg(got.documentNumber, wantNumber));
        if (isoDate(got.dateFiled) != wantDate)
            fields.append(u"date %1 ≠ %2"_s.arg(isoDate(got.dateFiled), wantDate));
        if (const QString text = Html::docketText(want.value(u"description"_s).toString());
            got.description != text) {
            // Show where they part.
            qsizetype at = 0;
            while (at < got.description.size() && at < text.size()
                   && got.description[at] == text[at])
                ++at;
            const qsizetype from = std::max<qsizetype>(0, at - 30);
            fields.append(
                u"text «%1» ≠ «%2»"_s.arg(got.description.mid(from, 70), text.mid(from, 70)));
        }
        tally.entries.add(fields.isEmpty());
        if (!fields.isEmpty())
            differences.append(u"%1 entry %2: %3"_s.arg(name).arg(i).arg(fields.join(u"; "_s)));
    }
    if (docket.entries.size() > entries.size()) {
        differences.append(u"%1: %2 entries more than juriscraper"_s.arg(name).arg(
            docket.entries.size() - entries.size()));
        for (qsizetype i = entries.size(); i < docket.entries.size(); ++i)
            tally.entries.add(false);
    }

    const QJsonArray parties = expected.value(u"parties"_s).toArray();
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const QJsonObject want = parties.at(i).toObject();
        const QString wantName = normalised(want.value(u"name"_s));
        // A party may appear more than once (once per role): the one of the same role first.
        const QString wantType = normalised(want.value(u"type"_s));
        auto found = std::ranges::find_if(docket.parties, [&](const DocketParty &party) {
            return party.name == wantName && Html::collapseWhitespace(party.type) == wantType;
        });
        if (found == docket.parties.end())
            found = std::ranges::find(docket.parties, wantName, &DocketParty::name);
        tally.parties.add(found != docket.parties.end());
        if (found == docket.parties.end()) {
            differences.append(u"%1 party «%2»: missing"_s.arg(name, wantName));
            continue;
        }
        const QJsonArray attorneys = want.value(u"attorneys"_s).toArray();
        for (const QJsonValue &attorney : attorneys) {
            const QString wantAttorney = normalised(attorney.toObject().value(u"name"_s));
            const auto hasAttorney = [&](const DocketParty &party) {
                return std::ranges::find(party.attorneys, wantAttorney, &DocketAttorney::name)
                       != party.attorneys.end();
            };
            // The lawyer of this party, or of this name in another of its roles.
            const bool same = hasAttorney(*found)
                              || std::ranges::any_of(docket.parties, [&](const DocketParty &p) {
                                     return p.name == wantName && hasAttorney(p);
                                 });
            tally.attorneys.add(same);
            if (!same)
                differences.append(
                    u"%1 party «%2»: attorney «%3» missing"_s.arg(name, wantName, wantAttorney));
        }
    }
    if (docket.parties.size() > parties.size())
        differences.append(u"%1: %2 parties more than juriscraper"_s.arg(name).arg(
            docket.parties.size() - parties.size()));
}

} // namespace

class TestDocketCorpus : public QObject
{
    Q_OBJECT

private:
    // Parses every X.html/X.json (or X.xml/X.json) pair in `folder`; returns the tallies per
    // court and prints them.
    template<typename Parse>
    QMap<QString, CourtTally> compareFolder(const QString &folder,
                                            const QString &suffix,
                                            Parse parse,
                                            QStringList &differences)
    {
        QMap<QString, CourtTally> courts;
        const QDir dir(folder);
        for (const QString &file : dir.entryList({u"*."_s + suffix}, QDir::Files, QDir::Name)) {
            const QString base = file.chopped(suffix.size() + 1);
            const QByteArray json = readAll(dir.filePath(base + u".json"_s));
            if (json.isEmpty())
                continue;
            const QJsonObject expected = QJsonDocument::fromJson(json).object();
            const QString court = base.section(u'_', 0, 0);
            CourtTally &tally = courts[court];
            const Result<Docket> docket = parse(readAll(dir.filePath(file)));
            if (expected.isEmpty()) { // juriscraper found no docket here
                tally.dockets.add(!docket);
                if (docket)
                    differences.append(u"%1: parsed, juriscraper found no docket"_s.arg(file));
                continue;
            }
            tally.dockets.add(bool(docket));
            if (!docket) {
                differences.append(u"%1: refused (%2)"_s.arg(file, docket.error().message));
                continue;
            }
            compare(*docket, expected, file, tally, differences);
        }
        return courts;
    }

    static void print(const QString &title, const QMap<QString, CourtTally> &courts)
    {
        CourtTally all;
        for (auto it = courts.begin(); it != courts.end(); ++it) {
            const CourtTally &t = it.value();
            qInfo("%s %-8s dockets %d/%d  entries %d/%d  parties %d/%d  attorneys %d/%d  "
                  "undated kept %d",
                  qPrintable(title),
                  qPrintable(it.key()),
                  t.dockets.agreed,
                  t.dockets.total,
                  t.entries.agreed,
                  t.entries.total,
                  t.parties.agreed,
                  t.parties.total,
                  t.attorneys.agreed,
                  t.attorneys.total,
                  t.keptUndated);
        }
    }

    static Tally total(const QMap<QString, CourtTally> &courts, Tally CourtTally::*field)
    {
        Tally sum;
        for (const CourtTally &tally : courts) {
            sum.agreed += (tally.*field).agreed;
            sum.total += (tally.*field).total;
        }
        return sum;
    }

    static void printTotals(const QMap<QString, CourtTally> &courts)
    {
        qInfo("total: dockets %.2f%%  entries %.2f%% (%d/%d)  parties %.2f%%  attorneys %.2f%%",
              total(courts, &CourtTally::dockets).percent(),
              total(courts, &CourtTally::entries).percent(),
              total(courts, &CourtTally::entries).agreed,
              total(courts, &CourtTally::entries).total,
              total(courts, &CourtTally::parties).percent(),
              total(courts, &CourtTally::attorneys).percent());
    }

    static void report(const QStringList &differences)
    {
        for (const QString &difference : differences)
            qInfo("difference: %s", qPrintable(difference));
    }

private slots:
    void pacerDistrict()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "dockets/pacer/district");
        QStringList differences;
        const auto courts = compareFolder(root, u"html"_s, &PacerDocketReport::parse, differences);
        print(u"district"_s, courts);
        report(differences);
        printTotals(courts);
        QCOMPARE(total(courts, &CourtTally::dockets).total, 61);
        QVERIFY(total(courts, &CourtTally::entries).total > 1000);
        QCOMPARE(total(courts, &CourtTally::entries).percent(), 100.0);
        QCOMPARE(total(courts, &CourtTally::parties).percent(), 100.0);
        QCOMPARE(total(courts, &CourtTally::attorneys).percent(), 100.0);
        // The one difference left, where juriscraper is wrong (decision 0015): nysd_3 is a whole
        // criminal docket report (case table, a movant and his lawyers) juriscraper refuses.
        QCOMPARE(differences, QStringList{u"nysd_3.html: parsed, juriscraper found no docket"_s});
        const auto nysd = PacerDocketReport::parse(readAll(QDir(root).filePath(u"nysd_3.html"_s)));
        QVERIFY(nysd);
        QCOMPARE(nysd->docketNumber, u"1:18-mj-03161"_s);
        QCOMPARE(nysd->dateFiled, QDate(2018, 4, 13));
        QVERIFY(std::ranges::any_of(nysd->parties, [](const DocketParty &party) {
            return party.name == u"Michael D. Cohen"_s && party.attorneys.size() >= 3;
        }));
        // nvd_21855 shows an entry without a filed date ("0 MISCELLANEOUS DOCUMENT ORIGINAL HARD
        // COPY DOCKET SHEET"): kept, with its date unknown.
        QCOMPARE(courts.value(u"nvd"_s).keptUndated, 1);
    }

    // The circuits' CM/ECF docket reports.
    void pacerAppellate()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "dockets/pacer/appellate");
        QStringList differences;
        const auto courts
            = compareFolder(root, u"html"_s, &PacerAppellateReport::parse, differences);
        print(u"appellate"_s, courts);
        report(differences);
        printTotals(courts);
        QCOMPARE(total(courts, &CourtTally::dockets).total, 14);
        QCOMPARE(total(courts, &CourtTally::dockets).percent(), 100.0);
        QVERIFY(total(courts, &CourtTally::entries).total > 200);
        QVERIFY(total(courts, &CourtTally::entries).percent() >= AppellateEntryThreshold);
        QVERIFY(total(courts, &CourtTally::parties).percent() >= AppellatePartyThreshold);
        QVERIFY(total(courts, &CourtTally::attorneys).percent() >= AppellateAttorneyThreshold);
        QCOMPARE(differences, QStringList());
    }

    void recapArchive()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "dockets/recap-archive-xml");
        QStringList differences;
        const auto courts = compareFolder(root, u"xml"_s, &RecapDocketXml::parse, differences);
        print(u"recap"_s, courts);
        report(differences);
        printTotals(courts);
        QCOMPARE(total(courts, &CourtTally::dockets).total, 22);
        QCOMPARE(total(courts, &CourtTally::dockets).percent(), 100.0);
        QCOMPARE(total(courts, &CourtTally::entries).percent(), 100.0);
        QCOMPARE(total(courts, &CourtTally::parties).percent(), 100.0);
        QCOMPARE(total(courts, &CourtTally::attorneys).percent(), 100.0);
        QCOMPARE(differences, QStringList());
        // ohsd_141796 lists nine documents without a filed date (their text says when they
        // were entered): kept, with the date unknown; juriscraper leaves them out.
        QCOMPARE(courts.value(u"ohsd"_s).keptUndated, 9);
    }

    void acms()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "dockets/pacer/acms");
        QStringList differences;
        const auto courts
            = compareFolder(root, u"acms_json"_s, &AcmsDocketJson::parse, differences);
        print(u"acms"_s, courts);
        report(differences);
        printTotals(courts);
        QCOMPARE(total(courts, &CourtTally::dockets).total, 8);
        QCOMPARE(total(courts, &CourtTally::dockets).percent(), 100.0);
        QVERIFY(total(courts, &CourtTally::entries).total > 100);
        QVERIFY(total(courts, &CourtTally::entries).percent() >= AcmsEntryThreshold);
        QVERIFY(total(courts, &CourtTally::parties).percent() >= AcmsPartyThreshold);
        QVERIFY(total(courts, &CourtTally::attorneys).percent() >= AcmsAttorneyThreshold);
    }

    // Notices of electronic filing, as courts mail them: one entry per case named.
    void nefEmails()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "dockets/courtlistener/cl/recap/test_assets");
        const QDir dir(root);
        auto notice = NefEmail::parse(readAll(dir.filePath(u"recap_mail_example"_s)));
        QVERIFY2(notice, notice ? "" : qPrintable(notice.error().fullText()));
        QCOMPARE(notice->size(), 1);
        const Docket &docket = notice->constFirst();
        QCOMPARE(docket.courtId, u"txwd"_s);
        QCOMPARE(docket.docketNumber, u"6:20-cv-00580-ADA"_s);
        QCOMPARE(docket.pacerCaseId, u"1099906"_s);
        QCOMPARE(docket.caseName, u"WSOU Investments LLC v. Google LLC"_s);
        QCOMPARE(docket.entries.size(), 1);
        const DocketEntry &entry = docket.entries.constFirst();
        QCOMPARE(entry.documentNumber, u"97"_s);
        QCOMPARE(entry.dateFiled, QDate(2022, 3, 2));
        QCOMPARE(entry.dateEntered, QDate(2022, 3, 2));
        QCOMPARE(entry.pacerDocId, u"181127791894"_s);
        QCOMPARE(entry.pacerSeqNo, u"275"_s);
        QCOMPARE(entry.description,
                 u"Redacted Copy Plaintiff's Motion to Extend Pretrial Deadlines of [83] Sealed "
                 u"Document, by WSOU Investments LLC. (Love, Gregory)"_s);

        auto withAttachments = NefEmail::parse(readAll(dir.filePath(u"recap_mail_example_att"_s)));
        QVERIFY(withAttachments);
        const DocketEntry &filed = withAttachments->constFirst().entries.constFirst();
        QCOMPARE(filed.documentNumber, u"16"_s);
        QVERIFY(filed.attachments.size() >= 8);
        QCOMPARE(filed.attachments.constFirst().attachmentNumber, 1);
        QVERIFY2(
            filed.attachments.at(1).description.startsWith(u"Exhibit Ex 1 - Sample Coordination"_s),
            qPrintable(filed.attachments.at(1).description));

        auto related
            = NefEmail::parse(readAll(dir.filePath(u"recap_mail_multi_docket_nef_example_jpml"_s)));
        QVERIFY(related);
        QCOMPARE(related->size(), 3);
        for (const Docket &member : std::as_const(*related))
            QCOMPARE(member.entries.size(), 1);

        // A court of appeals' notice of docket activity: its entry is numbered by PACER's
        // document id, as the circuit's docket report numbers it.
        const QByteArray nda = readAll(dir.filePath(u"recap_mail_nda_example_ca9"_s));
        QVERIFY(NefEmail::looksLikeNef(nda.first(std::min<qsizetype>(nda.size(), 8192))));
        auto activity = NefEmail::parse(nda);
        QVERIFY2(activity, activity ? "" : qPrintable(activity.error().fullText()));
        QCOMPARE(activity->size(), 1);
        const Docket &appeal = activity->constFirst();
        QCOMPARE(appeal.courtId, u"ca9"_s);
        QCOMPARE(appeal.docketNumber, u"21-16499"_s);
        QCOMPARE(appeal.pacerCaseId, u"334146"_s);
        QCOMPARE(appeal.caseName, u"Rosemarie Vargas, et al v. Facebook, Inc."_s);
        QCOMPARE(appeal.entries.size(), 1);
        const DocketEntry &letter = appeal.entries.constFirst();
        QCOMPARE(letter.documentNumber, u"009033568259"_s);
        QCOMPARE(letter.pacerDocId, u"009033568259"_s);
        QCOMPARE(letter.dateFiled, QDate(2022, 8, 8));
        QCOMPARE(letter.dateEntered, QDate(2022, 8, 8));
        QVERIFY2(letter.description.startsWith(u"Filed (ECF) Appellants Jenny Lin"_s),
                 qPrintable(letter.description));
        QVERIFY2(letter.description.endsWith(u"[21-16499] (Seplow, Michael)"_s),
                 qPrintable(letter.description));
        QVERIFY(letter.attachments.isEmpty());

        // The other circuits' notices, each with its case, document and text.
        const QList<std::tuple<QString, QString, QString, QDate>> circuits = {
            {u"recap_mail_nda_example_ca2"_s, u"ca2"_s, u"22-7"_s, QDate(2022, 8, 30)},
            {u"recap_mail_nda_example_ca8"_s, u"ca8"_s, u"21-16499"_s, QDate(2022, 8, 8)},
            {u"recap_mail_nda_example_ca11"_s, u"ca11"_s, u"22-11299"_s, QDate(2022, 8, 30)},
        };
        for (const auto &[file, court, number, filed] : circuits) {
            auto parsed = NefEmail::parse(readAll(dir.filePath(file)));
            QVERIFY2(parsed, qPrintable(file));
            QCOMPARE(parsed->constFirst().courtId, court);
            QCOMPARE(parsed->constFirst().docketNumber, number);
            const DocketEntry &entry = parsed->constFirst().entries.constFirst();
            QCOMPARE(entry.dateFiled, filed);
            QVERIFY2(!entry.documentNumber.isEmpty(), qPrintable(file));
            QVERIFY2(!entry.description.isEmpty() && !entry.description.contains(u"Notice will"_s),
                     qPrintable(entry.description));
        }
    }

    // PACER's error pages, query forms and appellate pages are refused, never half-read.
    void notDockets_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("not_dockets") << u"dockets/pacer/not_dockets"_s;
        QTest::newRow("not_appellate_dockets") << u"dockets/pacer/not_appellate_dockets"_s;
    }
    void notDockets()
    {
        QFETCH(QString, folder);
        const QString root = corpusPath(folder);
        if (root.isEmpty())
            QSKIP("The real-world corpus is not available");
        const QDir dir(root);
        const QStringList pages = dir.entryList({u"*.html"_s}, QDir::Files);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages) {
            const QByteArray bytes = readAll(dir.filePath(page));
            // Every circuit page must be refused by the appellate reader too.
            if (PacerAppellateReport::looksLikeAppellatePage(bytes)) {
                const auto appellate = PacerAppellateReport::parse(bytes);
                QVERIFY2(!appellate, qPrintable(page));
                QCOMPARE(appellate.error().message, u"not a docket"_s);
            }
            const auto docket = PacerDocketReport::parse(bytes);
            // juriscraper refuses this one, yet the page is a whole bankruptcy docket report
            // (case table, parties, 30 entries): it is read as what it shows.
            if (page == u"wawb_646603.html"_s) {
                QVERIFY(docket);
                QCOMPARE(docket->docketNumber, u"17-43611"_s);
                QVERIFY(docket->entries.size() > 10);
                continue;
            }
            QVERIFY2(!docket, qPrintable(page));
            QCOMPARE(docket.error().message, u"not a docket"_s);
        }
    }

private:
    // Measured on the corpus (see docs/decisions/0015-dockets.md for every difference).
    static constexpr double AcmsEntryThreshold = 100.0;
    static constexpr double AppellateEntryThreshold = 100.0;
    static constexpr double AppellatePartyThreshold = 100.0;
    static constexpr double AppellateAttorneyThreshold = 100.0;
    static constexpr double AcmsPartyThreshold = 100.0;
    static constexpr double AcmsAttorneyThreshold = 100.0;
};

QTEST_GUILESS_MAIN(TestDocketCorpus)
#include "tst_docketcorpus.moc"
