// The main window warns once, without blocking, when a case opens on a network share (issue 22).
#include "casefile.h"
#include "mainwindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestStorageWarning : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        qunsetenv("CASEBINDER_TEST_FSTYPE");
    }
    void cleanup() { qunsetenv("CASEBINDER_TEST_FSTYPE"); }

    void localCaseShowsNoWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"local.casebinder"_s);
        QVERIFY(CaseFile::create(path, CaseCaption{.title = u"Local"_s}));
        Views::MainWindow window;
        window.show();
        QVERIFY(window.openCase(path));
        QVERIFY(!window.findChild<QMessageBox *>(u"storageWarningBox"_s));
        QVERIFY(window.findChild<QLabel *>(u"storageWarning"_s)->isHidden());
    }

    void networkShareWarnsOnceWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"share.casebinder"_s);
        QVERIFY(CaseFile::create(path, CaseCaption{.title = u"Share"_s}));
        qputenv("CASEBINDER_TEST_FSTYPE", "0xFF534D42");
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path)); // returns: the warning does not block
        auto *box = window.findChild<QMessageBox *>(u"storageWarningBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"SMB/CIFS"_s));
        QVERIFY(box->text().contains(u"two computers"_s));
        auto *label = window.findChild<QLabel *>(u"storageWarning"_s);
        QVERIFY(!label->isHidden());
        QVERIFY(label->text().contains(u"SMB/CIFS"_s));
        window.grab().save(u"/tmp/storagewarning.png"_s);
        box->grab().save(u"/tmp/storagewarningbox.png"_s);
        QCOMPARE(window.findChildren<QMessageBox *>(u"storageWarningBox"_s).size(), 1);
    }
};

QTEST_MAIN(TestStorageWarning)
#include "tst_storagewarning.moc"
