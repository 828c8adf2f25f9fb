#include "casefile.h"
#include "chronology/chronologyview.h"
#include "commands/eventcommands.h"
#include "commands/tagcommands.h"
#include "documentstore.h"
#include "documentviewer/documentviewer.h"
#include "evidencemime.h"
#include "importjob.h"
#include "importoptions.h"
#include "mainwindow.h"
#include "models/claimtreemodel.h"
#include "models/searchresultsmodel.h"
#include "posts/postsview.h"
#include "shell/claimsboard.h"
#include "shell/evidencestyle.h"
#include "shell/importdialog.h"
#include "shell/inspector.h"
#include "shell/language.h"
#include "shell/linkdialog.h"
#include "shell/searchpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// A one-page PDF whose text layer holds `text`, written with Qt so the test needs no fixture.
void writePdf(const QString &path, const QString &text)
{
    QPdfWriter writer(path);
    writer.setTitle(u"Test filing"_s);
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(12);
    painter.setFont(font);
    painter.drawText(QRect(500, 500, 8000, 3000), Qt::TextWordWrap, text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(u"order.pdf"_s);
        writePdf(m_pdf,
                 u"ORDER DENYING MOTION. Plaintiff has not shown irreparable harm "
                 "sufficient to justify the extraordinary remedy."_s);
        m_posts = m_dir.filePath(u"posts.csv"_s);
        writeFile(m_posts,
                  "id,screen_name,created_at,text,category\n"
                  "1,alice,2021-01-08 10:00:00,[sample] first flagged post,incitement\n"
                  "2,bob,2021-01-09 11:30:00,[sample] second flagged post,threat\n"
                  "3,carol,2021-01-10 12:45:00,[sample] third flagged post,threat\n");
    }

    void init() { QSettings().clear(); }

    void navigatorShowsCounts()
    {
        const QString path = newCase(u"counts"_s);
        QVERIFY(runImport(path, {m_pdf, m_posts}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        const Views::CaseNavigator *navigator = window.navigator();
        QCOMPARE(navigator->sectionCount(Views::CaseSection::Posts), 3);
        // The posts' source file is kept as a document too.
        QCOMPARE(navigator->sectionCount(Views::CaseSection::Filings)
                     + navigator->sectionCount(Views::CaseSection::Exhibits),
                 2);
        QCOMPARE(navigator->sectionItem(Views::CaseSection::Posts)->text(1), u"3"_s);
        QCOMPARE(navigator->sectionCount(Views::CaseSection::Claims), 0);

        // Selecting a document shows it in the inspector; its notes are an undoable edit.
        QTreeWidgetItem *pdfItem = nullptr;
        for (const auto section : {Views::CaseSection::Filings, Views::CaseSection::Exhibits}) {
            QTreeWidgetItem *parent = navigator->sectionItem(section);
            for (int i = 0; i < parent->childCount(); ++i) {
                if (!parent->child(i)->text(0).contains(u"posts"_s))
                    pdfItem = parent->child(i);
            }
        }
        QVERIFY(pdfItem);
        window.navigator()->setCurrentItem(pdfItem);
        QCOMPARE(window.inspector()->subject(), Views::Inspector::Subject::Document);
        QPlainTextEdit *notes = window.inspector()->notesEditor();
        notes->setFocus();
        QTest::keyClicks(notes, u"Key order"_s);
        window.inspector()->commitNotes();
        QCOMPARE(window.caseDocument()->undoStack()->count(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(window.inspector()->notesEditor()->toPlainText(), QString());

        // Activating it opens the document in a tab.
        QTreeWidget *tree = window.navigator();
        const int tabs = window.tabs()->count();
        // A click selects, a second click of the pair opens (QTest's double click alone sends
        // no press first, so the view would not know what was pressed).
        QTest::mouseClick(
            tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(pdfItem).center());
        QTest::mouseDClick(
            tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(pdfItem).center());
        QTRY_COMPARE(window.tabs()->count(), tabs + 1);
        QVERIFY(qobject_cast<Views::DocumentViewer *>(window.tabs()->currentWidget()));
    }

    void importThroughDialog()
    {
        const QString path = newCase(u"import"_s);
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        QCOMPARE(window.navigator()->sectionCount(Views::CaseSection::Posts), 0);

        Views::ImportDialog *dialog = window.importFiles({m_pdf, m_posts});
        QVERIFY(dialog);
        QSignalSpy imported(dialog, &Views::ImportDialog::imported);
        // The posts file gets a mapping step whose preview is read on a worker thread.
        auto *preview = dialog->findChild<QTableWidget *>(u"postsPreview"_s);
        QVERIFY(preview);
        QTRY_COMPARE(preview->rowCount(), 3);
        auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(importButton);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Views::ImportDialog::Step::Report, 20000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(dialog->lastReport().imported(), 2);
        QCOMPARE(dialog->lastReport().posts(), 3);
        auto *report = dialog->findChild<QTableWidget *>(u"importReport"_s);
        QCOMPARE(report->rowCount(), 2);
        // The window recounts after the import committed.
        QTRY_COMPARE(window.navigator()->sectionCount(Views::CaseSection::Posts), 3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<Views::ImportDialog *>());
    }

    void importAsChoicesComeFromTheRegistry()
    {
        const QString path = newCase(u"importas"_s);
        Views::MainWindow window;
        window.show();
        QVERIFY(window.openCase(path));
        Views::ImportDialog *dialog = window.importFiles({m_pdf});
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(u"importKind"_s);
        QVERIFY(kind);
        QStringList names;
        for (int i = 0; i < kind->count(); ++i)
            names.append(kind->itemData(i).toString());
        QStringList expected;
        for (const ImportKindChoice &choice : importKinds())
            expected.append(choice.name);
        QCOMPARE(names, expected);
        QCOMPARE(kind->itemText(kind->findData(u"posts"_s)), u"Flagged posts"_s);
        // A PDF the user chose is a filing by default; imported as an exhibit, it is one.
        kind->setCurrentIndex(kind->findData(u"exhibit"_s));
        dialog->startImport();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Views::ImportDialog::Step::Report, 20000);
        QCOMPARE(dialog->lastReport().imported(), 1);
        QTRY_COMPARE(window.navigator()->sectionCount(Views::CaseSection::Exhibits), 1);
        QCOMPARE(window.navigator()->sectionCount(Views::CaseSection::Filings), 0);
    }

    void cancelledImportLeavesCaseUnchanged()
    {
        const QString path = newCase(u"cancel"_s);
        Views::MainWindow window;
        window.show();
        QVERIFY(window.openCase(path));
        Views::ImportDialog *dialog = window.importFiles({m_pdf});
        QVERIFY(dialog);
        dialog->startImport();
        QCOMPARE(dialog->step(), Views::ImportDialog::Step::Progress);
        // Cancel at once: either the job is cancelled (nothing committed) or it had already
        // finished; the case never holds half an import.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Views::ImportDialog::Step::Report, 20000);
        const qint64 documents = window.navigator()->sectionCount(Views::CaseSection::Filings)
                                 + window.navigator()->sectionCount(Views::CaseSection::Exhibits);
        QVERIFY(documents == 0 || dialog->lastReport().imported() == 1);
    }

    void searchAndOpenResult()
    {
        const QString path = newCase(u"search"_s);
        QVERIFY(runImport(path, {m_pdf}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QLineEdit *field = window.searchPanel()->queryField();
        QTRY_VERIFY(field->hasFocus());
        QSignalSpy shown(window.searchPanel(), &Views::SearchPanel::resultsShown);
        QTest::keyClicks(field, u"irreparable"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!shown.isEmpty());
        QTreeView *results = window.searchPanel()->resultsView();
        const auto passage = [results] {
            return results->model()->index(0, SearchResultsModel::SnippetColumn).data().toString();
        };
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(passage().contains(u"irreparable"_s));

        // A stale query is replaced by the newest one.
        field->setText(u"nomatchwhatsoever"_s);
        window.searchPanel()->search();
        field->setText(u"extraordinary"_s);
        window.searchPanel()->search();
        QTRY_VERIFY(!window.searchPanel()->isSearching());
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(passage().contains(u"extraordinary"_s));

        const int tabsBefore = window.tabs()->count();
        const QRect rect = results->visualRect(results->model()->index(0, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(window.tabs()->count(), tabsBefore + 1);
        QVERIFY(window.tabs()->currentWidget() != nullptr);
        QVERIFY(window.tab(u"document:1"_s));
    }

    // Relevance order on more matches than the ranking limit ranks only the most recently added
    // ones; the panel says so, with the numbers, and says nothing when everything was ranked.
    void searchSaysWhenRankingIsBounded()
    {
        const QString path = newCase(u"ranking"_s);
        const QString csv = m_dir.filePath(u"many.csv"_s);
        QByteArray rows = "id,screen_name,created_at,text,category\n";
        const int posts = Search::RankingLimit + 100;
        for (int i = 0; i < posts; ++i)
            rows += QByteArray::number(1000 + i) + ",user,2021-01-08 10:00:00,rally "
                    + (i % 100 ? "crowd " : "fence ") + QByteArray::number(i) + ",none\n";
        writeFile(csv, rows);
        QVERIFY(runImport(path, {csv}, ImportOptions{}));

        Views::SearchPanel panel;
        panel.setCasePath(path);
        QLabel *note = panel.rankingNote();
        QSignalSpy shown(&panel, &Views::SearchPanel::resultsShown);
        panel.orderField()->setCurrentIndex(
            panel.orderField()->findData(int(SearchRequest::Order::Relevance)));
        panel.queryField()->setText(u"rally"_s);
        panel.search();
        QTRY_VERIFY(!panel.isSearching());
        QCOMPARE(shown.size(), 1);
        QVERIFY(!note->isHidden());
        const QLocale locale;
        QVERIFY2(
            note->text().startsWith(u"Ranked among the %1 most recently added matches of "_s.arg(
                locale.toString(Search::RankingLimit))),
            qPrintable(note->text()));
        QVERIFY(note->text().contains(u"add words or a filter"_s));
        QCOMPARE(panel.resultsView()->model()->rowCount(), 100);

        // A query whose matches are all ranked drops the note.
        panel.queryField()->setText(u"fence"_s);
        panel.search();
        QTRY_VERIFY(!panel.isSearching());
        QCOMPARE(shown.size(), 2);
        QVERIFY(note->isHidden());
        QCOMPARE(panel.resultsView()->model()->rowCount(), posts / 100);

        // Automatic order does not rank a huge match set, so there is nothing to say.
        panel.orderField()->setCurrentIndex(
            panel.orderField()->findData(int(SearchRequest::Order::Automatic)));
        panel.queryField()->setText(u"rally"_s);
        panel.search();
        QTRY_VERIFY(!panel.isSearching());
        QVERIFY(note->isHidden());
    }

    void claimsBoardLinksByDropAndUndo()
    {
        const QString path = newCase(u"claims"_s);
        QVERIFY(runImport(path, {m_pdf}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        Views::ClaimsBoard *board = window.showClaimsBoard();
        QVERIFY(board);
        QVERIFY(board->addFromTemplate(u"preliminary-injunction"_s));
        QTRY_VERIFY(window.navigator()->sectionCount(Views::CaseSection::Claims) >= 5);

        // Every factor starts as a gap, listed in red in the proof matrix.
        QTableWidget *matrix = board->matrixView();
        QTRY_VERIFY(matrix->rowCount() >= 4);
        const int harmRow = findRow(matrix, u"rreparable"_s);
        QVERIFY(harmRow >= 0);
        QVERIFY(!matrix->item(harmRow, 4)->text().isEmpty());

        // Select the factor as a user does: click it in the tree.
        QTreeView *tree = board->claimsView();
        const QModelIndex harm = findNode(board->claimsModel(), u"rreparable"_s);
        QVERIFY(harm.isValid());
        tree->scrollTo(harm);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(harm).center());
        QCOMPARE(board->currentNodeId(), board->claimsModel()->nodeId(harm));
        QCOMPARE(window.inspector()->subject(), Views::Inspector::Subject::Claim);
        QVERIFY(window.inspector()->heading().contains(u"rreparable"_s));
        QCOMPARE(board->evidenceView()->model()->rowCount(), 0);

        // Drop a quote selected in the viewer on the factor.
        QMimeData mime;
        Views::writeEvidence(mime, Views::EvidenceRef::document(1, 1, 1, u"irreparable harm"_s));
        const QPoint at = tree->visualRect(harm).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.caseDocument()->undoStack()->count(), 2);
        QTRY_COMPARE(board->evidenceView()->model()->rowCount(), 1);
        QModelIndex evidence = board->evidenceView()->model()->index(0, 0);
        QVERIFY(evidence.data().toString().contains(u"at 1"_s));
        QVERIFY(evidence.data().toString().contains(u"\n“irreparable harm”"_s));
        // Stance as colour, the quote check (found on page 1) as an icon.
        QCOMPARE(evidence.data(Qt::ForegroundRole).value<QColor>(),
                 Views::EvidenceStyle::stanceColour(EvidenceLink::Stance::Supports));
        QVERIFY(!evidence.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(evidence.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Quote verified: found on the cited pages."_s));
        QTRY_VERIFY(findNode(board->claimsModel(), u"rreparable"_s)
                        .siblingAtColumn(ClaimTreeModel::SupportsColumn)
                        .data()
                        .toInt()
                    == 1);
        QTRY_VERIFY(
            matrix->item(findRow(matrix, u"rreparable"_s), 4)->text().startsWith(u"supported"_s));

        // Clicking the pin cite opens the document at the page.
        const int tabs = window.tabs()->count();
        evidence = board->evidenceView()->model()->index(0, 0);
        // Keyboard this time: select the pin cite and press Return.
        board->evidenceView()->setFocus();
        board->evidenceView()->setCurrentIndex(evidence);
        QTest::keyClick(board->evidenceView(), Qt::Key_Return);
        QTRY_COMPARE(window.tabs()->count(), tabs + 1);
        QVERIFY(qobject_cast<Views::DocumentViewer *>(window.tabs()->currentWidget()));

        // Ctrl+Z takes the link back.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(board->evidenceView()->model()->rowCount(), 0);
        QCOMPARE(window.caseDocument()->undoStack()->index(), 1);
    }

    void linkSelectionThroughContextAction()
    {
        const QString path = newCase(u"linkaction"_s);
        QVERIFY(runImport(path, {m_pdf}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        Views::ClaimsBoard *board = window.showClaimsBoard();
        QVERIFY(board->addFromTemplate(u"breach-of-contract"_s));
        const QModelIndex breach = findNode(board->claimsModel(), u"Breach"_s, 1);
        QVERIFY(breach.isValid());
        const qint64 breachId = board->claimsModel()->nodeId(breach);

        window.openDocument(1);
        auto *viewer = qobject_cast<Views::DocumentViewer *>(window.tab(u"document:1"_s));
        QVERIFY(viewer);
        // What the viewer's "Link to Claim Element…" context action emits for a selection.
        emit viewer->linkSelectionRequested(
            Views::EvidenceRef::document(1, 1, 1, u"extraordinary remedy"_s));
        Views::LinkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Views::LinkDialog *>()) != nullptr);
        dialog->setClaimNode(breachId);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->linkId() > 0);

        window.showClaimsBoard();
        board->selectNode(breachId);
        QTRY_COMPARE(board->evidenceView()->model()->rowCount(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(board->evidenceView()->model()->rowCount(), 0);
    }

    void chronologyEventInInspector()
    {
        const QString path = newCase(u"events"_s);
        QVERIFY(runImport(path, {m_pdf}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        CaseDocument *document = window.caseDocument();
        auto documents = DocumentStore(document->caseFile().db()).documents();
        QVERIFY(documents && !documents->isEmpty());
        const qint64 documentId = documents->constFirst().id;

        EventRecord record;
        record.date = *EventDate::parse(u"2021-01-10"_s);
        record.title = u"AWS suspends service"_s;
        record.description = u"Parler goes dark."_s;
        record.dispute = DisputeStatus::Disputed;
        record.sources.append(EventSource::document(documentId, 1));
        auto add = std::make_unique<AddEventCommand>(*document, record);
        auto *added = add.get();
        QVERIFY(document->push(std::move(add)));

        window.showSection(Views::CaseSection::Chronology);
        auto *chronology = qobject_cast<Views::ChronologyView *>(window.tab(u"chronology"_s));
        QVERIFY(chronology);
        // Clicking the event's row shows it in the inspector.
        Views::EventsTable *table = chronology->table();
        QTest::mouseClick(table->viewport(),
                          Qt::LeftButton,
                          {},
                          table->visualRect(table->model()->index(0, 1)).center());
        QTRY_COMPARE(window.inspector()->subject(), Views::Inspector::Subject::Event);
        QCOMPARE(window.inspector()->subjectId(), added->eventId());
        QCOMPARE(window.inspector()->heading(), u"AWS suspends service"_s);
        QListWidget *sources = window.inspector()->linksList();
        QCOMPARE(sources->count(), 1);
        QVERIFY2(sources->item(0)->text().contains(u" at 1"_s),
                 qPrintable(sources->item(0)->text()));

        // Its notes are an undoable edit of the event.
        QPlainTextEdit *notes = window.inspector()->notesEditor();
        notes->setFocus();
        QTest::keyClicks(notes, u"Check the AWS letter"_s);
        window.inspector()->commitNotes();
        QCOMPARE(EventStore(document->caseFile().db()).event(added->eventId())->notes,
                 u"Check the AWS letter"_s);

        // Activating a source opens the document at that page.
        const int tabs = window.tabs()->count();
        emit sources->itemActivated(sources->item(0));
        QTRY_COMPARE(window.tabs()->count(), tabs + 1);
        QVERIFY(qobject_cast<Views::DocumentViewer *>(window.tabs()->currentWidget()));
    }

    void linkPostFromPostsTable()
    {
        const QString path = newCase(u"linkpost"_s);
        QVERIFY(runImport(path, {m_posts}, ImportOptions{}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        Views::ClaimsBoard *board = window.showClaimsBoard();
        QVERIFY(board->addFromTemplate(u"preliminary-injunction"_s));
        const qint64 publicInterest
            = board->claimsModel()->nodeId(findNode(board->claimsModel(), u"ublic interest"_s, 1));
        QVERIFY(publicInterest > 0);

        window.showSection(Views::CaseSection::Posts);
        auto *posts = qobject_cast<Views::PostsView *>(window.tab(u"posts"_s));
        QVERIFY(posts);
        // What the posts table's "Link to Claim…" context action emits for the current post.
        emit posts->linkPostRequested(Views::EvidenceRef::post(2));
        Views::LinkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Views::LinkDialog *>()) != nullptr);
        dialog->setClaimNode(publicInterest);
        auto *stance = dialog->findChild<QComboBox *>(u"linkStance"_s);
        stance->setCurrentIndex(stance->findData(int(EvidenceLink::Stance::Undermines)));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog->linkId() > 0);
        QTRY_COMPARE(findNode(board->claimsModel(), u"ublic interest"_s, 1)
                         .siblingAtColumn(ClaimTreeModel::UnderminesColumn)
                         .data()
                         .toInt(),
                     1);
    }

    void editClaimInPlace()
    {
        const QString path = newCase(u"edit"_s);
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        Views::ClaimsBoard *board = window.showClaimsBoard();
        QVERIFY(board->addFromTemplate(u"breach-of-contract"_s));
        QTreeView *tree = board->claimsView();
        const QModelIndex damages = findNode(board->claimsModel(), u"Damages"_s, 1);
        QVERIFY(damages.isValid());
        tree->setCurrentIndex(damages);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = tree->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Damages of $1.2M"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(findNode(board->claimsModel(), u"Damages of $1.2M"_s, 1).isValid());
        QCOMPARE(window.caseDocument()->undoStack()->count(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!findNode(board->claimsModel(), u"Damages of $1.2M"_s, 1).isValid());
    }

    void undoWithShortcut()
    {
        const QString path = newCase(u"undo"_s);
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        CaseDocument *document = window.caseDocument();
        QVERIFY(document->push(std::make_unique<CreateTagCommand>(
            *document, TagRecord{.name = u"Hot"_s, .color = u"#c0392b"_s})));
        QTRY_COMPARE(window.navigator()->sectionCount(Views::CaseSection::Tags), 1);
        QCOMPARE(document->undoStack()->count(), 1);

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->undoStack()->index(), 0);
        QTRY_COMPARE(window.navigator()->sectionCount(Views::CaseSection::Tags), 0);

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(document->undoStack()->index(), 1);
        QTRY_COMPARE(window.navigator()->sectionCount(Views::CaseSection::Tags), 1);
    }

    void errorShowsSentenceWithDetails()
    {
        const QString notACase = m_dir.filePath(u"notes.casebinder"_s);
        writeFile(notACase, "this is not a case file at all\n");
        Views::MainWindow window;
        window.show();
        QVERIFY(!window.openCase(notACase));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->text().contains(u"notes.casebinder"_s));
        QVERIFY(!box->text().contains(u"SQLITE"_s, Qt::CaseInsensitive));
        box->close();
        QVERIFY(!window.currentCase());
    }

    void windowStatePersists()
    {
        {
            Views::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *navigator = window.findChild<QDockWidget *>(u"navigatorDock"_s);
            auto *search = window.findChild<QDockWidget *>(u"searchDock"_s);
            QVERIFY(navigator && search);
            QVERIFY(navigator->isVisible());
            navigator->hide();
            search->show();
            window.resize(1000, 700);
            window.close();
        }
        Views::MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QVERIFY(!restored.findChild<QDockWidget *>(u"navigatorDock"_s)->isVisible());
        QVERIFY(restored.findChild<QDockWidget *>(u"searchDock"_s)->isVisible());
        QCOMPARE(restored.size(), QSize(1000, 700));
    }

    void recentCasesPersist()
    {
        const QString first = newCase(u"recent1"_s);
        const QString second = newCase(u"recent2"_s);
        {
            Views::MainWindow window;
            QVERIFY(window.openCase(first));
            QVERIFY(window.openCase(second));
        }
        const QStringList recent = QSettings().value(u"recentCases"_s).toStringList();
        QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
        QCOMPARE(recent.value(1), QFileInfo(first).absoluteFilePath());
    }

    // Runs last: the translators it installs stay for the rest of the process.
    void frenchTranslation()
    {
        Views::setLanguageOverride(u"fr"_s);
        Views::installTranslators(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Casebinder::Views::MainWindow", "&File"),
                 u"&Fichier"_s);
        Views::MainWindow window;
        QVERIFY(window.navigator()->sectionItem(Views::CaseSection::Claims)->text(0)
                == u"Prétentions"_s);
        Views::setLanguageOverride(QString());
    }

private:
    // The first node (depth-first) whose title contains `text`, at `depth` or below.
    static QModelIndex findNode(const QAbstractItemModel *model,
                                const QString &text,
                                int depth = 0,
                                const QModelIndex &parent = {},
                                int level = 0)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (level >= depth && index.data().toString().contains(text))
                return index;
            const QModelIndex found = findNode(model, text, depth, index, level + 1);
            if (found.isValid())
                return found;
        }
        return {};
    }

    static int findRow(const QTableWidget *table, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1) && table->item(row, 1)->text().contains(text))
                return row;
        }
        return -1;
    }

    QString newCase(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".casebinder"_s);
        if (!CaseFile::create(path, CaseCaption{.title = name}))
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_posts;
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
