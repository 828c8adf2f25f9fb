#include "casefile.h"
#include "mainwindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensCaseAndShowsCaption()
    {
        const QString path = m_dir.filePath(u"gui.casebinder"_s);
        QVERIFY(CaseFile::create(
            path, CaseCaption{.title = u"Parler LLC v. AWS"_s, .judge = u"Rothstein"_s}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        QVERIFY(window.windowTitle().contains(u"Parler LLC v. AWS"_s));
        bool captionShown = false;
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            captionShown = captionShown || label->text().contains(u"Rothstein"_s);
        QVERIFY(captionShown);
        QCOMPARE(QSettings().value(u"recentCases"_s).toStringList().value(0),
                 QFileInfo(path).absoluteFilePath());
    }

    // Quitting is immediate when nothing runs (issue #21 §10): no question, no wait.
    void quitsAtOnceWhenNothingRuns()
    {
        const QString path = m_dir.filePath(u"quit.casebinder"_s);
        QVERIFY(CaseFile::create(path, CaseCaption{.title = u"Quit"_s}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        window.showSection(Views::CaseSection::Claims);
        window.showSection(Views::CaseSection::Posts);
        window.showSection(Views::CaseSection::Chronology);
        QVERIFY(window.runningJobs().isEmpty());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.close());
        window.closeCase();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!window.isVisible());
        QVERIFY(!window.findChild<QMessageBox *>());
    }

    // While a job runs, quitting asks; "Keep Running" keeps the window, "Quit" quits.
    void quitAsksWhileAJobRuns()
    {
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool running = true;
        window.addRunningJobQuery([&running] { return running ? u"a test job"_s : QString(); });
        QCOMPARE(window.runningJobs(), QStringList{u"a test job"_s});

        QVERIFY(!window.close());
        auto *box = window.findChild<QMessageBox *>(u"quitWhileRunningBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"a test job"_s));
        QVERIFY(!window.close()); // asked once, not twice
        QCOMPARE(window.findChildren<QMessageBox *>().size(), 1);
        QPushButton *keep = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                keep = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"quitWhileRunningBox"_s));
        QVERIFY(window.isVisible());

        QVERIFY(!window.close());
        box = window.findChild<QMessageBox *>(u"quitWhileRunningBox"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(u"quitAnyway"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.isVisible());
    }

    // With no case open, the overview is a start page: New Case, Open, Import, Open Sample
    // (when the application offers it) and the recent cases, each one click away.
    void startPageOffersTheWayIn()
    {
        QSettings().clear(); // only this test's recent case
        const QString path = m_dir.filePath(u"recent.casebinder"_s);
        QVERIFY(CaseFile::create(path, CaseCaption{.title = u"Recent"_s}));
        {
            Views::MainWindow first;
            QVERIFY(first.openCase(path));
        }
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *start = window.findChild<QWidget *>(u"startPage"_s);
        QVERIFY(start);
        QVERIFY(start->isVisible());
        for (const QString &name : {u"startNewCase"_s, u"startOpenCase"_s, u"startImport"_s})
            QVERIFY2(start->findChild<QPushButton *>(name)->isVisible(), qPrintable(name));
        // No sample opener installed: no sample button.
        QVERIFY(!start->findChild<QPushButton *>(u"startOpenSample"_s)->isVisible());
        auto *sample = new QAction(u"Open Sample Case"_s, &window);
        sample->setObjectName(u"openSampleCase"_s);
        bool sampleAsked = false;
        connect(sample, &QAction::triggered, this, [&sampleAsked] { sampleAsked = true; });
        window.setSamplePath(path);
        QVERIFY(start->findChild<QPushButton *>(u"startOpenSample"_s)->isVisible());
        QTest::mouseClick(start->findChild<QPushButton *>(u"startOpenSample"_s), Qt::LeftButton);
        QVERIFY(sampleAsked);

        auto *recent = start->findChild<QListWidget *>(u"startRecent"_s);
        QVERIFY(recent && recent->isVisible());
        QCOMPARE(recent->count(), 1);
        QVERIFY(recent->item(0)->text().startsWith(u"recent.casebinder"_s));
        emit recent->itemActivated(recent->item(0));
        QVERIFY(window.currentCase());
        QVERIFY(!start->isVisible());

        // The case set as the sample shows the banner with its location.
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().contains(u"Sample case"_s));
        QVERIFY(window.banner()->text().contains(QFileInfo(path).canonicalFilePath()));
        window.closeCase();
        QVERIFY(!window.banner()->isVisible());
        QVERIFY(start->isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
