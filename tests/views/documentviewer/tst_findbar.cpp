#include "documentviewer/contentview.h"
#include "documentviewer/documentviewer.h"
#include "documentviewer/findbar.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

// The find bar on its own (what it asks for, what it says), and in the viewer.
class TestFindBar final : public QObject
{
    Q_OBJECT

private slots:
    void returnFindsThenSteps()
    {
        FindBar bar;
        bar.show();
        auto *edit = bar.findChild<QLineEdit *>(u"findEdit"_s);
        QVERIFY(edit);
        QSignalSpy find(&bar, &FindBar::findRequested);
        QSignalSpy next(&bar, &FindBar::nextRequested);
        QSignalSpy previous(&bar, &FindBar::previousRequested);
        QSignalSpy close(&bar, &FindBar::closeRequested);

        QTest::keyClicks(edit, u"needle"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(find.size(), 1);
        QCOMPARE(find.first().first().toString(), u"needle"_s);
        QCOMPARE(next.size(), 0);
        // Once the viewer searched that text, Return steps on instead of searching again.
        bar.showResult(u"needle"_s, 0, 3, false);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(find.size(), 1);
        QCOMPARE(next.size(), 1);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(previous.size(), 1);
        // A changed text is a new search.
        QTest::keyClicks(edit, u"s"_s);
        QTest::keyClick(edit, Qt::Key_Enter);
        QCOMPARE(find.size(), 2);
        QCOMPARE(find.last().first().toString(), u"needles"_s);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(close.size(), 1);
    }

    void buttonsAsk()
    {
        FindBar bar;
        QSignalSpy next(&bar, &FindBar::nextRequested);
        QSignalSpy previous(&bar, &FindBar::previousRequested);
        QSignalSpy close(&bar, &FindBar::closeRequested);
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->text() == u"Next"_s || button->text() == u"Previous"_s
                || button->text() == u"Close"_s)
                button->click();
        }
        QCOMPARE(next.size(), 1);
        QCOMPARE(previous.size(), 1);
        QCOMPARE(close.size(), 1);
    }

    void showResult_data()
    {
        QTest::addColumn<QString>("searched");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("searching");
        QTest::addColumn<QString>("shown");
        QTest::newRow("no search") << QString() << -1 << 0 << false << QString();
        QTest::newRow("under way") << u"fox"_s << -1 << 0 << true << u"Searching…"_s;
        QTest::newRow("none") << u"fox"_s << -1 << 0 << false << u"No matches"_s;
        QTest::newRow("more coming") << u"fox"_s << 1 << 5 << true << u"2 of 5…"_s;
        QTest::newRow("done") << u"fox"_s << 4 << 5 << false << u"5 of 5"_s;
    }

    void showResult()
    {
        QFETCH(QString, searched);
        QFETCH(int, current);
        QFETCH(int, count);
        QFETCH(bool, searching);
        QFETCH(QString, shown);
        FindBar bar;
        bar.showResult(u"earlier"_s, 0, 1, false);
        bar.showResult(searched, current, count, searching);
        QCOMPARE(bar.resultText(), shown);
    }

    // In the viewer: Ctrl+F opens the bar, Return searches and then steps through the
    // matches, Escape closes the bar and drops the matches.
    void drivesTheViewer()
    {
        DocumentViewer viewer;
        viewer.resize(700, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showContent({1,
                            u"Mail"_s,
                            u"message/rfc822"_s,
                            "raw",
                            {u"a fox here"_s, u"a fox there"_s, u"no animal"_s},
                            false});
        QVERIFY(viewer.contentView());
        FindBar *bar = viewer.findBar();
        QVERIFY(bar->isHidden());
        viewer.contentView()->widget()->setFocus();
        QTest::keyClick(viewer.contentView()->widget(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        auto *edit = bar->findChild<QLineEdit *>(u"findEdit"_s);
        QTRY_VERIFY(edit->hasFocus());

        QSignalSpy finished(&viewer, &DocumentViewer::findFinished);
        QTest::keyClicks(edit, u"fox"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(viewer.matchCount(), 2);
        QCOMPARE(viewer.currentMatch(), 0);
        QCOMPARE(viewer.currentMatchPage(), 1);
        QCOMPARE(bar->resultText(), u"1 of 2"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(finished.size(), 1); // stepped, not searched again
        QCOMPARE(viewer.currentMatchPage(), 2);
        QCOMPARE(bar->resultText(), u"2 of 2"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(viewer.currentMatchPage(), 1); // round again
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(viewer.currentMatchPage(), 2);

        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QCOMPARE(viewer.matchCount(), 0);
        QCOMPARE(viewer.currentMatch(), -1);
        QCOMPARE(bar->resultText(), QString());

        viewer.find(u"giraffe"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(viewer.matchCount(), 0);
        QCOMPARE(bar->resultText(), u"No matches"_s);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
