#include "documentviewer/pdfbackend.h"
#include "documentviewer/textflowselection.h"
#include "pdf/pdfextraction.h"
#include "quoteverifier.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

namespace {

// A PDF's words as the viewer gets them (Poppler's textList through PdfBackend) and its page
// texts as the import stores them (Pdf::extract).
struct CourtPdf
{
    QHash<int, PageWords> words;
    QStringList storedText;

    bool load(const QString &path, const QList<int> &pages)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        auto extracted = Pdf::extract(bytes, path);
        if (!extracted)
            return false;
        for (const PageRecord &page : extracted->pages)
            storedText.append(page.text);
        PdfBackend backend(1);
        QSignalSpy opened(&backend, &PdfBackend::opened);
        QSignalSpy ready(&backend, &PdfBackend::wordsReady);
        backend.open(bytes);
        if (!opened.wait(10000))
            return false;
        for (const int page : pages)
            backend.requestWords(page);
        while (ready.size() < pages.size()) {
            if (!ready.wait(10000))
                return false;
        }
        for (const QList<QVariant> &arguments : std::as_const(ready))
            words.insert(arguments.at(0).toInt(), arguments.at(1).value<PageWords>());
        return true;
    }

    // The middle of the `nth` word on `page` that reads `text` (the last one if nth < 0).
    TextPosition at(int page, const QString &text, int nth = 0) const
    {
        PageWords list = words.value(page);
        if (nth < 0) {
            std::ranges::reverse(list);
            nth = 0;
        }
        for (const FlowWord &word : std::as_const(list)) {
            if (word.text == text && nth-- == 0)
                return {page, word.box.center()};
        }
        qWarning() << "no word" << text << "on page" << page;
        return {page, {}};
    }

    QuoteVerifier::Outcome verify(const QString &quote, int from, int to) const
    {
        return QuoteVerifier::verify(quote, storedText.mid(from - 1, to - from + 1), from);
    }
};

FlowWord word(const QString &text, qreal x, qreal y, bool endsLine = false)
{
    return {text, QRectF(x, y, 10.0 * text.size(), 10), true, endsLine, false};
}

} // namespace

class TestTextFlowSelection final : public QObject
{
    Q_OBJECT

private slots:
    void joinsWordsAsARreaderCopiesThem_data();
    void joinsWordsAsARreaderCopiesThem();
    void areaSelectsRowByRow();
    void pointBesideALineTakesThatLine();
    void pleadingPaperLineNumbersAreSkipped();
    void hyphenAtLineEndJoinsTheWord();
    void bodyTextIntoFootnote();
    void acrossAPageBoundary();
    void sideBySideBlocksFollowTheBlock();
};

void TestTextFlowSelection::joinsWordsAsARreaderCopiesThem_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken word") << u"judg-"_s << u"ment"_s << u"the judgment here"_s;
    QTest::newRow("compound keeps its hyphen")
        << u"out-of-"_s << u"state"_s << u"the out-of-state here"_s;
    QTest::newRow("suspended hyphen") << u"pre-"_s << u"and"_s << u"the pre- and here"_s;
    QTest::newRow("capital after hyphen") << u"Los-"_s << u"Angeles"_s << u"the Los-Angeles here"_s;
    QTest::newRow("soft hyphen") << u"evi\u00ad"_s << u"dence"_s << u"the evidence here"_s;
    QTest::newRow("plain line end")
        << u"summary"_s << u"judgment"_s << u"the summary judgment here"_s;
}

void TestTextFlowSelection::joinsWordsAsARreaderCopiesThem()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    const PageWords words = {word(u"the"_s, 10, 10),
                             word(first, 50, 10, true),
                             word(second, 10, 30),
                             word(u"here"_s, 100, 30, true)};
    const auto selection
        = TextFlowSelection::flow({{1, words}}, {1, QPointF(12, 15)}, {1, QPointF(110, 35)});
    QCOMPARE(selection.text(), expected);
    QCOMPARE(selection.lines().size(), 1);
    QCOMPARE(selection.lines().first().rects.size(), 2); // one highlight per line
}

void TestTextFlowSelection::areaSelectsRowByRow()
{
    // A table: reading order runs down each column, an area selection reads across.
    const PageWords words = {word(u"Name"_s, 10, 10, true),
                             word(u"Alice"_s, 10, 30, true),
                             word(u"Role"_s, 200, 10, true),
                             word(u"Judge"_s, 200, 30, true)};
    const auto area = TextFlowSelection::area(1, words, QRectF(0, 0, 300, 50));
    QVERIFY(area.isArea());
    QCOMPARE(area.text(), u"Name Role\nAlice Judge"_s);
    const auto flow
        = TextFlowSelection::flow({{1, words}}, {1, QPointF(12, 15)}, {1, QPointF(210, 35)});
    QCOMPARE(flow.text(), u"Name Alice Role Judge"_s);
}

void TestTextFlowSelection::pointBesideALineTakesThatLine()
{
    const PageWords words = {word(u"one"_s, 100, 10, true), word(u"two"_s, 100, 22, true)};
    // Left of "two", nearer to "one" as the crow flies than to "two"'s far end.
    QCOMPARE(TextFlowSelection::wordAt(words, QPointF(20, 27)), 1);
    QCOMPARE(TextFlowSelection::wordAt({}, QPointF(20, 27)), -1);
}

void TestTextFlowSelection::pleadingPaperLineNumbersAreSkipped()
{
    // C.D. Cal. order on pleading paper: line numbers 1–28 down the left margin.
    CASEBINDER_REQUIRE_CORPUS(
        path, "court-pdfs/freelawproject_doctor/recap_extract__gov.uscourts.cacd.652774.40.0.pdf");
    CourtPdf pdf;
    QVERIFY(pdf.load(path, {2}));
    const PageWords &words = pdf.words.value(2);
    QCOMPARE(std::ranges::count_if(words, [](const FlowWord &w) { return w.marginNumber; }), 28);

    const auto selection
        = TextFlowSelection::flow(pdf.words, pdf.at(2, u"Temporary"_s), pdf.at(2, u"Solutions’"_s));
    const QString quote = selection.text();
    QCOMPARE(quote,
             u"Temporary Restraining Order (“TRO”) and Order to Show Cause Re Preliminary "
             "Injunction that was set to expire on July 25, 2016 based on Plaintiff "
             "ConsumerInfo.com, Inc. dba Experian Information Solutions’"_s);
    QCOMPARE(selection.lines().first().rects.size(), 4);
    const auto outcome = pdf.verify(quote, 2, 2);
    QVERIFY2(outcome.verified, qPrintable(outcome.reason));
    QCOMPARE(outcome.page, 2);

    // What the old rubber band stored: a rectangle narrower than the column clips each line,
    // and the verifier rightly rejects it.
    const auto clipped = TextFlowSelection::area(2, words, QRectF(100, 75, 300, 100));
    QVERIFY(!pdf.verify(clipped.text(), 2, 2).verified);
    // A number in the quote that is not on the page is not hidden by the margin rule.
    QVERIFY(!pdf.verify(u"expire on July 4 25, 2016"_s, 2, 2).verified);
}

void TestTextFlowSelection::hyphenAtLineEndJoinsTheWord()
{
    // U.S. Supreme Court slip opinion, syllabus page 2: "simultaneous-" / "ly".
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/vector-pdf.pdf");
    CourtPdf pdf;
    QVERIFY(pdf.load(path, {2}));
    const auto selection
        = TextFlowSelection::flow(pdf.words, pdf.at(2, u"federal"_s), pdf.at(2, u"enjoin"_s));
    QCOMPARE(selection.text(),
             u"federal court simultaneously with its permit application, seeking to enjoin"_s);
    const auto outcome = pdf.verify(selection.text(), 2, 2);
    QVERIFY2(outcome.verified, qPrintable(outcome.reason));
}

void TestTextFlowSelection::bodyTextIntoFootnote()
{
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/vector-pdf.pdf");
    CourtPdf pdf;
    QVERIFY(pdf.load(path, {7}));
    const auto selection = TextFlowSelection::flow(
        pdf.words, pdf.at(7, u"downstream"_s, 1), pdf.at(7, u"Negotiation"_s));
    QCOMPARE(selection.text(),
             u"downstream States, like —————— 1 Interpretive comments were included in the "
             "Compact so that future readers “might be apprised of the intent of the Compact "
             "Negotiation"_s);
    const auto outcome = pdf.verify(selection.text(), 7, 7);
    QVERIFY2(outcome.verified, qPrintable(outcome.reason));
}

void TestTextFlowSelection::acrossAPageBoundary()
{
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/vector-pdf.pdf");
    CourtPdf pdf;
    QVERIFY(pdf.load(path, {2, 3}));
    // From the last line of page 2 to the first line of page 3 (dragged in the reverse
    // direction: the ends are ordered by the flow).
    const auto selection
        = TextFlowSelection::flow(pdf.words, pdf.at(3, u"their"_s), pdf.at(2, u"compacts"_s, -1));
    QCOMPARE(selection.firstPage(), 2);
    QCOMPARE(selection.lastPage(), 3);
    QCOMPARE(selection.lines().size(), 2);
    QCOMPARE(selection.text(),
             u"compacts touching on the States’ authority to Cite as: 569 U. S. ____ (2013) 3 "
             "Syllabus control their"_s);
    const auto outcome = pdf.verify(selection.text(), 2, 3);
    QVERIFY2(outcome.verified, qPrintable(outcome.reason));
    QCOMPARE(outcome.page, 2);
}

void TestTextFlowSelection::sideBySideBlocksFollowTheBlock()
{
    // The corpus has no court page set in two text columns; the nearest are financial
    // disclosure forms with boxes side by side. Poppler's reading order runs down a box, not
    // across the row, and the selection follows it.
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/fd__2003-judicial-watch.pdf");
    CourtPdf pdf;
    QVERIFY(pdf.load(path, {1}));
    const auto selection
        = TextFlowSelection::flow(pdf.words, pdf.at(1, u"Title"_s), pdf.at(1, u"part-time)"_s));
    QCOMPARE(selection.text(),
             u"Title (Article III Judges indicate active or senior status; magistrate judges "
             "indicate full- or part-time)"_s);
    QCOMPARE(selection.lines().first().rects.size(), 2);
    // The stored page text is Poppler's physical layout, which runs across the row, so a
    // quote that turns a line inside one of several boxes side by side is not in it.
    const auto outcome = pdf.verify(selection.text(), 1, 1);
    QEXPECT_FAIL("", "stored page text is in physical (row) order; see the report", Continue);
    QVERIFY(outcome.verified);
    QVERIFY(!outcome.reason.isEmpty());
}

QTEST_MAIN(TestTextFlowSelection)
#include "tst_textflowselection.moc"
