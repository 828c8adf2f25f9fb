#include "commands/claimcommands.h"
#include "documentviewer/documentviewer.h"
#include "documentviewer/pageview.h"
#include "linkstore.h"
#include "pdf/pdfextraction.h"
#include "shell/linkdialog.h"
#include "testsupport.h"
#include "views/viewerfixtures.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQuoteSelection final : public QObject
{
    Q_OBJECT

private slots:
    void dragFollowsTheTextFlow();
    void altDragSelectsARectangle();
    void dragAcrossAPageBoundary();
    void sideBySideBlocks();
    void linkDialogVerifiesBeforeSaving();

private:
    // Opens `pdf` in `viewer` and waits until `pages` have their words.
    bool open(DocumentViewer &viewer, const QByteArray &pdf, const QList<int> &pages);
    // Where `text` (the `nth` such word, the last if nth < 0) is drawn on `page`.
    QPoint at(DocumentViewer &viewer, int page, const QString &text, int nth = 0);
    void drag(DocumentViewer &viewer, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {});

    QHash<int, PageWords> m_words;
};

bool TestQuoteSelection::open(DocumentViewer &viewer,
                              const QByteArray &pdf,
                              const QList<int> &pages)
{
    m_words.clear();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy words(viewer.backend(), &PdfBackend::wordsReady);
    viewer.showContent({1, u"Filing"_s, u"application/pdf"_s, pdf, {}, false});
    if (!shown.wait(10000) && shown.isEmpty())
        return false;
    viewer.goToPage(pages.first());
    for (const int page : pages) {
        if (!QTest::qWaitFor([&] { return viewer.pageView()->hasWords(page); }, 10000))
            return false;
    }
    for (const QList<QVariant> &arguments : std::as_const(words))
        m_words.insert(arguments.at(0).toInt(), arguments.at(1).value<PageWords>());
    return true;
}

QPoint TestQuoteSelection::at(DocumentViewer &viewer, int page, const QString &text, int nth)
{
    PageWords list = m_words.value(page);
    if (nth < 0) {
        std::ranges::reverse(list);
        nth = 0;
    }
    for (const FlowWord &word : std::as_const(list)) {
        if (word.text == text && nth-- == 0)
            return viewer.pageView()->viewportPoint(page, word.box.center()).toPoint();
    }
    qWarning() << "no word" << text << "on page" << page;
    return {};
}

void TestQuoteSelection::drag(DocumentViewer &viewer,
                              QPoint from,
                              QPoint to,
                              Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = viewer.pageView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

void TestQuoteSelection::dragFollowsTheTextFlow()
{
    CASEBINDER_REQUIRE_CORPUS(
        path, "court-pdfs/freelawproject_doctor/recap_extract__gov.uscourts.cacd.652774.40.0.pdf");
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, readFile(path), {2}));
    // The press is in the middle of a line, the release in the middle of one three lines
    // down: every line between is taken whole, the pleading numbers are not.
    drag(viewer, at(viewer, 2, u"Temporary"_s), at(viewer, 2, u"Solutions’"_s));
    QTRY_COMPARE(viewer.selectedText(),
                 u"Temporary Restraining Order (“TRO”) and Order to Show Cause Re Preliminary "
                 "Injunction that was set to expire on July 25, 2016 based on Plaintiff "
                 "ConsumerInfo.com, Inc. dba Experian Information Solutions’"_s);
    QCOMPARE(viewer.pageView()->selection().lines().first().rects.size(), 4);
    const auto evidence = viewer.selectionEvidence();
    QVERIFY(evidence);
    QCOMPARE(evidence->pageFrom, 2);
    QCOMPARE(evidence->pageTo, 2);
    saveScreenshot(viewer, u"flow-selection-pleading"_s);

    // A click clears it.
    QTest::mouseClick(viewer.pageView()->viewport(), Qt::LeftButton, {}, at(viewer, 2, u"THUS,"_s));
    QTRY_VERIFY(viewer.selectedText().isEmpty());
}

void TestQuoteSelection::altDragSelectsARectangle()
{
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/fd__JEF_format.pdf");
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, readFile(path), {2}));
    // The reimbursements table: reading order runs down each cell; Alt-drag reads across.
    const QPoint from = at(viewer, 2, u"SOURCE"_s, -1) - QPoint(40, 8);
    const QPoint to = at(viewer, 2, u"Tuscaloosa,"_s) + QPoint(60, 8);
    drag(viewer, from, to, Qt::AltModifier);
    QTRY_VERIFY(!viewer.selectedText().isEmpty());
    QVERIFY(viewer.pageView()->selection().isArea());
    const QStringList rows = viewer.selectedText().split(u'\n');
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), u"# SOURCE DATES LOCATION"_s);
    QVERIFY2(
        rows.at(1).startsWith(u"1 University of North Carolina 02/01/2018 - Chapel Hill, NC"_s),
        qPrintable(rows.at(1)));
    saveScreenshot(viewer, u"area-selection-table"_s);
}

void TestQuoteSelection::dragAcrossAPageBoundary()
{
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/vector-pdf.pdf");
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, readFile(path), {2, 3}));
    viewer.setZoom(0.75);
    viewer.pageView()->scrollToPage(2, QRectF(150, 560, 300, 80));
    const QPoint from = at(viewer, 2, u"compacts"_s, -1);
    const QPoint to = at(viewer, 3, u"citizens.”"_s);
    QVERIFY(viewer.pageView()->viewport()->rect().contains(from));
    QVERIFY(viewer.pageView()->viewport()->rect().contains(to));
    drag(viewer, from, to);
    QTRY_VERIFY(viewer.selectedText().endsWith(u"citizens.”"_s));
    QVERIFY2(viewer.selectedText().startsWith(u"compacts touching"_s),
             qPrintable(viewer.selectedText()));
    QVERIFY(viewer.selectedText().contains(u"authority to Cite as: 569 U. S. ____ (2013) 3 "
                                           "Syllabus control their waters,"_s));
    const auto evidence = viewer.selectionEvidence();
    QCOMPARE(evidence->pageFrom, 2);
    QCOMPARE(evidence->pageTo, 3);
    saveScreenshot(viewer, u"flow-selection-across-pages"_s);
}

void TestQuoteSelection::sideBySideBlocks()
{
    CASEBINDER_REQUIRE_CORPUS(path, "court-pdfs/freelawproject_doctor/fd__2003-judicial-watch.pdf");
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, readFile(path), {1}));
    viewer.setZoom(1.25);
    viewer.pageView()->scrollToPage(1, QRectF(30, 100, 500, 40));
    drag(viewer, at(viewer, 1, u"Title"_s), at(viewer, 1, u"part-time)"_s));
    QTRY_COMPARE(viewer.selectedText(),
                 u"Title (Article III Judges indicate active or senior status; magistrate judges "
                 "indicate full- or part-time)"_s);
    // A scanned form with a text layer: its rendering takes a while.
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.pageView()->renderedPage(1).isNull(), 30000);
    saveScreenshot(viewer, u"flow-selection-side-by-side"_s);
}

void TestQuoteSelection::linkDialogVerifiesBeforeSaving()
{
    CASEBINDER_REQUIRE_CORPUS(
        path, "court-pdfs/freelawproject_doctor/recap_extract__gov.uscourts.cacd.652774.40.0.pdf");
    const QByteArray pdf = readFile(path);
    auto extracted = Pdf::extract(pdf, path);
    QVERIFY(extracted);
    QStringList texts;
    for (const PageRecord &page : extracted->pages)
        texts.append(page.text);
    TestCase testCase;
    QVERIFY(testCase.create());
    CaseDocument &document = *testCase.document;
    const qint64 documentId = testCase.addDocument(u"Order"_s, u"application/pdf"_s, pdf, texts);
    QVERIFY(documentId > 0);
    ClaimNode claim;
    claim.title = u"Breach of contract"_s;
    auto addClaim = std::make_unique<AddClaimNodeCommand>(document, claim);
    auto *claimCommand = addClaim.get();
    QVERIFY(document.push(std::move(addClaim)));
    const qint64 claimId = claimCommand->nodeId();
    QVERIFY(claimId > 0);

    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, pdf, {2}));
    drag(viewer, at(viewer, 2, u"Temporary"_s), at(viewer, 2, u"Solutions’"_s));
    QTRY_VERIFY(viewer.selectedText().endsWith(u"Solutions’"_s));
    auto evidence = viewer.selectionEvidence();
    QVERIFY(evidence);
    evidence->id = documentId;

    {
        LinkDialog dialog(document, *evidence);
        dialog.setClaimNode(claimId);
        auto *result = dialog.findChild<QLabel *>(u"linkQuoteVerification"_s);
        QVERIFY(result);
        QVERIFY2(result->text().contains(u"verified"_s), qPrintable(result->text()));
        QCOMPARE(dialog.quoteVerified(), std::optional<bool>(true));
        QVERIFY(!dialog.findChild<QCheckBox *>(u"linkSaveUnverified"_s));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.show();
        saveScreenshot(dialog, u"link-dialog-verified"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.linkId() > 0);
        QCOMPARE(LinkStore(document.caseFile().db()).link(dialog.linkId())->quoteVerified,
                 std::optional<bool>(true));
        QCOMPARE(LinkStore(document.caseFile().db()).link(dialog.linkId())->quote, evidence->quote);
    }

    // A rectangle narrower than the column: the clipped quote is not on the page; the dialog
    // says so and saves it only when the user marks it unverified.
    const QPoint from = at(viewer, 2, u"Temporary"_s) - QPoint(0, 6);
    const QPoint to = at(viewer, 2, u"Solutions’"_s) + QPoint(0, 6);
    drag(viewer, from, to, Qt::AltModifier);
    QTRY_VERIFY(viewer.pageView()->selection().isArea());
    evidence = viewer.selectionEvidence();
    QVERIFY(evidence);
    evidence->id = documentId;
    LinkDialog dialog(document, *evidence);
    dialog.setClaimNode(claimId);
    auto *result = dialog.findChild<QLabel *>(u"linkQuoteVerification"_s);
    QVERIFY2(result->text().contains(u"NOT FOUND"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"page 2"_s));
    QCOMPARE(dialog.quoteVerified(), std::optional<bool>(false));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.linkId(), 0);
    auto *unverified = dialog.findChild<QCheckBox *>(u"linkSaveUnverified"_s);
    QVERIFY(unverified);
    unverified->setChecked(true);
    QVERIFY(ok->isEnabled());
    dialog.show();
    saveScreenshot(dialog, u"link-dialog-not-found"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.linkId() > 0);
    QCOMPARE(LinkStore(document.caseFile().db()).link(dialog.linkId())->quoteVerified,
             std::optional<bool>(false));
}

QTEST_MAIN(TestQuoteSelection)
#include "tst_quoteselection.moc"
