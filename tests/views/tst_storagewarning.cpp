// The main window and the case's storage (issue 22): the warning when a case opens on a
// network share, and File > Save a Copy.
#include "casefile.h"
#include "caseverifier.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

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
        QTRY_VERIFY(label->isVisible() && label->width() >= label->sizeHint().width());
        window.grab().save(u"/tmp/storagewarning.png"_s);
        box->grab().save(u"/tmp/storagewarningbox.png"_s);
        QCOMPARE(window.findChildren<QMessageBox *>(u"storageWarningBox"_s).size(), 1);
    }

    void saveACopyMakesAVerifiedCopyOnAWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Smith v Jones.casebinder"_s);
        QVERIFY(CaseFile::create(path, CaseCaption{.title = u"Smith v. Jones"_s}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        QString suggested;
        const QString out = dir.filePath(u"archive"_s); // the suffix is added
        window.setCopyPathChooser([&](const QString &proposal) {
            suggested = proposal;
            return out;
        });
        auto *action = window.findChild<QAction *>(u"saveCopyAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger(); // returns at once: the copy runs on a worker
        QCOMPARE(suggested, dir.filePath(u"Smith v Jones copy.casebinder"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(u"copySavedBox"_s), 60000);
        auto *box = window.findChild<QMessageBox *>(u"copySavedBox"_s);
        QVERIFY(box->text().contains(u"verified"_s));
        QVERIFY(box->text().contains(QFileInfo(out + u".casebinder"_s).absoluteFilePath()));
        QVERIFY(!window.findChild<QProgressDialog *>(u"copyProgress"_s)->isVisible());
        box->grab().save(u"/tmp/copysaved.png"_s);

        auto copy = CaseFile::open(out + u".casebinder"_s, CaseFile::Access::ReadOnly);
        QVERIFY(copy);
        auto verified = verifyCase(*copy);
        QVERIFY(verified && verified->ok());
        QCOMPARE(copy->caption()->title, u"Smith v. Jones"_s);

        // The same path again is refused; the first copy is untouched.
        const QByteArray first = [&] {
            QFile file(out + u".casebinder"_s);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        box->close();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"copySavedBox"_s));
        window.setCopyPathChooser(
            [&](const QString &) -> QString { return out + u".casebinder"_s; });
        QString refusal;
        QTimer closer; // the error message is modal: read it and close it
        connect(&closer, &QTimer::timeout, [&refusal] {
            if (auto *modal = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = modal->text() + modal->informativeText();
                modal->done(QMessageBox::Ok);
            }
        });
        closer.start(50);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 60000);
        QVERIFY2(refusal.contains(u"already exists"_s), qPrintable(refusal));
        QTRY_VERIFY(action->isEnabled());
        QFile again(out + u".casebinder"_s);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), first);
    }
};

QTEST_MAIN(TestStorageWarning)
#include "tst_storagewarning.moc"
