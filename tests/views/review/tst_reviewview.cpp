#include "commands/tagcommands.h"
#include "documentstore.h"
#include "documentviewer/documentviewer.h"
#include "documentviewer/pageview.h"
#include "posts/postdetail.h"
#include "poststore.h"
#include "review/reviewview.h"
#include "views/viewerfixtures.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

class TestReviewView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void walksWithTheKeyboard();
    void hotkeyTagsAndUndoRemoves();
    void privilegedToggle();
    void noteIsSavedThroughACommand();
    void reviewsPosts();
    void hotkeysFollowTagEdits();
    void hotkeysShownAndNamesElidedAtTheEnd();
    void focusComesBackAfterADialog();

private:
    bool showActive(QWidget &widget);
    bool hasTag(TagTargetKind kind, qint64 id, qint64 tagId);

    std::unique_ptr<TestCase> m_case;
    QList<qint64> m_documents;
    QList<qint64> m_posts;
    qint64 m_hot = 0;
    qint64 m_cold = 0;
};

void TestReviewView::init()
{
    m_case = std::make_unique<TestCase>();
    QVERIFY(m_case->create());
    m_documents.clear();
    for (int i = 1; i <= 3; ++i) {
        const QByteArray pdf = makePdf({{u"Exhibit %1"_s.arg(i)}});
        const qint64 id = m_case->addDocument(
            u"Exhibit %1"_s.arg(i), u"application/pdf"_s, pdf, {u"Exhibit %1"_s.arg(i)});
        QVERIFY(id > 0);
        m_documents.append(id);
    }
    auto session = ImportSession::begin(m_case->document->caseFile().db(), {});
    QVERIFY(session);
    QList<PostRecord> posts(2);
    posts[0].authorHandle = u"alice"_s;
    posts[0].text = u"first post"_s;
    posts[1].authorHandle = u"bob"_s;
    posts[1].text = u"second post"_s;
    QVERIFY(session->addPosts(posts));
    QVERIFY(session->commit({}));
    m_posts = {1, 2};

    const auto createTag = [this](const QString &name, const QString &key) -> qint64 {
        auto command = std::make_unique<CreateTagCommand>(
            *m_case->document, TagRecord{0, std::nullopt, name, u"#3366cc"_s, key});
        auto *raw = command.get();
        return m_case->document->push(std::move(command)) ? raw->tagId() : 0;
    };
    m_hot = createTag(u"Hot"_s, u"1"_s);
    m_cold = createTag(u"Cold"_s, u"C"_s);
    QVERIFY(m_hot > 0 && m_cold > 0);
    m_case->document->undoStack()->clear();
}

void TestReviewView::cleanup()
{
    m_case.reset();
}

bool TestReviewView::showActive(QWidget &widget)
{
    widget.resize(1000, 700);
    widget.show();
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

bool TestReviewView::hasTag(TagTargetKind kind, qint64 id, qint64 tagId)
{
    auto tags = TagStore(m_case->document->caseFile().db()).tagsOf({kind, id});
    return tags
           && std::ranges::any_of(*tags, [&](const TagRecord &tag) { return tag.id == tagId; });
}

void TestReviewView::walksWithTheKeyboard()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    QCOMPARE(review.count(), 3);
    QCOMPARE(review.progressText(), u"1 of 3"_s);
    QCOMPARE(review.currentId(), m_documents[0]);
    QSignalSpy shown(review.documentViewer(), &DocumentViewer::documentShown);
    QTRY_COMPARE(review.documentViewer()->documentId(), m_documents[0]);

    QTest::keyClick(&review, Qt::Key_1);
    QTRY_VERIFY(!review.documentViewer()->pageView()->renderedPage(1).isNull());
    saveScreenshot(review, u"review-documents"_s);
    m_case->document->undoStack()->undo();
    QTest::keyClick(&review, Qt::Key_J);
    QCOMPARE(review.progressText(), u"2 of 3"_s);
    QTest::keyClick(&review, Qt::Key_Right);
    QCOMPARE(review.currentIndex(), 2);
    QSignalSpy end(&review, &ReviewView::endReached);
    QTest::keyClick(&review, Qt::Key_J);
    QCOMPARE(end.size(), 1);
    QCOMPARE(review.currentIndex(), 2);
    QTest::keyClick(&review, Qt::Key_K);
    QTest::keyClick(&review, Qt::Key_Left);
    QCOMPARE(review.progressText(), u"1 of 3"_s);
    QTRY_COMPARE(review.documentViewer()->documentId(), m_documents[0]);
}

void TestReviewView::hotkeyTagsAndUndoRemoves()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    QCOMPARE(review.hotkeys().value(u"1"_s), m_hot);
    QCOMPARE(review.hotkeys().value(u"C"_s), m_cold);

    QTest::keyClick(&review, Qt::Key_1);
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_hot));
    QTest::keyClick(&review, Qt::Key_C);
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_cold));
    QCOMPARE(m_case->document->undoStack()->count(), 2);

    m_case->document->undoStack()->undo();
    QVERIFY(!hasTag(TagTargetKind::Document, m_documents[0], m_cold));
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_hot));
    m_case->document->undoStack()->undo();
    QVERIFY(!hasTag(TagTargetKind::Document, m_documents[0], m_hot));

    // The same key again removes the tag; with "next after tagging" the review moves on.
    QTest::keyClick(&review, Qt::Key_1);
    QTest::keyClick(&review, Qt::Key_1);
    QVERIFY(!hasTag(TagTargetKind::Document, m_documents[0], m_hot));
    review.setAdvanceAfterTagging(true);
    QTest::keyClick(&review, Qt::Key_1);
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_hot));
    QCOMPARE(review.currentIndex(), 1);
}

void TestReviewView::privilegedToggle()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    DocumentStore store(m_case->document->caseFile().db());
    QCOMPARE(store.document(m_documents[0])->privileged, false);
    QTest::keyClick(&review, Qt::Key_P);
    QCOMPARE(store.document(m_documents[0])->privileged, true);
    QTest::keyClick(&review, Qt::Key_P);
    QCOMPARE(store.document(m_documents[0])->privileged, false);
    m_case->document->undoStack()->undo();
    QCOMPARE(store.document(m_documents[0])->privileged, true);
}

void TestReviewView::noteIsSavedThroughACommand()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    auto *note = review.findChild<QPlainTextEdit *>(u"reviewNote"_s);
    QVERIFY(note);
    note->setFocus();
    // Typing in the note does not trigger the review keys.
    QTest::keyClicks(note, u"Key exhibit"_s);
    QCOMPARE(review.currentIndex(), 0);
    QCOMPARE(review.note(), u"Key exhibit"_s);
    review.next();
    DocumentStore store(m_case->document->caseFile().db());
    QCOMPARE(store.document(m_documents[0])->notes, u"Key exhibit"_s);
    QCOMPARE(m_case->document->undoStack()->count(), 1);
    review.previous();
    QCOMPARE(review.note(), u"Key exhibit"_s);
    m_case->document->undoStack()->undo();
    QCOMPARE(store.document(m_documents[0])->notes, QString());
    QCOMPARE(review.note(), QString());
}

void TestReviewView::reviewsPosts()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    review.start(ReviewView::Subject::Posts, m_posts);
    QCOMPARE(review.progressText(), u"1 of 2"_s);
    QCOMPARE(review.postDetail()->postId(), m_posts[0]);
    QTest::keyClick(&review, Qt::Key_1);
    QVERIFY(hasTag(TagTargetKind::Post, m_posts[0], m_hot));
    QTest::keyClick(&review, Qt::Key_J);
    QCOMPARE(review.postDetail()->postId(), m_posts[1]);
    QVERIFY(!review.togglePrivileged());
    review.setNote(u"reposted widely"_s);
    QVERIFY(review.saveNote());
    QCOMPARE(PostStore(m_case->document->caseFile().db()).post(m_posts[1])->notes,
             u"reposted widely"_s);
    saveScreenshot(review, u"review-posts"_s);
}

void TestReviewView::hotkeysFollowTagEdits()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    auto tag = TagStore(m_case->document->caseFile().db()).tag(m_cold);
    QVERIFY(tag);
    tag->hotkey = u"7"_s;
    QVERIFY(m_case->document->push(std::make_unique<EditTagCommand>(*m_case->document, *tag)));
    QCOMPARE(review.hotkeys().value(u"7"_s), m_cold);
    QVERIFY(!review.hotkeys().contains(u"C"_s));
    QTest::keyClick(&review, Qt::Key_7);
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_cold));
}

// The pane shows each tag's key first, so it stays in view however long the tag's path; the
// path is cut at the end.
void TestReviewView::hotkeysShownAndNamesElidedAtTheEnd()
{
    ReviewView review(*m_case->document);
    QVERIFY(showActive(review));
    QVERIFY(review.startDocuments());
    auto *tags = review.findChild<QListWidget *>();
    QVERIFY(tags);
    QCOMPARE(tags->textElideMode(), Qt::ElideRight);
    QStringList texts;
    for (int i = 0; i < tags->count(); ++i)
        texts << tags->item(i)->text();
    QVERIFY2(texts.contains(u"[1]  Hot"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"[C]  Cold"_s));
    // And a key pressed in the pane applies the tag shown with it.
    QTest::keyClick(&review, Qt::Key_C);
    QVERIFY(hasTag(TagTargetKind::Document, m_documents[0], m_cold));
}

// After any dialog the review has the keys again: J moves on without a click.
void TestReviewView::focusComesBackAfterADialog()
{
    QWidget window;
    auto *review = new ReviewView(*m_case->document, &window);
    auto *other = new QPlainTextEdit(&window); // where focus could otherwise fall back to
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(review, 1);
    QVERIFY(showActive(window));
    QVERIFY(review->startDocuments());
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    review->setFocus();
    QTRY_VERIFY(review->hasFocus());

    QMessageBox *box = nullptr;
    QTimer::singleShot(0, &window, [&] {
        box = new QMessageBox(
            QMessageBox::Warning, u"t"_s, u"Cannot tag"_s, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    QTRY_VERIFY(box && box->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == box);
    other->setFocus(); // as if Qt had restored the focus elsewhere
    box->accept();
    window.activateWindow(); // what the window manager does when the dialog goes
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    QTRY_VERIFY(review->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(review->currentIndex(), 1);
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
