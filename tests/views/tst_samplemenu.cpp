#include "mainwindow.h"
#include "models/claimtreemodel.h"
#include "samplecase.h"
#include "shell/casenavigator.h"
#include "shell/claimsboard.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestSampleMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CasebinderTests"_s);
        QCoreApplication::setApplicationName(u"tst_samplemenu"_s);
        QSettings().clear();
        QFile::remove(Gui::SampleCaseOpener::samplePath());
    }

    void cleanupTestCase() { QFile::remove(Gui::SampleCaseOpener::samplePath()); }

    // Cancel on the progress dialog stops the build: no sample case is left behind, nothing
    // opens, and the menu can build it again later.
    void cancellingTheBuildLeavesNoCase()
    {
        Views::MainWindow window;
        Gui::SampleCaseOpener *opener = Gui::SampleCaseOpener::install(window);
        QSignalSpy opened(opener, &Gui::SampleCaseOpener::opened);
        opener->open();
        QVERIFY(opener->isBuilding());
        auto *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 60000);
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY(!opener->isBuilding());
        QCOMPARE(window.caseDocument(), nullptr);
        QVERIFY(!QFile::exists(Gui::SampleCaseOpener::samplePath()));
    }

    // Help → Open Sample Case, as a new user finds it: the sample is built on a worker thread
    // (with a progress dialog), then opened on the claims and their proof.
    void helpMenuOpensTheSample()
    {
        Views::MainWindow window;
        Gui::SampleCaseOpener *opener = Gui::SampleCaseOpener::install(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.caseDocument(), nullptr);

        QAction *action = nullptr;
        for (QAction *candidate : window.helpMenu()->actions()) {
            if (candidate->text().remove(u'&') == u"Open Sample Case")
                action = candidate;
        }
        QVERIFY(action);
        QCOMPARE(window.helpMenu()->actions().value(0), action); // first in the menu
        QVERIFY(action->isEnabled());

        QSignalSpy opened(opener, &Gui::SampleCaseOpener::opened);
        action->trigger();
        QVERIFY(opener->isBuilding());
        QTRY_VERIFY(window.findChild<QProgressDialog *>() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 120000);
        QCOMPARE(opened.first().first().toBool(), true);
        QVERIFY(!opener->isBuilding());
        QTRY_COMPARE(window.findChild<QProgressDialog *>(), nullptr);

        QVERIFY(window.caseDocument());
        QCOMPARE(window.currentCase()->path(), Gui::SampleCaseOpener::samplePath());
        // In the data folder of the application, named once.
        QCOMPARE(QFileInfo(Gui::SampleCaseOpener::samplePath()).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
                     + QCoreApplication::applicationName());
        QVERIFY(window.windowTitle().contains(u"Parler"_s));
        // The documents are in the navigator, the claims on the board that is now in front.
        QVERIFY(window.navigator()->sectionCount(Views::CaseSection::Filings) > 0);
        QVERIFY(window.navigator()->sectionCount(Views::CaseSection::Exhibits) > 0);
        QVERIFY(window.navigator()->sectionCount(Views::CaseSection::Posts) > 0);
        auto *board = qobject_cast<Views::ClaimsBoard *>(window.tabs()->currentWidget());
        QVERIFY(board);
        QVERIFY(board->claimsModel()->rowCount() > 0);
        const QModelIndex firstClaim = board->claimsModel()->index(0, 0);
        QVERIFY(!firstClaim.data().toString().isEmpty());
        QVERIFY(board->claimsModel()->rowCount(firstClaim) > 0); // its elements
        QVERIFY(board->claimsView()->isVisible());

        // A second time the sample is opened as it is, without building it again.
        window.closeCase();
        QCOMPARE(window.caseDocument(), nullptr);
        action->trigger();
        QVERIFY(!opener->isBuilding());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toBool(), true);
        QVERIFY(window.caseDocument());
    }
};

QTEST_MAIN(TestSampleMenu)
#include "tst_samplemenu.moc"
