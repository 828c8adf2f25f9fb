// From a claim to the page (issue #21 §2, §6, §1): evidence opens as the platform's style
// says, the selected evidence is previewed, the inspector's links open their page, the
// inspector follows the current view, a document keeps one tab, one colour scheme, and the
// inspector edits a document's fields in place.
#include "casedocument.h"
#include "chronology/chronologyview.h"
#include "documentstore.h"
#include "documentviewer/documentviewer.h"
#include "importjob.h"
#include "importoptions.h"
#include "linkstore.h"
#include "mainwindow.h"
#include "models/linklistmodel.h"
#include "samplecasebuilder.h"
#include "shell/claimsboard.h"
#include "shell/evidencepreview.h"
#include "shell/evidencestyle.h"
#include "shell/inspector.h"
#include "support/testpdf.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProxyStyle>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// A platform whose style opens items on a single click (KDE's default, for one).
class SingleClickStyle final : public QProxyStyle
{
public:
    int styleHint(StyleHint hint,
                  const QStyleOption *option,
                  const QWidget *widget,
                  QStyleHintReturn *returned) const override
    {
        if (hint == SH_ItemView_ActivateItemOnSingleClick)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returned);
    }
};

int documentTabs(const QTabWidget *tabs)
{
    int count = 0;
    for (int i = 0; i < tabs->count(); ++i)
        count += qobject_cast<Views::DocumentViewer *>(tabs->widget(i)) ? 1 : 0;
    return count;
}

} // namespace

class TestClaimToPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"sample.casebinder"_s);
        auto built = SampleCaseBuilder::build(m_path);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<Views::MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Each test edits a fresh copy of the sample.
        const QString copy = m_dir.filePath(
            u"%1.casebinder"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_path, copy));
        QVERIFY(m_window->openCase(copy));
    }

    void cleanup() { m_window.reset(); }

    // Without the style hint a click selects (and previews), a double click opens; with it, a
    // click opens. Both go through `activated`.
    void evidenceActivationFollowsTheStyle()
    {
        Views::ClaimsBoard *board = m_window->showClaimsBoard();
        QVERIFY(board);
        QTreeView *evidence = board->evidenceView();
        QTRY_VERIFY(evidence->model()->rowCount() > 0);
        const int row = documentRow(board);
        QVERIFY(row >= 0);
        const QModelIndex index = evidence->model()->index(row, LinkListModel::CiteColumn);
        evidence->scrollTo(index);
        const QPoint at = evidence->visualRect(index).center();
        const int tabs = m_window->tabs()->count();

        QVERIFY(!evidence->style()->styleHint(
            QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, evidence));
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(evidence->currentIndex().row(), row);
        QCOMPARE(m_window->tabs()->count(), tabs); // a click only selects …
        const LinkDetails &link = board_links(board).linkAt(row);
        QVERIFY2(board->evidencePreview()->text().contains(link.cite.toHtmlEscaped()),
                 qPrintable(board->evidencePreview()->text())); // … and previews
        QTest::mouseDClick(evidence->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_window->tabs()->count(), tabs + 1);
        QVERIFY(qobject_cast<Views::DocumentViewer *>(m_window->tabs()->currentWidget()));

        // A single-click platform.
        m_window->showClaimsBoard();
        SingleClickStyle style;
        evidence->setStyle(&style);
        const int row2 = documentRow(board, link.link.documentId.value_or(0));
        if (row2 < 0)
            QSKIP("the sample's first element cites one document only");
        const QModelIndex other = evidence->model()->index(row2, LinkListModel::CiteColumn);
        evidence->scrollTo(other);
        QTest::mouseClick(
            evidence->viewport(), Qt::LeftButton, {}, evidence->visualRect(other).center());
        QTRY_VERIFY(qobject_cast<Views::DocumentViewer *>(m_window->tabs()->currentWidget()));
        auto *viewer = qobject_cast<Views::DocumentViewer *>(m_window->tabs()->currentWidget());
        QCOMPARE(viewer->documentId() > 0 ? viewer->documentId()
                                          : m_window->inspector()->subjectId(),
                 *board_links(board).linkAt(row2).link.documentId);
        evidence->setStyle(nullptr);
    }

    void previewShowsTheQuoteInContext()
    {
        const QString page = u"The parties met in Seattle.\nAWS then   wrote to Parler that it "
                             "would suspend the account at 11:59 PM.\nNothing else was said."_s;
        const QString html = Views::EvidencePreview::quoteInContext(
            page, u"wrote to parler that it would suspend"_s, 20);
        QVERIFY2(html.contains(u"<b>wrote to Parler that it would suspend</b>"_s),
                 qPrintable(html));
        QVERIFY(html.startsWith(u"…"_s));
        QVERIFY(html.endsWith(u"…"_s));
        QVERIFY(html.contains(u"AWS then "_s)); // whitespace folded
        QVERIFY(Views::EvidencePreview::quoteInContext(page, u"not on the page"_s).isEmpty());
    }

    // The inspector's evidence links open their page, in the stance's colour, with the quote
    // check as icon; then the inspector describes the document now in view.
    void inspectorLinksOpenThePage()
    {
        Views::ClaimsBoard *board = m_window->showClaimsBoard();
        Views::Inspector *inspector = m_window->inspector();
        QTRY_COMPARE(inspector->subject(), Views::Inspector::Subject::Claim);
        QCOMPARE(inspector->subjectId(), board->currentNodeId());
        QListWidget *links = inspector->linksList();
        QTRY_VERIFY(links->count() > 0);
        auto details = m_window->caseDocument()->links().detailsOf(board->currentNodeId());
        QVERIFY(details && details->size() == links->count());
        int documentItem = -1;
        for (int i = 0; i < links->count(); ++i) {
            const LinkDetails &link = details->at(i);
            QCOMPARE(links->item(i)->foreground().color(),
                     Views::EvidenceStyle::stanceColour(link.link.stance));
            QCOMPARE(links->item(i)->icon().isNull(), !link.link.quoteVerified.has_value());
            QVERIFY(links->item(i)->data(Qt::UserRole).isValid());
            if (documentItem < 0 && link.link.documentId)
                documentItem = i;
        }
        QVERIFY(documentItem >= 0);
        const qint64 documentId = *details->at(documentItem).link.documentId;
        emit links->itemActivated(links->item(documentItem));
        QTRY_VERIFY(qobject_cast<Views::DocumentViewer *>(m_window->tabs()->currentWidget()));
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::Document);
        QCOMPARE(inspector->subjectId(), documentId);
    }

    // The inspector always describes the current selection of the current view.
    void inspectorFollowsTheCurrentView()
    {
        Views::Inspector *inspector = m_window->inspector();
        m_window->showSection(Views::CaseSection::Chronology);
        auto *chronology = qobject_cast<Views::ChronologyView *>(m_window->tab(u"chronology"_s));
        QVERIFY(chronology);
        Views::EventsTable *table = chronology->table();
        QTRY_VERIFY(table->model()->rowCount() > 1);
        QTest::mouseClick(table->viewport(),
                          Qt::LeftButton,
                          {},
                          table->visualRect(table->model()->index(1, 1)).center());
        QTRY_COMPARE(inspector->subject(), Views::Inspector::Subject::Event);
        const qint64 eventId = inspector->subjectId();
        QCOMPARE(chronology->selectedEvent(), eventId);

        m_window->openDocument(1);
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::Document);
        QCOMPARE(inspector->subjectId(), 1);

        m_window->tabs()->setCurrentWidget(chronology);
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::Event);
        QCOMPARE(inspector->subjectId(), eventId);

        Views::ClaimsBoard *board = m_window->showClaimsBoard();
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::Claim);
        QCOMPARE(inspector->subjectId(), board->currentNodeId());

        m_window->tabs()->setCurrentIndex(0); // the overview has no selection
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::None);

        m_window->tabs()->setCurrentWidget(m_window->tab(u"document:1"_s));
        QCOMPARE(inspector->subject(), Views::Inspector::Subject::Document);
        QCOMPARE(inspector->subjectId(), 1);
    }

    // Every cite of a document goes to its one tab; titles elide at the end.
    void citesReuseTheDocumentsTab()
    {
        QTabWidget *tabs = m_window->tabs();
        QCOMPARE(tabs->tabBar()->elideMode(), Qt::ElideRight);
        m_window->openDocument(2, 1, 1, u"x"_s);
        const int count = tabs->count();
        QWidget *page = tabs->currentWidget();
        m_window->openDocument(2, 2, 2, u"y"_s);
        m_window->openDocument(2);
        m_window->showClaimsBoard();
        m_window->openDocument(2, 1, 1);
        QCOMPARE(tabs->count(), count + 1); // + the claims board
        QCOMPARE(tabs->currentWidget(), page);
        QCOMPARE(documentTabs(tabs), 1);
        const int index = tabs->indexOf(page);
        QVERIFY(!tabs->tabToolTip(index).isEmpty());
        QVERIFY(tabs->tabText(index).size() <= tabs->tabToolTip(index).size());
    }

    // Title, docket number, exhibit label, dates, Bates range: edited in place, each one
    // undoable command; a bad value is refused and said why.
    void documentFieldsAreEditableInPlace()
    {
        CaseDocument *document = m_window->caseDocument();
        m_window->openDocument(3);
        Views::Inspector *inspector = m_window->inspector();
        QCOMPARE(inspector->subjectId(), 3);
        QLineEdit *title = inspector->fieldEditor(u"title"_s);
        QVERIFY(title);
        const QString before = document->documents().document(3)->title;
        QCOMPARE(title->text(), before);
        const int steps = document->undoStack()->count();

        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Declaration of J. Matze"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(document->documents().document(3)->title, u"Declaration of J. Matze"_s);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QTRY_COMPARE(inspector->heading(), u"Declaration of J. Matze"_s);

        // The inspector reloaded; the next field is still there to edit, and the focus too.
        QLineEdit *bates = inspector->fieldEditor(u"batesBegin"_s);
        QVERIFY(bates);
        bates->setFocus();
        QTest::keyClicks(bates, u"PARLER-000101"_s);
        // A reload meanwhile (any change of the case) keeps what is being typed.
        m_window->caseDocument()->notifyChanged(CaseTable::Documents);
        QTest::qWait(20);
        QCOMPARE(bates->text(), u"PARLER-000101"_s);
        QVERIFY(bates->hasFocus());
        QTest::keyClick(bates, Qt::Key_Tab);
        QCOMPARE(document->documents().document(3)->batesBegin, u"PARLER-000101"_s);
        QCOMPARE(document->undoStack()->count(), steps + 2);

        // A date that is not one: refused, said why, the case unchanged, the text kept.
        QLineEdit *filed = inspector->fieldEditor(u"filed"_s);
        QVERIFY(filed);
        const QString filedBefore = document->documents().document(3)->filedDate;
        filed->setFocus();
        filed->selectAll();
        QTest::keyClicks(filed, u"2021-13-45"_s);
        QTest::keyClick(filed, Qt::Key_Return);
        QVERIFY(inspector->fieldError()->isVisible());
        QVERIFY2(inspector->fieldError()->text().contains(u"is not a date"_s),
                 qPrintable(inspector->fieldError()->text()));
        QCOMPARE(document->undoStack()->count(), steps + 2);
        QCOMPARE(document->documents().document(3)->filedDate, filedBefore);
        QTest::qWait(20);
        QCOMPARE(filed->text(), u"2021-13-45"_s);
        QVERIFY(inspector->fieldError()->isVisible());
        // Corrected, it is taken.
        filed->selectAll();
        QTest::keyClicks(filed, u"2021-01-21"_s);
        QTest::keyClick(filed, Qt::Key_Return);
        QVERIFY(!inspector->fieldError()->isVisible());
        QCOMPARE(document->documents().document(3)->filedDate, u"2021-01-21"_s);

        // Ctrl+Z takes the edits back one by one.
        document->undoStack()->undo();
        QCOMPARE(document->documents().document(3)->filedDate, filedBefore);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->documents().document(3)->title, before);
        QTRY_COMPARE(inspector->fieldEditor(u"title"_s)->text(), before);
    }

    // A scan without text says so, with the action that recognises it (issue #21 §5).
    void scanSaysItNeedsOcr()
    {
        Views::DocumentViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QSignalSpy shown(&viewer, &Views::DocumentViewer::documentShown);
        Views::ViewerContent scan;
        scan.documentId = 41;
        scan.mediaType = u"application/pdf"_s;
        scan.original = TestSupport::makePdf({QString(), QString()});
        scan.pageTexts = {QString(), QString()};
        viewer.showContent(scan);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(viewer.ocrBanner()->isVisible());
        QVERIFY(viewer.ocrBanner()->findChild<QLabel *>()->text().contains(u"needs OCR"_s));
        QSignalSpy asked(&viewer, &Views::DocumentViewer::recognitionRequested);
        QTest::mouseClick(viewer.ocrBanner()->findChild<QToolButton *>(u"recogniseTextButton"_s),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toLongLong(), 41);

        // A document with text has no banner.
        Views::ViewerContent text = scan;
        text.documentId = 42;
        text.original = TestSupport::makePdf({u"words"_s, u"more"_s});
        text.pageTexts = {u"words"_s, u"more"_s};
        viewer.showContent(text);
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(!viewer.ocrBanner()->isVisible());
    }

    // The navigator marks a document without text.
    void navigatorMarksDocumentsThatNeedOcr()
    {
        QTemporaryDir dir;
        const QString scan = dir.filePath(u"scan.pdf"_s);
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestSupport::makePdf({QString(), QString()}));
        file.close();
        auto imported = runImport(m_window->currentCase()->path(), {scan}, ImportOptions{});
        QVERIFY(imported);
        m_window->caseDocument()->notifyChanged(CaseTable::Documents);
        QTreeWidgetItem *filings = m_window->navigator()->sectionItem(Views::CaseSection::Filings);
        QTRY_VERIFY(filings->childCount() > 0);
        bool marked = false;
        bool others = false;
        for (int i = 0; i < filings->childCount(); ++i) {
            const QString text = filings->child(i)->text(0);
            if (text.startsWith(u"scan"_s))
                marked = text.contains(u"no text: needs OCR"_s);
            else
                others = others || text.contains(u"needs OCR"_s);
        }
        QVERIFY(marked);
        QVERIFY(!others);
    }

private:
    static const LinkListModel &board_links(Views::ClaimsBoard *board)
    {
        return *board->findChild<LinkListModel *>();
    }

    // The first evidence row that cites a document (other than `except`).
    static int documentRow(Views::ClaimsBoard *board, qint64 except = 0)
    {
        const LinkListModel &links = board_links(board);
        for (int row = 0; row < links.rowCount(); ++row) {
            const auto &id = links.linkAt(row).link.documentId;
            if (id && *id != except)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Views::MainWindow> m_window;
};

QTEST_MAIN(TestClaimToPage)
#include "tst_claimtopage.moc"
