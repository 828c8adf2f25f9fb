// Exports and the model's wording in the language asked for (issue #21 §9): headings, dates,
// cites and assessments in French; the record's own text untouched; English unchanged.

#include "app/clirunner.h"
#include "assessment.h"
#include "casefile.h"
#include "displaylanguage.h"
#include "eventdate.h"
#include "exporter.h"
#include "pincite.h"
#include "postlabel.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;

namespace {

DisplayLanguage french()
{
    auto language = DisplayLanguage::fromCode(u"fr"_s);
    if (!language)
        qFatal("%s", qPrintable(language.error().message));
    return *language;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class ExportLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"sample.casebinder"_s);
        const CliRun run = runCli({u"sample"_s, m_case}, 300000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void languagesAreChosenByCode()
    {
        QVERIFY(DisplayLanguage::fromCode(u"en"_s)->isEnglish());
        QCOMPARE(DisplayLanguage::fromCode(u"fr_CA"_s)->code(), u"fr"_s);
        QVERIFY(!DisplayLanguage().translate("Casebinder::PinCite", "%1 at %2").isEmpty());
        const auto klingon = DisplayLanguage::fromCode(u"tlh"_s);
        QVERIFY(!klingon);
        QCOMPARE(klingon.error().code, Error::Code::InvalidArgument);
        QVERIFY2(klingon.error().message.contains(u"en, fr"_s),
                 qPrintable(klingon.error().message));
    }

    void datesFollowTheLanguage()
    {
        const DisplayLanguage fr = french();
        QCOMPARE(EventDate::day(QDate(2021, 1, 10)).display(fr), u"10 janv. 2021"_s);
        QCOMPARE(EventDate::day(QDate(2021, 1, 10)).display(DisplayLanguage()), u"10 Jan 2021"_s);
        QCOMPARE(EventDate::month(2018, 6).display(fr), u"juin 2018"_s);
        QCOMPARE(EventDate::month(2020, 11).withCirca(true).display(fr), u"vers nov. 2020"_s);
        QCOMPARE(EventDate::month(2020, 11).withCirca(true).display(DisplayLanguage()),
                 u"circa Nov 2020"_s);
        const auto range = EventDate::parse(u"2021-01-09..2021-01-11"_s);
        QVERIFY(range);
        QCOMPARE(range->display(fr), u"9\u201311 janv. 2021"_s);
    }

    void citesFollowTheLanguage()
    {
        const DisplayLanguage fr = french();
        const CitableDocument docket{.id = 7, .docketNumber = u"34"_s};
        QCOMPARE(PinCite::document(docket, 5, 6, DisplayLanguage()), u"Dkt. 34 at 5\u20136"_s);
        QCOMPARE(PinCite::document(docket, 5, 6, fr), u"Dkt. 34, p. 5\u20136"_s);
        QCOMPARE(PinCite::event(u"Suspension"_s, u"10 janv. 2021"_s, {}, fr),
                 u"Événement : Suspension (10 janv. 2021) — sans référence au dossier"_s);
        const PostLabelParts post{.id = 3,
                                  .platform = u"Parler"_s,
                                  .authorHandle = u"lin_wood"_s,
                                  .postedAt = u"2021-01-08T21:14:00Z"_s,
                                  .text = u"Get ready"_s};
        QCOMPARE(PostLabel::label(post, PostLabel::DefaultWords, fr),
                 u"Parler · @lin_wood · 8 janv. 2021 · \u201CGet ready\u201D"_s);
        QCOMPARE(PostLabel::day(QString(), fr), u"sans date"_s);
    }

    void assessmentsFollowTheLanguage()
    {
        NodeAssessment assessment;
        assessment.value = Assessment::Unsupported;
        QCOMPARE(describeEvidence(assessment, AssessmentWording::Court, french()),
                 u"non établi : aucune preuve à l’appui"_s);
        QCOMPARE(assessmentName(Assessment::Unsupported), u"unsupported"_s); // machine value
    }

    void exportsAreWrittenInTheirLanguage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("timeline") << u"timeline"_s << u"Chronology of Events"_s
                                  << u"Chronologie des faits"_s;
        QTest::newRow("claim chart")
            << u"chart"_s << u"Claim Chart"_s << u"Tableau des prétentions"_s;
        QTest::newRow("exhibit list")
            << u"exhibits"_s << u"Exhibit List"_s << u"Liste des pièces"_s;
    }

    void exportsAreWrittenInTheirLanguage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, english);
        QFETCH(QString, french);
        QMap<QString, QString> texts;
        for (const QString &code : {u"en"_s, u"fr"_s}) {
            auto caseFile = CaseFile::open(m_case, CaseFile::Access::ReadWrite);
            QVERIFY(caseFile);
            const QString out = m_dir.filePath(kind + u'-' + code + u".pdf"_s);
            Export::PdfOptions pdf;
            pdf.language = *DisplayLanguage::fromCode(code);
            Result<Export::ExportOutcome> outcome = fail(Error::Code::Generic, QString());
            if (kind == u"timeline")
                outcome = Export::exportTimeline(*caseFile, out, {.pdf = pdf});
            else if (kind == u"chart")
                outcome = Export::exportClaimChart(*caseFile, out, {.pdf = pdf});
            else
                outcome = Export::exportExhibitList(*caseFile, out, {.pdf = pdf});
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
            texts.insert(code, pdfText(out));
        }
        const QString &en = texts.value(u"en"_s);
        const QString &fr = texts.value(u"fr"_s);
        QVERIFY2(en.contains(english), qPrintable(en.left(400)));
        QVERIFY2(en.contains(u"Page 1 of"_s), qPrintable(en.left(400)));
        QVERIFY2(fr.contains(french), qPrintable(fr.left(400)));
        QVERIFY2(fr.contains(u"Page 1 sur"_s), qPrintable(fr.left(400)));
        QVERIFY2(!fr.contains(english), qPrintable(fr.left(400)));
        // The record's own words are never translated: the caption stays as filed.
        QVERIFY2(fr.contains(u"PARLER LLC"_s, Qt::CaseInsensitive), qPrintable(fr.left(400)));
        if (kind == u"timeline") {
            QVERIFY2(fr.contains(u"janv. 2021"_s), qPrintable(fr.left(2000)));
            QVERIFY2(!fr.contains(u"Jan 2021"_s), qPrintable(fr.left(2000)));
        }
        if (kind == u"chart") {
            QVERIFY2(en.contains(u" at "_s), qPrintable(en.left(2000)));
            QVERIFY2(fr.contains(u", p. "_s), qPrintable(fr.left(2000)));
            QVERIFY2(fr.contains(u"contesté"_s), qPrintable(fr.left(2000)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_case;
};

QTEST_MAIN(ExportLanguageTest)
#include "tst_exportlanguage.moc"
